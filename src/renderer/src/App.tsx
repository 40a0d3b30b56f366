import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiFailure } from './api/clinic';
import { AuditScreen } from './audit/AuditScreen';
import { Notice, type NoticeMessage } from './components/Notice';
import { useMenuCommands } from './components/useMenuCommands';
import { useShortcuts } from './components/useShortcut';
import { DataScreen } from './data/DataScreen';
import { useBackUpNow } from './data/useBackUpNow';
import { WeekScreen } from './diary/WeekScreen';
import { DocumentScreen } from './documents/DocumentScreen';
import { NewDocumentScreen } from './documents/NewDocumentScreen';
import { useLocaleSettings } from './i18n/useLocaleSettings';
import { IntakeCompareScreen } from './intake/IntakeCompareScreen';
import { IntakeEditScreen } from './intake/IntakeEditScreen';
import { IntakeViewScreen } from './intake/IntakeViewScreen';
import { HomeScreen } from './layout/HomeScreen';
import { useTopbarHeight } from './layout/useTopbarHeight';
import { useLock } from './lock/LockGate';
import { SecurityScreen } from './lock/SecurityScreen';
import { EditPatientScreen } from './patients/EditPatientScreen';
import { NewPatientScreen } from './patients/NewPatientScreen';
import { PatientDetailScreen } from './patients/PatientDetailScreen';
import { PatientList, type PatientListHandle } from './patients/PatientList';
import { PhotoCaptureScreen } from './photos/PhotoCaptureScreen';
import { useSettings } from './settings/queries';
import { SettingsScreen } from './settings/SettingsScreen';
import { TemplateEditorScreen } from './settings/TemplateEditorScreen';
import { FirstStartScreen } from './setup/FirstStartScreen';
import { LotRecallScreen } from './treatments/LotRecallScreen';
import { ProductsScreen } from './treatments/ProductsScreen';
import { SessionScreen } from './treatments/SessionScreen';

export function App() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listRef = useRef<PatientListHandle>(null);
  const vault = useLock();
  useLocaleSettings(useSettings().data);
  const { pathname } = useLocation();
  const section = pathname.split('/')[1] || 'patients';
  // Each screen opens at its top, not at the scroll offset the previous screen was left at.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of address
  useEffect(() => {
    window.scrollTo?.(0, 0);
  }, [pathname]);
  const topbarRef = useTopbarHeight();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const announce = (text: string) => setNotice((prev) => ({ text, n: (prev?.n ?? 0) + 1 }));

  const findPatient = () => listRef.current?.focusSearch();
  const newPatient = () => navigate('/patients/new');
  const lock = () => void vault.lock();
  const backUp = useBackUpNow(announce);
  useShortcuts([
    [{ key: '/' }, findPatient],
    [{ key: 'k', mod: true, inFields: true }, findPatient],
    [{ key: 'n', alt: true, inFields: true }, newPatient],
    [{ key: 'l', mod: true, inFields: true }, lock],
  ]);
  // The desktop menu's File commands run the same actions (see src/main/shell/menu.ts).
  useMenuCommands({
    'patient.new': newPatient,
    'patient.find': findPatient,
    lock,
    'backup.now': () => {
      navigate('/data');
      backUp.mutate(undefined, {
        onError: (error) =>
          announce(t(error instanceof ApiFailure ? error.error.message : 'errors.internal')),
      });
    },
  });

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar" ref={topbarRef}>
        <Link to="/" className="brand">
          {t('app.name')}
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.label')}>
          <Link to="/" aria-current={section === 'patients' ? 'page' : undefined}>
            {t('nav.patients')}
          </Link>
          <Link to="/diary/week" aria-current={section === 'diary' ? 'page' : undefined}>
            {t('diary.nav')}
          </Link>
          <Link to="/products" aria-current={section === 'products' ? 'page' : undefined}>
            {t('nav.products')}
          </Link>
          <Link to="/lot-recall" aria-current={section === 'lot-recall' ? 'page' : undefined}>
            {t('nav.lotRecall')}
          </Link>
          <Link to="/data" aria-current={section === 'data' ? 'page' : undefined}>
            {t('nav.data')}
          </Link>
          <Link to="/security" aria-current={section === 'security' ? 'page' : undefined}>
            {t('nav.security')}
          </Link>
          <Link to="/audit" aria-current={section === 'audit' ? 'page' : undefined}>
            {t('nav.audit')}
          </Link>
          <Link to="/settings" aria-current={section === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </Link>
        </nav>
        <span className="topbar__hint">{t('app.shortcutsHint')}</span>
        <Link className="button button--primary" to="/patients/new" aria-keyshortcuts="Alt+N">
          {t('patients.newPatient')}
        </Link>
        <button type="button" className="button" onClick={lock} aria-keyshortcuts="Control+L">
          {t('session.lock')}
        </button>
      </header>
      <div className="workspace">
        <aside className="sidebar">
          <PatientList ref={listRef} />
        </aside>
        <main id="main" className="content" tabIndex={-1}>
          <Notice notice={notice} />
          <Routes>
            <Route path="/" element={<HomeScreen />} />
            <Route path="/patients/new" element={<NewPatientScreen onNotice={announce} />} />
            <Route path="/patients/:id" element={<PatientDetailScreen onNotice={announce} />} />
            <Route path="/patients/:id/edit" element={<EditPatientScreen onNotice={announce} />} />
            <Route path="/security" element={<SecurityScreen onNotice={announce} />} />
            <Route path="/audit" element={<AuditScreen />} />
            <Route path="/data" element={<DataScreen onNotice={announce} />} />
            <Route path="/patients/:id/intakes/compare" element={<IntakeCompareScreen />} />
            <Route path="/patients/:id/intakes/:intakeId" element={<IntakeViewScreen />} />
            <Route
              path="/patients/:id/intakes/:intakeId/edit"
              element={<IntakeEditScreen onNotice={announce} />}
            />
            <Route path="/patients/:id/documents/new" element={<NewDocumentScreen onNotice={announce} />} />
            <Route
              path="/patients/:id/documents/:documentId"
              element={<DocumentScreen onNotice={announce} />}
            />
            <Route path="/patients/:id/sessions/:sessionId" element={<SessionScreen />} />
            <Route path="/diary/week" element={<WeekScreen />} />
            <Route path="/patients/:id/photos/capture" element={<PhotoCaptureScreen />} />
            <Route path="/products" element={<ProductsScreen onNotice={announce} />} />
            <Route path="/lot-recall" element={<LotRecallScreen />} />
            <Route path="/setup" element={<FirstStartScreen onNotice={announce} />} />
            <Route path="/settings" element={<SettingsScreen onNotice={announce} />} />
            <Route path="/settings/templates/:key" element={<TemplateEditorScreen onNotice={announce} />} />
          </Routes>
        </main>
      </div>
    </div>
  );
}

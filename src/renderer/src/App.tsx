import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { Notice } from './components/Notice';
import { useShortcuts } from './components/useShortcut';
import { DocumentScreen } from './documents/DocumentScreen';
import { NewDocumentScreen } from './documents/NewDocumentScreen';
import { HomeScreen } from './layout/HomeScreen';
import { EditPatientScreen } from './patients/EditPatientScreen';
import { NewPatientScreen } from './patients/NewPatientScreen';
import { PatientDetailScreen } from './patients/PatientDetailScreen';
import { PatientList, type PatientListHandle } from './patients/PatientList';
import { SettingsScreen } from './settings/SettingsScreen';
import { TemplateEditorScreen } from './settings/TemplateEditorScreen';

export function App() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listRef = useRef<PatientListHandle>(null);
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);
  const announce = (text: string) => setNotice((prev) => ({ text, n: (prev?.n ?? 0) + 1 }));

  useShortcuts([
    [{ key: '/' }, () => listRef.current?.focusSearch()],
    [{ key: 'k', mod: true, inFields: true }, () => listRef.current?.focusSearch()],
    [{ key: 'n', alt: true, inFields: true }, () => navigate('/patients/new')],
  ]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          {t('app.name')}
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label="Main">
          <Link to="/">{t('nav.patients')}</Link>
          <Link to="/settings">{t('nav.settings')}</Link>
        </nav>
        <span className="topbar__hint">{t('app.shortcutsHint')}</span>
        <Link className="button button--primary" to="/patients/new" aria-keyshortcuts="Alt+N">
          {t('patients.newPatient')}
        </Link>
      </header>
      <div className="workspace">
        <aside className="sidebar">
          <PatientList ref={listRef} />
        </aside>
        <main id="main" className="content" tabIndex={-1}>
          <Notice key={notice?.n} message={notice?.text ?? null} />
          <Routes>
            <Route path="/" element={<HomeScreen />} />
            <Route path="/patients/new" element={<NewPatientScreen onNotice={announce} />} />
            <Route path="/patients/:id" element={<PatientDetailScreen onNotice={announce} />} />
            <Route path="/patients/:id/edit" element={<EditPatientScreen onNotice={announce} />} />
            <Route path="/patients/:id/documents/new" element={<NewDocumentScreen onNotice={announce} />} />
            <Route
              path="/patients/:id/documents/:documentId"
              element={<DocumentScreen onNotice={announce} />}
            />
            <Route path="/settings" element={<SettingsScreen onNotice={announce} />} />
            <Route path="/settings/templates/:key" element={<TemplateEditorScreen onNotice={announce} />} />
          </Routes>
        </main>
      </div>
    </div>
  );
}

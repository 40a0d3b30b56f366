import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { displayName, type Patient } from '../../../shared/patients/schema';
import { clinic, unwrap } from '../api/clinic';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { QueryState } from '../components/QueryState';
import { EraseDialog, ExportRecordPanel } from '../data/PatientDataActions';
import { PatientDocuments } from '../documents/PatientDocuments';
import { ageInYears, formatDate, formatDateTime } from '../format';
import { IntakeHistory } from '../intake/IntakeHistory';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { AdverseEventsPanel, OpenAdverseEventFlag } from '../treatments/AdverseEvents';
import { CoursePanel } from '../treatments/CoursePanel';
import { Timeline } from '../treatments/Timeline';
import { PatientHistory } from './PatientHistory';
import { useInvalidatePatients, usePatient } from './queries';

export function PatientDetailScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const id = Number(useParams().id);
  const patient = usePatient(id);
  if (!patient.data) return <QueryState query={patient} />;
  return <PatientDetail key={id} patient={patient.data} onNotice={onNotice} />;
}

function PatientDetail({ patient, onNotice }: { patient: Patient; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePatients();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [showExport, setShowExport] = useState(false);
  const [confirmErase, setConfirmErase] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const name = displayName(patient);
  const archived = patient.archivedAt !== null;

  useEffect(() => headingRef.current?.focus(), []);

  const run = async (action: 'archive' | 'restore') => {
    setActionError(null);
    try {
      await unwrap(clinic.patients[action]({ id: patient.id }));
      await invalidate();
      onNotice(t(action === 'archive' ? 'detail.archived' : 'detail.restored'));
    } catch (error) {
      setActionError(error instanceof Error ? error.message : 'errors.internal');
    }
  };

  const value = (v: string | null) => v ?? <span className="muted">{t('detail.notRecorded')}</span>;

  return (
    <article className="patient-detail" aria-labelledby="patient-name">
      <header className="patient-header">
        <div>
          <h1 id="patient-name" ref={headingRef} tabIndex={-1}>
            {name}
            {patient.preferredName && (
              <span className="patient-header__preferred"> “{patient.preferredName}”</span>
            )}
          </h1>
          <p className="patient-header__meta">
            <span>{patient.number}</span>
            <span>
              {formatDate(patient.dateOfBirth)} (
              {t('patients.age', { count: ageInYears(patient.dateOfBirth) })})
            </span>
            <span>{t(`form.sexOptions.${patient.sex}`)}</span>
            {archived && <span className="badge badge--muted">{t('patients.archivedBadge')}</span>}
          </p>
        </div>
        <div className="patient-header__actions">
          <Link className="button button--primary" to={`/patients/${patient.id}/edit`}>
            {t('detail.edit')}
          </Link>
          {archived ? (
            <button type="button" className="button" onClick={() => run('restore')}>
              {t('detail.restore')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmArchive(true)}>
              {t('detail.archive')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-expanded={showExport}
            onClick={() => setShowExport((v) => !v)}
          >
            {t('exportRecord.button')}
          </button>
        </div>
      </header>
      {showExport && <ExportRecordPanel patient={patient} />}
      <OpenAdverseEventFlag patientId={patient.id} />
      <ScreeningPanel patientId={patient.id} />

      {archived && patient.archivedAt && (
        <p className="alert alert--info">
          {t('detail.archivedOn', { date: formatDateTime(patient.archivedAt) })}
        </p>
      )}
      {actionError && (
        <p className="alert alert--error" role="alert">
          {t(actionError, { defaultValue: actionError })}
        </p>
      )}

      <div className="detail-grid">
        <section className="card" aria-labelledby="contact-title">
          <h2 id="contact-title">{t('detail.contact')}</h2>
          <dl>
            <dt>{t('form.phone')}</dt>
            <dd>{value(patient.phone)}</dd>
            <dt>{t('form.email')}</dt>
            <dd>{value(patient.email)}</dd>
            <dt>{t('form.address')}</dt>
            <dd className="preserve-lines">{value(patient.address)}</dd>
            <dt>{t('form.preferredLanguage')}</dt>
            <dd>{t(`form.languageOptions.${patient.preferredLanguage}`)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="emergency-title">
          <h2 id="emergency-title">{t('form.sectionEmergency')}</h2>
          <dl>
            <dt>{t('form.emergencyContactName')}</dt>
            <dd>{value(patient.emergencyContactName)}</dd>
            <dt>{t('form.emergencyContactPhone')}</dt>
            <dd>{value(patient.emergencyContactPhone)}</dd>
            <dt>{t('form.gpName')}</dt>
            <dd>{value(patient.gpName)}</dd>
          </dl>
        </section>
        <section className="card card--wide" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('detail.notes')}</h2>
          <p className="preserve-lines">{value(patient.notes)}</p>
        </section>
        <IntakeHistory patientId={patient.id} />
      </div>

      <CoursePanel patientId={patient.id} archived={archived} />
      <AdverseEventsPanel patientId={patient.id} archived={archived} />
      <PatientDocuments patientId={patient.id} archived={archived} />
      <Timeline patientId={patient.id} />
      <PatientHistory patientId={patient.id} />
      <p className="muted small">{t('detail.updatedAt', { date: formatDateTime(patient.updatedAt) })}</p>
      <div className="danger-zone">
        <button type="button" className="button button--danger-outline" onClick={() => setConfirmErase(true)}>
          {t('erase.button')}
        </button>
      </div>
      <EraseDialog
        patient={patient}
        open={confirmErase}
        onClose={() => setConfirmErase(false)}
        onNotice={onNotice}
      />

      <ConfirmDialog
        open={confirmArchive}
        title={t('detail.archiveTitle', { name })}
        body={t('detail.archiveBody')}
        confirmLabel={t('detail.archiveConfirm')}
        cancelLabel={t('form.cancel')}
        onCancel={() => setConfirmArchive(false)}
        onConfirm={() => {
          setConfirmArchive(false);
          void run('archive');
        }}
      />
    </article>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { displayName, type Patient } from '../../../shared/patients/schema';
import { clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Detail } from '../components/Detail';
import { Loaded } from '../components/QueryState';
import { EraseDialog, ExportRecordPanel } from '../data/PatientDataActions';
import { ContactPreferenceCard } from '../diary/ContactPreferenceCard';
import { PatientAppointments } from '../diary/PatientAppointments';
import { useDiaryChanged, useFutureAppointments } from '../diary/queries';
import { PatientDocuments } from '../documents/PatientDocuments';
import { ageInYears, formatDate, formatDateTime } from '../format';
import { IntakeHistory } from '../intake/IntakeHistory';
import { PatientPhotos } from '../photos/PatientPhotos';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { AdverseEventsPanel, OpenAdverseEventFlag } from '../treatments/AdverseEvents';
import { CoursePanel } from '../treatments/CoursePanel';
import { Timeline } from '../treatments/Timeline';
import { PatientHistory } from './PatientHistory';
import { useInvalidatePatients, usePatient } from './queries';

export function PatientDetailScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const id = Number(useParams().id);
  const patient = usePatient(id);
  return (
    <Loaded query={patient}>{(data) => <PatientDetail key={id} patient={data} onNotice={onNotice} />}</Loaded>
  );
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
  const diaryChanged = useDiaryChanged();
  const future = useFutureAppointments(patient.id);

  useEffect(() => headingRef.current?.focus(), []);

  const run = async (action: 'archive' | 'restore') => {
    setActionError(null);
    try {
      await unwrap(clinic.patients[action]({ id: patient.id }));
      // An archived patient keeps no bookings: the confirmation said so.
      if (action === 'archive' && future.length)
        await unwrap(
          clinic.appointments.cancelFuture({ patientId: patient.id, reason: t('diary.archive.reason') }),
        );
      await Promise.all([invalidate(), diaryChanged()]);
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
        <Card id="contact-title" title={t('detail.contact')}>
          <dl>
            <Detail label={t('form.phone')}>{value(patient.phone)}</Detail>
            <Detail label={t('form.email')}>{value(patient.email)}</Detail>
            <Detail label={t('form.address')} preserveLines>
              {value(patient.address)}
            </Detail>
            <Detail label={t('form.preferredLanguage')}>
              {t(`form.languageOptions.${patient.preferredLanguage}`)}
            </Detail>
          </dl>
        </Card>
        <Card id="emergency-title" title={t('form.sectionEmergency')}>
          <dl>
            <Detail label={t('form.emergencyContactName')}>{value(patient.emergencyContactName)}</Detail>
            <Detail label={t('form.emergencyContactPhone')}>{value(patient.emergencyContactPhone)}</Detail>
            <Detail label={t('form.gpName')}>{value(patient.gpName)}</Detail>
          </dl>
        </Card>
        <Card id="notes-title" title={t('detail.notes')} className="card--wide">
          <p className="preserve-lines">{value(patient.notes)}</p>
        </Card>
        <IntakeHistory patientId={patient.id} />
      </div>

      <CoursePanel patientId={patient.id} archived={archived} />
      <PatientAppointments patientId={patient.id} patientName={name} archived={archived} />
      <ContactPreferenceCard patientId={patient.id} archived={archived} />
      <AdverseEventsPanel patientId={patient.id} archived={archived} />
      <PatientDocuments patientId={patient.id} archived={archived} />
      <PatientPhotos patientId={patient.id} archived={archived} />
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
        body={
          future.length
            ? `${t('detail.archiveBody')} ${t('diary.archive.future', { count: future.length })} ${t('diary.archive.cancelled')}`
            : t('detail.archiveBody')
        }
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

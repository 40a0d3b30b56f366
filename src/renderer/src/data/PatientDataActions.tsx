import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { displayName, type Patient } from '../../../shared/patients/schema';
import { clinic, unwrap } from '../api/clinic';
import { apiError } from '../api/failure';
import { FormAlert } from '../components/FormAlert';
import { TextField } from '../components/form/TextField';
import { Modal } from '../components/Modal';
import { useFutureAppointments } from '../diary/queries';
import { exportSummary } from './ClinicExportPanel';
import { FolderActionCard } from './FolderActionCard';

/** "Export record" on the patient's page: one folder with the PDF, the signed PDFs, FHIR and CSV. */
export function ExportRecordPanel({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const run = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.exports.patient({
          patientId: patient.id,
          ...(folder.trim() ? { folder: folder.trim() } : {}),
        }),
      ),
  });
  return (
    <FolderActionCard
      id="export-record-title"
      title={t('exportRecord.title')}
      intro={t('exportRecord.body')}
      folderLabel={t('exportRecord.folder')}
      folderHint={t('exportRecord.folderHint')}
      folder={folder}
      onFolder={setFolder}
      mutation={run}
      actionLabel={t('exportRecord.submit')}
      busyLabel={t('exportRecord.working')}
    >
      {run.data && (
        <div className="alert alert--info" role="status">
          <p>{t('exportRecord.done', { folder: run.data.folder })}</p>
          <p>{exportSummary(t, run.data.counts)}</p>
          <ul className="export-files">
            {run.data.files.map((file) => (
              <li key={file}>{file}</li>
            ))}
          </ul>
        </div>
      )}
    </FolderActionCard>
  );
}

/** The deliberate erasure: the patient number must be typed; the retention duty is spelled out. */
export function EraseDialog(props: {
  patient: Patient;
  open: boolean;
  onClose: () => void;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { patient } = props;
  const titleId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const future = useFutureAppointments(patient.id);
  const erase = useMutation({
    mutationFn: () => unwrap(clinic.patients.erase({ id: patient.id, confirmNumber: typed })),
    onSuccess: async (result) => {
      props.onClose();
      queryClient.removeQueries({ queryKey: ['patients', patient.id] });
      await queryClient.invalidateQueries({ queryKey: ['patients'] });
      await queryClient.invalidateQueries({ queryKey: ['diary'] });
      props.onNotice(t('erase.done', { number: result.number }));
      navigate('/');
    },
  });
  const failure = apiError(erase.error);
  return (
    <Modal
      open={props.open}
      onCancel={props.onClose}
      className="dialog dialog--danger"
      aria-labelledby={titleId}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          erase.mutate();
        }}
        noValidate
      >
        <h2 id={titleId}>{t('erase.title', { name: displayName(patient) })}</h2>
        <p>{t('erase.body')}</p>
        {future.length > 0 && (
          <p className="alert alert--warning">{t('diary.erase.future', { count: future.length })}</p>
        )}
        <p className="alert alert--warning">{t('erase.retention')}</p>
        <TextField
          label={t('erase.confirmLabel', { number: patient.number })}
          error={failure?.fields?.confirmNumber}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          value={typed}
          onChange={setTyped}
        />
        <FormAlert message={failure && !failure.fields ? failure.message : null} />
        <div className="dialog__actions">
          <button
            type="submit"
            className="button button--danger"
            disabled={erase.isPending || typed.trim().toUpperCase() !== patient.number.toUpperCase()}
          >
            {t('erase.submit')}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

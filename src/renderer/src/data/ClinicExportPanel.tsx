import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportCounts } from '../../../shared/exports/schema';
import { clinic, unwrap } from '../api/clinic';
import { apiError } from '../api/failure';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { Checkbox } from '../components/form/Checkbox';
import { counted } from '../i18n/counts';
import { ExportFolderField } from './FolderField';

export function exportSummary(
  t: (key: string, values?: Record<string, unknown>) => string,
  counts: ExportCounts,
) {
  const nouns = [
    'patients',
    'intakes',
    'sessions',
    'adverseEvents',
    'documents',
    'decisions',
    'files',
  ] as const;
  return t('data.exportSummary', { counts: nouns.map((n) => counted(t, n, counts[n] ?? 0)).join(', ') });
}

/** Whole-clinic export: started in main, polled for progress, cancellable. */
export function ClinicExportPanel() {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [documents, setDocuments] = useState(true);
  const [zip, setZip] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.exports.clinicStart({ ...(folder.trim() ? { folder: folder.trim() } : {}), documents, zip }),
      ),
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useQuery({
    queryKey: ['exports', 'job', jobId],
    queryFn: () => unwrap(clinic.exports.clinicStatus({ jobId: jobId ?? '' })),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? 300 : false),
  });
  const cancel = useMutation({
    mutationFn: () => unwrap(clinic.exports.clinicCancel({ jobId: jobId ?? '' })),
  });
  const running = job.data?.state === 'running';
  const failure = apiError(start.error);

  return (
    <Card id="clinic-export-title" title={t('data.exportTitle')} intro={t('data.exportBody')}>
      <ExportFolderField value={folder} onChange={setFolder} error={failure?.fields?.folder} />
      <div>
        <Checkbox label={t('data.exportDocuments')} checked={documents} onChange={setDocuments} />
      </div>
      <div>
        <Checkbox label={t('data.exportZip')} checked={zip} onChange={setZip} />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={start.isPending || running}
          onClick={() => start.mutate()}
        >
          {t('data.exportStart')}
        </button>
        {running && (
          <button
            type="button"
            className="button"
            onClick={() => cancel.mutate()}
            disabled={cancel.isPending}
          >
            {t('data.exportCancel')}
          </button>
        )}
      </div>
      <FormAlert message={failure && !failure.fields ? failure.message : null} />
      {job.data && (
        <div className="export-progress" role="status">
          <progress
            max={Math.max(job.data.total, 1)}
            value={job.data.done}
            aria-label={t('data.exportTitle')}
          />
          <p>{t('data.exportProgress', { done: job.data.done, count: job.data.total })}</p>
          {job.data.state === 'done' && (
            <div className="alert alert--info">
              <p>{t('data.exportDone', { folder: job.data.folder })}</p>
              <p>{exportSummary(t, job.data.counts)}</p>
            </div>
          )}
          {job.data.state === 'cancelled' && <p className="alert alert--info">{t('data.exportCancelled')}</p>}
          {job.data.state === 'failed' && <p className="alert alert--error">{t('data.exportFailed')}</p>}
        </div>
      )}
    </Card>
  );
}

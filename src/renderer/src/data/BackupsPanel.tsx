import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import { clinic, unwrap } from '../api/clinic';
import { apiError, failureMessage } from '../api/failure';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { PathField } from '../components/form/PathField';
import { Modal } from '../components/Modal';
import { QueryState } from '../components/QueryState';
import { Table } from '../components/Table';
import { formatDateTime } from '../format';
import { counted } from '../i18n/counts';
import { SecondFolderLine } from '../setup/SecondFolderLine';
import { BackupProgress } from './BackupProgress';
import { FolderField, formatSize } from './FolderField';
import { useBackUpNow } from './useBackUpNow';

/** The backups list with "Back up now", and restore with a preview of what the backup holds. */
export function BackupsPanel({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['backups'], queryFn: () => unwrap(clinic.backups.list({})) });
  const [folder, setFolder] = useState('');
  const [file, setFile] = useState('');
  const [preview, setPreview] = useState<BackupInfo | null>(null);
  const create = useBackUpNow(onNotice);
  const check = useMutation({
    mutationFn: (path: string) => unwrap(clinic.backups.preview({ file: path })),
    onSuccess: setPreview,
  });
  const fileError = apiError(check.error)?.fields?.file;
  const folderError = apiError(create.error)?.fields?.folder;
  const restore = useMutation({
    mutationFn: (path: string) => unwrap(clinic.backups.restore({ file: path })),
    onSuccess: async (info) => {
      setPreview(null);
      // Every screen's data came from the database that was just replaced.
      await queryClient.invalidateQueries();
      onNotice(t('data.restored', { date: formatDateTime(info.createdAt) }));
    },
  });

  return (
    <Card id="backups-title" title={t('data.backupsTitle')} intro={t('data.backupsBody')}>
      {list.data && <p className="muted small">{t('data.backupsFolder', { folder: list.data.folder })}</p>}
      <SecondFolderLine />
      <FolderField
        label={t('data.otherFolder')}
        hint={t('data.otherFolderHint')}
        value={folder}
        onChange={(value) => {
          setFolder(value);
          create.reset();
        }}
        purpose="backup"
        error={folderError}
      />
      <div className="form-actions">
        <BusyButton
          type="button"
          label={t('data.backUpNow')}
          busyLabel={t('data.backingUp')}
          busy={create.isPending}
          onClick={() => create.mutate(folder.trim() || undefined)}
        />
      </div>
      <BackupProgress running={create.isPending} />
      <FormAlert message={create.isError && !folderError ? failureMessage(create.error) : null} />
      {list.data ? (
        list.data.items.length ? (
          <Table
            className="backups-table"
            headings={[
              t('data.columns.time'),
              t('data.columns.kind'),
              t('data.columns.size'),
              t('data.columns.status'),
              { hidden: t('data.columns.actions') },
            ]}
          >
            {list.data.items.map((b) => (
              <tr key={b.name}>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{t(`data.kinds.${b.kind}`)}</td>
                <td>{formatSize(b.sizeBytes)}</td>
                <td>
                  <span className={`badge ${b.status === 'verified' ? 'badge--ok' : 'badge--danger'}`}>
                    {t(`data.status.${b.status}`)}
                  </span>
                </td>
                <td>
                  {b.status === 'verified' && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`${t('data.restore')} ${formatDateTime(b.createdAt)}`}
                      onClick={() => check.mutate(b.file)}
                    >
                      {t('data.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="muted">{t('data.noBackups')}</p>
        )
      ) : (
        <QueryState query={list} />
      )}

      <form
        className="restore-file"
        onSubmit={(e) => {
          e.preventDefault();
          if (file.trim()) check.mutate(file.trim());
        }}
      >
        <h3>{t('data.restoreFileTitle')}</h3>
        <PathField
          label={t('data.restoreFile')}
          hint={t('data.restoreFileHint')}
          error={fileError}
          wide
          value={file}
          onChange={setFile}
        />
        <button type="submit" className="button" disabled={check.isPending || !file.trim()}>
          {t('data.preview')}
        </button>
      </form>
      <FormAlert message={check.isError && !fileError ? failureMessage(check.error) : null} />
      <RestoreDialog
        backup={preview}
        busy={restore.isPending}
        error={restore.isError ? failureMessage(restore.error) : null}
        onCancel={() => {
          setPreview(null);
          restore.reset();
        }}
        onConfirm={() => preview && restore.mutate(preview.file)}
      />
    </Card>
  );
}

function RestoreDialog(props: {
  backup: BackupInfo | null;
  busy: boolean;
  /** The message key of a failed restore. */
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { backup } = props;
  const counts = backup?.contents?.counts ?? {};
  // None when the backup's audit trail records no change (a database written without the app).
  const newest = backup?.contents?.newestRecordAt ?? null;
  return (
    // A restore under way runs to its end (the swap is never half done): it cannot be dismissed.
    <Modal
      open={backup !== null}
      onCancel={props.busy ? () => undefined : props.onCancel}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{t('data.previewTitle')}</h2>
      {backup && (
        <>
          <p>
            {t(newest ? 'data.previewBody' : 'data.previewBodyUndated', {
              date: formatDateTime(backup.createdAt),
              size: formatSize(backup.sizeBytes),
              patients: counted(t, 'patients', counts.patients ?? 0),
              intakes: counted(t, 'intakes', counts.intakes ?? 0),
              documents: counted(t, 'documents', counts.documents ?? 0),
              newest: newest ? formatDateTime(newest) : '',
            })}
          </p>
          <p className="alert alert--warning">{t('data.previewWarning')}</p>
        </>
      )}
      <BackupProgress running={props.busy} forRestore />
      <FormAlert message={props.error} />
      <div className="dialog__actions">
        <BusyButton
          type="button"
          label={t('data.restoreConfirm')}
          busyLabel={t('data.restoring')}
          busy={props.busy}
          onClick={props.onConfirm}
        />
        <button type="button" className="button" onClick={props.onCancel} disabled={props.busy}>
          {t('form.cancel')}
        </button>
      </div>
    </Modal>
  );
}

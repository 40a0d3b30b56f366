import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';
import { FolderField, formatSize } from './FolderField';
import { useBackUpNow } from './useBackUpNow';

const errorKey = (error: unknown) => (error instanceof ApiFailure ? error.error.message : 'errors.internal');
const fieldError = (error: unknown, field: string) =>
  error instanceof ApiFailure ? error.error.fields?.[field] : undefined;

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
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('data.backupsTitle')}</h2>
      <p className="muted">{t('data.backupsBody')}</p>
      {list.data && <p className="muted small">{t('data.backupsFolder', { folder: list.data.folder })}</p>}
      <FolderField
        label={t('data.otherFolder')}
        hint={t('data.otherFolderHint')}
        value={folder}
        onChange={setFolder}
        purpose="backup"
      />
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={create.isPending}
          onClick={() => create.mutate(folder.trim() || undefined)}
        >
          {create.isPending ? t('data.backingUp') : t('data.backUpNow')}
        </button>
      </div>
      {create.isError && (
        <p className="alert alert--error" role="alert">
          {t(errorKey(create.error))}
        </p>
      )}
      {list.data ? (
        list.data.items.length ? (
          <table className="table backups-table">
            <thead>
              <tr>
                <th scope="col">{t('data.columns.time')}</th>
                <th scope="col">{t('data.columns.kind')}</th>
                <th scope="col">{t('data.columns.size')}</th>
                <th scope="col">{t('data.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('data.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
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
        <Field
          label={t('data.restoreFile')}
          hint={t('data.restoreFileHint')}
          error={fieldError(check.error, 'file')}
          wide
        >
          {(a) => (
            <input
              {...a}
              type="text"
              spellCheck={false}
              maxLength={1000}
              value={file}
              onChange={(e) => setFile(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={check.isPending || !file.trim()}>
          {t('data.preview')}
        </button>
      </form>
      {check.isError && !fieldError(check.error, 'file') && (
        <p className="alert alert--error" role="alert">
          {t(errorKey(check.error))}
        </p>
      )}
      <RestoreDialog
        backup={preview}
        busy={restore.isPending}
        error={restore.isError ? t(errorKey(restore.error)) : null}
        onCancel={() => {
          setPreview(null);
          restore.reset();
        }}
        onConfirm={() => preview && restore.mutate(preview.file)}
      />
    </section>
  );
}

function RestoreDialog(props: {
  backup: BackupInfo | null;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { backup } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (backup && !dialog.open) dialog.showModal();
    if (!backup && dialog.open) dialog.close();
  }, [backup]);
  const counts = backup?.contents?.counts ?? {};
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{t('data.previewTitle')}</h2>
      {backup && (
        <>
          <p>
            {t('data.previewBody', {
              date: formatDateTime(backup.createdAt),
              size: formatSize(backup.sizeBytes),
              count: counts.patients ?? 0,
              intakes: counts.intakes ?? 0,
              documents: counts.documents ?? 0,
              newest: backup.contents?.newestRecordAt ? formatDateTime(backup.contents.newestRecordAt) : '—',
            })}
          </p>
          <p className="alert alert--warning">{t('data.previewWarning')}</p>
        </>
      )}
      {props.error && (
        <p className="alert alert--error" role="alert">
          {props.error}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.busy ? t('data.restoring') : t('data.restoreConfirm')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </dialog>
  );
}

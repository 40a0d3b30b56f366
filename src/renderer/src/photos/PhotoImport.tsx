import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eachAtMost } from '../../../shared/kernel/each-at-most';
import {
  OTHER_PHOTO_VIEW,
  PHOTO_ACCEPT,
  PHOTO_LIMITS,
  type PhotoDetails,
  type PhotoMoment,
} from '../../../shared/photos/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { ChoiceField } from '../components/OptionsField';
import { formatDate } from '../format';
import { useCourses, useSessions } from '../treatments/queries';
import { MomentField, SessionField, ViewField } from './fields';
import { useInvalidatePhotos } from './queries';

interface FileOutcome {
  name: string;
  /** An i18n key when the file was refused. */
  error: string | null;
}

/** The file's bytes as base64, read in the page (nothing is written anywhere). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Each import decodes and re-encodes on one core: two at once keep a two-core machine busy. */
const IMPORTS_AT_ONCE = 2;

const refusal = (error: unknown) =>
  error instanceof ApiFailure ? (error.error.fields?.data ?? error.error.message) : 'photos.readFailed';

/** Import of photo files by picker or drag and drop, several at once, one after another with progress. */
export function PhotoImport({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePhotos();
  const courses = useCourses(patientId);
  const sessions = useSessions(patientId);
  const [moment, setMoment] = useState<PhotoMoment>('baseline');
  const [view, setView] = useState('face-front');
  const [courseId, setCourseId] = useState<number | null>(null);
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const [fieldError, setFieldError] = useState<Record<string, string>>({});
  const dropHintId = useId();
  const busy = progress !== null && progress.done < progress.total;

  const courseSessions = (sessions.data ?? []).filter((s) => courseId === null || s.courseId === courseId);

  async function importFiles(files: File[]) {
    if (!files.length || busy) return;
    const details: PhotoDetails = { patientId, courseId, sessionId, moment, view, note };
    const results: (FileOutcome | undefined)[] = files.map(() => undefined);
    let done = 0;
    setOutcomes([]);
    setFieldError({});
    setProgress({ done: 0, total: files.length });
    await eachAtMost(files, IMPORTS_AT_ONCE, async (file, index) => {
      let error: string | null = null;
      if (file.size > PHOTO_LIMITS.fileBytes) error = 'errors.photoTooLarge';
      else {
        try {
          const data = await readBase64(file);
          await unwrap(clinic.photos.import({ details, fileName: file.name.slice(0, 255), data }));
        } catch (failure) {
          error = refusal(failure);
          const fields = failure instanceof ApiFailure ? failure.error.fields : undefined;
          if (fields && !fields.data) setFieldError(fields);
        }
      }
      results[index] = { name: file.name, error };
      done += 1;
      setOutcomes(results.filter((r): r is FileOutcome => r !== undefined));
      setProgress({ done, total: files.length });
    });
    await invalidate(patientId);
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };
  const imported = outcomes.filter((o) => !o.error).length;

  return (
    <section className="photo-import" aria-labelledby="photo-import-title">
      <h3 id="photo-import-title">{t('photos.importTitle')}</h3>
      <div className="photo-import__fields">
        <MomentField value={moment} onChange={setMoment} />
        <ViewField value={view} onChange={setView} error={fieldError.view} />
        <ChoiceField
          label={t('photos.course')}
          error={fieldError.courseId}
          value={courseId === null ? '' : String(courseId)}
          emptyLabel={t('photos.none')}
          choices={(courses.data ?? []).map((c) => ({
            value: String(c.id),
            label: `${c.indication} · ${formatDate(c.startDate)}`,
          }))}
          onChange={(id) => {
            setCourseId(id ? Number(id) : null);
            setSessionId(null);
          }}
        />
        <SessionField
          sessions={courseSessions}
          value={sessionId}
          onChange={(id) => {
            setSessionId(id);
            const session = sessions.data?.find((s) => s.id === id);
            if (session) setCourseId(session.courseId);
          }}
          emptyLabel={t('photos.none')}
          error={fieldError.sessionId}
        />
        <Field
          label={t('photos.note')}
          error={fieldError.note ?? fieldError['details.note']}
          hint={view === OTHER_PHOTO_VIEW ? t('photos.otherNoteHint') : undefined}
          wide
        >
          {(a) => <input {...a} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the file input inside it is the keyboard path. */}
      <div
        className={`photo-drop${dragging ? ' photo-drop--over' : ''}`}
        data-testid="photo-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Field label={t('photos.files')}>
          {(a) => (
            <input
              {...a}
              aria-describedby={dropHintId}
              type="file"
              multiple
              accept={PHOTO_ACCEPT}
              disabled={busy}
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                void importFiles(files);
              }}
            />
          )}
        </Field>
        <p id={dropHintId} className="muted small">
          {t('photos.dropHint')}
        </p>
      </div>
      {progress && (
        <div className="photo-import__progress">
          <progress aria-label={t('photos.progress')} value={progress.done} max={progress.total} />
          <span role="status">
            {busy
              ? t('photos.importing', { done: progress.done, total: progress.total })
              : t('photos.importDone', { count: imported })}
          </span>
        </div>
      )}
      {outcomes.length > 0 && (
        <ul className="photo-import__outcomes">
          {outcomes.map((o, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two dropped files may share a name.
            <li key={i} className={o.error ? 'field__error' : undefined}>
              {o.name}: {o.error ? t(o.error, { defaultValue: o.error }) : t('photos.imported')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

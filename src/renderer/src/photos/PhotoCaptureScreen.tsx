import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PhotoMoment } from '../../../shared/photos/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { Checkbox } from '../components/form/Checkbox';
import { RadioGroup } from '../components/form/RadioGroup';
import { RangeField } from '../components/form/RangeField';
import { useSessions } from '../treatments/queries';
import { CaptureGuide } from './CaptureGuide';
import { MomentField, SessionField, ViewField } from './fields';
import { photoKeys, useInvalidatePhotos, usePhotoConsent, useThumbnail } from './queries';

const problemOf = (error: unknown) =>
  error instanceof ApiFailure
    ? (Object.values(error.error.fields ?? {})[0] ?? error.error.message)
    : 'photos.capture.failed';

/**
 * The live camera: started once its preview is on screen (`shown`: the patient's photo consent is
 * known), stopped when the screen closes.
 */
function useCamera(shown: boolean) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!shown) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    navigator.mediaDevices
      ?.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then((s) => {
        if (cancelled) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().then(() => setReady(true));
        }
      })
      .catch(() => setError('photos.capture.noCamera'));
    if (!navigator.mediaDevices) setError('photos.capture.noCamera');
    return () => {
      cancelled = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [shown]);
  return { video, error, ready };
}

/** The current frame of the video as base64 JPEG bytes (in memory only). */
function grabFrame(video: HTMLVideoElement): string {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')?.drawImage(video, 0, 0);
  const url = canvas.toDataURL('image/jpeg', 0.92);
  return url.slice(url.indexOf(',') + 1);
}

function Ghost({ id, opacity }: { id: number; opacity: number }) {
  const thumb = useThumbnail(id);
  return thumb.data ? <img className="capture__ghost" src={thumb.data} alt="" style={{ opacity }} /> : null;
}

const CAPTURE_MODES = ['protocol', 'free'] as const;
type CaptureMode = (typeof CAPTURE_MODES)[number];

/**
 * Photos with the camera: view by view along the session's protocol, each taken or skipped with a
 * reason; or free capture, outside the protocol, of any view (or "Other view", said in the note).
 */
export function PhotoCaptureScreen() {
  const { t } = useTranslation();
  const patientId = Number(useParams().id);
  const [search] = useSearchParams();
  const consent = usePhotoConsent(patientId);
  const sessions = useSessions(patientId);
  const [sessionId, setSessionId] = useState<number | null>(Number(search.get('session')) || null);
  const [mode, setMode] = useState<CaptureMode>(search.get('mode') === 'free' ? 'free' : 'protocol');
  const [freeView, setFreeView] = useState('other');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [moment, setMoment] = useState<PhotoMoment>('before');
  const [index, setIndex] = useState(0);
  const [grid, setGrid] = useState(false);
  const [ghost, setGhost] = useState(0.35);
  const [reason, setReason] = useState('');
  const [skipping, setSkipping] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const camera = useCamera(Boolean(consent.data?.level));
  const client = useQueryClient();
  const invalidate = useInvalidatePhotos();
  const protocol = useQuery({
    queryKey: ['photos', 'protocol', sessionId],
    queryFn: () => unwrap(clinic.photos.protocol({ sessionId: sessionId ?? 0 })),
    enabled: sessionId !== null,
  });
  const steps = mode === 'protocol' ? (protocol.data?.steps ?? []) : [];
  const step = steps[Math.min(index, Math.max(steps.length - 1, 0))];
  const viewName = (v: string) => t(`photos.views.${v}`);

  const advance = () => {
    setSkipping(false);
    setReason('');
    setIndex((i) => Math.min(i + 1, steps.length - 1));
  };
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['photos', 'protocol', sessionId] });
    await invalidate(patientId);
    await client.invalidateQueries({ queryKey: photoKeys.forPatient(patientId) });
  };

  async function take() {
    const video = camera.video.current;
    const free = mode === 'free';
    const view = free ? freeView : step?.view;
    if (!video || !view || (!free && sessionId === null)) return;
    setBusy(true);
    setProblem(null);
    setNoteError(undefined);
    try {
      await unwrap(
        clinic.photos.import({
          details: { patientId, courseId: null, sessionId, moment, view, note: free ? note : '' },
          data: grabFrame(video),
          source: 'capture',
        }),
      );
      setStatus(t('photos.capture.taken', { view: viewName(view) }));
      await refresh();
      if (free) setNote('');
      else advance();
    } catch (error) {
      const onNote = error instanceof ApiFailure ? error.error.fields?.note : undefined;
      if (onNote) setNoteError(onNote);
      else setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  async function skip() {
    if (!step || sessionId === null) return;
    setProblem(null);
    try {
      await unwrap(clinic.photos.skipView({ sessionId, view: step.view, reason }));
      setStatus(t('photos.capture.skipped', { view: viewName(step.view) }));
      await refresh();
      advance();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  return (
    <section className="capture" aria-labelledby="capture-title">
      <p>
        <Link to={`/patients/${patientId}`}>{t('photos.capture.back')}</Link>
      </p>
      <h1 id="capture-title">{t('photos.capture.title')}</h1>
      {consent.data && !consent.data.level && (
        <div className="alert alert--warning" role="alert">
          <p>{t('photos.noConsent')}</p>
          <Link className="button button--small" to={`/patients/${patientId}/documents/new?kind=consent`}>
            {t('photos.getConsent')}
          </Link>
        </div>
      )}
      {consent.data?.level && (
        <>
          <RadioGroup
            legend={t('photos.capture.mode')}
            name="capture-mode"
            options={CAPTURE_MODES}
            label={(m) => t(`photos.capture.modes.${m}`)}
            value={mode}
            onChange={(m) => {
              setMode(m);
              setProblem(null);
              setStatus(null);
            }}
            className="choices"
            optionClassName="checkbox"
          />
          <div className="capture__setup">
            <SessionField
              sessions={sessions.data ?? []}
              value={sessionId}
              onChange={(id) => {
                setSessionId(id);
                setIndex(0);
              }}
              emptyLabel={t(mode === 'free' ? 'photos.none' : 'photos.capture.chooseSession')}
            />
            <MomentField value={moment} onChange={setMoment} />
            <Checkbox label={t('photos.capture.grid')} checked={grid} onChange={setGrid} />
            {mode === 'protocol' && (
              <RangeField
                label={t('photos.capture.ghost')}
                min={0}
                max={1}
                step={0.05}
                value={ghost}
                onChange={setGhost}
              />
            )}
          </div>
          {mode === 'free' && (
            <div className="capture__setup">
              <ViewField value={freeView} onChange={setFreeView} />
              <Field
                label={t('photos.note')}
                error={noteError}
                hint={freeView === 'other' ? t('photos.otherNoteHint') : undefined}
                wide
              >
                {(a) => (
                  <input {...a} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
                )}
              </Field>
            </div>
          )}
          {mode === 'protocol' && sessionId !== null && protocol.data && steps.length === 0 && (
            <p className="muted">{t('photos.capture.noViews')}</p>
          )}
          {camera.error && (
            <p className="alert alert--error" role="alert">
              {t(camera.error)}
            </p>
          )}
          <div className="capture__body">
            <div className="capture__stage">
              <video
                ref={camera.video}
                className="capture__video"
                muted
                playsInline
                aria-label={t('photos.capture.preview')}
              />
              {step?.baselineId && ghost > 0 && <Ghost id={step.baselineId} opacity={ghost} />}
              {step && <CaptureGuide view={step.view} grid={grid} />}
              {mode === 'free' && <CaptureGuide view={freeView} grid={grid} />}
            </div>
            {steps.length > 0 && (
              <ol className="capture__steps" aria-label={t('photos.capture.steps')}>
                {steps.map((s, i) => (
                  <li key={s.view} aria-current={i === index ? 'step' : undefined}>
                    <button type="button" className="link-button" onClick={() => setIndex(i)}>
                      {viewName(s.view)}
                    </button>{' '}
                    <span className="muted small">
                      {s.photoIds.length
                        ? t('photos.capture.stepTaken', { count: s.photoIds.length })
                        : s.skipReason
                          ? t('photos.capture.stepSkipped', { reason: s.skipReason })
                          : t('photos.capture.stepToDo')}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
          {(step || mode === 'free') && (
            <div className="capture__actions">
              <h2>
                {step
                  ? t('photos.capture.stepTitle', {
                      n: index + 1,
                      total: steps.length,
                      view: viewName(step.view),
                    })
                  : t('photos.capture.freeTitle', { view: viewName(freeView) })}
              </h2>
              <button
                type="button"
                className="button button--primary"
                disabled={!camera.ready || busy}
                onClick={() => void take()}
              >
                {t('photos.capture.take')}
              </button>
              {step && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button"
                    onClick={() => setSkipping((v) => !v)}
                    aria-expanded={skipping}
                  >
                    {t('photos.capture.skip')}
                  </button>
                  {skipping && (
                    <div className="capture__skip">
                      <Field label={t('photos.capture.reason')}>
                        {(a) => (
                          <input
                            {...a}
                            value={reason}
                            maxLength={500}
                            onChange={(e) => setReason(e.target.value)}
                          />
                        )}
                      </Field>
                      <button type="button" className="button" onClick={() => void skip()}>
                        {t('photos.capture.skipWithReason')}
                      </button>
                    </div>
                  )}
                </>
              )}
            </div>
          )}
          {problem && (
            <p className="alert alert--error" role="alert">
              {t(problem, { defaultValue: problem })}
            </p>
          )}
          {status && (
            <p className="muted" role="status">
              {status}
            </p>
          )}
        </>
      )}
    </section>
  );
}

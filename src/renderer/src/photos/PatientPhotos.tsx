import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PhotoSummary } from '../../../shared/photos/schema';
import { Modal } from '../components/Modal';
import { formatDate } from '../format';
import { useCourses, useSessions } from '../treatments/queries';
import { PhotoArchiveForm, RestorePhotoButton } from './PhotoArchiveForm';
import { PhotoCompare } from './PhotoCompare';
import { PhotoImport } from './PhotoImport';
import { baselineAndLatest } from './pairing';
import { useFullImage, usePhotoConsent, usePhotos, useThumbnail } from './queries';

export function usePhotoLabel() {
  const { t } = useTranslation();
  return (p: PhotoSummary) =>
    t('photos.photoLabel', {
      view: t(`photos.views.${p.view}`),
      moment: t(`photos.moments.${p.moment}`),
      date: formatDate(p.takenAt.slice(0, 10)),
    });
}

function Thumbnail({ photo, label }: { photo: PhotoSummary; label: string }) {
  const thumb = useThumbnail(photo.id);
  return thumb.data ? (
    <img className="photo-card__image" src={thumb.data} alt={label} />
  ) : (
    <span className="photo-card__image photo-card__image--loading" />
  );
}

/** Where the photo comes from and what became of it: imported elsewhere, archived, an amendment. */
function PhotoBadges({ photo }: { photo: PhotoSummary }) {
  const { t } = useTranslation();
  return (
    <>
      {photo.amendment && <span className="badge badge--muted">{t('photos.amendmentBadge')}</span>}
      {photo.importedFrom && (
        <span className="badge badge--imported" title={t('photos.importedHint')}>
          {t('photos.importedFrom', {
            source: photo.importedFrom.source,
            date: formatDate(photo.importedFrom.importedAt.slice(0, 10)),
          })}
        </span>
      )}
      {photo.archived && (
        <span className="badge badge--archived">
          {t(photo.archived.amendment ? 'photos.archive.badgeAmendment' : 'photos.archive.badge', {
            date: formatDate(photo.archived.at.slice(0, 10)),
          })}
        </span>
      )}
    </>
  );
}

function PhotoViewer({
  photo,
  canArchive,
  locked,
  onClose,
}: {
  photo: PhotoSummary;
  canArchive: boolean;
  locked: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const image = useFullImage(photo.id);
  const label = usePhotoLabel()(photo);
  const [archiving, setArchiving] = useState(false);
  return (
    <Modal open onCancel={onClose} className="dialog photo-viewer" aria-labelledby="photo-viewer-title">
      <h2 id="photo-viewer-title">{label}</h2>
      {image.data && <img className="photo-viewer__image" src={image.data} alt={label} />}
      <p className="small">
        <PhotoBadges photo={photo} />
      </p>
      {photo.note && <p>{photo.note}</p>}
      {photo.archived && <p>{t('photos.archive.reasonShown', { reason: photo.archived.reason })}</p>}
      {archiving && (
        <PhotoArchiveForm
          photo={photo}
          locked={locked}
          onDone={onClose}
          onCancel={() => setArchiving(false)}
        />
      )}
      <div className="dialog__actions">
        {canArchive && !photo.archived && !archiving && (
          <button type="button" className="button" onClick={() => setArchiving(true)}>
            {t('photos.archive.open')}
          </button>
        )}
        {canArchive && photo.archived && <RestorePhotoButton photo={photo} onDone={onClose} />}
        <button type="button" className="button" onClick={onClose}>
          {t('photos.close')}
        </button>
      </div>
    </Modal>
  );
}

/** The photos section of the patient page: consent, import, the gallery and the comparison. */
export function PatientPhotos({ patientId, archived }: { patientId: number; archived: boolean }) {
  const { t } = useTranslation();
  const consent = usePhotoConsent(patientId);
  const [showArchived, setShowArchived] = useState(false);
  const photos = usePhotos(patientId, showArchived);
  const courses = useCourses(patientId);
  const sessions = useSessions(patientId);
  const signedSessions = new Set((sessions.data ?? []).filter((s) => s.status === 'signed').map((s) => s.id));
  const label = usePhotoLabel();
  const [courseFilter, setCourseFilter] = useState('');
  const [viewFilter, setViewFilter] = useState('');
  const [open, setOpen] = useState<PhotoSummary | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);

  const all = photos.data ?? [];
  const shown = all.filter(
    (p) =>
      (courseFilter === '' || String(p.courseId ?? 'none') === courseFilter) &&
      (viewFilter === '' || p.view === viewFilter),
  );
  const views = [...new Set(all.map((p) => p.view))];
  // Archived photos are shown on request, never paired for a comparison.
  const defaultPair = baselineAndLatest(
    shown.filter((p) => !p.archived),
    viewFilter || undefined,
  );
  const toggle = (id: number) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s.slice(-1), id]));

  return (
    <section className="card photos" aria-labelledby="photos-title" id="photos">
      <h2 id="photos-title">{t('photos.title')}</h2>
      {consent.data && !consent.data.level && (
        <div className="alert alert--warning" role="alert">
          <p>{t('photos.noConsent')}</p>
          {!archived && (
            <Link className="button button--small" to={`/patients/${patientId}/documents/new?kind=consent`}>
              {t('photos.getConsent')}
            </Link>
          )}
        </div>
      )}
      {consent.data?.level && (
        <p className="muted">
          {t('photos.consentLevel', { level: t(`photos.levels.${consent.data.level}`) })}
        </p>
      )}
      {consent.data?.level && !archived && (
        <>
          <Link className="button button--small" to={`/patients/${patientId}/photos/capture`}>
            {t('photos.capture.open')}
          </Link>
          <PhotoImport patientId={patientId} />
        </>
      )}

      <h3>{t('photos.galleryTitle')}</h3>
      <label className="checkbox small photos__archived-toggle">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(e) => {
            setShowArchived(e.target.checked);
            setSelected([]);
          }}
        />{' '}
        {t('photos.archive.show')}
      </label>
      {all.length === 0 && <p className="muted">{t('photos.galleryEmpty')}</p>}
      {all.length > 0 && (
        <>
          <div className="photos__filters">
            <label>
              {t('photos.filterCourse')}{' '}
              <select value={courseFilter} onChange={(e) => setCourseFilter(e.target.value)}>
                <option value="">{t('photos.allCourses')}</option>
                <option value="none">{t('photos.noCourse')}</option>
                {(courses.data ?? []).map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.indication} · {formatDate(c.startDate)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('photos.filterView')}{' '}
              <select value={viewFilter} onChange={(e) => setViewFilter(e.target.value)}>
                <option value="">{t('photos.allViews')}</option>
                {views.map((v) => (
                  <option key={v} value={v}>
                    {t(`photos.views.${v}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button--small"
              disabled={selected.length !== 2}
              onClick={() => setComparing(selected as [number, number])}
            >
              {t('photos.compare')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={!defaultPair}
              onClick={() => setComparing(defaultPair)}
            >
              {t('photos.compareBaseline')}
            </button>
          </div>
          <p className="muted small">{t('photos.compareHint')}</p>
          <ul className="photo-grid">
            {shown.map((p) => (
              <li
                key={p.id}
                id={`photo-${p.id}`}
                className={p.archived ? 'photo-card photo-card--archived' : 'photo-card'}
              >
                <button
                  type="button"
                  className="photo-card__open"
                  onClick={() => setOpen(p)}
                  aria-label={`${t('photos.open')}: ${label(p)}`}
                >
                  <Thumbnail photo={p} label={label(p)} />
                </button>
                <span className="small">
                  {label(p)} <PhotoBadges photo={p} />
                  {p.fileMissing && <span className="field__error">{t('errors.photoFileDamaged')}</span>}
                </span>
                {p.archived ? (
                  <>
                    <span className="small">
                      {t('photos.archive.reasonShown', { reason: p.archived.reason })}
                    </span>
                    {!archived && (
                      <div>
                        <RestorePhotoButton photo={p} small />
                      </div>
                    )}
                  </>
                ) : (
                  <label className="checkbox small">
                    <input type="checkbox" checked={selected.includes(p.id)} onChange={() => toggle(p.id)} />{' '}
                    {t('photos.select')}
                  </label>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {open && (
        <PhotoViewer
          photo={open}
          canArchive={!archived}
          locked={open.amendment || (open.sessionId !== null && signedSessions.has(open.sessionId))}
          onClose={() => setOpen(null)}
        />
      )}
      {comparing && (
        <PhotoCompare
          photos={comparing.map((id) => all.find((p) => p.id === id)).filter((p) => p !== undefined)}
          onClose={() => setComparing(null)}
        />
      )}
    </section>
  );
}

import type { photosContract } from '../../shared/photos/contract';
import { auditOutput, NOT_AUDITED, type Routes } from '../route';
import { comparePhotos, comparisonPdf } from './comparison';
import { exportPhotosForUse } from './use-export';

export const photoRoutes: Routes<typeof photosContract> = {
  'photos.list': [(s, i) => s.photos.list(i.patientId, i.includeArchived), NOT_AUDITED],
  'photos.archive': [
    (s, i) => s.photos.archive(i.id, i.reason),
    (_i, p) => [p.archived?.amendment ? 'amend' : 'archive', 'photo', p.id],
  ],
  'photos.restore': [(s, i) => s.photos.restore(i.id), auditOutput('restore', 'photo')],
  'photos.consent': [(s, i) => s.photos.consent(i.patientId), NOT_AUDITED],
  'photos.import': [
    (s, i) => s.photos.import(i.details, i.data, i.source),
    (i, p) => [i.source === 'capture' ? 'create' : p.amendment ? 'amend' : 'import', 'photo', p.id],
  ],
  'photos.thumbnail': [(s, i) => s.photos.thumbnail(i.id), NOT_AUDITED],
  'photos.image': [(s, i) => s.photos.image(i.id), (i) => ['open', 'photo', i.id]],
  'photos.compare': [
    (s, i) => comparePhotos(s, i.firstId, i.secondId),
    (i) => ['open', 'photo-comparison', `${i.firstId}:${i.secondId}`],
  ],
  'photos.comparisonPdf': [
    (s, i, ctx) => comparisonPdf(s, i.firstId, i.secondId, (ctx.now ?? (() => new Date()))()),
    (i) => ['export', 'photo-comparison', `${i.firstId}:${i.secondId}`],
  ],
  'photos.protocol': [(s, i) => s.photos.protocol(i.sessionId), NOT_AUDITED],
  'photos.skipView': [
    (s, i) => s.photos.skip(i.sessionId, i.view, i.reason),
    (i) => ['update', 'photo-protocol', i.sessionId],
  ],
  'photos.exportForUse': [
    (s, i, ctx) =>
      exportPhotosForUse(
        { db: ctx.db, photos: s.photos, now: ctx.now ?? (() => new Date()), dataDir: ctx.dataDir },
        i.use,
        i.folder || undefined,
      ),
    (i, r) => ['export', `photos-${i.use}`, r.photos],
  ],
};

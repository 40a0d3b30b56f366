import type { Resource } from '../../shared/fhir/r4';
import type { ImportReport } from '../../shared/imports/schema';
import type { AuditLog } from '../audit/repository';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { FHIR_SYSTEM } from '../exports/fhir';
import { createProvenanceRepository } from '../imports/provenance';
import { attachmentHash } from '../record/photos';
import { checkExportedJpeg } from './decode';
import type { SealedPhoto } from './photo-files';
import type { PhotoService } from './service';
import {
  type PhotoRecordPayload,
  type PhotoSkipPayload,
  photoRecordPayloadSchema,
  photoSkipPayloadSchema,
} from './stored-records';

interface MediaLike {
  extension?: { url?: string; valueAttachment?: { data?: string } }[];
  content?: { data?: string; hash?: string };
}

const unreadable = () => new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirPhotoRecord' });

/** The stored record a Media carries in `url`, read through its schema; null when it has none. */
function payloadOf<T>(
  resource: unknown,
  url: string,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): T | null {
  const data = (resource as MediaLike).extension?.find((e) => e.url === url)?.valueAttachment?.data;
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
  } catch {
    throw unreadable();
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw unreadable();
  return parsed.data as T;
}

const photoPayload = (r: unknown) =>
  payloadOf<PhotoRecordPayload>(r, FHIR_SYSTEM.photoRecord, photoRecordPayloadSchema);
const skipPayload = (r: unknown) =>
  payloadOf<PhotoSkipPayload>(r, FHIR_SYSTEM.photoSkipRecord, photoSkipPayloadSchema);

/** A photo's image checked and sealed into the photo folder before the import's transaction. */
interface PreparedPhoto extends SealedPhoto {
  width: number;
  height: number;
}

/**
 * The images of a bundle's photos, made ready before its one synchronous transaction (decoding and
 * encrypting take time): each image must hash to the Attachment.hash our export wrote and be a whole
 * JPEG within the limits, else the photo is reported damaged and not imported. Files of photos the
 * transaction does not take (a patient already here, a rolled-back import) are removed after it.
 */
export async function preparePhotoImport(photos: PhotoService, resources: Iterable<Resource>) {
  const ready = new Map<string, PreparedPhoto>();
  const damaged = new Set<string>();
  const filesOf = (uids: (uid: string) => boolean) =>
    [...ready.entries()].filter(([uid]) => uids(uid)).flatMap(([, f]) => [f.imageFile, f.thumbFile]);
  try {
    for (const r of resources) {
      if (r?.resourceType !== 'Media' || r.status === 'not-done') continue;
      const payload = photoPayload(r);
      if (!payload || ready.has(payload.uid)) continue;
      const { data, hash } = (r as MediaLike).content ?? {};
      const bytes = typeof data === 'string' ? Buffer.from(data, 'base64') : null;
      const checked = bytes && hash && attachmentHash(bytes) === hash ? await checkExportedJpeg(bytes) : null;
      if (!bytes || !checked) {
        damaged.add(payload.uid);
        continue;
      }
      ready.set(payload.uid, {
        ...photos.seal(bytes, checked.thumbnail),
        width: checked.width,
        height: checked.height,
      });
    }
  } catch (error) {
    photos.removeFiles(filesOf(() => true));
    throw error;
  }
  const used = new Set<string>();
  return {
    ready,
    damaged,
    used,
    /** The sealed files no photo row took, to remove once the transaction is over. */
    unusedFiles: () => filesOf((uid) => !used.has(uid)),
  };
}
export type PreparedPhotoImport = Awaited<ReturnType<typeof preparePhotoImport>>;

/**
 * Recreates a bundle's photos and skipped protocol views for a patient the import created, inside its
 * transaction. A photo comes back marked imported (import provenance of kind 'photo'), with the consent
 * level it was taken under and no consent form here (consent forms are never re-imported).
 */
export function createPhotoImporter(
  db: Db,
  audit: AuditLog,
  photos: PhotoService,
  prepared: PreparedPhotoImport,
  origin: { source: string; importedAt: string },
) {
  const provenance = createProvenanceRepository(db);
  const photoByUid = db.prepare<[string], number>('SELECT count(*) FROM photos WHERE uid = ?').pluck();
  const sessionByUid = db.prepare<[string, number], { id: number; course_id: number }>(
    'SELECT id, course_id FROM sessions WHERE uid = ? AND patient_id = ?',
  );
  const courseByUid = db
    .prepare<[string, number], number>('SELECT id FROM courses WHERE uid = ? AND patient_id = ?')
    .pluck();
  const insertSkip = db.prepare(
    'INSERT OR IGNORE INTO photo_skips (session_id, view, reason, created_at) VALUES (?, ?, ?, ?)',
  );
  const counts = { photos: 0, photoSkips: 0 };
  const skipped: ImportReport['skipped'] = [];

  return {
    counts,
    skipped,
    photo(resource: unknown, patientId: number): void {
      const p = photoPayload(resource);
      if (!p || photoByUid.get(p.uid)) return;
      const files = prepared.ready.get(p.uid);
      if (!files) {
        if (prepared.damaged.has(p.uid))
          skipped.push({ line: null, reason: 'errors.importPhotoDamaged', fields: {} });
        return;
      }
      const session = p.sessionUid ? sessionByUid.get(p.sessionUid, patientId) : undefined;
      const courseId =
        session?.course_id ?? (p.courseUid ? (courseByUid.get(p.courseUid, patientId) ?? null) : null);
      // The columns the payload carries as stored (moment, view, dates, source, note, consent level).
      const { format: _format, courseUid: _course, sessionUid: _session, amendment, ...stored } = p;
      const id = photos.insertRow({
        ...stored,
        patientId,
        courseId,
        sessionId: session?.id ?? null,
        ...files,
        amendment: amendment ? 1 : 0,
        consentDocumentId: null,
      });
      prepared.used.add(p.uid);
      provenance.mark({ kind: 'photo', id, patientId, ...origin });
      audit.append('import', 'photo', id);
      counts.photos += 1;
    },
    skip(resource: unknown, patientId: number): void {
      const k = skipPayload(resource);
      const session = k ? sessionByUid.get(k.sessionUid, patientId) : undefined;
      if (!k || !session) return;
      counts.photoSkips += insertSkip.run(session.id, k.view, k.reason, k.createdAt).changes;
    },
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../src/shared/exports/schema';
import type { PhotoSummary, PhotoUseExport } from '../../src/shared/photos/schema';
import type { TimelinePage } from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import {
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signConsentFor,
  signSession,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest((test) => ({ dataDir: test.dir }));

const photoRow = (id: number) => t.db.prepare('SELECT * FROM photos WHERE id = ?').get(id);
const auditOf = (id: number) =>
  t.db
    .prepare("SELECT action FROM audit_log WHERE entity = 'photo' AND entity_id = ? ORDER BY id")
    .pluck()
    .all(String(id));

describe('archiving a photo taken in error', () => {
  it('keeps the photo unchanged, hides it from the gallery, comparisons and exports, and shows it on request', async () => {
    const { patient } = await readyPatient(t.api);
    await signConsentFor(t.api, patient.id, 'marketing');
    const jpeg = (await cameraJpeg()).toString('base64');
    const keep = await callOk<PhotoSummary>(t.api, 'photos.import', {
      details: photoDetails(patient.id),
      data: jpeg,
    });
    const wrong = await callOk<PhotoSummary>(t.api, 'photos.import', {
      details: photoDetails(patient.id, { view: 'face-left-45' }),
      data: jpeg,
    });
    const row = photoRow(wrong.id);

    expect(await t.api.call('photos.archive', { id: wrong.id, reason: '  ' })).toMatchObject({
      ok: false,
      error: { fields: { reason: expect.any(String) } },
    });
    const archived = await callOk<PhotoSummary>(t.api, 'photos.archive', {
      id: wrong.id,
      reason: 'Another patient in the frame',
    });
    expect(archived.archived).toMatchObject({ reason: 'Another patient in the frame', amendment: false });
    expect(photoRow(wrong.id)).toEqual(row);
    expect(auditOf(wrong.id)).toEqual(['import', 'archive']);
    expect(await t.api.call('photos.archive', { id: wrong.id, reason: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.photoAlreadyArchived' },
    });

    const listed = await callOk<PhotoSummary[]>(t.api, 'photos.list', { patientId: patient.id });
    expect(listed.map((p) => p.id)).toEqual([keep.id]);
    const all = await callOk<PhotoSummary[]>(t.api, 'photos.list', {
      patientId: patient.id,
      includeArchived: true,
    });
    expect(all.map((p) => p.id).sort()).toEqual([keep.id, wrong.id].sort());

    const { folder, counts } = await callOk<ExportResult>(t.api, 'exports.patient', {
      patientId: patient.id,
    });
    expect(counts.photos).toBe(1);
    expect(fs.readdirSync(path.join(folder, 'photos'))).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8')).not.toContain(wrong.uid);
    const publicity = await callOk<PhotoUseExport>(t.api, 'photos.exportForUse', { use: 'marketing' });
    expect(publicity.photos).toBe(1);

    // The timeline keeps the photo on its date, marked with the archive's date and reason; the kept one is unmarked.
    const timeline = await callOk<TimelinePage>(t.api, 'timeline.forPatient', { patientId: patient.id });
    const photoEntries = timeline.items.filter((e) => e.kind === 'photo');
    expect(photoEntries.map((e) => [e.id, e.archivedAt, e.note]).sort()).toEqual(
      [
        [keep.id, null, null],
        [wrong.id, archived.archived?.at, 'Another patient in the frame'],
      ].sort(),
    );
    expect(timeline.total).toBe(timeline.items.length);

    // Erasure takes the archive with the photo.
    const erased = await callOk<{ removed: Record<string, number> }>(t.api, 'patients.erase', {
      id: patient.id,
      confirmNumber: patient.number,
    });
    expect(erased.removed).toMatchObject({ photoArchives: 1, photos: 2 });
    expect(t.db.prepare('SELECT count(*) FROM photo_archives').pluck().get()).toBe(0);
  });

  it('archives a photo of a signed session as an amendment, the photo itself still locked', async () => {
    const { patient } = await readyPatient(t.api);
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    const photo = await callOk<PhotoSummary>(t.api, 'photos.import', {
      details: photoDetails(patient.id, { sessionId: draft.id, moment: 'before' }),
      data: (await cameraJpeg()).toString('base64'),
    });
    await signSession(t.api, draft);
    const archived = await callOk<PhotoSummary>(t.api, 'photos.archive', {
      id: photo.id,
      reason: 'Taken of the wrong side',
    });
    expect(archived.archived).toMatchObject({ amendment: true });
    expect(auditOf(photo.id)).toEqual(['import', 'amend']);
    expect(() => t.db.prepare("UPDATE photos SET note = 'x' WHERE id = ?").run(photo.id)).toThrow(/LOCKED/);
    // The archived photo no longer stands as the session's before photo or the course's baseline.
    const protocol = await callOk<{ steps: { view: string; photoIds: number[] }[] }>(
      t.api,
      'photos.protocol',
      {
        sessionId: draft.id,
      },
    );
    expect(protocol.steps.flatMap((s) => s.photoIds)).toEqual([]);
  });
});

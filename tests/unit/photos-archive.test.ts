import { execFileSync } from 'node:child_process';
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

const count = (table: string) => t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const listIds = async (patientId: number) =>
  (await callOk<PhotoSummary[]>(t.api, 'photos.list', { patientId })).map((p) => p.id).sort();

/** A patient with photo consent at `level` and two photos: one kept, one taken (or archived) by mistake. */
async function patientWithTwoPhotos(level: 'clinical' | 'marketing' = 'clinical') {
  const { patient } = await readyPatient(t.api);
  await signConsentFor(t.api, patient.id, level);
  const jpeg = (await cameraJpeg()).toString('base64');
  const keep = await callOk<PhotoSummary>(t.api, 'photos.import', {
    details: photoDetails(patient.id),
    data: jpeg,
  });
  const mistaken = await callOk<PhotoSummary>(t.api, 'photos.import', {
    details: photoDetails(patient.id, { view: 'face-left-45' }),
    data: jpeg,
  });
  return { patient, keep, mistaken };
}

/** A before photo of a session signed since: locked, so what is done to it is an amendment. */
async function photoOfSignedSession() {
  const { patient } = await readyPatient(t.api);
  const { product, lot } = await productWithLot(t.api);
  const course = await startCourse(t.api, patient.id);
  const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
  const photo = await callOk<PhotoSummary>(t.api, 'photos.import', {
    details: photoDetails(patient.id, { sessionId: draft.id, moment: 'before' }),
    data: (await cameraJpeg()).toString('base64'),
  });
  await signSession(t.api, draft);
  return { draft, photo };
}

describe('archiving a photo taken in error', () => {
  it('keeps the photo unchanged, hides it from the gallery, comparisons and exports, and shows it on request', async () => {
    const { patient, keep, mistaken: wrong } = await patientWithTwoPhotos('marketing');
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
    const { draft, photo } = await photoOfSignedSession();
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

describe('restoring a photo archived by mistake', () => {
  it('brings it back into the gallery, timeline and exports, keeping the archive and recording the restore', async () => {
    const { patient, keep, mistaken } = await patientWithTwoPhotos();
    const row = photoRow(mistaken.id);
    const archived = await callOk<PhotoSummary>(t.api, 'photos.archive', {
      id: mistaken.id,
      reason: 'Archived the wrong one',
    });
    expect(await listIds(patient.id)).toEqual([keep.id]);

    const restored = await callOk<PhotoSummary>(t.api, 'photos.restore', { id: mistaken.id });
    expect(restored.archived).toBeNull();
    expect(photoRow(mistaken.id)).toEqual(row);
    expect(await listIds(patient.id)).toEqual([keep.id, mistaken.id].sort());
    expect(auditOf(mistaken.id)).toEqual(['import', 'archive', 'restore']);
    // Append-only: the archive is still there, with its reason and date; the restore is a row beside it.
    expect(t.db.prepare('SELECT photo_id, reason, archived_at FROM photo_archives').all()).toEqual([
      { photo_id: mistaken.id, reason: 'Archived the wrong one', archived_at: archived.archived?.at },
    ]);
    expect(t.db.prepare('SELECT photo_id, amendment FROM photo_restores').all()).toEqual([
      { photo_id: mistaken.id, amendment: 0 },
    ]);

    // The timeline shows it as an ordinary photo again.
    const timeline = await callOk<TimelinePage>(t.api, 'timeline.forPatient', { patientId: patient.id });
    const entry = timeline.items.find((e) => e.kind === 'photo' && e.id === mistaken.id);
    expect(entry).toMatchObject({ archivedAt: null, note: null });

    // The record export (FHIR, CSV, PDF, photo files) has it again.
    const { folder, counts } = await callOk<ExportResult>(t.api, 'exports.patient', {
      patientId: patient.id,
    });
    expect(counts.photos).toBe(2);
    expect(fs.readdirSync(path.join(folder, 'photos'))).toHaveLength(2);
    expect(fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8')).toContain(mistaken.uid);
    expect(fs.readFileSync(path.join(folder, 'photos.csv'), 'utf8')).toContain(mistaken.uid);
    const pdf = path.join(folder, `patient-record-${patient.number}.pdf`);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(
      'Face, left 45° · Baseline',
    );

    // It can be archived again, and restored again: each step a record of its own.
    await callOk(t.api, 'photos.archive', { id: mistaken.id, reason: 'Blurred after all' });
    expect(await listIds(patient.id)).toEqual([keep.id]);
    await callOk(t.api, 'photos.restore', { id: mistaken.id });
    expect(await listIds(patient.id)).toEqual([keep.id, mistaken.id].sort());
    expect([count('photo_archives'), count('photo_restores')]).toEqual([2, 2]);
    expect(auditOf(mistaken.id)).toEqual(['import', 'archive', 'restore', 'archive', 'restore']);
  });

  it('refuses to restore a photo that is not archived, or one that does not exist', async () => {
    const { keep } = await patientWithTwoPhotos();
    expect(await t.api.call('photos.restore', { id: keep.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.photoNotArchived' },
    });
    await callOk(t.api, 'photos.archive', { id: keep.id, reason: 'Wrong patient' });
    await callOk(t.api, 'photos.restore', { id: keep.id });
    expect(await t.api.call('photos.restore', { id: keep.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.photoNotArchived' },
    });
    expect(await t.api.call('photos.restore', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(count('photo_restores')).toBe(1);
    expect(auditOf(keep.id)).toEqual(['import', 'archive', 'restore']);
  });

  it('records the restore of a photo of a signed session as an amendment, and it counts in the protocol again', async () => {
    const { draft, photo } = await photoOfSignedSession();
    await callOk(t.api, 'photos.archive', { id: photo.id, reason: 'Taken of the wrong side' });
    await callOk(t.api, 'photos.restore', { id: photo.id });
    expect(t.db.prepare('SELECT amendment FROM photo_restores').pluck().all()).toEqual([1]);
    expect(auditOf(photo.id)).toEqual(['import', 'amend', 'restore']);
    const protocol = await callOk<{ steps: { photoIds: number[] }[] }>(t.api, 'photos.protocol', {
      sessionId: draft.id,
    });
    expect(protocol.steps.flatMap((s) => s.photoIds)).toEqual([photo.id]);
  });

  it('never lets an archive or a restore be changed or removed, nor two archives of one photo be in force', async () => {
    const { mistaken } = await patientWithTwoPhotos();
    await callOk(t.api, 'photos.archive', { id: mistaken.id, reason: 'Archived the wrong one' });
    await callOk(t.api, 'photos.restore', { id: mistaken.id });
    expect(() => t.db.prepare('UPDATE photo_restores SET amendment = 1').run()).toThrow(/LOCKED/);
    expect(() => t.db.prepare('DELETE FROM photo_restores').run()).toThrow(/LOCKED/);
    expect(() => t.db.prepare("UPDATE photo_archives SET reason = 'x'").run()).toThrow(/LOCKED/);
    expect(() => t.db.prepare('DELETE FROM photo_archives').run()).toThrow(/LOCKED/);
    await callOk(t.api, 'photos.archive', { id: mistaken.id, reason: 'Blurred' });
    expect(() =>
      t.db
        .prepare(
          `INSERT INTO photo_archives (photo_id, patient_id, reason, amendment, archived_at)
           VALUES (?, ?, 'twice', 0, 'now')`,
        )
        .run(mistaken.id, mistaken.patientId),
    ).toThrow(/archived already/);
  });

  it('erasure still removes the photos, their archives and their restores', async () => {
    const { patient, keep, mistaken } = await patientWithTwoPhotos();
    await callOk(t.api, 'photos.archive', { id: mistaken.id, reason: 'Archived the wrong one' });
    await callOk(t.api, 'photos.restore', { id: mistaken.id });
    await callOk(t.api, 'photos.archive', { id: keep.id, reason: 'Another patient in the frame' });
    const erased = await callOk<{ removed: Record<string, number> }>(t.api, 'patients.erase', {
      id: patient.id,
      confirmNumber: patient.number,
    });
    expect(erased.removed).toMatchObject({ photoRestores: 1, photoArchives: 2, photos: 2 });
    expect([count('photos'), count('photo_archives'), count('photo_restores')]).toEqual([0, 0, 0]);
  });
});

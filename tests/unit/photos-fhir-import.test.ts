import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { photosFolder } from '../../src/main/photos/file-store';
import type { ExportResult } from '../../src/shared/exports/schema';
import type { Bundle, Media } from '../../src/shared/fhir/r4';
import type { ImportReport } from '../../src/shared/imports/schema';
import type { PhotoProtocol, PhotoSummary } from '../../src/shared/photos/schema';
import type { TimelinePage } from '../../src/shared/treatments/schema';
import { clinicsPerTest } from '../fixtures/clinics';
import type { testApi } from '../fixtures/db';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import {
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signSession,
  startCourse,
} from '../fixtures/treatments';

const clinics = clinicsPerTest();
let api: ReturnType<typeof testApi>;
beforeEach(() => {
  api = clinics.api;
});
const otherClinic = clinics.otherClinic;

/** A treated patient with a baseline before the course, before/after photos of a signed session and a skipped view. */
async function photographedPatient() {
  const { patient } = await readyPatient(api);
  const { product, lot } = await productWithLot(api);
  const course = await startCourse(api, patient.id);
  const draft = await createSession(api, course.id, sessionFields(product.id, lot.id));
  const shot = async (overrides: Parameters<typeof photoDetails>[1], date?: string) =>
    callOk<PhotoSummary>(api, 'photos.import', {
      details: photoDetails(patient.id, overrides),
      data: (await cameraJpeg({ date })).toString('base64'),
    });
  await shot({ courseId: course.id, moment: 'baseline', note: 'Before the course' }, '2026:01:10 09:00:00');
  await shot({ sessionId: draft.id, moment: 'before', view: 'face-left-45' }, '2026:02:14 10:30:00');
  await callOk<PhotoProtocol>(api, 'photos.skipView', {
    sessionId: draft.id,
    view: 'face-right-profile',
    reason: 'Dressing over the right ear',
  });
  const signed = await signSession(api, draft);
  await shot({ sessionId: draft.id, moment: 'after', view: 'face-left-45' }, '2026:02:14 11:00:00');
  return { patient, signed };
}

const exportOf = async (patientId: number) => {
  const result = await callOk<ExportResult>(api, 'exports.patient', { patientId });
  const bundle = JSON.parse(fs.readFileSync(path.join(result.folder, 'fhir-bundle.json'), 'utf8')) as Bundle;
  return { folder: result.folder, bundle };
};

const comparable = (p: PhotoSummary) => ({
  uid: p.uid,
  moment: p.moment,
  view: p.view,
  takenAt: p.takenAt,
  takenAtSource: p.takenAtSource,
  note: p.note,
  width: p.width,
  height: p.height,
  amendment: p.amendment,
  consentLevel: p.consentLevel,
  courseUid: p.courseUid,
  sessionUid: p.sessionUid,
  sessionSequence: p.sessionSequence,
});

describe('FHIR re-import of photos', () => {
  it('brings every photo back byte for byte, with its view, moment, date and session, marked imported', async () => {
    const { patient } = await photographedPatient();
    const before = await callOk<PhotoSummary[]>(api, 'photos.list', { patientId: patient.id });
    expect(before).toHaveLength(3);
    const { bundle, folder } = await exportOf(patient.id);
    const media = (bundle.entry ?? [])
      .map((e) => e.resource)
      .filter((r) => r?.resourceType === 'Media') as Media[];
    // The skipped view travels too: a not-done Media, a CSV row and a line of the record PDF.
    expect(media.find((m) => m.status === 'not-done')).toMatchObject({
      view: { coding: [{ code: 'face-right-profile' }] },
      note: [{ text: 'Not taken: Dressing over the right ear' }],
    });
    expect(fs.readFileSync(path.join(folder, 'photo-skips.csv'), 'utf8')).toContain(
      'face-right-profile,Dressing over the right ear',
    );
    const pdf = fs.readdirSync(folder).find((f) => f.startsWith('patient-record-')) as string;
    const text = execFileSync('pdftotext', ['-layout', path.join(folder, pdf), '-'], { encoding: 'utf8' });
    expect(text).toContain('Photographs not taken');
    expect(text).toMatch(/Face, right profile · session 1 on \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('Dressing over the right ear');
    expect(
      media
        .filter((m) => m.status === 'completed')
        .every((m) => /^[A-Za-z0-9+/]{27}=$/.test(m.content.hash ?? '')),
    ).toBe(true);

    const other = otherClinic();
    const importedAt = other.api.clock.now().toISOString();
    const report = await callOk<ImportReport>(other.api, 'imports.fhir', {
      json: JSON.stringify(bundle),
      fileName: 'bundle.json',
    });
    expect(report.counts).toMatchObject({ patients: 1, sessions: 1, photos: 3, photoSkips: 1 });
    expect(report.skipped).toEqual([]);
    const after = await callOk<PhotoSummary[]>(other.api, 'photos.list', { patientId: 1 });
    expect(after.map(comparable)).toEqual(before.map(comparable));
    for (const [i, p] of after.entries()) {
      expect(p.importedFrom).toMatchObject({ source: 'bundle.json', importedAt });
      expect(p.source).toBe(before[i]?.source);
      const original = api.services.photos.imageBytes(before[i]?.id as number);
      expect(other.api.services.photos.imageBytes(p.id).equals(original)).toBe(true);
      expect(other.api.services.photos.thumbnailBytes(p.id).length).toBeGreaterThan(0);
    }
    // Kept with no consent form here, and never "taken here" in the audit trail or the timeline.
    expect(
      other.db.db.prepare('SELECT count(*) FROM photos WHERE consent_document_id IS NULL').pluck().get(),
    ).toBe(3);
    expect(
      other.db.db.prepare("SELECT DISTINCT action FROM audit_log WHERE entity = 'photo'").pluck().all(),
    ).toEqual(['import']);
    const timeline = await callOk<TimelinePage>(other.api, 'timeline.forPatient', { patientId: 1 });
    expect(
      timeline.items.filter((e) => e.kind === 'photo').every((e) => e.imported?.source === 'bundle.json'),
    ).toBe(true);
    // The skipped view is back on the session's protocol.
    const session = other.db.db.prepare('SELECT id FROM sessions').pluck().get() as number;
    const protocol = await callOk<PhotoProtocol>(other.api, 'photos.protocol', { sessionId: session });
    expect(protocol.steps.find((s) => s.view === 'face-right-profile')?.skipReason).toBe(
      'Dressing over the right ear',
    );

    // Exported again from the second clinic: the same images, and a third import adds nothing twice.
    const again = await callOk<ImportReport>(other.api, 'imports.fhir', { json: JSON.stringify(bundle) });
    expect(again.counts.photos ?? 0).toBe(0);
    const referenced = new Set(other.api.services.photos.referencedFiles());
    expect(fs.readdirSync(photosFolder(other.db.dir)).filter((f) => !referenced.has(f))).toEqual([]);
  });

  it('refuses an image whose bytes do not match the exported hash, and keeps nothing of it', async () => {
    const { patient } = await photographedPatient();
    const { bundle } = await exportOf(patient.id);
    const media = (bundle.entry ?? [])
      .map((e) => e.resource)
      .find((r) => r?.resourceType === 'Media' && r.status === 'completed') as Media;
    const bytes = Buffer.from(media.content.data as string, 'base64');
    bytes.writeUInt8((bytes.at(-10) ?? 0) ^ 0xff, bytes.length - 10);
    media.content.data = bytes.toString('base64');

    const other = otherClinic();
    const report = await callOk<ImportReport>(other.api, 'imports.fhir', { json: JSON.stringify(bundle) });
    expect(report.counts).toMatchObject({ patients: 1, photos: 2 });
    expect(report.skipped).toEqual([{ line: null, reason: 'errors.importPhotoDamaged', fields: {} }]);
    expect(other.db.db.prepare('SELECT uid FROM photos').pluck().all()).not.toContain(media.id);
    expect(fs.readdirSync(photosFolder(other.db.dir))).toHaveLength(4);
  });

  it('comes back through the whole-clinic bulk import too', async () => {
    const { patient } = await photographedPatient();
    const before = await callOk<PhotoSummary[]>(api, 'photos.list', { patientId: patient.id });
    const started = await callOk<{ id: string }>(api, 'exports.clinicStart', { documents: false });
    const status = await api.services.exports.settled(started.id);
    expect(status.state).toBe('done');
    const other = otherClinic();
    const report = await callOk<ImportReport>(other.api, 'imports.fhirBulk', { folder: status.folder });
    expect(report.counts).toMatchObject({ patients: 1, photos: 3, photoSkips: 1 });
    const after = await callOk<PhotoSummary[]>(other.api, 'photos.list', { patientId: 1 });
    expect(after.map(comparable)).toEqual(before.map(comparable));
    for (const [i, p] of after.entries()) {
      const original = api.services.photos.imageBytes(before[i]?.id as number);
      expect(other.api.services.photos.imageBytes(p.id).equals(original)).toBe(true);
    }
  });
});

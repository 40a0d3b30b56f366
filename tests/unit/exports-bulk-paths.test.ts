import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { type BulkManifest, ndjsonLine } from '../../src/main/exports/bulk';
import { writeBulkExportInWorkers } from '../../src/main/exports/bulk-parallel';
import type { ExportJob, ExportResult } from '../../src/shared/exports/schema';
import type { Bundle, Resource } from '../../src/shared/fhir/r4';
import { parseCsv } from '../../src/shared/imports/csv';
import { type AdverseEvent, type Lot, lotFieldsOf } from '../../src/shared/treatments/schema';
import { apiPerTest, createTestDb, type TestDb, testApi } from '../fixtures/db';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { populatedPatient } from '../fixtures/populated';
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

type Api = ReturnType<typeof testApi>;

const t = apiPerTest((test) => ({ dataDir: test.dir }));

const HEAVY_MS = 180_000;

/**
 * Patients with every kind of record: intakes, documents, signed sessions with amendments, an adverse
 * event, a draft session, a photo; one patient with nothing but the registry entry.
 */
async function richClinic() {
  await callOk(t.api, 'settings.update', { patch: { beforePhotosRequired: false } });
  const lot = await productWithLot(t.api);
  const jpeg = (await cameraJpeg()).toString('base64');
  for (const name of ['Alpha', 'Beta']) {
    const { patient } = await populatedPatient(t.api.call, name);
    await signConsentFor(t.api, patient.id);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(lot.product.id, lot.lot.id));
    const signed = await signSession(t.api, draft);
    await callOk(t.api, 'sessions.amend', { id: signed.id, text: `Amended for ${name}` });
    await callOk<AdverseEvent>(t.api, 'adverseEvents.create', {
      patientId: patient.id,
      fields: {
        sessionId: signed.id,
        lotIds: [lot.lot.id],
        type: 'bruising',
        onsetDate: '2026-03-02',
        severity: 'mild',
        description: 'Small bruise',
        actionTaken: 'Cold compress',
        followUpDates: [],
        resolvedDate: null,
      },
    });
    await createSession(t.api, course.id, sessionFields(lot.product.id, lot.lot.id, { date: '2026-03-15' }));
    await callOk(t.api, 'photos.import', {
      details: photoDetails(patient.id, { sessionId: signed.id, moment: 'after', view: 'face-front' }),
      data: jpeg,
      source: 'capture',
    });
  }
  await callOk(t.api, 'patients.create', {
    fields: { lastName: 'Gamma', firstName: 'Bare', dateOfBirth: '1990-01-01', sex: 'female' },
    allowDuplicate: true,
  });
}

async function clinicExport(on: Api): Promise<string> {
  const started = await callOk<ExportJob>(on, 'exports.clinicStart', { documents: false });
  const job = await on.services.exports.settled(started.id);
  expect(job.state).toBe('done');
  return job.folder;
}

const csvBody = (file: string) => parseCsv(fs.readFileSync(file, 'utf8')).rows.slice(1);

/**
 * The whole-clinic export (read a page of patients at a time, table-wide) holds exactly what the
 * per-patient export (read through the services, one patient at a time) writes for every patient, in
 * patient order: the same FHIR resources line for line and the same CSV rows.
 */
async function expectBulkEqualsPerPatient(on: Api, db: TestDb['db']) {
  const folder = await clinicExport(on);
  const ids = db.prepare('SELECT id FROM patients ORDER BY id').pluck().all() as number[];
  const ndjson = new Map<string, string>();
  const csv = new Map<string, unknown[][]>();
  for (const patientId of ids) {
    const one = await callOk<ExportResult>(on, 'exports.patient', { patientId });
    const bundle = JSON.parse(fs.readFileSync(path.join(one.folder, 'fhir-bundle.json'), 'utf8')) as Bundle;
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    const typeOf = new Map(resources.map((r) => [r.id as string, r.resourceType]));
    for (const r of resources)
      ndjson.set(r.resourceType, (ndjson.get(r.resourceType) ?? '') + ndjsonLine(r, typeOf));
    for (const name of one.files.filter((f) => f.endsWith('.csv')))
      csv.set(name, [...(csv.get(name) ?? []), ...csvBody(path.join(one.folder, name))]);
  }
  const written = fs.readdirSync(path.join(folder, 'fhir')).sort();
  expect(written).toEqual([...ndjson.keys()].map((type) => `${type}.ndjson`).sort());
  for (const [type, lines] of ndjson)
    expect(fs.readFileSync(path.join(folder, 'fhir', `${type}.ndjson`), 'utf8'), type).toBe(lines);
  expect(fs.readdirSync(path.join(folder, 'csv')).sort()).toEqual([...csv.keys()].sort());
  for (const [name, rows] of csv) expect(csvBody(path.join(folder, 'csv', name)), name).toEqual(rows);
  return folder;
}

it(
  'writes the same resources and rows as the per-patient export, also for records brought in by import',
  async () => {
    await richClinic();
    const folder = await expectBulkEqualsPerPatient(t.api, t.db);
    expect(fs.readFileSync(path.join(folder, 'fhir/Media.ndjson'), 'utf8').split('\n')).toHaveLength(3);
    expect(fs.readFileSync(path.join(folder, 'fhir/AdverseEvent.ndjson'), 'utf8')).toContain('Small bruise');

    // Read back into another clinic, the records carry their import provenance: same again there.
    const other = createTestDb();
    try {
      const fresh = testApi(other.db, { dataDir: other.dir });
      await callOk(fresh, 'imports.fhirBulk', { folder });
      expect(other.db.prepare('SELECT count(*) FROM imported_records').pluck().get()).toBeGreaterThan(0);
      await expectBulkEqualsPerPatient(fresh, other.db);
    } finally {
      other.close();
    }
  },
  HEAVY_MS,
);

/** Every file of an export folder, relative, sorted. */
const filesOf = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

/**
 * Three workers over 8 patients: two later parts appended to the first, one of them with kinds
 * (photos, adverse events) the others lack, so files open in the order the patients bring them.
 * With documents, each worker draws the record PDFs and copies the signed PDFs of its patients,
 * where the export on one thread has them drawn by its pool.
 */
async function expectWorkersEqualOneThread(documents: boolean) {
  await richClinic();
  for (const lastName of ['Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta']) {
    await callOk(t.api, 'patients.create', {
      fields: { lastName, firstName: 'Plain', dateOfBirth: '1985-05-05', sex: 'male' },
      allowDuplicate: true,
    });
  }
  const root = path.join(t.dir, 'by-workers');
  fs.mkdirSync(root);
  let progress = 0;
  // First, so that the audit entry of the export through the API is in neither's anchor.
  const written = await writeBulkExportInWorkers(root, t.api.clock.now(), {
    dbFile: t.db.name,
    access: { key: null },
    dataDir: t.dir,
    cancelled: () => false,
    progress: (done) => {
      progress = done;
    },
    workers: 3,
    documents,
  });
  const started = await callOk<ExportJob>(t.api, 'exports.clinicStart', { documents });
  const job = await t.api.services.exports.settled(started.id);
  expect(job.state).toBe('done');
  const single = job.folder;
  const manifest = JSON.parse(fs.readFileSync(path.join(single, 'manifest.json'), 'utf8')) as BulkManifest;
  expect(written?.extension.mesodesk.counts).toEqual(manifest.extension.mesodesk.counts);
  expect(progress).toBe(8);
  expect(filesOf(root)).toEqual(filesOf(single));
  for (const file of filesOf(single)) {
    expect(
      fs.readFileSync(path.join(root, file)).equals(fs.readFileSync(path.join(single, file))),
      file,
    ).toBe(true);
  }
  return filesOf(single);
}

it(
  'writes the same files byte for byte by worker threads, each over a range of patients, as on one thread',
  async () => {
    await expectWorkersEqualOneThread(false);
  },
  HEAVY_MS,
);

it(
  'writes the same documents byte for byte by worker threads as by the PDF pool: record PDFs, signed PDFs, their sums',
  async () => {
    const files = await expectWorkersEqualOneThread(true);
    const documents = files.filter((f) => f.startsWith('documents/'));
    // A record PDF per patient, the two signed consents, and the sums of them all.
    expect(documents.filter((f) => /patient-record-P-\d+\.pdf$/.test(f))).toHaveLength(8);
    expect(documents.length).toBeGreaterThan(8 + 2);
    expect(documents).toContain('documents/SHA256SUMS');
  },
  HEAVY_MS,
);

it(
  'carries a quarantined lot: an inactive, flagged Medication and a CSV column, set aside again on re-import',
  async () => {
    const { patient } = await readyPatient(t.api);
    const kept = await productWithLot(t.api);
    const aside = await productWithLot(t.api, { name: 'Vitamin C 20%' }, { lotNumber: 'VC-0415' });
    const course = await startCourse(t.api, patient.id);
    const items = [
      { zone: 'face.cheeks', productId: kept.product.id, lotId: kept.lot.id, volumeMl: 1, dilution: '' },
      { zone: 'face.forehead', productId: aside.product.id, lotId: aside.lot.id, volumeMl: 1, dilution: '' },
    ];
    const draft = await createSession(
      t.api,
      course.id,
      sessionFields(kept.product.id, kept.lot.id, { items }),
    );
    await signSession(t.api, draft);
    const [current] = await callOk<Lot[]>(t.api, 'lots.list', { productId: aside.product.id });
    await callOk(t.api, 'lots.update', {
      id: aside.lot.id,
      version: current?.version,
      fields: { ...lotFieldsOf(current as Lot), quarantined: true },
    });

    const folder = await expectBulkEqualsPerPatient(t.api, t.db);
    const medications = fs
      .readFileSync(path.join(folder, 'fhir/Medication.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { status: string; batch: { lotNumber: string }; extension?: unknown });
    expect(medications.map((m) => [m.batch.lotNumber, m.status, m.extension])).toEqual([
      ['HA-2291', 'active', undefined],
      [
        'VC-0415',
        'inactive',
        [{ url: 'https://mesodesk.app/fhir/StructureDefinition/lot-quarantined', valueBoolean: true }],
      ],
    ]);
    const [header, ...rows] = parseCsv(fs.readFileSync(path.join(folder, 'csv/sessions.csv'), 'utf8')).rows;
    const at = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows.map((r) => [r[at('lot')], r[at('lot_quarantined')]])).toEqual([
      ['HA-2291', 'no'],
      ['VC-0415', 'yes'],
    ]);

    const other = createTestDb();
    try {
      await callOk(testApi(other.db), 'imports.fhirBulk', { folder });
      expect(other.db.prepare('SELECT lot_number, quarantined FROM lots ORDER BY lot_number').all()).toEqual([
        { lot_number: 'HA-2291', quarantined: 0 },
        { lot_number: 'VC-0415', quarantined: 1 },
      ]);
    } finally {
      other.close();
    }
  },
  HEAVY_MS,
);

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { ExportJob } from '../../src/shared/exports/schema';
import type { Resource } from '../../src/shared/fhir/r4';
import { parseCsv } from '../../src/shared/imports/csv';
import type { ImportReport } from '../../src/shared/imports/schema';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { randomPatient, rng } from '../bench/seed';
import { apiPerTest, createTestDb, testApi } from '../fixtures/db';
import { bulkAsBundle, validateBundle } from '../fixtures/fhir-validate';
import { populatedPatient } from '../fixtures/populated';
import {
  callOk,
  createSession,
  productWithLot,
  sessionFields,
  signConsentFor,
  signSession,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest((test) => ({ dataDir: test.dir }));

/** A whole clinic is exported (and one read back) per test: minutes on a loaded machine. */
const HEAVY_MS = 180_000;

interface Manifest {
  transactionTime: string;
  output: { type: string; url: string; count: number }[];
  extension: {
    mesodesk: { counts: Record<string, number>; files: { url: string; sha256: string; count?: number }[] };
  };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const lines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);

/**
 * Two patients treated from the same lot (each bundle has its own Medication for it), each session with its
 * day-of-treatment check, and one untreated. The clinic signs without before photos (photos-protocol tests that).
 */
async function treatedPatients() {
  await callOk(t.api, 'settings.update', { patch: { beforePhotosRequired: false } });
  const lot = await productWithLot(t.api);
  for (const name of ['Alpha', 'Beta']) {
    const { patient } = await populatedPatient(t.api.call, name);
    await signConsentFor(t.api, patient.id);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(lot.product.id, lot.lot.id));
    await signSession(t.api, draft);
  }
  await populatedPatient(t.api.call, 'Gamma');
}

async function exportClinic(input: Record<string, unknown>): Promise<ExportJob> {
  const started = await callOk<ExportJob>(t.api, 'exports.clinicStart', input);
  return t.api.services.exports.settled(started.id);
}

it(
  'writes the clinic as FHIR bulk data, CSV tables and documents, every file in the manifest with its SHA-256',
  async () => {
    await treatedPatients();
    const job = await exportClinic({});
    expect(job).toMatchObject({ state: 'done', done: 3, total: 3 });
    const folder = job.folder;
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;

    // Every file the manifest lists is there with its hash, and every file there is listed.
    const listed = manifest.extension.mesodesk.files;
    for (const f of listed) expect(sha256(fs.readFileSync(path.join(folder, f.url))), f.url).toBe(f.sha256);
    const sums = lines(path.join(folder, 'documents/SHA256SUMS')).map(
      (l) => l.split('  ') as [string, string],
    );
    for (const [hash, url] of sums) expect(sha256(fs.readFileSync(path.join(folder, url))), url).toBe(hash);
    const onDisk = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(onDisk).toHaveLength(listed.length + sums.length + 1);

    // One NDJSON file per resource type, counted; references resolve across files.
    expect(manifest.output.map((o) => o.type).sort()).toEqual(
      expect.arrayContaining([
        'Patient',
        'QuestionnaireResponse',
        'Consent',
        'DocumentReference',
        'Encounter',
        'Procedure',
        'MedicationAdministration',
        'Medication',
      ]),
    );
    for (const o of manifest.output) {
      const resources = lines(path.join(folder, o.url)).map((l) => JSON.parse(l) as Resource);
      expect(resources).toHaveLength(o.count);
      expect(new Set(resources.map((r) => r.resourceType))).toEqual(new Set([o.type]));
    }
    const bundle = bulkAsBundle(folder);
    expect(validateBundle(bundle)).toEqual([]);
    const medications = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Medication');
    expect(medications).toHaveLength(2);
    expect(lines(path.join(folder, 'fhir/Patient.ndjson')).join('')).toContain('"resourceType":"Patient"');
    expect(lines(path.join(folder, 'fhir/Procedure.ndjson')).join('')).toMatch(
      /"reference":"Patient\/[0-9a-f-]{36}"/,
    );

    // One CSV per table, with the clinic's rows.
    const patients = parseCsv(fs.readFileSync(path.join(folder, 'csv/patients.csv'), 'utf8')).rows;
    expect(patients.slice(1).map((r) => r[1])).toEqual(['Alpha', 'Beta', 'Gamma']);
    const sessionRows = parseCsv(fs.readFileSync(path.join(folder, 'csv/sessions.csv'), 'utf8')).rows;
    expect(listed.find((f) => f.url === 'csv/sessions.csv')?.count).toBe(sessionRows.length - 1);
    expect(new Set(sessionRows.slice(1).map((r) => r[0]))).toHaveProperty('size', 2);
    expect(job.counts).toMatchObject({ patients: 3, intakes: 6, sessions: 2, documents: 8 });

    // Documents: each patient's record PDF and the signed PDFs, beside the data.
    for (const number of patients.slice(1).map((r) => r[0] as string)) {
      const pdf = fs.readFileSync(path.join(folder, 'documents', number, `patient-record-${number}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(sums.filter(([, url]) => url.includes('/documents/'))).toHaveLength(8);
  },
  HEAVY_MS,
);

it(
  'writes one zip file instead of a folder when asked, holding the same manifest and files',
  async () => {
    await populatedPatient(t.api.call, 'Alpha');
    const job = await exportClinic({ zip: true, documents: false });
    expect(job.state).toBe('done');
    expect(job.folder.endsWith('.zip')).toBe(true);
    expect(fs.readdirSync(path.dirname(job.folder))).toEqual([path.basename(job.folder)]);
    const entries = await new Promise<Map<string, Buffer>>((resolve, reject) => {
      const found = new Map<string, Buffer>();
      yauzl.open(job.folder, { lazyEntries: true }, (error, zip) => {
        if (error) return reject(error);
        zip.on('entry', (entry: yauzl.Entry) =>
          zip.openReadStream(entry, (e, stream) => {
            if (e) return reject(e);
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('end', () => {
              found.set(entry.fileName, Buffer.concat(chunks));
              zip.readEntry();
            });
          }),
        );
        zip.on('end', () => resolve(found));
        zip.readEntry();
      });
    });
    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '{}') as Manifest;
    for (const f of manifest.extension.mesodesk.files)
      expect(sha256(entries.get(f.url) ?? Buffer.alloc(0))).toBe(f.sha256);
    expect([...entries.keys()].some((name) => name.startsWith('documents/'))).toBe(false);
  },
  HEAVY_MS,
);

it(
  'stops on cancel and leaves nothing behind, folder or zip',
  async () => {
    for (const name of ['Alpha', 'Beta', 'Gamma']) await populatedPatient(t.api.call, name);
    // The data part alone over a connection others can open goes to worker threads: cancelled too.
    const workers = testApi(t.db, { dataDir: t.dir, dbAccess: { key: null } });
    const runs = [
      [t.api, {}],
      [t.api, { zip: true }],
      [workers, { documents: false }],
      [workers, { documents: false, zip: true }],
    ] as const;
    for (const [api, input] of runs) {
      const started = await callOk<ExportJob>(api, 'exports.clinicStart', input);
      await callOk(api, 'exports.clinicCancel', { jobId: started.id });
      const job = await api.services.exports.settled(started.id);
      expect(job.state).toBe('cancelled');
      expect(fs.readdirSync(path.join(t.dir, 'exports'))).toEqual([]);
    }
  },
  HEAVY_MS,
);

it(
  'round-trips 1,000 patients through the bulk import into an empty clinic',
  async () => {
    const random = rng(3);
    t.db.transaction(() => {
      for (let i = 0; i < 997; i++)
        t.api.services.patients.create(patientFieldsSchema.parse(randomPatient(random)), true);
    })();
    await treatedPatients();
    const job = await exportClinic({ documents: false });
    expect(job).toMatchObject({ state: 'done', done: 1000 });
    const other = createTestDb();
    try {
      const fresh = testApi(other.db);
      const report = await callOk<ImportReport>(fresh, 'imports.fhirBulk', { folder: job.folder });
      expect(report.counts).toMatchObject({ patients: 1000, intakes: 6, sessions: 2 });
      const uids = (db: typeof t.db) =>
        db
          .prepare('SELECT uid, number, last_name, first_name, date_of_birth FROM patients ORDER BY uid')
          .all();
      expect(uids(other.db)).toEqual(uids(t.db));
      // A damaged file is refused before anything is imported.
      fs.appendFileSync(path.join(job.folder, 'fhir/Patient.ndjson'), '\n');
      const again = createTestDb();
      try {
        expect(await testApi(again.db).call('imports.fhirBulk', { folder: job.folder })).toMatchObject({
          ok: false,
          error: { fields: { folder: 'errors.bulkDamaged' } },
        });
        expect(again.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0);
      } finally {
        again.close();
      }
    } finally {
      other.close();
    }
  },
  HEAVY_MS,
);

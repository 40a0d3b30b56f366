import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { AuditAnchor } from '../../src/shared/audit/anchor';
import type { ExportJob } from '../../src/shared/exports/schema';
import { parseCsv } from '../../src/shared/imports/csv';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { randomPatient, rng } from '../bench/seed';
import { apiPerTest } from '../fixtures/db';
import { callOk, signConsentFor } from '../fixtures/treatments';

// A database file another connection can open: the data part is written by worker threads.
const t = apiPerTest((test) => ({ dataDir: test.dir, dbAccess: { key: null } }));

const HEAVY_MS = 180_000;

const patientNumbers = (folder: string) =>
  parseCsv(fs.readFileSync(path.join(folder, 'csv/patients.csv'), 'utf8'))
    .rows.slice(1)
    .map((row) => row[0] as string);
/** `count` random patients, saved in one transaction. */
const seedPatients = (count: number, seed: number) => {
  const random = rng(seed);
  t.db.transaction(() => {
    for (let i = 0; i < count; i++)
      t.api.services.patients.create(patientFieldsSchema.parse(randomPatient(random)), true);
  })();
};
const auditCount = () => t.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

it(
  'reflects one committed state while the app keeps saving: each save wholly in or wholly out, with the anchor',
  async () => {
    seedPatients(300, 5);
    const started = await callOk<ExportJob>(t.api, 'exports.clinicStart', { documents: false });
    // Saves through the API (one transaction each: the patient and its audit entry) for as long as
    // the export runs; the audit trail's length after each save says which state it made.
    const saved: { number: string; audit: number }[] = [];
    const auditBefore = auditCount();
    while (t.api.services.exports.status(started.id).state === 'running') {
      const patient = await callOk<{ number: string }>(t.api, 'patients.create', {
        fields: {
          lastName: `During ${saved.length}`,
          firstName: 'Saved',
          dateOfBirth: '1990-01-01',
          sex: 'female',
        },
        allowDuplicate: true,
      });
      saved.push({ number: patient.number, audit: auditCount() });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const job = await t.api.services.exports.settled(started.id);
    expect(job.state).toBe('done');
    const exported = patientNumbers(job.folder);
    const savedIn = saved.filter((s) => exported.includes(s.number));
    // The saves that made it are the first ones, and at least one save came after the snapshot.
    expect(savedIn).toEqual(saved.slice(0, savedIn.length));
    expect(savedIn.length).toBeLessThan(saved.length);
    expect(exported).toHaveLength(300 + savedIn.length);
    // Read under the same lock as the workers' snapshot: the trail as it was after the last save in.
    const anchor = JSON.parse(
      fs.readFileSync(path.join(job.folder, 'audit-anchor.json'), 'utf8'),
    ) as AuditAnchor;
    expect(anchor.count).toBe(savedIn.at(-1)?.audit ?? auditBefore);
    const ndjson = fs.readFileSync(path.join(job.folder, 'fhir/Patient.ndjson'), 'utf8').trim().split('\n');
    expect(ndjson).toHaveLength(exported.length);
    expect(job.counts.patients).toBe(exported.length);
  },
  HEAVY_MS,
);

it(
  'with documents, draws every record PDF in the workers, and a cancel leaves nothing behind',
  async () => {
    seedPatients(40, 9);
    const exportsDir = path.join(t.dir, 'exports');
    const done = await t.api.services.exports.settled(
      (await callOk<ExportJob>(t.api, 'exports.clinicStart', { documents: true })).id,
    );
    expect(done.state).toBe('done');
    const sums = fs.readFileSync(path.join(done.folder, 'documents/SHA256SUMS'), 'utf8').trim().split('\n');
    // One record PDF per patient, listed in patient order whichever worker drew it.
    expect(sums.map((line) => line.split('  ')[1])).toEqual(
      patientNumbers(done.folder).map((n) => `documents/${n}/patient-record-${n}.pdf`),
    );
    fs.rmSync(done.folder, { recursive: true });

    const started = await callOk<ExportJob>(t.api, 'exports.clinicStart', { documents: true });
    while (t.api.services.exports.status(started.id).done === 0)
      await new Promise((resolve) => setTimeout(resolve, 2));
    await callOk(t.api, 'exports.clinicCancel', { jobId: started.id });
    const job = await t.api.services.exports.settled(started.id);
    expect(job.state).toBe('cancelled');
    expect(fs.readdirSync(exportsDir)).toEqual([]);
  },
  HEAVY_MS,
);

it(
  'with documents, first keeps the PDF of a document signed before PDFs were kept, and exports it as kept',
  async () => {
    const patient = await callOk<{ id: number; number: string }>(t.api, 'patients.create', {
      fields: { lastName: 'Older', firstName: 'Document', dateOfBirth: '1980-02-03', sex: 'female' },
      allowDuplicate: true,
    });
    const consent = await signConsentFor(t.api, patient.id);
    const keptBytes = t.db
      .prepare<[number], Buffer>('SELECT bytes FROM signed_pdfs WHERE record_id = ?')
      .pluck();
    const original = keptBytes.get(consent.id);
    // As a document signed before migration 8 whose PDF the start-up job has not drawn yet.
    t.db.exec('DROP TRIGGER signed_pdfs_no_delete');
    t.db.prepare('DELETE FROM signed_pdfs').run();

    const done = await t.api.services.exports.settled(
      (await callOk<ExportJob>(t.api, 'exports.clinicStart', { documents: true })).id,
    );
    expect(done.state).toBe('done');
    const folder = path.join(done.folder, 'documents', patient.number, 'documents');
    const exported = fs.readdirSync(folder);
    expect(exported).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, exported[0] as string)).equals(original as Buffer)).toBe(true);
    expect(keptBytes.get(consent.id)?.equals(original as Buffer)).toBe(true);
  },
  HEAVY_MS,
);

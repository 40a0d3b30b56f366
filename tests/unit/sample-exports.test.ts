import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BulkManifest } from '../../src/main/exports/bulk';
import { markAsSample } from '../../src/main/sample/marker';
import { SAMPLE_PEOPLE } from '../../src/main/sample/people';
import type { ExportJob, ExportResult } from '../../src/shared/exports/schema';
import type { Bundle } from '../../src/shared/fhir/r4';
import type { CsvPreview, ImportReport } from '../../src/shared/imports/schema';
import type { Patient } from '../../src/shared/patients/schema';
import { createTestDb, type TestDb, testApi } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';
import { callOk, readyPatient } from '../fixtures/treatments';

const opened: TestDb[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});
function clinic(sample: boolean) {
  const t = createTestDb();
  opened.push(t);
  if (sample) markAsSample(t.db, new Date('2026-03-01T09:00:00Z'));
  return testApi(t.db, { dataDir: t.dir });
}
type Api = ReturnType<typeof clinic>;

async function patientBundle(from: Api): Promise<string> {
  const { patient } = await readyPatient(from);
  const { folder } = await callOk<ExportResult>(from, 'exports.patient', { patientId: patient.id });
  return fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8');
}

async function bulkFolder(from: Api): Promise<string> {
  await readyPatient(from);
  const started = await callOk<ExportJob>(from, 'exports.clinicStart', { documents: false });
  const job = await from.services.exports.settled(started.id);
  expect(job.state).toBe('done');
  return job.folder as string;
}

const manifestOf = (folder: string) =>
  JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as BulkManifest;

describe("the sample clinic's invented patients never reach a real clinic through an import", () => {
  it('tags a sample patient’s bundle, and a real clinic refuses it next to the file while the sample clinic takes it', async () => {
    const json = await patientBundle(clinic(true));
    expect((JSON.parse(json) as Bundle).meta?.tag?.[0]).toMatchObject({ code: 'sample' });

    const real = clinic(false);
    const refused = await real.call('imports.fhir', { json });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields).toEqual({ json: 'errors.sampleExportRefused' });
    expect(opened[1]?.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0);

    const report = await callOk<ImportReport>(clinic(true), 'imports.fhir', { json });
    expect(report.counts.patients).toBe(1);
  });

  it('says so in a sample bulk export’s manifest, and a real clinic refuses the folder', async () => {
    const folder = await bulkFolder(clinic(true));
    expect(manifestOf(folder).extension.mesodesk.sampleClinic).toBe(true);
    const real = clinic(false);
    const refused = await real.call('imports.fhirBulk', { folder });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields).toEqual({ folder: 'errors.sampleExportRefused' });
  });

  it('leaves a real clinic’s exports untagged, and they import as before', async () => {
    const json = await patientBundle(clinic(false));
    expect((JSON.parse(json) as Bundle).meta).toBeUndefined();
    const folder = await bulkFolder(clinic(false));
    expect(manifestOf(folder).extension.mesodesk).not.toHaveProperty('sampleClinic');
    const report = await callOk<ImportReport>(clinic(false), 'imports.fhirBulk', { folder });
    expect(report.counts.patients).toBe(1);
  });

  it('refuses the sample clinic’s patients.csv through the CSV import, however its columns are mapped', async () => {
    const sample = clinic(true);
    const [camille, etienne] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0], (typeof SAMPLE_PEOPLE)[0]];
    for (const person of [camille, etienne])
      await callOk<Patient>(sample, 'patients.create', {
        fields: patientFields({
          firstName: person.firstName,
          lastName: person.lastName,
          dateOfBirth: person.born,
        }),
      });
    const folder = await bulkFolder(sample);
    const csv = fs.readFileSync(path.join(folder, 'csv', 'patients.csv'), 'utf8');

    const real = clinic(false);
    const preview = await real.call('imports.csvPreview', { csv });
    expect(preview).toMatchObject({
      ok: false,
      error: { fields: { csv: 'errors.sampleCsvRowRefused' }, details: { line: expect.any(Number) } },
    });
    // Mapped by hand so that no column reads as a name, and even one invented patient among real rows.
    const header = csv.split('\n')[0] as string;
    const mapping = header.split(',').map((_, column) => ({ column, target: 'ignore' }));
    const mixed = `last_name,first_name,date_of_birth\nOkafor,Ada,1979-02-14\n${etienne.lastName},${etienne.firstName},${etienne.born}\n`;
    // Typed again by hand: the accent as a letter plus a combining mark, another case, spaces around.
    const retyped = `last_name,first_name,date_of_birth\nOkafor,Ada,1979-02-14\nOkafor,Ben,1981-03-15\n ${etienne.lastName.toUpperCase()} ,${etienne.firstName.normalize('NFD')},${etienne.born}\n`;
    expect(retyped).not.toContain(etienne.firstName);
    for (const [attempt, line] of [
      [{ csv, mapping, mode: 'valid' }, expect.any(Number)],
      [{ csv: mixed, mapping: [], mode: 'valid' }, 3],
      [{ csv: retyped, mapping: [], mode: 'valid' }, 4],
    ] as const) {
      const commit = await real.call('imports.csvCommit', attempt);
      expect(commit).toMatchObject({
        ok: false,
        error: { fields: { csv: 'errors.sampleCsvRowRefused' }, details: { line } },
      });
    }
    const named = await real.call('imports.csvPreview', { csv: mixed });
    expect(named).toMatchObject({
      error: { details: { line: 3, name: `${etienne.firstName} ${etienne.lastName}` } },
    });
    expect(opened[1]?.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0);

    // The sample clinic takes its own list back (a second sample clinic, as after starting it afresh).
    const again = clinic(true);
    const ready = await callOk<CsvPreview>(again, 'imports.csvPreview', { csv });
    // Both invented patients and the one bulkFolder adds.
    expect(ready.valid).toBe(3);
    const report = await callOk<ImportReport>(again, 'imports.csvCommit', {
      csv,
      mapping: ready.mapping,
      mode: 'all',
    });
    expect(report.imported).toHaveLength(3);
  });
});

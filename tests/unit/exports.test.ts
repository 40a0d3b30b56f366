import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportJob, ExportResult } from '../../src/shared/exports/schema';
import type { Bundle, DocumentReference } from '../../src/shared/fhir/r4';
import { parseCsv } from '../../src/shared/imports/csv';
import type { CsvPreview, ImportReport } from '../../src/shared/imports/schema';
import type { Patient } from '../../src/shared/patients/schema';
import { apiPerTest, createTestDb, testApi } from '../fixtures/db';
import { validateBundle } from '../fixtures/fhir-validate';
import { patientFields } from '../fixtures/patients';
import { populatedPatient } from '../fixtures/populated';

const t = apiPerTest((test) => ({ dataDir: test.dir }));

async function value<T>(channel: string, input: unknown, a = t.api): Promise<T> {
  const result = await a.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const readBundle = (folder: string) =>
  JSON.parse(fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8')) as Bundle;
const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => {
    acc[key(item)] = (acc[key(item)] ?? 0) + 1;
    return acc;
  }, {});

describe('patient record export', () => {
  it('writes every record of a fully populated patient, counted by type, into one clearly named folder', async () => {
    const { patient, consent, aftercare } = await populatedPatient(t.api.call);
    await populatedPatient(t.api.call, 'Nguyen');
    const result = await value<ExportResult>('exports.patient', { patientId: patient.id });
    expect(path.basename(result.folder)).toBe(`mesodesk-patient-${patient.number}-2026-03-01`);
    expect(result.counts).toMatchObject({ patients: 1, intakes: 2, decisions: 1, documents: 2, changes: 2 });

    const files = fs.readdirSync(result.folder, { recursive: true }).map(String).sort();
    expect(files).toEqual([
      'adverse-events.csv',
      'appointments.csv',
      'audit-anchor.json',
      'contact-preferences.csv',
      'documents',
      'documents.csv',
      expect.stringMatching(/^documents\/aftercare-2026-03-01-\w{8}\.pdf$/),
      expect.stringMatching(/^documents\/consent-2026-03-01-\w{8}\.pdf$/),
      'fhir-bundle.json',
      'intake-answers.csv',
      'patient-changes.csv',
      `patient-record-${patient.number}.pdf`,
      'patients.csv',
      'photo-skips.csv',
      'photos.csv',
      'recall-reminders.csv',
      'screening-decisions.csv',
      'sessions.csv',
    ]);

    const bundle = readBundle(result.folder);
    expect(countBy(bundle.entry ?? [], (e) => e.resource?.resourceType ?? '?')).toEqual({
      Patient: 1,
      QuestionnaireResponse: 2,
      Consent: 1,
      DocumentReference: 2,
    });
    // The signed PDFs inside the bundle and beside it are the documents' own, byte for byte.
    for (const id of [consent.id, aftercare.id]) {
      const { bytes, record } = await t.api.services.documents.pdfBytes(id);
      const reference = bundle.entry?.find((e) => e.resource?.id === record.uid)
        ?.resource as DocumentReference;
      expect(Buffer.from(reference.content[0]?.attachment.data ?? '', 'base64').equals(bytes)).toBe(true);
      const beside = files.find((f) => f.startsWith(`documents/${record.kind}-`)) as string;
      expect(fs.readFileSync(path.join(result.folder, beside)).equals(bytes)).toBe(true);
    }

    const csvRows = (file: string) =>
      parseCsv(fs.readFileSync(path.join(result.folder, file), 'utf8')).rows.length - 1;
    expect(csvRows('patients.csv')).toBe(1);
    expect(csvRows('documents.csv')).toBe(2);
    expect(csvRows('screening-decisions.csv')).toBe(1);
    expect(csvRows('patient-changes.csv')).toBe(9); // the created fields include the preferred language
    expect(csvRows('intake-answers.csv')).toBeGreaterThan(25);

    const text = execFileSync(
      'pdftotext',
      ['-layout', path.join(result.folder, `patient-record-${patient.number}.pdf`), '-'],
      {
        encoding: 'utf8',
      },
    );
    for (const expected of [
      'Patient record',
      patient.number,
      'Papadopoulou',
      'Dr Nikolaou',
      'Intake questionnaires',
      'Fine lines around the eyes',
      'Screening decisions',
      'Small test area first',
      'Signed documents',
      'Changed her mind',
      'Change history',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Nguyen');
  });

  it('produces a FHIR R4 bundle whose resources are valid and whose references all resolve', async () => {
    const { patient } = await populatedPatient(t.api.call);
    const bundle = readBundle(
      (await value<ExportResult>('exports.patient', { patientId: patient.id })).folder,
    );
    expect(validateBundle(bundle)).toEqual([]);
    // The validator itself catches a dangling reference and a missing required element.
    const broken = structuredClone(bundle);
    const consent = broken.entry?.find((e) => e.resource?.resourceType === 'Consent')?.resource as {
      patient?: { reference: string };
      category?: unknown;
    };
    consent.patient = { reference: 'urn:uuid:00000000-0000-4000-8000-999999999999' };
    delete consent.category;
    expect(validateBundle(broken)).toEqual([
      expect.stringContaining('category'),
      'unresolved reference urn:uuid:00000000-0000-4000-8000-999999999999',
    ]);
  });

  it('records the export in the audit trail by patient number only', async () => {
    const { patient } = await populatedPatient(t.api.call);
    await value('exports.patient', { patientId: patient.id });
    const entry = t.db.prepare("SELECT * FROM audit_log WHERE action = 'export'").get() as Record<
      string,
      unknown
    >;
    expect(entry).toMatchObject({ entity: 'patient', entity_id: patient.number });
  });

  it('refuses a folder that does not exist and writes nothing', async () => {
    const { patient } = await populatedPatient(t.api.call);
    const result = await t.api.call('exports.patient', {
      patientId: patient.id,
      folder: path.join(t.dir, 'nope'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { folder: 'errors.folderMissing' } },
    });
  });
});

describe('whole-clinic export', () => {
  it('writes every patient with progress, and the clinic-wide CSV files', async () => {
    for (const name of ['Alpha', 'Beta', 'Gamma']) await populatedPatient(t.api.call, name);
    const started = await value<ExportJob>('exports.clinicStart', {});
    expect(started).toMatchObject({ state: 'running', total: 3 });
    const job = await t.api.services.exports.settled(started.id);
    expect(job).toMatchObject({ state: 'done', done: 3, total: 3 });
    expect(job.counts).toMatchObject({ patients: 3, intakes: 6, documents: 6, decisions: 3 });
    expect(fs.readdirSync(path.join(job.folder, 'documents')).filter((f) => f.startsWith('P-'))).toHaveLength(
      3,
    );
    const rows = parseCsv(fs.readFileSync(path.join(job.folder, 'csv/patients.csv'), 'utf8')).rows;
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await value<ExportJob>('exports.clinicStatus', { jobId: started.id })).toMatchObject({
      state: 'done',
    });
  });

  it('stops on cancel and leaves no half-written folder', async () => {
    for (const name of ['Alpha', 'Beta', 'Gamma']) await populatedPatient(t.api.call, name);
    const started = await value<ExportJob>('exports.clinicStart', {});
    await value('exports.clinicCancel', { jobId: started.id });
    const job = await t.api.services.exports.settled(started.id);
    expect(job.state).toBe('cancelled');
    expect(fs.readdirSync(path.join(t.dir, 'exports'))).toEqual([]);
  });
});

const CSV = [
  'Surname;First name;Date of birth;Sex;Email;Phone',
  'Okafor;Chidi;14/02/1979;M;chidi@example.com;+44 20 7946 0000',
  'Lindqvist;Astrid;1990-07-01;female;;',
  ';NoSurname;1990-07-01;f;;',
  'Brown;Bad;31/02/1980;f;not-an-email;',
  'Papadopoulou;Maria;12/03/1985;f;;',
].join('\r\n');

describe('CSV import', () => {
  beforeEach(async () => {
    await value('patients.create', { fields: patientFields() });
  });
  const patientCount = () => t.db.prepare('SELECT count(*) FROM patients').pluck().get();

  it('previews with the columns mapped, per-row errors and duplicates', async () => {
    const preview = await value<CsvPreview>('imports.csvPreview', { csv: CSV });
    expect(preview.mapping.map((m) => m.target)).toEqual([
      'lastName',
      'firstName',
      'dateOfBirth',
      'sex',
      'email',
      'phone',
    ]);
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'valid'],
      [3, 'valid'],
      [4, 'invalid'],
      [5, 'invalid'],
      [6, 'duplicate'],
    ]);
    expect(preview.rows[2]?.errors).toEqual({ lastName: 'errors.lastNameRequired' });
    expect(preview.rows[3]?.errors).toMatchObject({
      dateOfBirth: expect.stringMatching(/^errors\./),
      email: 'errors.email',
    });
    expect(preview.rows[4]?.duplicateOf).toBe('P-000001');
    expect(patientCount()).toBe(1);
  });

  it('imports nothing when "all or none" meets a bad row, and reports which rows', async () => {
    const preview = await value<CsvPreview>('imports.csvPreview', { csv: CSV });
    const report = await value<ImportReport>('imports.csvCommit', {
      csv: CSV,
      mapping: preview.mapping,
      mode: 'all',
    });
    expect(report.imported).toEqual([]);
    expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, 'errors.importInvalid'],
      [5, 'errors.importInvalid'],
      [6, 'errors.importDuplicate'],
    ]);
    expect(patientCount()).toBe(1);
  });

  it('imports the valid rows in one transaction, skipping bad rows and duplicates', async () => {
    const preview = await value<CsvPreview>('imports.csvPreview', { csv: CSV });
    const report = await value<ImportReport>('imports.csvCommit', {
      csv: CSV,
      mapping: preview.mapping,
      mode: 'valid',
    });
    expect(report.imported).toEqual([
      { line: 2, number: 'P-000002' },
      { line: 3, number: 'P-000003' },
    ]);
    expect(report.skipped).toHaveLength(3);
    const okafor = await value<Patient>('patients.get', { id: 2 });
    expect(okafor).toMatchObject({
      lastName: 'Okafor',
      dateOfBirth: '1979-02-14',
      sex: 'male',
      phone: '+44 20 7946 0000',
    });
    const audited = t.db
      .prepare("SELECT entity_id FROM audit_log WHERE action = 'create' AND entity = 'patient'")
      .pluck()
      .all();
    expect(audited).toEqual(['P-000001', 'P-000002', 'P-000003']);
  });

  it('re-imports our own patients.csv, the preferred language included', async () => {
    const { patient: made } = await populatedPatient(t.api.call, 'Exported');
    const patient = await value<Patient>('patients.update', {
      id: made.id,
      version: made.version,
      fields: {
        ...patientFields({ lastName: 'Exported', notes: made.notes, gpName: made.gpName }),
        preferredLanguage: 'pt',
      },
    });
    const result = await value<ExportResult>('exports.patient', { patientId: patient.id });
    const csv = fs.readFileSync(path.join(result.folder, 'patients.csv'), 'utf8');
    const other = createTestDb();
    try {
      const fresh = testApi(other.db);
      const preview = await value<CsvPreview>('imports.csvPreview', { csv }, fresh);
      expect(preview).toMatchObject({ valid: 1, invalid: 0 });
      await value('imports.csvCommit', { csv, mapping: preview.mapping, mode: 'all' }, fresh);
      expect(await value<Patient>('patients.get', { id: 1 }, fresh)).toMatchObject({
        lastName: 'Exported',
        gpName: 'Dr Nikolaou',
        notes: 'Prefers morning appointments',
        preferredLanguage: 'pt',
      });
    } finally {
      other.close();
    }
  });
});

describe('FHIR round-trip', () => {
  it('re-imports our own bundle into an empty clinic: the same patient and intakes, marked imported, their original hash still matching', async () => {
    const { patient, signed } = await populatedPatient(t.api.call);
    const folder = (await value<ExportResult>('exports.patient', { patientId: patient.id })).folder;
    const json = fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8');
    const other = createTestDb();
    try {
      const fresh = testApi(other.db);
      const report = await value<ImportReport>('imports.fhir', { json, fileName: 'fhir-bundle.json' }, fresh);
      expect(report).toMatchObject({
        imported: [{ number: patient.number }],
        counts: { patients: 1, intakes: 2 },
      });
      const copy = fresh.services.patients.get(1);
      const { id: _a, createdAt: _b, version: _c, ...expected } = patient;
      const { id: _d, createdAt: _e, version: _f, ...actual } = copy;
      expect(actual).toEqual(expected);
      const before = t.api.services.intakes.list(patient.id).map((s) => t.api.services.intakes.get(s.id));
      const after = fresh.services.intakes.list(1).map((s) => fresh.services.intakes.get(s.id));
      const strip = ({
        id: _i,
        patientId: _p,
        prefilledFrom: _q,
        version: _v,
        imported: _m,
        ...rest
      }: (typeof before)[number]) => rest;
      expect(after.map(strip)).toEqual(before.map(strip));
      expect(after.map((i) => i.imported?.source)).toEqual(after.map(() => 'fhir-bundle.json'));
      const signedCopy = after.find((i) => i.uid === signed.uid);
      // Signed at the exporting clinic, not here: imported, with the hash it was signed with still matching.
      expect(fresh.services.intakes.verify(signedCopy?.id ?? 0)).toMatchObject({
        valid: false,
        status: 'imported',
        imported: { originalHash: signed.contentHash, originalHashMatches: true },
      });
      // A second import of the same bundle finds the patient already there and adds nothing.
      const again = await value<ImportReport>('imports.fhir', { json }, fresh);
      expect(again).toMatchObject({ imported: [], skipped: [{ reason: 'errors.importDuplicate' }] });
    } finally {
      other.close();
    }
  });

  it('refuses a file that is not a bundle', async () => {
    expect(await t.api.call('imports.fhir', { json: '{"resourceType":"Patient"}' })).toMatchObject({
      ok: false,
      error: { fields: { json: 'errors.fhirNotBundle' } },
    });
    expect(await t.api.call('imports.fhir', { json: 'nope' })).toMatchObject({
      ok: false,
      error: { fields: { json: 'errors.fhirNotJson' } },
    });
  });
});

describe('erasure', () => {
  it('needs the patient number typed, then removes the patient and every linked record in one go', async () => {
    const { patient } = await populatedPatient(t.api.call);
    const { patient: other } = await populatedPatient(t.api.call, 'Keep');
    const counts = () =>
      Object.fromEntries(
        [
          'patients',
          'patient_changes',
          'intakes',
          'intake_signatures',
          'flag_decisions',
          'documents',
          'signed_pdfs',
        ].map((table) => [table, t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]),
      );
    const before = counts();
    expect(await t.api.call('patients.erase', { id: patient.id, confirmNumber: other.number })).toMatchObject(
      {
        ok: false,
        error: { fields: { confirmNumber: 'errors.eraseNumberMismatch' } },
      },
    );
    expect(counts()).toEqual(before);
    const erased = await value<{ number: string; removed: Record<string, number> }>('patients.erase', {
      id: patient.id,
      confirmNumber: patient.number.toLowerCase(),
    });
    expect(erased.removed).toEqual({
      importedRecords: 0,
      signedPdfs: 2,
      contactPreferences: 0,
      recallReminders: 0,
      reminders: 0,
      appointments: 0,
      photoRestores: 0,
      photoArchives: 0,
      photos: 0,
      photoSkips: 0,
      adverseEventLots: 0,
      adverseEvents: 0,
      amendments: 0,
      sessionItems: 0,
      sessions: 0,
      courses: 0,
      decisions: 1,
      signatures: 2,
      intakes: 2,
      documents: 2,
      changes: 2,
      patients: 1,
    });
    expect(counts()).toEqual({
      patients: 1,
      patient_changes: 2,
      intakes: 2,
      intake_signatures: 2,
      flag_decisions: 1,
      documents: 2,
      signed_pdfs: 2,
    });
    const search = t.db
      .prepare("SELECT count(*) FROM patients_fts WHERE patients_fts MATCH 'Papadopoulou'")
      .pluck()
      .get();
    expect(search).toBe(0);
    const entry = t.db.prepare("SELECT * FROM audit_log WHERE action = 'erase'").get() as Record<
      string,
      unknown
    >;
    expect(entry).toMatchObject({ entity: 'patient', entity_id: patient.number });
    expect(JSON.stringify(entry)).not.toContain('Papadopoulou');
    expect(t.api.services.audit.verify().ok).toBe(true);
  });

  it('keeps the signed-record guards for every other delete', async () => {
    const { patient, consent, signed } = await populatedPatient(t.api.call);
    expect(() => t.db.prepare('DELETE FROM documents WHERE id = ?').run(consent.id)).toThrow(/LOCKED/);
    expect(() => t.db.prepare('DELETE FROM intakes WHERE id = ?').run(signed.id)).toThrow(/locked/);
    expect(() => t.db.prepare('DELETE FROM intake_signatures WHERE intake_id = ?').run(signed.id)).toThrow(
      /locked/,
    );
    expect(t.db.prepare('SELECT count(*) FROM erasure_in_progress').pluck().get()).toBe(0);
    expect(t.api.services.patients.get(patient.id).number).toBe(patient.number);
  });
});

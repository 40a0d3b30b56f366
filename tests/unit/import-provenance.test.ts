import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FHIR_SYSTEM } from '../../src/main/exports/fhir';
import type { IntakeRecordPayload } from '../../src/main/record/intakes';
import type { AuditPage } from '../../src/shared/audit/schema';
import type { ExportResult } from '../../src/shared/exports/schema';
import type { ImportReport } from '../../src/shared/imports/schema';
import type { Intake, IntakeSaved, IntakeSummary, IntakeVerification } from '../../src/shared/intake/schema';
import type { ScreeningResult } from '../../src/shared/screening/schema';
import type { SessionVerification, TimelinePage } from '../../src/shared/treatments/schema';
import { clinicsPerTest } from '../fixtures/clinics';
import {
  BACK_DATED,
  BACK_DATED_DAY,
  backDate,
  decode,
  encode,
  exportedBundle,
  type Payload,
} from '../fixtures/crafted-bundle';
import type { testApi } from '../fixtures/db';
import { cleanAnswers, signatures } from '../fixtures/intake';
import { callOk, readyPatient } from '../fixtures/treatments';

const clinics = clinicsPerTest();
let api: ReturnType<typeof testApi>;
beforeEach(() => {
  api = clinics.api;
});
const otherClinic = clinics.otherClinic;

describe('FHIR re-import marks what it brings as imported', () => {
  it('a crafted bundle with a back-dated signed intake and session: imported, with source and date, never verified as signed here', async () => {
    const { bundle, patientUid } = await exportedBundle(api);
    const forged = backDate(bundle, patientUid);
    expect(forged.intakeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(forged.sessionHash).toMatch(/^[0-9a-f]{64}$/);

    const other = otherClinic();
    const importedAt = other.api.clock.now().toISOString();
    const report = await callOk<ImportReport>(other.api, 'imports.fhir', {
      json: JSON.stringify(bundle),
      fileName: 'crafted-bundle.json',
    });
    expect(report.counts).toMatchObject({ patients: 1, intakes: 1, sessions: 1 });
    const patientId = 1;
    const origin = { source: 'crafted-bundle.json', importedAt };

    // The intake: shown as imported; verify keeps and compares the bundle's hash but never says "signed here".
    const [intake] = await callOk<IntakeSummary[]>(other.api, 'intakes.list', { patientId });
    expect(intake).toMatchObject({ status: 'signed', signedAt: BACK_DATED, imported: origin });
    const intakeCheck = await callOk<IntakeVerification>(other.api, 'intakes.verify', { id: intake?.id });
    expect(intakeCheck).toMatchObject({
      valid: false,
      status: 'imported',
      storedHash: forged.intakeHash,
      computedHash: forged.intakeHash,
      imported: {
        ...origin,
        originalHash: forged.intakeHash,
        originalSignedAt: BACK_DATED,
        originalHashMatches: true,
      },
    });

    // The session and its amendment: the same.
    const session = other.api.services.sessions.get(other.api.services.sessions.list(patientId)[0]?.id ?? 0);
    expect(session).toMatchObject({ status: 'signed', signedAt: BACK_DATED, imported: origin });
    expect(session.amendmentTrail[0]?.imported).toMatchObject(origin);
    const sessionCheck = await callOk<SessionVerification>(other.api, 'sessions.verify', { id: session.id });
    expect(sessionCheck).toMatchObject({
      valid: false,
      status: 'imported',
      storedHash: forged.sessionHash,
      imported: { ...origin, originalHash: forged.sessionHash, originalHashMatches: true },
    });

    // The timeline names the source and date of every imported entry; nothing of it reads as signed here.
    const timeline = await callOk<TimelinePage>(other.api, 'timeline.forPatient', { patientId });
    const byKind = (kind: string) => timeline.items.filter((e) => e.kind === kind);
    for (const kind of ['intake', 'session', 'amendment']) {
      expect(byKind(kind).length, kind).toBeGreaterThan(0);
      for (const entry of byKind(kind)) expect(entry.imported, kind).toEqual(origin);
    }

    // The audit trail logs the import: the bundle, and each record as imported (not created or signed).
    const audit = await callOk<AuditPage>(other.api, 'audit.list', { offset: 0, limit: 100 });
    const actions = audit.items.map((e) => `${e.action} ${e.entity}`);
    expect(actions).toEqual(
      expect.arrayContaining(['import fhir-bundle', 'import intake', 'import session', 'create patient']),
    );
    expect(actions).not.toContain('sign intake');
    expect(actions).not.toContain('sign session');

    // The record PDF says where each came from, and never "signed" on the back-dated day.
    const { folder } = await callOk<ExportResult>(other.api, 'exports.patient', { patientId });
    const pdf = fs.readdirSync(folder).find((f) => f.startsWith('patient-record-')) ?? '';
    const text = execFileSync('pdftotext', ['-layout', path.join(folder, pdf), '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ').replace(/- /g, '-');
    expect(flat).toContain(`imported from crafted-bundle.json on ${importedAt.slice(0, 10)}`);
    expect(flat).not.toContain(`signed ${BACK_DATED_DAY}`);
  });

  it('compares the kept original hash: a record changed in the bundle no longer matches it', async () => {
    const { bundle } = await exportedBundle(api);
    for (const entry of bundle.entry ?? []) {
      const r = entry.resource as Payload & { resourceType: string };
      if (r.resourceType !== 'QuestionnaireResponse') continue;
      if (!r.extension?.some((e) => e.url === FHIR_SYSTEM.intakeRecord)) continue;
      const p = decode<IntakeRecordPayload>(r, FHIR_SYSTEM.intakeRecord);
      if (p.status !== 'signed') continue;
      // An answer changed, the claimed hash left as it was.
      p.answers = { ...p.answers, pregnant: 'yes' };
      encode(r, FHIR_SYSTEM.intakeRecord, p);
    }
    const other = otherClinic();
    await callOk(other.api, 'imports.fhir', { json: JSON.stringify(bundle), fileName: 'changed.json' });
    const [intake] = other.api.services.intakes.list(1);
    const check = other.api.services.intakes.verify(intake?.id ?? 0);
    expect(check.status).toBe('imported');
    expect(check.valid).toBe(false);
    expect(check.imported?.originalHashMatches).toBe(false);
    expect(check.imported?.originalHash).not.toBe(check.computedHash);
  });

  it('the exporting clinic, when the bundle names one, is the source', async () => {
    const { bundle } = await exportedBundle(api);
    bundle.entry?.push({
      fullUrl: 'urn:uuid:6b1c1d6e-0000-4000-8000-000000000001',
      resource: { resourceType: 'Organization', id: '6b1c1d6e', name: 'Clinique du Lac' } as never,
    });
    const other = otherClinic();
    await callOk(other.api, 'imports.fhir', { json: JSON.stringify(bundle), fileName: 'x.json' });
    expect(other.api.services.intakes.list(1)[0]?.imported?.source).toBe('Clinique du Lac');
  });

  it('screening judges by the intake signed here, not by a future-dated imported one', async () => {
    const { bundle, patientUid } = await exportedBundle(api);
    backDate(bundle, patientUid, '2099-01-01T10:00:00.000Z');
    const other = otherClinic();
    await callOk<ImportReport>(other.api, 'imports.fhir', {
      json: JSON.stringify(bundle),
      fileName: 'future.json',
    });
    const patientId = 1;
    const draft = await callOk<Intake>(other.api, 'intakes.start', { patientId });
    const { intake } = await callOk<IntakeSaved>(other.api, 'intakes.saveDraft', {
      id: draft.id,
      version: draft.version,
      answers: cleanAnswers(),
    });
    const local = await callOk<Intake>(other.api, 'intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: true,
      ...signatures(),
    });
    const screening = await callOk<ScreeningResult>(other.api, 'screening.forPatient', { patientId });
    expect(screening.standing).toMatchObject({ kind: 'current', intakeId: local.id });
  });

  it('records signed in this clinic still verify as signed here', async () => {
    const { intake } = await readyPatient(api);
    expect(api.services.intakes.verify(intake.id)).toMatchObject({
      valid: true,
      status: 'verified',
      imported: null,
    });
    expect(api.services.intakes.get(intake.id).imported).toBeNull();
  });
});

import type { Bundle, Patient as FhirPatient, QuestionnaireResponse } from '../../shared/fhir/r4';
import type { ImportReport } from '../../shared/imports/schema';
import { type PatientFields, patientFieldsSchema } from '../../shared/patients/schema';
import type { AuditLog } from '../audit/repository';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { FHIR_SYSTEM, fullUrl } from '../exports/fhir';
import type { IntakeRecordPayload } from '../exports/mappers';
import { createPatientRepository } from '../patients/repository';
import { formatPatientNumber } from '../patients/search-text';
import type { AdverseEventRecordPayload, SessionRecordPayload } from '../treatments/stored-records';
import { createTreatmentImporter, recordPayload } from './fhir-treatments';
import { createProvenanceRepository } from './provenance';

const SOURCE_MAX = 200;

/**
 * Where a bundle came from, as imported records show it: the exporting clinic when the bundle names one
 * (an Organization entry), else the file name it was chosen as, else its id.
 */
export function bundleSource(bundle: Bundle, fileName?: string): string {
  const entries = (bundle.entry ?? []) as { resource?: { resourceType?: unknown; name?: unknown } }[];
  const clinic = entries.find((e) => e.resource?.resourceType === 'Organization')?.resource?.name;
  const text =
    (typeof clinic === 'string' && clinic.trim()) ||
    fileName?.trim() ||
    (typeof bundle.id === 'string' && bundle.id ? `FHIR bundle ${bundle.id}` : 'a FHIR bundle');
  return text.slice(0, SOURCE_MAX);
}

const extensionValue = (r: FhirPatient, url: string) => r.extension?.find((e) => e.url === url)?.valueString;

/** The patient's details as our form holds them, read back from our own Patient resource. */
export function fieldsFromFhir(r: FhirPatient): unknown {
  const official = r.name?.find((n) => n.use === 'official') ?? r.name?.[0];
  const contact = r.contact?.[0];
  return {
    lastName: official?.family ?? '',
    firstName: official?.given?.join(' ') ?? null,
    preferredName: extensionValue(r, FHIR_SYSTEM.preferredName) ?? null,
    dateOfBirth: r.birthDate ?? '',
    sex: r.gender ?? 'unknown',
    phone: r.telecom?.find((t) => t.system === 'phone')?.value ?? null,
    email: r.telecom?.find((t) => t.system === 'email')?.value ?? null,
    address: r.address?.[0]?.text ?? null,
    emergencyContactName: contact?.name?.text ?? null,
    emergencyContactPhone: contact?.telecom?.[0]?.value ?? null,
    gpName: r.generalPractitioner?.[0]?.display ?? null,
    notes: extensionValue(r, FHIR_SYSTEM.patientNotes) ?? null,
  } satisfies Record<keyof PatientFields, unknown>;
}

function intakePayload(r: QuestionnaireResponse): IntakeRecordPayload | null {
  const data = r.extension?.find((e) => e.url === FHIR_SYSTEM.intakeRecord)?.valueAttachment?.data;
  if (!data) return null;
  const payload = JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as IntakeRecordPayload;
  if (!payload.uid || !payload.definition || !payload.answers || !Array.isArray(payload.signatures))
    return null;
  return payload;
}

const PNG = /^data:image\/png;base64,/;

/**
 * Re-import of our own FHIR bundle: patients keep their identity (uid, and their number when free),
 * intakes and treatment sessions come back exactly as signed elsewhere, with their courses, amendments and
 * adverse events (see fhir-treatments.ts for products and lots). Nothing in a bundle is trusted as signed
 * here: every record it brings is marked imported (source, time, and the hash and signing time it
 * claimed) and the audit trail says 'import'. One transaction: a bundle that cannot be read imports nothing.
 */
export function createFhirImportService(db: Db, audit: AuditLog, now: () => Date) {
  const patients = createPatientRepository(db);
  const uidTaken = db.prepare<[string], number>('SELECT count(*) FROM patients WHERE uid = ?').pluck();
  const numberTaken = db.prepare<[string], number>('SELECT count(*) FROM patients WHERE number = ?').pluck();
  const intakeTaken = db.prepare<[string], number>('SELECT count(*) FROM intakes WHERE uid = ?').pluck();
  const bumpSequence = db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'patients'");
  const setTimes = db.prepare('UPDATE patients SET created_at = ?, updated_at = ? WHERE id = ?');
  const insertIntake = db.prepare(`
    INSERT INTO intakes (uid, patient_id, status, definition_version, definition_json, context_json,
      answers_json, declaration, created_at, updated_at, signed_at, content_hash)
    VALUES (@uid, @patientId, @status, @definitionVersion, @definitionJson, @contextJson, @answersJson,
      @declaration, @createdAt, @updatedAt, @signedAt, @contentHash)`);
  const insertSignature = db.prepare(`
    INSERT INTO intake_signatures (intake_id, role, signer_name, method, image_png, signed_at)
    VALUES (?, ?, ?, ?, ?, ?)`);

  const provenance = createProvenanceRepository(db);

  const run = db.transaction((json: string, fileName?: string): ImportReport => {
    let bundle: Bundle;
    try {
      bundle = JSON.parse(json) as Bundle;
    } catch {
      throw new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirNotJson' });
    }
    if (bundle?.resourceType !== 'Bundle' || !Array.isArray(bundle.entry)) {
      throw new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirNotBundle' });
    }
    const report: ImportReport = { imported: [], skipped: [], counts: {} };
    const origin = { source: bundleSource(bundle, fileName), importedAt: now().toISOString() };
    audit.append('import', 'fhir-bundle', origin.source.slice(0, 60));
    const treatments = createTreatmentImporter(db, audit, now, origin);
    const counts = { patients: 0, intakes: 0 };
    const created = new Map<string, number>();
    const resources = bundle.entry.map((e) => e.resource).filter((r) => r && typeof r === 'object');
    for (const r of resources) {
      if (r?.resourceType !== 'Patient' || typeof r.id !== 'string') continue;
      const parsed = patientFieldsSchema.safeParse(fieldsFromFhir(r));
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
        report.skipped.push({ line: null, reason: 'errors.importInvalid', fields });
        continue;
      }
      if (uidTaken.get(r.id)) {
        report.skipped.push({ line: null, reason: 'errors.importDuplicate', fields: {} });
        continue;
      }
      const wanted = r.identifier?.find((i) => i.system === FHIR_SYSTEM.patientNumber)?.value;
      const keep = wanted && /^P-\d{6,}$/.test(wanted) && !numberTaken.get(wanted);
      const number = keep ? wanted : formatPatientNumber(patients.nextNumberSeed());
      const at = now().toISOString();
      const id = patients.insert(r.id, number, parsed.data, at);
      if (keep) bumpSequence.run(Number(wanted.slice(2)));
      setTimes.run(at, r.meta?.lastUpdated ?? at, id);
      if (r.active === false) patients.setArchived(id, at, r.meta?.lastUpdated ?? at);
      patients.recordChange(id, at, 'created', []);
      audit.append('create', 'patient', number);
      created.set(fullUrl(r.id), id);
      report.imported.push({ line: null, number });
      counts.patients += 1;
    }
    for (const r of resources) {
      if (r?.resourceType !== 'QuestionnaireResponse') continue;
      const patientId = created.get(r.subject?.reference ?? '');
      const payload = intakePayload(r);
      if (patientId === undefined || !payload || intakeTaken.get(payload.uid)) continue;
      const signed = payload.status === 'signed';
      const info = insertIntake.run({
        uid: payload.uid,
        patientId,
        status: signed ? 'signed' : 'draft',
        definitionVersion: payload.definitionVersion,
        definitionJson: signed ? JSON.stringify(payload.definition) : null,
        contextJson: signed ? JSON.stringify(payload.context) : null,
        answersJson: JSON.stringify(payload.answers),
        declaration: payload.declaration,
        createdAt: payload.createdAt,
        updatedAt: payload.updatedAt,
        signedAt: payload.signedAt,
        contentHash: payload.contentHash,
      });
      const intakeId = Number(info.lastInsertRowid);
      for (const s of payload.signatures) {
        if (!PNG.test(s.imagePng))
          throw new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirSignature' });
        const png = Buffer.from(s.imagePng.replace(PNG, ''), 'base64');
        insertSignature.run(intakeId, s.role, s.signerName, s.method, png, s.signedAt);
      }
      provenance.mark({
        kind: 'intake',
        id: intakeId,
        patientId,
        ...origin,
        originalHash: signed ? payload.contentHash : null,
        originalSignedAt: signed ? payload.signedAt : null,
      });
      audit.append('import', 'intake', intakeId);
      counts.intakes += 1;
    }
    // Sessions first: an adverse event links to the session it followed.
    for (const r of resources) {
      if (r?.resourceType !== 'Encounter') continue;
      const patientId = created.get(r.subject?.reference ?? '');
      const payload = recordPayload<SessionRecordPayload>(
        r.extension,
        FHIR_SYSTEM.sessionRecord,
        'mesodesk.session-record/1',
      );
      if (patientId !== undefined && payload) treatments.session(payload, patientId);
    }
    for (const r of resources) {
      if (r?.resourceType !== 'AdverseEvent') continue;
      const patientId = created.get(r.subject?.reference ?? '');
      const payload = recordPayload<AdverseEventRecordPayload>(
        r.extension,
        FHIR_SYSTEM.adverseEventRecord,
        'mesodesk.adverse-event-record/1',
      );
      if (patientId !== undefined && payload) treatments.adverseEvent(payload, patientId);
    }
    return { ...report, counts: { ...counts, ...treatments.counts } };
  });
  return (json: string, fileName?: string): ImportReport => run(json, fileName);
}

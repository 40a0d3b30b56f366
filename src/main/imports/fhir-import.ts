import type { Bundle, Patient as FhirPatient, Resource } from '../../shared/fhir/r4';
import type { ImportReport } from '../../shared/imports/schema';
import { type PatientFields, patientFieldsSchema } from '../../shared/patients/schema';
import type { AuditLog } from '../audit/repository';
import type { Db } from '../db/types';
import { createAppointmentImporter } from '../diary/records';
import { AppError } from '../errors';
import { FHIR_SYSTEM, fullUrl, isSampleTagged } from '../exports/fhir';
import { createPatientRepository } from '../patients/repository';
import { formatPatientNumber } from '../patients/search-text';
import { createPhotoImporter, type PreparedPhotoImport, preparePhotoImport } from '../photos/fhir-import';
import type { PhotoService } from '../photos/service';
import { FHIR_IMPORTS } from '../record/registry';
import { isSampleDatabase } from '../sample/marker';
import type { FhirImporters } from './fhir-importers';
import { createIntakeImporter } from './fhir-intakes';
import { createTreatmentImporter } from './fhir-treatments';

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

type PatientLinks = {
  subject?: { reference?: string };
  participant?: { actor?: { reference?: string } }[];
};
/** The patient a resource belongs to: its subject, or (an Appointment) its first participant; a Patient, itself. */
const patientReference = (r: Resource) =>
  r.resourceType === 'Patient'
    ? fullUrl(r.id as string)
    : ((r as PatientLinks).subject?.reference ?? (r as PatientLinks).participant?.[0]?.actor?.reference);

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
    preferredLanguage: r.communication?.find((c) => c.preferred)?.language.coding?.[0]?.code ?? 'en',
  } satisfies Record<keyof PatientFields, unknown>;
}

/**
 * Re-import of our own FHIR bundle: patients keep their identity (uid, and their number when free),
 * intakes and treatment sessions come back exactly as signed elsewhere, with their courses, amendments and
 * adverse events (see fhir-treatments.ts for products and lots). Nothing in a bundle is trusted as signed
 * here: every record it brings is marked imported (source, time, and the hash and signing time it
 * claimed) and the audit trail says 'import'. One transaction: a bundle that cannot be read imports nothing.
 */
export function createFhirImportService(db: Db, audit: AuditLog, now: () => Date, photos: PhotoService) {
  const patients = createPatientRepository(db);
  const uidTaken = db.prepare<[string], number>('SELECT count(*) FROM patients WHERE uid = ?').pluck();
  const numberTaken = db.prepare<[string], number>('SELECT count(*) FROM patients WHERE number = ?').pluck();
  const bumpSequence = db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'patients'");
  const setTimes = db.prepare('UPDATE patients SET created_at = ?, updated_at = ? WHERE id = ?');

  /**
   * Our resources, references as urn:uuid, Patients first then each kind: one transaction. `ofType`
   * gives the resources of one type, read as they are taken (a bulk export's file, line by line).
   */
  const importResources = db.transaction(
    (
      ofType: (resourceType: string) => Iterable<Resource>,
      source: string,
      subject: string,
      prepared: PreparedPhotoImport,
    ): ImportReport => {
      const report: ImportReport = { imported: [], skipped: [], counts: {} };
      const origin = { source, importedAt: now().toISOString() };
      audit.append('import', subject, origin.source.slice(0, 60));
      const intakes = createIntakeImporter(db, audit, origin);
      const treatments = createTreatmentImporter(db, audit, now, origin);
      const diary = createAppointmentImporter(db, audit);
      const photoImporter = createPhotoImporter(db, audit, photos, prepared, origin);
      const importers: FhirImporters = { intakes, treatments, diary, photos: photoImporter };
      const counts = { patients: 0 };
      const created = new Map<string, number>();
      for (const r of ofType('Patient')) {
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
      // Each kind of record in the registry's order: a session before the adverse events that follow it.
      for (const kind of FHIR_IMPORTS) {
        for (const r of ofType(kind.resourceType)) {
          if (r?.resourceType !== kind.resourceType) continue;
          const patientId = created.get(patientReference(r) ?? '');
          if (patientId !== undefined)
            kind.run(r as unknown as Record<string, unknown>, patientId, importers);
        }
      }
      return {
        ...report,
        skipped: [...report.skipped, ...photoImporter.skipped],
        counts: {
          ...counts,
          ...intakes.counts,
          ...treatments.counts,
          ...diary.counts,
          ...photoImporter.counts,
        },
      };
    },
  );

  /** The photos' images are checked and sealed first; files the import did not keep are removed. */
  async function importWithPhotos(
    ofType: (resourceType: string) => Iterable<Resource>,
    source: string,
    subject: string,
  ) {
    const prepared = await preparePhotoImport(photos, ofType('Media'));
    try {
      const report = importResources(ofType, source, subject, prepared);
      photos.removeFiles(prepared.unusedFiles());
      return report;
    } catch (error) {
      prepared.used.clear();
      photos.removeFiles(prepared.unusedFiles());
      throw error;
    }
  }

  const intoRealClinic = !isSampleDatabase(db);
  /** The sample clinic's invented patients never mix with a real clinic's records. */
  function refuseSample(fromSample: boolean, field: 'json' | 'folder') {
    if (fromSample && intoRealClinic)
      throw new AppError('VALIDATION', 'errors.validation', { [field]: 'errors.sampleExportRefused' });
  }

  return {
    /** A bundle as our patient export writes it. */
    async bundle(json: string, fileName?: string): Promise<ImportReport> {
      let bundle: Bundle;
      try {
        bundle = JSON.parse(json) as Bundle;
      } catch {
        throw new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirNotJson' });
      }
      if (bundle?.resourceType !== 'Bundle' || !Array.isArray(bundle.entry)) {
        throw new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirNotBundle' });
      }
      refuseSample(isSampleTagged(bundle.meta), 'json');
      const resources = bundle.entry
        .map((e) => e.resource)
        .filter((r): r is Resource => !!r && typeof r === 'object');
      const ofType = (type: string) => resources.filter((r) => r.resourceType === type);
      return importWithPhotos(ofType, bundleSource(bundle, fileName), 'fhir-bundle');
    },
    /** Resources read back from a bulk export, one type at a time (see fhir-bulk-import.ts). */
    resources: async (
      ofType: (resourceType: string) => Iterable<Resource>,
      source: string,
      fromSample = false,
    ): Promise<ImportReport> => {
      refuseSample(fromSample, 'folder');
      return importWithPhotos(ofType, source, 'fhir-bulk');
    },
  };
}

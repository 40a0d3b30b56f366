import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportJob, ExportResult } from '../../src/shared/exports/schema';
import type {
  Bundle,
  Encounter,
  AdverseEvent as FhirAdverseEvent,
  Medication,
  MedicationAdministration,
  Procedure,
  Resource,
} from '../../src/shared/fhir/r4';
import { parseCsv } from '../../src/shared/imports/csv';
import type { ImportReport } from '../../src/shared/imports/schema';
import type { AdverseEvent, Session } from '../../src/shared/treatments/schema';
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

const AMENDMENT = 'Forehead volume was 0.4 ml, not 0.5 ml.';
const BRUISE = 'Bruise on the left cheek, 2 cm';

/**
 * The fully populated patient, treated: a signed session with two items from two lots of two
 * products, an amendment, an adverse event after it, and a later session still in draft.
 */
async function treatedPopulatedPatient(lastName = 'Papadopoulou') {
  const populated = await populatedPatient(t.api.call, lastName);
  const { patient } = populated;
  // The populated patient's consent was withdrawn; a session is signed under a current one.
  await signConsentFor(t.api, patient.id);
  await t.api.call('settings.update', { patch: { beforePhotosRequired: false } });
  const ha = await productWithLot(t.api);
  const vc = await productWithLot(
    t.api,
    {
      name: 'Vitamin C 20%',
      ingredients: [
        { name: 'Ascorbic acid', concentration: '200 mg/ml' },
        { name: 'Ferulic acid', concentration: '' },
      ],
    },
    { lotNumber: 'VC-0415', expiryDate: '2026-12-31' },
  );
  const course = await startCourse(t.api, patient.id);
  const draft = await createSession(
    t.api,
    course.id,
    sessionFields(ha.product.id, ha.lot.id, {
      items: [
        { zone: 'face.cheeks', productId: ha.product.id, lotId: ha.lot.id, volumeMl: 1, dilution: '' },
        {
          zone: 'face.forehead',
          productId: vc.product.id,
          lotId: vc.lot.id,
          volumeMl: 0.5,
          dilution: '1:1 with saline',
        },
      ],
      totalVolumeMl: 1.5,
    }),
  );
  const signed = await signSession(t.api, draft);
  t.api.clock.advance(60 * 60_000);
  await callOk(t.api, 'sessions.amend', { id: signed.id, text: AMENDMENT });
  const event = await callOk<AdverseEvent>(t.api, 'adverseEvents.create', {
    patientId: patient.id,
    fields: {
      sessionId: signed.id,
      lotIds: [ha.lot.id],
      type: 'bruising',
      onsetDate: '2026-03-02',
      severity: 'moderate',
      description: BRUISE,
      actionTaken: 'Arnica gel, cold compress',
      followUpDates: ['2026-03-09'],
      resolvedDate: '2026-03-10',
    },
  });
  const later = await createSession(
    t.api,
    course.id,
    sessionFields(ha.product.id, ha.lot.id, { date: '2026-03-15' }),
  );
  return { ...populated, ha, vc, course, signed, event, later };
}

const readBundle = (folder: string) =>
  JSON.parse(fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8')) as Bundle;
const resources = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  (bundle.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);
const byUrl = (bundle: Bundle, reference: string | undefined) =>
  bundle.entry?.find((e) => e.fullUrl === reference)?.resource;
const csvOf = (folder: string, file: string) => {
  const [header = [], ...rows] = parseCsv(fs.readFileSync(path.join(folder, file), 'utf8')).rows;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
};

describe('treatment records in the patient export', () => {
  it('exports every session and adverse event, counted by type, as a valid FHIR bundle', async () => {
    const { patient } = await treatedPopulatedPatient();
    await treatedPopulatedPatient('Nguyen');
    const result = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    expect(result.counts).toMatchObject({
      patients: 1,
      intakes: 2,
      decisions: 1,
      documents: 3,
      sessions: 2,
      adverseEvents: 1,
    });
    expect(result.files).toEqual(expect.arrayContaining(['sessions.csv', 'adverse-events.csv']));

    const bundle = readBundle(result.folder);
    const counts: Record<string, number> = {};
    for (const e of bundle.entry ?? []) {
      const type = e.resource?.resourceType ?? '?';
      counts[type] = (counts[type] ?? 0) + 1;
    }
    expect(counts).toEqual({
      Patient: 1,
      // The intake, and the signed session's day-of-treatment check (the draft has none yet).
      QuestionnaireResponse: 3,
      Consent: 2,
      DocumentReference: 3,
      // One per lot used, shared by every administration from that lot.
      Medication: 2,
      Encounter: 2,
      Procedure: 2,
      // Two items in the signed session, two in the draft.
      MedicationAdministration: 4,
      AdverseEvent: 1,
    });
    expect(validateBundle(bundle)).toEqual([]);
    expect(result.counts.fhirResources).toBe(bundle.entry?.length);
    const dayCheck = bundle.entry
      ?.map((e) => e.resource)
      .find((r) => r?.resourceType === 'QuestionnaireResponse' && 'encounter' in r && r.encounter);
    expect(JSON.stringify(dayCheck)).toContain('Could you be pregnant today?');
    const csv = fs.readFileSync(path.join(result.folder, 'sessions.csv'), 'utf8');
    expect(csv).toContain('antiseptic,day_check');
    expect(csv).toContain('Chlorhexidine 0.5% in alcohol');
    expect(csv).toContain('Have you drunk alcohol in the last 24 hours?: No');
  });

  it('carries lots and expiry on the Medications, doses and zones on the administrations, amendments on the Procedure', async () => {
    const { patient, signed, later } = await treatedPopulatedPatient();
    const { folder } = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    const bundle = readBundle(folder);

    const medications = resources<Medication>(bundle, 'Medication');
    expect(medications.map((m) => [m.code?.text, m.batch])).toEqual([
      ['Hyaluronic acid 1%', { lotNumber: 'HA-2291', expirationDate: '2027-01-31' }],
      ['Vitamin C 20%', { lotNumber: 'VC-0415', expirationDate: '2026-12-31' }],
    ]);
    expect(medications[1]?.ingredient?.map((i) => i.itemCodeableConcept?.text)).toEqual([
      'Ascorbic acid 200 mg/ml',
      'Ferulic acid',
    ]);

    const encounters = resources<Encounter>(bundle, 'Encounter');
    expect(encounters.map((e) => [e.status, e.period?.start])).toEqual([
      ['finished', '2026-03-01'],
      ['in-progress', '2026-03-15'],
    ]);
    expect(encounters[1]?.type?.[0]?.text).toContain('draft, not signed');

    const [procedure, draftProcedure] = resources<Procedure>(bundle, 'Procedure');
    expect(procedure).toMatchObject({
      status: 'completed',
      performedDateTime: '2026-03-01',
      subject: { reference: `urn:uuid:${patient.uid}` },
    });
    expect(byUrl(bundle, procedure?.encounter?.reference)).toBe(encounters[0]);
    expect(procedure?.bodySite?.map((b) => b.coding?.[0]?.code)).toEqual(['face.cheeks', 'face.forehead']);
    expect(procedure?.bodySite?.map((b) => b.text)).toEqual(['Cheeks', 'Forehead']);
    const notes = procedure?.note?.map((n) => n.text).join('\n') ?? '';
    expect(notes).toContain('Technique: Nappage');
    expect(notes).toContain('Needle: 32G 4 mm');
    expect(notes).toContain('Depth: 1.5 mm');
    const amendment = procedure?.note?.find((n) => n.text === `Amendment: ${AMENDMENT}`);
    expect(amendment?.time).toBe(t.api.services.sessions.get(signed.id).amendmentTrail[0]?.createdAt);
    expect(draftProcedure?.status).toBe('in-progress');
    expect(draftProcedure?.note?.map((n) => n.text)).toContain('Draft, not signed.');

    const administrations = resources<MedicationAdministration>(bundle, 'MedicationAdministration');
    const signedOnes = administrations.filter(
      (a) => a.context?.reference === `urn:uuid:${encounters[0]?.id}`,
    );
    expect(
      signedOnes.map((a) => [
        a.status,
        a.dosage?.site?.coding?.[0]?.code,
        a.dosage?.dose,
        a.dosage?.text,
        (byUrl(bundle, a.medicationReference?.reference) as Medication).batch?.lotNumber,
        byUrl(bundle, a.partOf?.[0]?.reference) === procedure,
      ]),
    ).toEqual([
      [
        'completed',
        'face.cheeks',
        { value: 1, unit: 'mL', system: 'http://unitsofmeasure.org', code: 'mL' },
        undefined,
        'HA-2291',
        true,
      ],
      [
        'completed',
        'face.forehead',
        { value: 0.5, unit: 'mL', system: 'http://unitsofmeasure.org', code: 'mL' },
        'Dilution: 1:1 with saline',
        'VC-0415',
        true,
      ],
    ]);
    expect(administrations.filter((a) => a.status === 'in-progress')).toHaveLength(
      t.api.services.sessions.get(later.id).items.length,
    );
  });

  it('exports the adverse event with its severity, outcome and the administrations of the suspected lot', async () => {
    const { patient } = await treatedPopulatedPatient();
    const { folder } = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    const bundle = readBundle(folder);
    const [event] = resources<FhirAdverseEvent>(bundle, 'AdverseEvent');
    expect(event).toMatchObject({
      actuality: 'actual',
      event: { text: 'Bruising or haematoma', coding: [{ code: 'bruising' }] },
      subject: { reference: `urn:uuid:${patient.uid}` },
      date: '2026-03-02',
      severity: { coding: [{ code: 'moderate' }] },
      outcome: { coding: [{ code: 'resolved' }] },
    });
    expect(event?.extension).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ valueString: BRUISE }),
        expect.objectContaining({ valueDate: '2026-03-10' }),
      ]),
    );
    expect((byUrl(bundle, event?.encounter?.reference) as Encounter).status).toBe('finished');
    const suspected = (event?.suspectEntity ?? []).map(
      (s) => byUrl(bundle, s.instance.reference) as MedicationAdministration,
    );
    expect(suspected.map((a) => a.resourceType)).toEqual(['MedicationAdministration']);
    expect((byUrl(bundle, suspected[0]?.medicationReference?.reference) as Medication).batch?.lotNumber).toBe(
      'HA-2291',
    );
  });

  it('writes sessions.csv one row per item with lot and expiry, and adverse-events.csv', async () => {
    const { patient } = await treatedPopulatedPatient();
    const { folder } = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    const rows = csvOf(folder, 'sessions.csv');
    expect(
      rows.map((r) => [
        r.session_date,
        r.session_number,
        r.status,
        r.zone,
        r.product,
        r.lot,
        r.expiry,
        r.volume_ml,
        r.dilution,
        r.technique,
        r.session_price_minor,
        r.currency,
        r.amendments,
      ]),
    ).toEqual([
      [
        '2026-03-01',
        '1',
        'signed',
        'face.cheeks',
        'Hyaluronic acid 1%',
        'HA-2291',
        '2027-01-31',
        '1',
        '',
        'nappage',
        '35000',
        'EUR',
        '1',
      ],
      [
        '2026-03-01',
        '1',
        'signed',
        'face.forehead',
        'Vitamin C 20%',
        'VC-0415',
        '2026-12-31',
        '0.5',
        '1:1 with saline',
        'nappage',
        '35000',
        'EUR',
        '1',
      ],
      [
        '2026-03-15',
        '2',
        'draft',
        'face.cheeks',
        'Hyaluronic acid 1%',
        'HA-2291',
        '2027-01-31',
        '1',
        '',
        'nappage',
        '35000',
        'EUR',
        '0',
      ],
      [
        '2026-03-15',
        '2',
        'draft',
        'face.forehead',
        'Hyaluronic acid 1%',
        'HA-2291',
        '2027-01-31',
        '1',
        '',
        'nappage',
        '35000',
        'EUR',
        '0',
      ],
    ]);
    expect(rows.every((r) => r.patient_number === patient.number)).toBe(true);
    expect(csvOf(folder, 'adverse-events.csv')).toEqual([
      expect.objectContaining({
        onset_date: '2026-03-02',
        type: 'bruising',
        severity: 'moderate',
        description: BRUISE,
        resolved_date: '2026-03-10',
        session_date: '2026-03-01',
        session_number: '1',
        lot_numbers: 'HA-2291',
      }),
    ]);
  });

  it('prints the sessions, lots, amendment and adverse event in the record PDF', async () => {
    const { patient } = await treatedPopulatedPatient();
    const { folder } = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    const text = execFileSync('pdftotext', [path.join(folder, `patient-record-${patient.number}.pdf`), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    for (const expected of [
      'Treatment sessions',
      'session 1 of 6',
      'Skin rejuvenation',
      'Hyaluronic acid 1%',
      'HA-2291',
      '2027-01-31',
      'VC-0415',
      'Nappage',
      'Antiseptic Chlorhexidine 0.5% in alcohol',
      'Could you be pregnant today? No',
      'Day check not recorded',
      AMENDMENT,
      'draft, not signed',
      'Adverse events',
      'Bruising or haematoma',
      BRUISE,
      'Signed documents',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('adds sessions and adverse events to the whole-clinic export and its CSV files', async () => {
    await treatedPopulatedPatient('Alpha');
    await treatedPopulatedPatient('Beta');
    const started = await callOk<ExportJob>(t.api, 'exports.clinicStart', {});
    const job = await t.api.services.exports.settled(started.id);
    expect(job).toMatchObject({ state: 'done', counts: { patients: 2, sessions: 4, adverseEvents: 2 } });
    expect(csvOf(path.join(job.folder, 'csv'), 'sessions.csv')).toHaveLength(8);
    expect(csvOf(path.join(job.folder, 'csv'), 'adverse-events.csv')).toHaveLength(2);
    expect(validateBundle(bulkAsBundle(job.folder))).toEqual([]);
  });

  it('the validator catches a missing Encounter.class and a MedicationAdministration without medication', async () => {
    const { patient } = await treatedPopulatedPatient();
    const { folder } = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    const broken = structuredClone(readBundle(folder));
    const encounter = resources<Encounter>(broken, 'Encounter')[0] as Partial<Encounter>;
    delete encounter.class;
    const administration = resources<MedicationAdministration>(broken, 'MedicationAdministration')[0] as {
      medicationReference?: unknown;
    };
    delete administration.medicationReference;
    expect(validateBundle(broken)).toEqual([
      expect.stringContaining('class'),
      expect.stringContaining('medication[x]'),
    ]);
  });
});

describe('FHIR round-trip of treatment records', () => {
  const typeCounts = (bundle: Bundle) => {
    const counts: Record<string, number> = {};
    for (const e of bundle.entry ?? []) {
      const type = e.resource?.resourceType ?? '?';
      counts[type] = (counts[type] ?? 0) + 1;
    }
    return counts;
  };
  // Documents (consents, PDFs) and screening decisions are not re-imported; everything else is.
  const ROUND_TRIPPED = [
    'Patient',
    'QuestionnaireResponse',
    'Medication',
    'Encounter',
    'Procedure',
    'MedicationAdministration',
    'AdverseEvent',
  ];
  const pick = (counts: Record<string, number>) =>
    Object.fromEntries(ROUND_TRIPPED.map((type) => [type, counts[type] ?? 0]));

  it('re-imports sessions (signed and draft), amendments, lots and adverse events into an empty clinic', async () => {
    // A product and lot the patient never had: the treated patient's products and lots have ids an empty
    // clinic would not hand out next, and a signed session's hashed content names them.
    await productWithLot(t.api, { name: 'Unused product' }, { lotNumber: 'UNUSED-1' });
    const { patient, signed, event, ha, vc } = await treatedPopulatedPatient();
    const { folder } = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    const json = fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8');
    const exported = typeCounts(JSON.parse(json) as Bundle);

    const other = createTestDb();
    try {
      const fresh = testApi(other.db, { dataDir: other.dir });
      const report = await callOk<ImportReport>(fresh, 'imports.fhir', { json });
      expect(report.counts).toMatchObject({
        patients: 1,
        intakes: 2,
        courses: 1,
        sessions: 2,
        adverseEvents: 1,
        products: 2,
        lots: 2,
      });
      // The empty clinic's first patient is the imported one.
      const copyId = 1;
      expect(fresh.services.patients.get(copyId).uid).toBe(patient.uid);

      const strip = ({
        id: _i,
        patientId: _p,
        courseId: _c,
        version: _v,
        imported: _m,
        amendmentTrail,
        ...rest
      }: Session) => ({
        ...rest,
        amendmentTrail: amendmentTrail.map(({ id: _a, imported: _n, ...a }) => a),
      });
      const before = t.api.services.sessions.list(patient.id).map((s) => t.api.services.sessions.get(s.id));
      const after = fresh.services.sessions.list(copyId).map((s) => fresh.services.sessions.get(s.id));
      expect(after).toHaveLength(2);
      expect(after.map(strip)).toEqual(before.map(strip));
      expect(after.map((s) => s.status).sort()).toEqual(['draft', 'signed']);

      const signedCopy = after.find((s) => s.status === 'signed');
      if (!signedCopy) throw new Error('no signed session imported');
      expect(signedCopy.date).toBe(signed.date);
      expect(signedCopy.contentHash).toBe(signed.contentHash);
      expect(signedCopy.items.map((i) => [i.zone, i.volumeMl, i.lotNumber, i.expiryDate])).toEqual([
        ['face.cheeks', 1, 'HA-2291', '2027-01-31'],
        ['face.forehead', 0.5, 'VC-0415', '2026-12-31'],
      ]);
      expect(signedCopy.amendmentTrail.map((a) => a.text)).toEqual([AMENDMENT]);
      // Signed at the exporting clinic, not here: imported, with the hash it was signed with still matching.
      expect(fresh.services.sessions.verify(signedCopy.id)).toMatchObject({
        valid: false,
        status: 'imported',
        imported: { originalHash: signed.contentHash, originalHashMatches: true },
      });
      expect(after.every((s) => s.imported !== null)).toBe(true);
      expect(signedCopy.amendmentTrail.every((a) => a.imported !== null)).toBe(true);

      // The lots exist with their expiry; each received what the signed session used, and has none left.
      const lots = fresh.services.products.lots(null);
      const lotOf = (lotNumber: string) => lots.find((l) => l.lotNumber === lotNumber);
      expect(lotOf('HA-2291')).toMatchObject({
        productName: ha.product.name,
        expiryDate: '2027-01-31',
        quantityReceived: 1,
        quantityUsed: 1,
        quantityRemaining: 0,
      });
      expect(lotOf('VC-0415')).toMatchObject({
        productName: vc.product.name,
        expiryDate: '2026-12-31',
        quantityReceived: 0.5,
        quantityRemaining: 0,
      });

      const events = fresh.services.adverseEvents.list(copyId);
      expect(events).toHaveLength(1);
      const {
        id: _e,
        patientId: _p,
        sessionId,
        lotIds: _l,
        version: _v,
        ...eventRest
      } = events[0] as AdverseEvent;
      const { id: _e2, patientId: _p2, sessionId: _s2, lotIds: _l2, version: _v2, ...expected } = event;
      expect(eventRest).toEqual(expected);
      expect(eventRest.lotNumbers).toEqual(['HA-2291']);
      expect(sessionId).toBe(signedCopy.id);

      // A second export of the imported patient holds the same records, type for type.
      const again = await callOk<ExportResult>(fresh, 'exports.patient', { patientId: copyId });
      expect(again.counts).toMatchObject({ sessions: 2, adverseEvents: 1, intakes: 2 });
      expect(pick(typeCounts(readBundle(again.folder)))).toEqual(pick(exported));
      expect(pick(exported)).toMatchObject({ Encounter: 2, MedicationAdministration: 4, AdverseEvent: 1 });

      // Importing the same bundle again adds nothing.
      const twice = await callOk<ImportReport>(fresh, 'imports.fhir', { json });
      expect(twice.counts).toMatchObject({ patients: 0, sessions: 0, adverseEvents: 0 });
    } finally {
      other.close();
    }
  });
});

import type { Channel } from '../../shared/api/contract';
import type { Lot, Product } from '../../shared/catalog/schema';
import { todayIso } from '../../shared/dates';
import { BOOKING_WARNINGS } from '../../shared/diary/schema';
import { nothingToDeclare } from '../../shared/intake/sample-answers';
import type { Intake, IntakeSaved } from '../../shared/intake/schema';
import type { Answers } from '../../shared/intake/types';
import type { Language } from '../../shared/language/languages';
import type { Patient } from '../../shared/patients/schema';
import { courseFieldsOf } from '../../shared/treatments/courses';
import type { Course, Session, SessionFieldsInput } from '../../shared/treatments/schema';
import { createApi, createServices } from '../api';
import type { Db } from '../db/types';
import { markAsSample } from './marker';
import { SAMPLE_PEOPLE, type SamplePerson } from './people';

const DAY_MS = 86_400_000;
const INTERVAL_DAYS = 14;
const PLANNED_SESSIONS = 6;
const PRACTITIONER = 'Dr Alex Sample';
/** A tiny PNG: the sample's signatures are typed, and a typed signature still carries an image. */
const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const ZONES: Record<SamplePerson['chart'], [string, string]> = {
  face: ['face.cheeks', 'face.forehead'],
  scalp: ['scalp.frontal', 'scalp.vertex'],
  body: ['body.abdomen', 'body.flanks'],
};

const SESSIONS_DONE: Record<SamplePerson['stage'], number> = {
  new: 0,
  mid: 3,
  maintenance: PLANNED_SESSIONS + 1,
  completed: PLANNED_SESSIONS,
};

export interface SeedOptions {
  db: Db;
  dataDir: string;
  /** The moment the sample is built; every date is relative to it. */
  now: Date;
}

export interface SeedSummary {
  patients: number;
  sessions: number;
}

/** Mulberry32: the same choices on every run. */
function seededRandom(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (base: Date, days: number, hour = 10, minute = 0): Date => {
  const d = new Date(base.getTime() + days * DAY_MS);
  d.setHours(hour, minute, 0, 0);
  return d;
};
const hhmm = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

function intakeAnswers(person: SamplePerson): Answers {
  const answers = nothingToDeclare({
    fitzpatrick: 'III',
    concerns:
      person.chart === 'scalp' ? 'Thinning hair' : person.chart === 'body' ? 'Skin laxity' : 'Dull skin',
    goals: 'A gradual improvement over a course of sessions',
  });
  if (person.sex === 'female') {
    answers.pregnant = person.flag === 'pregnant' ? 'yes' : 'no';
    answers.breastfeeding = 'no';
  }
  if (person.flag === 'anticoagulant') {
    answers.anticoagulants = 'yes';
    answers.anticoagulantDrug = 'Apixaban';
    answers.anticoagulantDose = '5 mg twice a day';
  }
  if (person.flag === 'lidocaine') {
    answers.allergies = 'yes';
    answers.allergyIngredients = ['lidocaine'];
    answers.allergyDetails = 'Swelling of the lips after a dental anaesthetic';
  }
  return answers;
}

const typedSignature = (role: 'patient' | 'practitioner', signerName: string) => ({
  role,
  signerName,
  method: 'typed' as const,
  imagePng: SIGNATURE_PNG,
});

/**
 * Fills an empty clinic with invented patients and their care, entirely through the API (each input
 * validated, each write in its service's transaction), on a clock that walks forward from months ago
 * to today so every record is dated as if it had been entered on the day.
 */
export async function seedSampleClinic({ db, dataDir, now }: SeedOptions): Promise<SeedSummary> {
  let clock = at(now, -240);
  let ids = 0;
  const context = {
    db,
    dataDir,
    now: () => clock,
    actor: () => PRACTITIONER,
    newId: () => `5a4d91e0-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  };
  const services = createServices(context);
  const dispatch = createApi(context, services);
  const call = async <T>(channel: Channel, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`sample clinic: ${channel} refused: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const random = seededRandom(16);
  const iso = (days: number) => todayIso(at(now, days));

  markAsSample(db, clock);
  await call('settings.update', {
    patch: {
      clinicName: 'Sample clinic (invented)',
      clinicAddress: '1 Example Street\nNowhere 00000',
      practitionerName: PRACTITIONER,
      beforePhotosRequired: false,
    },
  });

  const approved = new Set<string>();
  const approve = async (review: { textKey: string; language: Language; sha256: string } | null) => {
    if (!review || approved.has(`${review.textKey}/${review.language}`)) return;
    approved.add(`${review.textKey}/${review.language}`);
    await call('clinicalTexts.approve', review);
  };

  const starters = await call<Product[]>('products.list', { includeArchived: false });
  /** A starter product of the catalogue when there is one of that name, else a new one. */
  const product = async (name: string, ingredient: string, concentration: string) =>
    starters.find((p) => p.name === name) ??
    call<Product>('products.create', {
      fields: { name, type: 'single-active', unit: 'ml', ingredients: [{ name: ingredient, concentration }] },
    });
  const lot = (productId: number, lotNumber: string, expiryDays: number, quarantined = false) =>
    call<Lot>('lots.create', {
      productId,
      fields: {
        lotNumber,
        expiryDate: iso(expiryDays),
        receivedDate: iso(-240),
        quantityReceived: 500,
        quarantined,
      },
    });
  const hyaluronic = await product('Non-crosslinked hyaluronic acid 1%', 'Hyaluronic acid', '10 mg/ml');
  const vitaminC = await product('Vitamin C 200 mg/ml', 'Ascorbic acid', '200 mg/ml');
  const silicon = await product('Organic silicon 0.5%', 'Monomethylsilanetriol', '0.5%');
  const lots: Record<SamplePerson['chart'], Lot> = {
    face: await lot(hyaluronic.id, 'HA-2291', 300),
    scalp: await lot(silicon.id, 'SI-0418', 200),
    // Expiring within the month: the lots page warns about it.
    body: await lot(vitaminC.id, 'VC-0777', 20),
  };
  // Kept out of use: it expired on the shelf.
  await lot(vitaminC.id, 'VC-0612', -10, true);

  type Step = { when: Date; run: () => Promise<void> };
  const steps: Step[] = [];
  const treated: { patient: Patient; person: SamplePerson; course: Course; lastSession: Session | null }[] =
    [];

  for (const [index, person] of SAMPLE_PEOPLE.entries()) {
    const done = SESSIONS_DONE[person.stage];
    // The last session 2 to 13 days ago: some patients are due now, others later.
    const startDay = -(Math.max(done - 1, 0) * INTERVAL_DAYS + 2 + Math.floor(random() * 12));
    const state = { patient: null as Patient | null, course: null as Course | null };
    steps.push({
      when: at(now, startDay - 3, 9, index),
      run: () => register(person, state),
    });
    for (let n = 0; n < done; n += 1) {
      const when = at(now, startDay + n * INTERVAL_DAYS, 10 + (index % 7), 15);
      steps.push({ when, run: () => treat(person, state, when, n) });
    }
    if (person.stage === 'completed') {
      steps.push({ when: at(now, startDay + done * INTERVAL_DAYS, 18), run: () => close(state) });
    }
  }

  async function register(person: SamplePerson, state: { patient: Patient | null; course: Course | null }) {
    const patient = await call<Patient>('patients.create', {
      fields: {
        firstName: person.firstName,
        lastName: person.lastName,
        dateOfBirth: person.born,
        sex: person.sex,
        phone: person.phone,
        email: '',
        preferredLanguage: person.language,
      },
      allowDuplicate: true,
    });
    state.patient = patient;
    const draft = await call<Intake>('intakes.start', { patientId: patient.id });
    await approve(draft.review);
    const { intake } = await call<IntakeSaved>('intakes.saveDraft', {
      id: draft.id,
      version: draft.version,
      answers: intakeAnswers(person),
    });
    const name = `${person.firstName} ${person.lastName}`;
    const signed = await call<Intake>('intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: true,
      patientSignature: typedSignature('patient', name),
      practitionerSignature: typedSignature('practitioner', PRACTITIONER),
    });
    if (person.flag) await decideFlags(patient.id, signed.id, person);
    if (person.flag === 'pregnant') return;
    await signConsent(patient, person);
    state.course = await call<Course>('courses.create', {
      patientId: patient.id,
      fields: {
        indication:
          person.chart === 'scalp'
            ? 'Hair loss'
            : person.chart === 'body'
              ? 'Skin laxity'
              : 'Skin rejuvenation',
        areas: ZONES[person.chart],
        plannedSessions: PLANNED_SESSIONS,
        initialSessions: 3,
        initialInterval: { minDays: 10, maxDays: 18 },
        laterInterval: { minDays: 10, maxDays: 18 },
        maintenanceInterval: { minDays: 60, maxDays: 120 },
        startDate: todayIso(clock),
      },
    });
    treated.push({ patient, person, course: state.course, lastSession: null });
  }

  async function decideFlags(patientId: number, intakeId: number, person: SamplePerson) {
    const screening = await call<{ flags: { key: string; severity: string }[] }>('screening.forPatient', {
      patientId,
    });
    for (const flag of screening.flags.filter((f) => f.severity !== 'INFO')) {
      await call('screening.decide', {
        patientId,
        intakeId,
        flagKey: flag.key,
        decision: person.flag === 'pregnant' ? 'doNotTreat' : 'treat',
        reason:
          person.flag === 'pregnant'
            ? 'Pregnant: treatment postponed until after breastfeeding'
            : person.flag === 'lidocaine'
              ? 'No topical anaesthetic; ice instead'
              : 'Smaller needle, firm pressure afterwards; discussed bruising',
      });
    }
  }

  async function signConsent(patient: Patient, person: SamplePerson) {
    const templates = services.templates.list('consent', person.language);
    const template = templates.find((t) => t.areaGroup === person.chart) ?? templates[0];
    if (!template) throw new Error(`sample clinic: no consent template in ${person.language}`);
    await approve(template.review);
    const content = services.templates.get(template.id).content;
    await call('documents.signConsent', {
      patientId: patient.id,
      templateId: template.id,
      details: {
        treatmentDate: todayIso(clock),
        areas: ZONES[person.chart],
        products: [],
        plannedSessions: `${PLANNED_SESSIONS} sessions, two weeks apart`,
        nextAppointment: '',
      },
      acknowledged: content.declarations.map(() => true),
      photoConsent: 'clinical',
      signatures: [
        typedSignature('patient', `${patient.firstName} ${patient.lastName}`),
        typedSignature('practitioner', PRACTITIONER),
      ],
    });
  }

  async function treat(person: SamplePerson, state: { course: Course | null }, when: Date, n: number) {
    const course = state.course;
    if (!course) return;
    const used = lots[person.chart];
    const [first, second] = ZONES[person.chart];
    const volume = person.chart === 'body' ? 2 : 1;
    const fields: SessionFieldsInput = {
      date: todayIso(when),
      time: hhmm(when),
      areas: [first, second],
      technique: person.chart === 'scalp' ? 'point-by-point' : 'nappage',
      needleGauge: person.flag === 'anticoagulant' ? 32 : 30,
      needleLengthMm: 4,
      depthMm: person.chart === 'body' ? 4 : 1.5,
      anaesthetic: person.flag !== 'lidocaine',
      anaestheticName: person.flag === 'lidocaine' ? '' : 'Lidocaine cream',
      antiseptic: 'Chlorhexidine 0.5% in alcohol',
      items: [
        { zone: first, productId: used.productId, lotId: used.id, volumeMl: volume, dilution: '' },
        { zone: second, productId: used.productId, lotId: used.id, volumeMl: volume, dilution: '' },
      ],
      totalVolumeMl: volume * 2,
      painScore: 2 + Math.floor(random() * 3),
      reactions: n % 2 === 0 ? 'Mild redness' : 'None',
      notes: 'Well tolerated',
      priceMinor: person.chart === 'body' ? 18000 : 15000,
    };
    const session = await call<Session>('sessions.create', { courseId: course.id, fields });
    const dayCheck: Record<string, string> = {
      activeSkinProblem: 'no',
      unwell: 'no',
      alcohol24h: 'no',
      newMedicines: 'no',
      recentVaccination: 'no',
      recentResurfacing: 'no',
    };
    if (person.sex === 'female') Object.assign(dayCheck, { pregnant: 'no', breastfeeding: 'no' });
    await call('sessions.saveDayCheck', { id: session.id, answers: dayCheck });
    const signed = await call<Session>('sessions.sign', { id: session.id, version: session.version });
    const entry = treated.find((t) => t.course.id === course.id);
    if (entry) entry.lastSession = signed;
  }

  async function close(state: { course: Course | null }) {
    const course = state.course;
    if (!course) return;
    await call('courses.update', {
      id: course.id,
      version: course.version,
      fields: { ...courseFieldsOf(course), status: 'closed' },
    });
  }

  for (const step of steps.sort((a, b) => a.when.getTime() - b.when.getTime())) {
    clock = step.when;
    await step.run();
  }

  clock = at(now, -1, 17);
  await afterTheSessions(treated);
  clock = now;
  await bookTheDiary(treated);
  return { patients: SAMPLE_PEOPLE.length, sessions: steps.length };

  async function afterTheSessions(list: typeof treated) {
    for (const { patient, person, lastSession } of list) {
      if (!lastSession) continue;
      const templates = services.templates.list('aftercare', person.language);
      const template = templates.find((t) => t.areaGroup === person.chart) ?? templates[0];
      if (!template) continue;
      await approve(template.review);
      const details = await call<unknown>('sessions.aftercareDetails', { id: lastSession.id });
      await call('documents.giveAftercare', { patientId: patient.id, templateId: template.id, details });
    }
    const bruised = list.find((t) => t.person.flag === 'anticoagulant' && t.lastSession);
    if (bruised?.lastSession) {
      await call('adverseEvents.create', {
        patientId: bruised.patient.id,
        fields: {
          sessionId: bruised.lastSession.id,
          lotIds: [lots[bruised.person.chart].id],
          type: 'bruising',
          onsetDate: bruised.lastSession.date,
          severity: 'mild',
          description: 'Two small bruises at the crown, faded within a week',
          followUpDates: [todayIso(at(new Date(`${bruised.lastSession.date}T12:00:00`), 7))],
        },
      });
    }
  }

  async function bookTheDiary(list: typeof treated) {
    const active = list.filter((t) => t.person.stage === 'mid' || t.person.stage === 'maintenance');
    const slots: [number, string][] = [
      [0, '09:30'],
      [0, '11:00'],
      [0, '14:30'],
      [0, '16:00'],
      [1, '10:00'],
      [2, '12:00'],
      [3, '15:00'],
      [4, '09:00'],
    ];
    for (const [i, [days, time]] of slots.entries()) {
      const entry = active[i];
      if (!entry) break;
      await call('appointments.book', {
        fields: {
          patientId: entry.patient.id,
          type: 'treatment',
          date: iso(days),
          time,
          durationMin: 45,
          courseId: entry.course.id,
        },
        accept: [...BOOKING_WARNINGS],
      });
    }
  }
}

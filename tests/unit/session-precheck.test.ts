import { describe, expect, it } from 'vitest';
import { techniqueLines } from '../../src/main/record/session-resources';
import type { Patient } from '../../src/shared/patients/schema';
import {
  itemsVolume,
  type Session,
  type SessionCheck,
  totalDisagrees,
} from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';
import {
  answerDayCheck,
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest();

const problems = (check: SessionCheck) => check.problems.map((p) => p.key.replace('sessions.problems.', ''));

describe('the pre-sign check on a chart not saved yet', () => {
  it('lists what is missing from the first moment, and less as the fields are filled in', async () => {
    const patient = await callOk<Patient>(t.api, 'patients.create', {
      fields: patientFields(),
      allowDuplicate: true,
    });
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const empty = sessionFields(product.id, lot.id, {
      areas: [],
      technique: null,
      items: [],
      totalVolumeMl: null,
    });
    const first = await callOk<SessionCheck>(t.api, 'sessions.precheck', {
      courseId: course.id,
      fields: empty,
    });
    // The day-of-treatment check is asked on a saved session, so an unsaved chart always lacks it.
    expect(problems(first)).toEqual([
      'noIntake',
      'noConsent',
      'noDayCheck',
      'noAreas',
      'noTechnique',
      'noProducts',
    ]);

    const filled = await callOk<SessionCheck>(t.api, 'sessions.precheck', {
      courseId: course.id,
      fields: sessionFields(product.id, lot.id),
    });
    // Charted areas need their before photos, which an unsaved chart cannot have yet.
    expect(problems(filled)).toEqual(['noIntake', 'noConsent', 'noDayCheck', 'beforePhotosMissing']);
    expect(filled.ingredients).toEqual(['Hyaluronic acid']);
    // Nothing was saved by asking.
    expect(t.api.services.sessions.list(patient.id)).toEqual([]);
  });

  it('answers NOT_FOUND for a course that does not exist', async () => {
    const { product, lot } = await productWithLot(t.api);
    const r = await t.api.call('sessions.precheck', {
      courseId: 999,
      fields: sessionFields(product.id, lot.id),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the total volume', () => {
  it('adds up the items to the hundredth, and tells an override that disagrees', () => {
    expect(itemsVolume([{ volumeMl: 0.1 }, { volumeMl: 0.2 }, { volumeMl: null }])).toBe(0.3);
    expect(itemsVolume([{ volumeMl: null }])).toBeNull();
    expect(totalDisagrees(0.3, [{ volumeMl: 0.1 }, { volumeMl: 0.2 }])).toBe(false);
    expect(totalDisagrees(2.5, [{ volumeMl: 1 }, { volumeMl: 1 }])).toBe(true);
    expect(totalDisagrees(null, [{ volumeMl: 1 }])).toBe(false);
  });

  it('signs with an override that disagrees with the items, and the record says so', async () => {
    const { patient } = await readyPatient(t.api);
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, { totalVolumeMl: 2.5 }),
    );
    const asked = await answerDayCheck(t.api, draft.id);
    const check = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect(check.problems).toEqual([]);
    const signed = await callOk<Session>(t.api, 'sessions.sign', { id: draft.id, version: asked.version });
    expect(signed.totalVolumeMl).toBe(2.5);
    expect(totalDisagrees(signed.totalVolumeMl, signed.items)).toBe(true);
    // The printed record and the exports say the total was entered, and what the products add up to.
    expect(techniqueLines(signed)).toContainEqual([
      'Total volume',
      '2.5 ml (entered by the practitioner; the products add up to 2 ml)',
    ]);
  });
});

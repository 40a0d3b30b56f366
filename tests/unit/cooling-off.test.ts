import { describe, expect, it } from 'vitest';
import type { SessionCheck } from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import {
  answerDayCheck,
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signSession,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest();

/** A patient whose consent was given this morning, and a draft first session later the same day. */
async function firstSessionToday(reason = '') {
  const { patient } = await readyPatient(t.api);
  const { product, lot } = await productWithLot(t.api);
  const course = await startCourse(t.api, patient.id);
  const draft = await createSession(
    t.api,
    course.id,
    sessionFields(product.id, lot.id, { date: '2026-03-01', time: '15:00', coolingOffReason: reason }),
  );
  await answerDayCheck(t.api, draft.id);
  return { draft, course, product, lot };
}
const problems = async (id: number) =>
  (await callOk<SessionCheck>(t.api, 'sessions.check', { id })).problems.map((p) => p.key);

describe('consent cooling-off', () => {
  it('is off by default', async () => {
    expect(t.api.services.settings.get().consentCoolingOffHours).toBe(0);
    const { draft } = await firstSessionToday();
    expect(await problems(draft.id)).toEqual([]);
  });

  it('when on, asks for a reason to treat before it has passed, and signs the reason with the session', async () => {
    await callOk(t.api, 'settings.update', { patch: { consentCoolingOffHours: 48 } });
    const { draft } = await firstSessionToday();
    expect(await problems(draft.id)).toEqual(['sessions.problems.coolingOff']);

    const reason = 'Patient travelled from abroad; consent discussed at length by phone last week';
    const { draft: withReason } = await firstSessionToday(reason);
    expect(await problems(withReason.id)).toEqual([]);
    expect((await signSession(t.api, withReason)).coolingOffReason).toBe(reason);
  });

  it('applies to the first treatment of a course only, and not once the time has passed', async () => {
    await callOk(t.api, 'settings.update', { patch: { consentCoolingOffHours: 12 } });
    const { course, product, lot } = await firstSessionToday('Agreed with the patient after a long talk');
    const first = t.api.services.sessions.list(course.patientId)[0];
    await signSession(t.api, {
      id: first?.id ?? 0,
      version: t.api.services.sessions.get(first?.id ?? 0).version,
    });
    const second = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, { date: '2026-03-01' }),
    );
    await answerDayCheck(t.api, second.id);
    expect(await problems(second.id)).not.toContain('sessions.problems.coolingOff');

    const { draft } = await firstSessionToday();
    expect(await problems(draft.id)).toEqual(['sessions.problems.coolingOff']);
    // Moved to the next morning, after the 12 hours: nothing to explain.
    await callOk(t.api, 'sessions.update', {
      id: draft.id,
      version: t.api.services.sessions.get(draft.id).version,
      fields: sessionFields(product.id, lot.id, { date: '2026-03-02', time: '09:30' }),
    });
    expect(await problems(draft.id)).toEqual([]);
  });
});

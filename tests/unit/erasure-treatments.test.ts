import { describe, expect, it } from 'vitest';
import type { AdverseEvent, Lot } from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import {
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signSession,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest();

const count = (table: string) => t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('erasing a treated patient', () => {
  it('removes signed sessions, their items, amendments and adverse events, and keeps the lot stock used', async () => {
    const { patient } = await readyPatient(t.api);
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    const signed = await signSession(t.api, draft);
    await callOk(t.api, 'sessions.amend', { id: signed.id, text: 'Forehead volume was 0.8 ml, not 1 ml.' });
    await callOk<AdverseEvent>(t.api, 'adverseEvents.create', {
      patientId: patient.id,
      fields: {
        sessionId: signed.id,
        lotIds: [lot.id],
        type: 'bruising',
        onsetDate: '2026-03-02',
        severity: 'mild',
        description: 'Small bruise on the left cheek',
        followUpDates: [],
      },
    });
    // The guards still refuse deleting a signed session outside an erasure.
    expect(() => t.db.prepare('DELETE FROM sessions WHERE id = ?').run(signed.id)).toThrow(/LOCKED/);

    const erased = await callOk<{ removed: Record<string, number> }>(t.api, 'patients.erase', {
      id: patient.id,
      confirmNumber: patient.number,
    });
    expect(erased.removed).toMatchObject({
      adverseEventLots: 1,
      adverseEvents: 1,
      amendments: 1,
      sessionItems: 2,
      sessions: 1,
      courses: 1,
      patients: 1,
    });
    for (const table of ['sessions', 'session_items', 'session_amendments', 'adverse_events', 'courses']) {
      expect(count(table), table).toBe(0);
    }
    const lots = await callOk<Lot[]>(t.api, 'lots.list', { productId: product.id });
    expect(lots.find((l) => l.id === lot.id)?.quantityUsed).toBe(2);
    expect(JSON.stringify(t.db.prepare('SELECT * FROM audit_log').all())).not.toMatch(/bruise|Papadopoulou/i);
  });
});

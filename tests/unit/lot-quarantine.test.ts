import { describe, expect, it } from 'vitest';
import { expiredOnArrival } from '../../src/shared/treatments/lot-arrival';
import {
  type ExpiringLots,
  type Lot,
  lotFieldsOf,
  type SessionCheck,
} from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import {
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest();

describe('a quarantined lot', () => {
  it('is recorded even when it has already expired, and never used for a session', async () => {
    const { product, lot } = await productWithLot(t.api);
    const expired = await callOk<Lot>(t.api, 'lots.create', {
      productId: product.id,
      fields: {
        lotNumber: 'OLD-9',
        expiryDate: '2025-12-31',
        receivedDate: '2025-12-31',
        quantityReceived: 4,
        quarantined: true,
      },
    });
    expect(expired.quarantined).toBe(true);
    // Kept off the home screen's list of lots to use up or replace.
    const listed = await callOk<ExpiringLots>(t.api, 'lots.expiring', {});
    expect(listed.expired.map((l) => l.lotNumber)).not.toContain('OLD-9');

    const { patient } = await readyPatient(t.api);
    const course = await startCourse(t.api, patient.id);
    const items = [{ zone: 'face.cheeks', productId: product.id, lotId: expired.id, volumeMl: 1 }];
    const refused = await t.api.call('sessions.create', {
      courseId: course.id,
      fields: sessionFields(product.id, lot.id, { items, totalVolumeMl: 1, areas: ['face.cheeks'] }),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: { 'items.0.lotId': 'errors.lotQuarantined' } },
    });
  });

  it('stops a draft that used the lot before it was quarantined from being signed', async () => {
    const { patient } = await readyPatient(t.api);
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await callOk(t.api, 'lots.update', {
      id: lot.id,
      version: lot.version,
      fields: { ...lotFieldsOf(lot), quarantined: true },
    });
    const check = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect(check.problems).toContainEqual({
      key: 'sessions.problems.lotQuarantined',
      params: { lot: 'HA-2291' },
    });
    const signed = await t.api.call('sessions.sign', { id: draft.id, version: draft.version });
    expect(signed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('recording a lot that has already expired', () => {
  it('takes the expiry date as the received date unless an earlier one was typed', () => {
    const today = '2026-03-01';
    expect(expiredOnArrival({ receivedDate: today }, '2026-01-31', false, today)).toEqual({
      receivedDate: '2026-01-31',
    });
    expect(expiredOnArrival({ receivedDate: '2025-11-02' }, '2026-01-31', false, today)).toEqual({
      receivedDate: '2025-11-02',
    });
    expect(expiredOnArrival({ receivedDate: today }, '2027-01-31', false, today)).toBeNull();
    expect(expiredOnArrival({ receivedDate: today }, '2026-01-31', true, today)).toBeNull();
    expect(expiredOnArrival({ receivedDate: today }, '2026-0', false, today)).toBeNull();
  });
});

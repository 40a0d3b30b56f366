import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/shared/result';
import {
  type AdverseEvent,
  type Amendment,
  adverseEventFieldsOf,
  type Course,
  courseFieldsOf,
  type ExpiringLots,
  type Lot,
  type LotRecallCsv,
  type LotRecallRow,
  lotFieldsOf,
  productFieldsOf,
  type RecallRow,
  type Session,
  type SessionCheck,
  type SessionItemInput,
  type SessionVerification,
  type TimelinePage,
} from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import { cleanAnswers } from '../fixtures/intake';
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

const DAY = 86_400_000;
const t = apiPerTest();

const errorOf = (r: Result<unknown>) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};
const lotOf = (id: number) => t.api.services.products.getLot(id);
const sign = (s: Session) => t.api.call('sessions.sign', { id: s.id, version: s.version });

async function treatedPatient() {
  const { patient } = await readyPatient(t.api);
  const { product, lot } = await productWithLot(t.api);
  const course = await startCourse(t.api, patient.id);
  return { patient, product, lot, course };
}

describe('products and lots', () => {
  it('ships a generic starter catalogue the clinic can edit', async () => {
    const products = t.api.services.products.list(false);
    expect(products.length).toBeGreaterThanOrEqual(6);
    expect(products.every((p) => p.builtin)).toBe(true);
    expect(products.map((p) => p.type)).toEqual(
      expect.arrayContaining(['mixture', 'single-active', 'diluent', 'anaesthetic']),
    );
    const lidocaine = products.find((p) => p.name.startsWith('Lidocaine'));
    if (!lidocaine) throw new Error('no lidocaine');
    const edited = await callOk<{ notes: string }>(t.api, 'products.update', {
      id: lidocaine.id,
      version: lidocaine.version,
      fields: { ...productFieldsOf(lidocaine), notes: 'Keep at room temperature' },
    });
    expect(edited.notes).toBe('Keep at room temperature');
  });

  it('refuses a second lot with the same number for a product, whatever its case', async () => {
    const { product } = await productWithLot(t.api);
    const again = await t.api.call('lots.create', {
      productId: product.id,
      fields: {
        lotNumber: ' ha-2291',
        expiryDate: '2027-01-31',
        receivedDate: '2026-02-01',
        quantityReceived: 5,
      },
    });
    expect(errorOf(again)).toMatchObject({
      code: 'VALIDATION',
      fields: { lotNumber: 'errors.duplicateLot' },
    });
  });

  it('lists lots in stock that have expired or expire within the window', async () => {
    const { product } = await productWithLot(t.api, {}, { lotNumber: 'OLD-1', expiryDate: '2026-02-28' });
    const lot = (lotNumber: string, expiryDate: string, quantityReceived = 5) =>
      t.api.call('lots.create', {
        productId: product.id,
        fields: { lotNumber, expiryDate, receivedDate: '2026-01-01', quantityReceived },
      });
    await lot('SOON-1', '2026-03-20');
    await lot('EDGE-1', '2026-04-30');
    await lot('LATER-1', '2026-05-01');
    await lot('EMPTY-1', '2026-03-10', 0);
    const listed = await callOk<ExpiringLots>(t.api, 'lots.expiring', {});
    expect(listed.windowDays).toBe(60);
    expect(listed.expired.map((l) => l.lotNumber)).toEqual(['OLD-1']);
    expect(listed.expiring.map((l) => l.lotNumber)).toEqual(['SOON-1', 'EDGE-1']);
    await t.api.call('settings.update', { patch: { lotExpiryWindowDays: 90 } });
    const wider = await callOk<ExpiringLots>(t.api, 'lots.expiring', {});
    expect(wider.expiring.map((l) => l.lotNumber)).toEqual(['SOON-1', 'EDGE-1', 'LATER-1']);
  });
});

describe('stock', () => {
  it('leaves a lot only when the session is signed, in hundredths that never drift', async () => {
    const { product, lot, course } = await treatedPatient();
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    expect(lotOf(lot.id).quantityRemaining).toBe(10);
    await signSession(t.api, draft);
    expect(lotOf(lot.id)).toMatchObject({ quantityUsed: 2, quantityRemaining: 8 });

    t.api.clock.advance(7 * DAY);
    const second = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, {
        date: '2026-03-08',
        items: [
          { zone: 'face.cheeks', productId: product.id, lotId: lot.id, volumeMl: 0.1 },
          { zone: 'face.cheeks', productId: product.id, lotId: lot.id, volumeMl: 0.2 },
          { zone: 'face.forehead', productId: product.id, lotId: lot.id, volumeMl: 0.35 },
        ],
        totalVolumeMl: 0.65,
      }),
    );
    await signSession(t.api, second);
    expect(lotOf(lot.id)).toMatchObject({ quantityUsed: 2.65, quantityRemaining: 7.35 });
  });

  it('refuses to sign a session that needs more than the lot has left, and takes nothing', async () => {
    const { product, course } = await treatedPatient();
    const { lot: small } = await productWithLot(
      t.api,
      { name: 'Vitamin C' },
      { lotNumber: 'VC-1', quantityReceived: 1.5 },
    );
    const vitamin = small.productId;
    const draft = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, small.id, {
        items: [
          { zone: 'face.cheeks', productId: vitamin, lotId: small.id, volumeMl: 1 },
          { zone: 'face.forehead', productId: vitamin, lotId: small.id, volumeMl: 1 },
        ],
      }),
    );
    const refused = errorOf(await sign(draft));
    expect(refused).toMatchObject({ code: 'VALIDATION', message: 'errors.sessionIncomplete' });
    expect((refused.details as SessionCheck).problems).toContainEqual({
      key: 'sessions.problems.lotStock',
      params: { lot: 'VC-1', remaining: 1.5 },
    });
    expect(lotOf(small.id).quantityRemaining).toBe(1.5);
  });

  it('counts vials for a product sold by the vial', async () => {
    const { course } = await treatedPatient();
    const { product, lot } = await productWithLot(
      t.api,
      { name: 'Phosphatidylcholine', unit: 'vial' },
      { lotNumber: 'PC-7', quantityReceived: 4 },
    );
    const draft = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, {
        items: [
          { zone: 'face.cheeks', productId: product.id, lotId: lot.id, volumeMl: 2.5, quantityUsed: 1 },
          { zone: 'face.forehead', productId: product.id, lotId: lot.id, volumeMl: 2.5, quantityUsed: 0.5 },
        ],
        totalVolumeMl: 5,
      }),
    );
    await signSession(t.api, draft);
    expect(lotOf(lot.id).quantityRemaining).toBe(2.5);
  });
});

describe('expired lots', () => {
  it('are refused for a session unless an override reason is recorded', async () => {
    const { product, course } = await treatedPatient();
    const { lot: old } = await productWithLot(
      t.api,
      { name: 'Old stock' },
      { lotNumber: 'EXP-1', expiryDate: '2026-02-15', receivedDate: '2025-06-01' },
    );
    const items: SessionItemInput[] = [
      { zone: 'face.cheeks', productId: old.productId, lotId: old.id, volumeMl: 1 },
      { zone: 'face.forehead', productId: product.id, lotId: null, volumeMl: 1 },
    ];
    const refused = await t.api.call('sessions.create', {
      courseId: course.id,
      fields: sessionFields(product.id, old.id, { items }),
    });
    expect(errorOf(refused)).toMatchObject({
      code: 'VALIDATION',
      fields: { 'items.0.expiredOverrideReason': 'errors.lotExpired' },
    });
    expect(t.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);

    const reason = 'Only lot in stock; manufacturer confirmed stability for 3 months';
    const session = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, old.id, {
        items: [
          { ...(items[0] as SessionItemInput), expiredOverrideReason: reason },
          items[1] as SessionItemInput,
        ],
      }),
    );
    expect(session.items[0]).toMatchObject({
      expired: true,
      expiredOverrideReason: reason,
      lotNumber: 'EXP-1',
    });
    // The session's date decides: the same lot used before its expiry needs no reason.
    const earlier = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, old.id, { date: '2026-02-10', items: [items[0] as never] }),
    );
    expect(earlier.items[0]).toMatchObject({ expired: false, expiredOverrideReason: '' });
  });
});

describe('completeness, screening and signing', () => {
  it('refuses a new session on a paused or closed course', async () => {
    const { product, lot, course } = await treatedPatient();
    for (const status of ['paused', 'closed'] as const) {
      const current = t.api.services.courses.get(course.id);
      await callOk(t.api, 'courses.update', {
        id: course.id,
        version: current.version,
        fields: { ...courseFieldsOf(current), status },
      });
      const refused = await t.api.call('sessions.create', {
        courseId: course.id,
        fields: sessionFields(product.id, lot.id),
      });
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', message: 'errors.courseNotActive' });
    }
    expect(t.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('lists everything missing before a session can be signed', async () => {
    const { product, lot } = await productWithLot(t.api);
    const patient = await callOk<{ id: number }>(t.api, 'patients.create', {
      fields: { lastName: 'Nguyen', dateOfBirth: '1990-05-05', sex: 'female' },
    });
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, {
        technique: null,
        items: [
          { zone: 'face.cheeks', productId: product.id, lotId: null, volumeMl: 1 },
          { zone: 'neck', productId: product.id, lotId: lot.id, volumeMl: null },
        ],
        totalVolumeMl: 2,
      }),
    );
    const check = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect(check.problems.map((p) => p.key.replace('sessions.problems.', ''))).toEqual([
      'noIntake',
      'noConsent',
      'noDayCheck',
      'noTechnique',
      'itemNoLot',
      'itemNoVolume',
      'itemZoneNotCharted',
      // A new clinic requires before photos: none was taken for this face session.
      'beforePhotosMissing',
    ]);
    expect(errorOf(await sign(draft))).toMatchObject({
      code: 'VALIDATION',
      fields: { session: 'errors.sessionIncomplete' },
    });
    expect(t.api.services.sessions.get(draft.id).status).toBe('draft');
  });

  it('blocks signing while an ABSOLUTE flag for the products has no decision to treat', async () => {
    const { patient, intake } = await readyPatient(
      t.api,
      cleanAnswers({ allergies: 'yes', allergyDetails: 'Hyaluronic acid: hives' }),
    );
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await answerDayCheck(t.api, draft.id);
    const check = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect(check.problems).toEqual([]);
    expect(check.ingredients).toEqual(['Hyaluronic acid']);
    expect(check.blockingFlags).toEqual([expect.stringMatching(/^ingredientAllergy:/)]);
    expect(errorOf(await sign(draft)).code).toBe('VALIDATION');

    await callOk(t.api, 'screening.decide', {
      patientId: patient.id,
      intakeId: intake.id,
      flagKey: check.blockingFlags[0],
      planned: { areas: check.areas, ingredients: check.ingredients },
      decision: 'treat',
      reason: 'Patch test negative on 20/02; patient informed of the risk and agrees',
    });
    expect((await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id })).blockingFlags).toEqual([]);
    expect(await sign(draft)).toMatchObject({ ok: true, value: { status: 'signed' } });
  });

  it('signs as session 1 of 6 and sets the course’s next due date', async () => {
    const { product, lot, course } = await treatedPatient();
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    expect(draft).toMatchObject({ status: 'draft', sequence: 1, plannedSessions: 6 });
    const signed = await signSession(t.api, draft);
    expect(signed).toMatchObject({ status: 'signed', sequence: 1, plannedSessions: 6, priceMinor: 35000 });
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [updated] = await callOk<Course[]>(t.api, 'courses.list', { patientId: course.patientId });
    expect(updated).toMatchObject({
      sessionsDone: 1,
      nextDue: { phase: 'course', sessionNumber: 2, dueDate: '2026-03-08', latestDate: '2026-03-15' },
      standing: 'upcoming',
    });
  });
});

describe('a signed session is locked', () => {
  async function signedSession() {
    const setup = await treatedPatient();
    const draft = await createSession(t.api, setup.course.id, sessionFields(setup.product.id, setup.lot.id));
    const signed = await signSession(t.api, draft);
    return { ...setup, signed };
  }

  it('answers LOCKED to every write through the API', async () => {
    const { signed, product, lot } = await signedSession();
    const fields = sessionFields(product.id, lot.id, { notes: 'changed' });
    for (const [channel, input] of [
      ['sessions.update', { id: signed.id, version: signed.version, fields }],
      ['sessions.update', { id: signed.id, version: signed.version - 1, fields }],
      ['sessions.sign', { id: signed.id, version: signed.version }],
    ] as const) {
      expect(errorOf(await t.api.call(channel, input)).code, channel).toBe('LOCKED');
    }
    expect(errorOf(await t.api.call('sessions.check', { id: signed.id })).code).toBe('CONFLICT');
    expect(t.api.services.sessions.get(signed.id).notes).toBe('Well tolerated');
  });

  it('is guarded by the database too, for the session, its items and its amendments', async () => {
    const { signed, product } = await signedSession();
    const attempts = [
      () => t.db.prepare("UPDATE sessions SET fields_json = '{}' WHERE id = ?").run(signed.id),
      () => t.db.prepare('DELETE FROM sessions WHERE id = ?').run(signed.id),
      () => t.db.prepare('UPDATE session_items SET volume_c = 1 WHERE session_id = ?').run(signed.id),
      () => t.db.prepare('DELETE FROM session_items WHERE session_id = ?').run(signed.id),
      () =>
        t.db
          .prepare(
            "INSERT INTO session_items (session_id, position, zone, product_id) VALUES (?, 9, 'neck', ?)",
          )
          .run(signed.id, product.id),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(/^LOCKED: /);
    await callOk(t.api, 'sessions.amend', { id: signed.id, text: 'Added later' });
    expect(() => t.db.prepare("UPDATE session_amendments SET text = 'x'").run()).toThrow(/^LOCKED: /);
    expect(() => t.db.prepare('DELETE FROM session_amendments').run()).toThrow(/^LOCKED: /);
  });

  it('takes dated amendments, shown as a trail, and only on signed sessions', async () => {
    const { signed, course, product, lot } = await signedSession();
    t.api.clock.advance(DAY);
    const first = await callOk<Amendment>(t.api, 'sessions.amend', {
      id: signed.id,
      text: 'Pain score was 4, not 3.',
    });
    t.api.clock.advance(60_000);
    await callOk(t.api, 'sessions.amend', { id: signed.id, text: 'Patient called: redness gone.' });
    expect(first.createdAt).toBe('2026-03-02T09:01:00.000Z');
    const session = await callOk<Session>(t.api, 'sessions.get', { id: signed.id });
    expect(session.amendmentTrail.map((a) => [a.text, a.createdAt])).toEqual([
      ['Pain score was 4, not 3.', '2026-03-02T09:01:00.000Z'],
      ['Patient called: redness gone.', '2026-03-02T09:02:00.000Z'],
    ]);
    expect(session.painScore).toBe(3);
    const draft = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, { date: '2026-03-09' }),
    );
    expect(errorOf(await t.api.call('sessions.amend', { id: draft.id, text: 'x' })).code).toBe('CONFLICT');
  });

  it('verifies its hash, and notices content changed behind the app’s back', async () => {
    const { signed } = await signedSession();
    const good = await callOk<SessionVerification>(t.api, 'sessions.verify', { id: signed.id });
    expect(good).toMatchObject({
      valid: true,
      storedHash: signed.contentHash,
      computedHash: signed.contentHash,
    });

    // Someone with the key drops the guard and edits the stored note directly.
    t.db.exec('DROP TRIGGER sessions_signed_no_update');
    const row = t.db
      .prepare('SELECT content_json FROM sessions WHERE id = ?')
      .pluck()
      .get(signed.id) as string;
    t.db
      .prepare('UPDATE sessions SET content_json = ? WHERE id = ?')
      .run(row.replace('"painScore":3', '"painScore":1'), signed.id);
    const bad = await callOk<SessionVerification>(t.api, 'sessions.verify', { id: signed.id });
    expect(bad.valid).toBe(false);
    expect(bad.computedHash).not.toBe(bad.storedHash);

    // Editing the rows the note was signed from is noticed too, even with the hash left alone.
    t.db.prepare('UPDATE sessions SET content_json = ? WHERE id = ?').run(row, signed.id);
    t.db.exec('DROP TRIGGER session_items_signed_no_update');
    t.db.prepare('UPDATE session_items SET volume_c = 500 WHERE session_id = ?').run(signed.id);
    expect((await callOk<SessionVerification>(t.api, 'sessions.verify', { id: signed.id })).valid).toBe(
      false,
    );
  });

  it('keeps the signed content even when the catalogue changes later', async () => {
    const { signed, product } = await signedSession();
    await callOk(t.api, 'products.update', {
      id: product.id,
      version: product.version,
      fields: { ...productFieldsOf(product), name: 'Renamed product' },
    });
    const session = await callOk<Session>(t.api, 'sessions.get', { id: signed.id });
    expect(session.items[0]?.productName).toBe('Hyaluronic acid 1%');
    expect((await callOk<SessionVerification>(t.api, 'sessions.verify', { id: signed.id })).valid).toBe(true);
  });
});

describe('lot recall', () => {
  it('finds every patient and session that received a lot, with contacts, and exports CSV', async () => {
    const { product, lot, course } = await treatedPatient();
    const { lot: other } = await productWithLot(t.api, { name: 'Vitamin C' }, { lotNumber: 'VC-77' });
    const s1 = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await signSession(t.api, s1);
    const { patient: second } = await readyPatient(t.api, cleanAnswers(), {
      firstName: 'Anna',
      lastName: 'Albrecht',
      phone: '+49 30 1234 5678',
      email: 'anna@example.com',
    });
    const course2 = await startCourse(t.api, second.id);
    await createSession(
      t.api,
      course2.id,
      sessionFields(product.id, lot.id, {
        items: [
          { zone: 'face.cheeks', productId: product.id, lotId: lot.id, volumeMl: 0.5 },
          { zone: 'face.forehead', productId: other.productId, lotId: other.id, volumeMl: 1.5 },
        ],
      }),
    );

    const rows = await callOk<LotRecallRow[]>(t.api, 'lots.recall', { lotNumber: ' ha-2291 ' });
    expect(rows.map((r) => [r.patientName, r.zone, r.volumeMl, r.sessionStatus])).toEqual([
      ['Anna Albrecht', 'Cheeks', 0.5, 'draft'],
      ['Maria Papadopoulou', 'Cheeks', 1, 'signed'],
      ['Maria Papadopoulou', 'Forehead', 1, 'signed'],
    ]);
    expect(rows[0]).toMatchObject({
      phone: '+49 30 1234 5678',
      email: 'anna@example.com',
      lotNumber: 'HA-2291',
    });
    expect(await callOk<LotRecallRow[]>(t.api, 'lots.recall', { lotNumber: 'VC-77' })).toHaveLength(1);
    expect(await callOk<LotRecallRow[]>(t.api, 'lots.recall', { lotNumber: 'HA-22' })).toEqual([]);

    const csv = await callOk<LotRecallCsv>(t.api, 'lots.recallCsv', { lotNumber: 'HA-2291' });
    expect(csv.fileName).toBe('lot-recall-HA-2291-2026-03-01.csv');
    const lines = csv.csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Lot number,Product,Expiry,Patient number,Patient,Phone/);
    // One CSV writer for every export: phone numbers stay readable, formulas are neutralised.
    expect(lines[1]).toContain('Anna Albrecht,+49 30 1234 5678,anna@example.com');
    const audit = t.db
      .prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'lot-recall' ORDER BY id")
      .all();
    expect(audit).toEqual([
      { action: 'open', entity_id: 'ha-2291' },
      { action: 'open', entity_id: 'VC-77' },
      { action: 'open', entity_id: 'HA-22' },
      { action: 'export', entity_id: 'HA-2291' },
    ]);
  });
});

describe('recall list', () => {
  it('lists active courses due or overdue, soonest first, and drops closed ones', async () => {
    const { product, lot, course, patient } = await treatedPatient();
    const s = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await signSession(t.api, s);
    const { patient: later } = await readyPatient(t.api, cleanAnswers(), { lastName: 'Zeller' });
    const laterCourse = await startCourse(t.api, later.id, { startDate: '2026-03-20' });

    expect(await callOk<RecallRow[]>(t.api, 'recall.list', {})).toEqual([]);
    t.api.clock.advance(9 * DAY);
    const due = await callOk<RecallRow[]>(t.api, 'recall.list', {});
    expect(due.map((r) => [r.patientId, r.sessionNumber, r.dueDate, r.standing])).toEqual([
      [patient.id, 2, '2026-03-08', 'due'],
    ]);
    t.api.clock.advance(14 * DAY);
    const overdue = await callOk<RecallRow[]>(t.api, 'recall.list', {});
    expect(overdue.map((r) => [r.patientId, r.standing])).toEqual([
      [patient.id, 'overdue'],
      [later.id, 'overdue'],
    ]);
    const current = t.api.services.courses.get(laterCourse.id);
    await callOk(t.api, 'courses.update', {
      id: current.id,
      version: current.version,
      fields: { ...courseFieldsOf(current), status: 'closed' },
    });
    expect((await callOk<RecallRow[]>(t.api, 'recall.list', {})).map((r) => r.patientId)).toEqual([
      patient.id,
    ]);
  });
});

describe('adverse events and the timeline', () => {
  it('links an event to the session and its lots, and keeps it open until resolved', async () => {
    const { patient, product, lot, course } = await treatedPatient();
    const s = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    const signed = await signSession(t.api, s);
    const event = await callOk<AdverseEvent>(t.api, 'adverseEvents.create', {
      patientId: patient.id,
      fields: {
        sessionId: signed.id,
        type: 'bruising',
        onsetDate: '2026-03-02',
        severity: 'mild',
        description: 'Bruise on the left cheek, 2 cm',
        actionTaken: 'Arnica gel, cold compress',
        followUpDates: ['2026-03-09'],
      },
    });
    expect(event).toMatchObject({ lotIds: [lot.id], lotNumbers: ['HA-2291'], resolvedDate: null });
    const resolved = await callOk<AdverseEvent>(t.api, 'adverseEvents.update', {
      id: event.id,
      version: event.version,
      fields: { ...adverseEventFieldsOf(event), resolvedDate: '2026-03-09' },
    });
    expect(resolved.resolvedDate).toBe('2026-03-09');
    const elsewhere = await t.api.call('adverseEvents.create', {
      patientId: patient.id + 99,
      fields: { type: 'other', onsetDate: '2026-03-02', severity: 'mild', description: 'x' },
    });
    expect(errorOf(elsewhere).code).toBe('NOT_FOUND');
  });

  it('shows intakes, sessions, amendments, adverse events and documents, newest first', async () => {
    const { patient, product, lot, course } = await treatedPatient();
    t.api.clock.advance(DAY);
    const s = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, { date: '2026-03-02' }),
    );
    const signed = await signSession(t.api, s);
    t.api.clock.advance(2 * DAY);
    await callOk(t.api, 'sessions.amend', { id: signed.id, text: 'Correction' });
    await callOk(t.api, 'adverseEvents.create', {
      patientId: patient.id,
      fields: {
        sessionId: signed.id,
        type: 'swelling',
        onsetDate: '2026-03-03',
        severity: 'mild',
        description: 'Swollen',
      },
    });
    const page = await callOk<TimelinePage>(t.api, 'timeline.forPatient', { patientId: patient.id });
    expect(page.total).toBe(5);
    expect(page.items.map((e) => [e.kind, e.detail])).toEqual([
      ['amendment', ''],
      ['adverse-event', 'swelling'],
      ['session', 'signed'],
      ['document', 'consent'],
      ['intake', 'signed'],
    ]);
    expect(page.items[2]).toMatchObject({ id: signed.id, sequence: 1 });
  });

  it('fills an aftercare sheet from a session', async () => {
    const { product, lot, course } = await treatedPatient();
    const s = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    const signed = await signSession(t.api, s);
    const details = await callOk(t.api, 'sessions.aftercareDetails', { id: signed.id });
    expect(details).toEqual({
      treatmentDate: '2026-03-01',
      areas: ['Cheeks', 'Forehead'],
      products: [{ name: 'Hyaluronic acid 1%', lot: 'HA-2291', expiry: '2027-01-31' }],
      plannedSessions: '6',
      nextAppointment: '08/03/2026 – 15/03/2026',
    });
    const aftercare = t.api.services.templates.list('aftercare')[0];
    expect(
      await t.api.call('documents.giveAftercare', {
        patientId: signed.patientId,
        templateId: aftercare?.id,
        details,
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('lots and products stay consistent', () => {
  it('refuses to lower a lot’s received quantity below what sessions used', async () => {
    const { product, lot, course } = await treatedPatient();
    const s = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await signSession(t.api, s);
    const current = lotOf(lot.id) as Lot;
    const refused = await t.api.call('lots.update', {
      id: lot.id,
      version: current.version,
      fields: { ...lotFieldsOf(current), quantityReceived: 1.5 },
    });
    expect(errorOf(refused)).toMatchObject({ fields: { quantityReceived: 'errors.belowUsed' } });
  });
});

describe('the audit trail', () => {
  it('records each treatment write and each opened session by id, never by content', async () => {
    const { product, lot, course } = await treatedPatient();
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await signSession(t.api, draft);
    await callOk(t.api, 'sessions.get', { id: draft.id });
    await callOk(t.api, 'sessions.amend', { id: draft.id, text: 'Secret clinical detail' });
    const rows = t.db
      .prepare(
        `SELECT action, entity, entity_id FROM audit_log
         WHERE entity IN ('product', 'lot', 'course', 'session') ORDER BY id`,
      )
      .all();
    expect(rows).toEqual([
      { action: 'create', entity: 'product', entity_id: String(product.id) },
      { action: 'create', entity: 'lot', entity_id: String(lot.id) },
      { action: 'create', entity: 'course', entity_id: String(course.id) },
      { action: 'create', entity: 'session', entity_id: String(draft.id) },
      { action: 'update', entity: 'session', entity_id: String(draft.id) },
      { action: 'sign', entity: 'session', entity_id: String(draft.id) },
      { action: 'open', entity: 'session', entity_id: String(draft.id) },
      { action: 'amend', entity: 'session', entity_id: String(draft.id) },
    ]);
    const all = JSON.stringify(t.db.prepare('SELECT * FROM audit_log').all());
    expect(all).not.toContain('Secret clinical detail');
    expect(all).not.toContain('Papadopoulou');
  });
});

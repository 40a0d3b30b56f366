import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { isSampleDatabase } from '../../src/main/sample/marker';
import { SAMPLE_PEOPLE } from '../../src/main/sample/people';
import { seedSampleClinic } from '../../src/main/sample/seed';
import type { Channel } from '../../src/shared/api/contract';
import { todayIso } from '../../src/shared/dates';
import { createTestDb, type TestDb } from '../fixtures/db';

const NOW = new Date('2026-06-15T12:00:00');

describe('the sample clinic', () => {
  let test: TestDb;
  let call: <T>(channel: Channel, input: unknown) => Promise<T>;

  beforeAll(async () => {
    test = createTestDb();
    await seedSampleClinic({ db: test.db, dataDir: test.dir, now: NOW });
    const dispatch = createApi({ db: test.db, dataDir: test.dir, now: () => NOW });
    call = async <T>(channel: Channel, input: unknown) => {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
  }, 60_000);
  afterAll(() => test.close());

  it('is marked as the sample clinic', () => {
    expect(isSampleDatabase(test.db)).toBe(true);
  });

  it('has every invented patient, in several languages and scripts', async () => {
    const found = await call<{ items: { id: number; lastName: string }[]; total: number }>(
      'patients.search',
      {
        query: '',
        includeArchived: false,
        offset: 0,
        limit: 100,
      },
    );
    expect(found.total).toBe(SAMPLE_PEOPLE.length);
    const names = found.items.map((p) => p.lastName).join(' ');
    expect(names).toMatch(/\p{Script=Greek}/u);
    expect(names).toMatch(/\p{Script=Cyrillic}/u);
    const languages = new Set(SAMPLE_PEOPLE.map((p) => p.language));
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
  });

  it('gives every patient a timeline, and every signed record verifies', async () => {
    const { items } = await call<{ items: { id: number }[] }>('patients.search', {
      query: '',
      includeArchived: false,
      offset: 0,
      limit: 100,
    });
    const charts = new Set<string>();
    let signedSessions = 0;
    let consents = 0;
    let aftercare = 0;
    for (const patient of items) {
      const timeline = await call<{ total: number }>('timeline.forPatient', {
        patientId: patient.id,
        offset: 0,
        limit: 50,
      });
      expect(timeline.total).toBeGreaterThan(0);
      const intakes = await call<{ id: number; status: string }[]>('intakes.list', { patientId: patient.id });
      const signedIntakes = intakes.filter((i) => i.status === 'signed');
      expect(signedIntakes).toHaveLength(1);
      for (const intake of signedIntakes) {
        expect((await call<{ valid: boolean }>('intakes.verify', { id: intake.id })).valid).toBe(true);
      }
      const sessions = await call<{ id: number; status: string; areas: string[] }[]>('sessions.list', {
        patientId: patient.id,
      });
      for (const session of sessions) {
        expect(session.status).toBe('signed');
        expect((await call<{ valid: boolean }>('sessions.verify', { id: session.id })).valid).toBe(true);
        for (const area of session.areas) charts.add(area.split('.')[0] as string);
        signedSessions += 1;
      }
      const documents = await call<{ id: number; kind: string }[]>('documents.list', {
        patientId: patient.id,
      });
      consents += documents.filter((d) => d.kind === 'consent').length;
      aftercare += documents.filter((d) => d.kind === 'aftercare').length;
    }
    expect([...charts].sort()).toEqual(['body', 'face', 'scalp']);
    expect(signedSessions).toBeGreaterThan(60);
    expect(consents).toBe(SAMPLE_PEOPLE.length - 1);
    expect(aftercare).toBeGreaterThan(15);
  });

  it('has courses at every stage, lots to watch, an adverse event and a diary for this week', async () => {
    const expiring = await call<{ expiring: { lotNumber: string }[] }>('lots.expiring', {});
    expect(expiring.expiring.map((l) => l.lotNumber)).toContain('VC-0777');
    const products = await call<{ id: number }[]>('products.list', { includeArchived: false });
    const lots = (
      await Promise.all(
        products.map((p) => call<{ quarantined: boolean }[]>('lots.list', { productId: p.id })),
      )
    ).flat();
    expect(lots.some((l) => l.quarantined)).toBe(true);

    const flagged = SAMPLE_PEOPLE.filter((p) => p.flag).map((p) => p.flag);
    expect(flagged.sort()).toEqual(['anticoagulant', 'lidocaine', 'pregnant']);
    const { items } = await call<{ items: { id: number }[] }>('patients.search', {
      query: '',
      includeArchived: false,
      offset: 0,
      limit: 100,
    });
    const statuses = new Set<string>();
    let adverse = 0;
    for (const patient of items) {
      for (const course of await call<{ status: string }[]>('courses.list', { patientId: patient.id })) {
        statuses.add(course.status);
      }
      adverse += (await call<unknown[]>('adverseEvents.list', { patientId: patient.id })).length;
    }
    expect([...statuses].sort()).toEqual(['active', 'closed']);
    expect(adverse).toBe(1);

    const today = await call<unknown[]>('appointments.day', { date: todayIso(NOW) });
    expect(today.length).toBeGreaterThanOrEqual(3);
  });
});

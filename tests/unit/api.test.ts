import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../src/main/api';
import { CHANNELS } from '../../src/shared/api/channels';
import { createClinicClient } from '../../src/shared/api/client';
import { contract } from '../../src/shared/api/contract';
import { createTestDb, type TestDb, testContext } from '../fixtures/db';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.close());

describe('the API contract', () => {
  it('lists exactly the contract channels for the preload and the bridge', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it('builds one client method per channel, grouped by namespace', async () => {
    const transport = vi.fn(async () => ({ ok: true as const, value: 'x' }));
    const client = createClinicClient(transport);
    await client.patients.search({ query: 'a' });
    expect(transport).toHaveBeenCalledWith('patients.search', { query: 'a' });
    for (const channel of CHANNELS) {
      const [ns, method] = channel.split('.') as [keyof typeof client, string];
      expect(typeof (client[ns] as Record<string, unknown>)[method]).toBe('function');
    }
  });
});

describe('dispatch', () => {
  it('refuses unknown channels and prototype tricks with FORBIDDEN', async () => {
    const call = createApi(testContext(t.db));
    for (const name of ['patients.delete', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await call(name, {});
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'errors.unknownChannel' } });
    }
  });

  it('refuses every other channel name, however close to a real one', async () => {
    const call = createApi(testContext(t.db));
    const names = Object.keys(contract);
    const nearMiss = fc
      .tuple(fc.constantFrom(...names), fc.constantFrom(' ', '\u0000', '.', 'X', '/..'), fc.boolean())
      .map(([name, extra, upper]) => (upper ? name.toUpperCase() : `${name}${extra}`));
    const builtIns = fc.constantFrom(
      ...Object.getOwnPropertyNames(Object.prototype),
      'patients',
      'patients.',
    );
    const channel = fc
      .oneof(fc.anything(), fc.string(), nearMiss, builtIns)
      .filter((c) => !names.includes(c as never));
    await fc.assert(
      fc.asyncProperty(channel, fc.anything(), async (name, input) => {
        expect(await call(name, input)).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', message: 'errors.unknownChannel' },
        });
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('answers malformed input with VALIDATION, never a throw', async () => {
    const call = createApi(testContext(t.db));
    for (const input of [
      undefined,
      null,
      'x',
      [],
      { id: 'one' },
      { id: -1 },
      { id: 1.5 },
      { id: 1, extra: 1 },
    ]) {
      const result = await call('patients.get', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
  });

  it('hides unexpected failures behind INTERNAL and logs them', async () => {
    const log = vi.fn();
    const call = createApi(testContext(t.db, { log }));
    t.db.exec('DROP TABLE patient_changes');
    const result = await call('patients.create', {
      fields: { lastName: 'Tan', dateOfBirth: '1990-01-01' },
    });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'errors.internal' } });
    expect(log).toHaveBeenCalledOnce();
    // The failed create rolled back: no half-written patient.
    expect(t.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0);
  });
});

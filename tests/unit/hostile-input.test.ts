import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createApi, type Dispatch, fieldErrors, isServiceChannel } from '../../src/main/api';
import { type Channel, contract } from '../../src/shared/api/contract';
import { LIMITS, type PatientFields, patientFieldsSchema } from '../../src/shared/patients/schema';
import { ERROR_CODES, type Result } from '../../src/shared/result';
import { MAX_SIGNATURE_DATA_URL_CHARS, signatureSchema } from '../../src/shared/signature';
import { createTestDb, type TestDb, testClock, testContext } from '../fixtures/db';
import { dbFingerprint } from '../fixtures/db-fingerprint';
import { patientFields } from '../fixtures/patients';
import { VALID } from '../fixtures/valid-inputs';
import { objectKeys, unboundedPaths } from '../fixtures/zod-walk';

/** Fixed so CI is repeatable; set FC_SEED to explore further. */
const SEED = Number(process.env.FC_SEED ?? 20261121);
const CHANNELS = Object.keys(contract) as Channel[];
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const MESSAGE_KEY = /^errors\.[A-Za-z.]+$/;

let t: TestDb;
let call: Dispatch;
const log = vi.fn();

beforeAll(async () => {
  t = createTestDb();
  call = createApi(testContext(t.db, { now: testClock().now, log }));
  const seed: [Channel, unknown][] = [
    ...['Papadopoulou', 'Nguyen', 'Smirnova'].map((lastName): [Channel, unknown] => [
      'patients.create',
      { fields: patientFields({ lastName, notes: 'Seed record' }) },
    ]),
    ['patients.update', { id: 2, version: 1, fields: patientFields({ lastName: 'Nguyễn' }) }],
    ['patients.archive', { id: 3 }],
    ['settings.update', { patch: { currency: 'GBP' } }],
  ];
  for (const [channel, input] of seed) expect(await call(channel, input)).toMatchObject({ ok: true });
});
afterAll(() => t.close());

const fingerprint = () => dbFingerprint(t.db, t.file);

const HUGE = ['x'.repeat(10_001), 'é'.repeat(300_001), `${' '.repeat(1_000_000)}a`, 'a@'.repeat(200_000)];

/** One "character" a hostile sender would try: controls, unpaired surrogates, invisible marks, any grapheme. */
const hostileChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  // fast-check's own units never produce an unpaired surrogate.
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u007f', '\u0085', '\u200b', '\u202e', '\ufeff', '\u0301'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.constantFrom(...'aé Ω"*%_\\\'-@+'),
);
const hostileText = (maxLength: number) => fc.string({ unit: hostileChar, maxLength });

const junk = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  hostileText(300),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53 + 2, -1, 0, 0.5, 2 ** 31, '', ' ', '0'),
  fc.constantFrom('1990-02-30', '9999-12-31', '1899-12-31', "'); DROP TABLE patients; --", '"*NEAR('),
  fc.constantFrom(...HUGE),
);

/** Objects built from the contract's own key names (plus dangerous ones), nested, with junk values. */
const SCHEMA_KEYS = [...new Set(CHANNELS.flatMap((c) => [...objectKeys(contract[c].input)]))];
const { object: junkObject } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, junk, tie('object'), fc.array(tie('value'), { maxLength: 3 })),
  object: fc.dictionary(fc.constantFrom(...SCHEMA_KEYS, ...DANGEROUS_KEYS), tie('value'), { maxKeys: 6 }),
}));

type Path = (string | number)[];
const leafPaths = (value: unknown, at: Path = []): Path[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => [[...at, key], ...leafPaths(child, [...at, key])])
    : [];

const setOwn = (target: Record<string | number, unknown>, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** A valid input with one value replaced or removed and maybe a stray (possibly dangerous) key. */
function mutated(sample: unknown) {
  const paths = [[], ...leafPaths(sample)];
  return fc
    .record({
      path: fc.constantFrom(...paths),
      action: fc.constantFrom('replace', 'delete', 'addKey'),
      key: fc.constantFrom(...DANGEROUS_KEYS, ...SCHEMA_KEYS, 'extra'),
      value: junk,
    })
    .map(({ path, action, key, value }) => {
      const copy = structuredClone(sample) as Record<string, unknown>;
      if (path.length === 0) return action === 'replace' ? value : setOwn(copy, key, value);
      let parent = copy as Record<string | number, unknown>;
      for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
      const last = path.at(-1) as string | number;
      if (action === 'delete') delete parent[last];
      else if (action === 'replace') setOwn(parent, last, value);
      else setOwn(parent, key, value);
      return copy;
    });
}

const payloadFor = (channel: Channel) => fc.oneof(junk, junkObject, mutated(VALID[channel]));

/** A refusal the renderer can show: a known code, message keys only, nothing echoed back at length. */
function expectClearRefusal(result: Result<unknown>) {
  if (result.ok) throw new Error('expected a refusal');
  const { error } = result;
  expect(ERROR_CODES).toContain(error.code);
  expect(error.code, 'a handler failed on validated input').not.toBe('INTERNAL');
  expect(error.message).toMatch(MESSAGE_KEY);
  if (error.code === 'VALIDATION') {
    expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
    for (const [field, message] of Object.entries(error.fields ?? {})) {
      expect(field).toMatch(/^[\w.]{1,100}$/);
      expect(message).toMatch(MESSAGE_KEY);
    }
    expect(JSON.stringify(error).length).toBeLessThan(2_000);
  }
}

/** Dispatches, checks the answer is a plain Result, and that a refusal left the database untouched. */
async function dispatchChecked(channel: unknown, input: unknown): Promise<Result<unknown>> {
  const before = fingerprint();
  const result = await call(channel, input);
  expect(Object.keys(result).sort()).toEqual(result.ok ? ['ok', 'value'] : ['error', 'ok']);
  // It must survive the trip over IPC.
  expect(() => structuredClone(result)).not.toThrow();
  if (!result.ok) {
    expectClearRefusal(result);
    expect(fingerprint(), `${String(channel)} refused the call but changed the database`).toBe(before);
  }
  return result;
}

describe('the database fingerprint', () => {
  it('changes with a committed write, and not with reads or a rolled-back write', () => {
    const before = fingerprint();
    t.db.prepare('SELECT * FROM patients').all();
    expect(() =>
      t.db.transaction(() => {
        t.db.prepare('UPDATE patients SET notes = ? WHERE id = 1').run('rolled back');
        throw new Error('abort');
      })(),
    ).toThrow('abort');
    expect(fingerprint()).toBe(before);
    const notes = t.db.prepare('SELECT notes FROM patients WHERE id = 1').pluck().get();
    t.db.prepare('UPDATE patients SET notes = ? WHERE id = 1').run('committed');
    expect(fingerprint()).not.toBe(before);
    t.db.prepare('UPDATE patients SET notes = ? WHERE id = 1').run(notes);
  });
});

describe('random and malformed payloads', () => {
  it('mutates inputs that pass validation', () => {
    for (const [channel, input] of Object.entries(VALID)) {
      expect(contract[channel as Channel].input.safeParse(input).success, channel).toBe(true);
    }
  });

  it.each(CHANNELS)('%s: never throws, refuses clearly, and a refusal changes nothing', async (channel) => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    await fc.assert(
      fc.asyncProperty(payloadFor(channel), async (input) => {
        await dispatchChecked(channel, input);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(log).not.toHaveBeenCalled();
  });

  it('ignores prototype-pollution keys sent as JSON', async () => {
    for (const channel of CHANNELS) {
      for (const json of [
        '{"__proto__": {"polluted": 1}}',
        '{"constructor": {"prototype": {"polluted": 1}}}',
        '{"fields": {"__proto__": {"lastName": "x", "dateOfBirth": "1990-01-01"}}}',
        '{"patch": {"__proto__": {"currency": "XXX"}}, "__proto__": {"isAdmin": true}}',
      ]) {
        const result = await dispatchChecked(channel, JSON.parse(json));
        expect(result.ok, `${channel} accepted ${json}`).toBe(false);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('answers an input that throws while being read with a Result, not a throw', async () => {
    const hostileLog = vi.fn();
    const dispatch = createApi(testContext(t.db, { log: hostileLog }));
    const explode = () => {
      throw new Error('boom');
    };
    const trap = new Proxy(
      {},
      { get: explode, ownKeys: explode, getOwnPropertyDescriptor: explode, has: explode },
    );
    const before = fingerprint();
    for (const channel of CHANNELS) {
      // Service channels refuse it as invalid; session channels are not served by this table at all.
      await expect(dispatch(channel, trap)).resolves.toMatchObject({
        ok: false,
        error: { code: isServiceChannel(channel) ? 'VALIDATION' : 'FORBIDDEN' },
      });
    }
    expect(fingerprint()).toBe(before);
  });
});

describe('hostile text in the right places', () => {
  const text = (maxLength: number) =>
    fc.oneof(
      hostileText(maxLength),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.constantFrom('\u202Egnp.exe', 'Zoë\u0301', '😀👩‍⚕️', "O'Brien; --", '%_\\', 'NEAR AND OR *'),
    );

  it('refuses control characters and broken UTF-16, keeps every real character', async () => {
    for (const bad of ['Tan\u0000', 'Tan\uD800', '\uDC00Tan', 'T\u001Ban', 'Tan\u0085']) {
      const result = await dispatchChecked('patients.create', { fields: patientFields({ lastName: bad }) });
      expect(result).toMatchObject({ ok: false, error: { fields: { lastName: 'errors.characters' } } });
    }
    const fine = { lastName: 'Zoë Δ 王 👩‍⚕️', notes: 'Line one\nline two\twith a tab\r\n\u202Ertl' };
    const result = await dispatchChecked('patients.create', { fields: patientFields(fine) });
    expect(result).toMatchObject({ ok: true, value: fine });
  });

  it('stores accepted text exactly as validated, and refuses the rest clearly', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ firstName: text(LIMITS.name), lastName: text(LIMITS.name), notes: text(2_000) }),
        async (strings) => {
          const input = { ...patientFields(), ...strings };
          const result = await dispatchChecked('patients.create', { fields: input, allowDuplicate: true });
          if (!result.ok) return;
          const expected = patientFieldsSchema.parse(input) as PatientFields;
          const stored = await call('patients.get', { id: (result.value as { id: number }).id });
          expect(stored).toMatchObject({ ok: true, value: expected });
          accepted++;
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    // Both sides of the property were exercised.
    expect(accepted).toBeGreaterThan(40);
    expect(accepted).toBeLessThan(200);
  });

  it('answers every search query, whatever its characters', async () => {
    await fc.assert(
      fc.asyncProperty(text(LIMITS.query), fc.boolean(), async (query, includeArchived) => {
        const result = await dispatchChecked('patients.search', { query, includeArchived });
        expect(result).toMatchObject({ ok: true });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('oversized input', () => {
  const refused = async (channel: Channel, input: unknown, fields: Record<string, string>) => {
    const result = await dispatchChecked(channel, input);
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'errors.validation', fields },
    });
  };

  it('refuses a 50 MB note', async () => {
    const notes = 'n'.repeat(50 * 1024 * 1024);
    await refused('patients.create', { fields: patientFields({ notes }) }, { notes: 'errors.tooLong' });
    await refused(
      'patients.update',
      { id: 1, version: 1, fields: patientFields({ notes }) },
      {
        notes: 'errors.tooLong',
      },
    );
  });

  it('refuses a 10,000-character name, query, date or currency', async () => {
    const long = 'Ω'.repeat(10_000);
    await refused(
      'patients.create',
      { fields: patientFields({ lastName: long, firstName: long }) },
      {
        firstName: 'errors.tooLong',
        lastName: 'errors.tooLong',
      },
    );
    await refused(
      'patients.create',
      { fields: patientFields({ dateOfBirth: `1990-01-01${' x'.repeat(5_000)}` }) },
      {
        dateOfBirth: 'errors.dateFormat',
      },
    );
    await refused('patients.search', { query: long }, { query: 'errors.tooLong' });
    await refused('settings.update', { patch: { currency: long } }, { 'patch.currency': 'errors.currency' });
  });

  it('refuses 100,000 made-up keys without echoing them back', async () => {
    const input: Record<string, unknown> = { id: 1 };
    for (let i = 0; i < 100_000; i++) input[`key${i}`] = i;
    await refused('patients.get', input, { _: 'errors.unknownField' });
  });

  it('refuses a huge image as a signature, and a huge signer name', () => {
    const png = `data:image/png;base64,${'A'.repeat(20 * 1024 * 1024)}`;
    expect(png.length).toBeGreaterThan(MAX_SIGNATURE_DATA_URL_CHARS);
    const signature = { role: 'patient', signerName: 'Maria', method: 'drawn', imagePng: png };
    const result = signatureSchema.safeParse(signature);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toEqual({ imagePng: 'errors.signatureTooLarge' });
    const named = signatureSchema.safeParse({
      ...signature,
      imagePng: 'data:image/png;base64,AAAA',
      signerName: 'x'.repeat(10_000),
    });
    expect(named.success).toBe(false);
    if (!named.success) expect(fieldErrors(named.error)).toEqual({ signerName: 'errors.tooLong' });
  });
});

describe('every input is bounded', () => {
  it.each(CHANNELS)('%s: every string and array in its schema has a maximum', (channel) => {
    expect(unboundedPaths(contract[channel].input)).toEqual([]);
  });

  it('finds strings, arrays and records without a limit at any depth (the walker itself)', () => {
    const schema = z.strictObject({
      a: z.string(),
      b: z.array(z.string().max(3)).optional(),
      c: z
        .string()
        .max(2)
        .nullish()
        .transform((v) => v),
      d: z.union([z.number(), z.string().trim()]),
      e: z.record(z.string().max(1), z.number()),
      f: z
        .strictObject({ g: z.array(z.number()).max(2), h: z.array(z.string()).length(1) })
        .default({ g: [], h: [''] }),
    });
    expect(unboundedPaths(schema)).toEqual([
      '(input).a: string without max',
      '(input).b: array without max',
      '(input).d: string without max',
      '(input).e: record has no entry limit',
      '(input).f.h[]: string without max',
    ]);
  });

  it('holds for the signature schema too', () => {
    expect(unboundedPaths(signatureSchema)).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ndjsonLine } from '../../src/main/exports/bulk';
import { RECORD_MAPPERS } from '../../src/main/record/registry';
import type { ExportedSession } from '../../src/main/record/session-resources';
import type { SessionRecordPayload } from '../../src/main/treatments/stored-records';
import { allQuestions } from '../../src/shared/intake/definitions';
import type { Patient } from '../../src/shared/patients/schema';
import { DAY_CHECK_DEFINITIONS } from '../../src/shared/screening/day-check';
import type { SessionItem } from '../../src/shared/treatments/schema';
import { TECHNIQUES } from '../../src/shared/treatments/sessions';
import { ZONE_IDS } from '../../src/shared/treatments/zones';

const sessions = RECORD_MAPPERS.find((m) => m.kind === 'sessions');
if (!sessions?.ndjson) throw new Error('the sessions mapper writes no NDJSON text');
const { fhir, ndjson } = sessions as Required<typeof sessions>;

// The sessions' resources read the patient's uid alone.
const patient = (uid: string) => ({ id: 7, uid, number: 'P-000007' }) as Patient;

/** Any text, lone surrogates, quotes, backslashes and control characters included. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0001', '\u2028', 'é', '\ud800'), maxLength: 6 }),
);
const zone = fc.oneof(fc.constantFrom(...ZONE_IDS), text);
const amount = fc.option(fc.oneof(fc.double(), fc.integer()), { nil: null });
const instant = fc.constantFrom('2026-03-01T09:00:00.000Z', '2025-12-31T23:59:59.999Z');
const imported = fc.option(
  fc.record({
    source: text,
    importedAt: instant,
    originalHash: fc.constant(null),
    originalSignedAt: fc.constant(null),
  }),
  { nil: null },
);

const item: fc.Arbitrary<SessionItem> = fc.record({
  zone,
  productId: fc.integer({ min: 1, max: 4 }),
  lotId: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  volumeMl: amount,
  quantityUsed: amount,
  dilution: fc.oneof(fc.constant(''), text),
  expiredOverrideReason: fc.oneof(fc.constant(''), text),
  productName: fc.oneof(fc.constant(''), text),
  unit: fc.constantFrom('ml', 'vial', 'unit'),
  ingredients: fc.array(fc.record({ name: text, concentration: fc.oneof(fc.constant(''), text) }), {
    maxLength: 2,
  }),
  lotNumber: fc.option(text, { nil: null }),
  expiryDate: fc.option(fc.constantFrom('2027-01-31', '2025-06-30'), { nil: null }),
  expired: fc.boolean(),
}) as fc.Arbitrary<SessionItem>;

const questions = allQuestions(DAY_CHECK_DEFINITIONS[1] as NonNullable<(typeof DAY_CHECK_DEFINITIONS)[1]>);
const answers = fc.record(
  Object.fromEntries(
    questions.map((q) => [
      q.id,
      fc.oneof(fc.constantFrom('yes', 'no'), text, fc.array(text, { maxLength: 2 })),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string | string[]>>;

const stored = fc.option(
  fc.record({
    format: fc.constant('mesodesk.session-record/1'),
    uid: text,
    contentJson: fc.option(text, { nil: null }),
  }),
  { nil: undefined },
);

const session: fc.Arbitrary<ExportedSession> = fc
  .record({
    id: fc.integer({ min: 1, max: 1_000_000 }),
    status: fc.constantFrom('draft', 'signed'),
    date: fc.constantFrom('2026-03-01', '2024-12-26'),
    time: fc.constantFrom('10:00', '23:59'),
    sequence: fc.integer({ min: 1, max: 12 }),
    plannedSessions: fc.integer({ min: 1, max: 12 }),
    indication: text,
    areas: fc.array(zone, { maxLength: 3 }),
    items: fc.array(item, { maxLength: 4 }),
    technique: fc.option(fc.constantFrom(...TECHNIQUES), { nil: null }),
    needleGauge: fc.option(fc.integer({ min: 18, max: 34 }), { nil: null }),
    needleLengthMm: amount,
    depthMm: amount,
    anaesthetic: fc.boolean(),
    anaestheticName: fc.oneof(fc.constant(''), text),
    antiseptic: fc.oneof(fc.constant(''), text),
    totalVolumeMl: amount,
    painScore: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    reactions: fc.oneof(fc.constant(''), text),
    notes: fc.oneof(fc.constant(''), text),
    signedAt: fc.option(instant, { nil: null }),
    imported,
    dayCheck: fc.option(fc.record({ version: fc.constantFrom(1, 99), answers, answeredAt: instant }), {
      nil: null,
    }),
    amendmentTrail: fc.array(fc.record({ id: fc.nat(), text, createdAt: instant, imported }), {
      maxLength: 2,
    }),
    stored,
    quarantined: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
  })
  .map(({ quarantined, stored: payload, ...s }) => ({
    ...s,
    patientId: 7,
    courseId: 1,
    amendments: s.amendmentTrail.length,
    coolingOffReason: '',
    priceMinor: null,
    currency: 'EUR',
    contentHash: null,
    version: 1,
    // Which lots are set aside is read from the stored rows.
    stored: payload && {
      ...(payload as unknown as SessionRecordPayload),
      items: quarantined.map((id) => ({ lot: { id, quarantined: true } })) as SessionRecordPayload['items'],
    },
  })) as fc.Arbitrary<ExportedSession>;

/** The general way: the mapper's resources, then the bulk export's lines of them. */
function throughObjects(items: ExportedSession[], p: Patient): string[][] {
  const resources = fhir(items, p, new Map());
  const typeOf = new Map([
    [p.uid, 'Patient'],
    ...resources.map((r): [string, string] => [r.id as string, r.resourceType]),
  ]);
  return resources.map((r) => [r.resourceType, r.id as string, ndjsonLine(r, typeOf)]);
}

function asText(items: ExportedSession[], p: Patient): string[][] | null {
  const lines: string[][] = [];
  return ndjson(items, p, (type, id, line) => lines.push([type, id, line])) ? lines : null;
}

describe('a patient’s sessions as bulk NDJSON text', () => {
  it('are the lines of the same resources built as objects, byte for byte and in the same order', () => {
    fc.assert(
      fc.property(fc.array(session, { maxLength: 4 }), (items) => {
        const p = patient('00000000-0000-4000-8000-000000000007');
        expect(asText(items, p)).toEqual(throughObjects(items, p));
      }),
      { seed: 20261128, numRuns: 400 },
    );
  });

  it('leave a patient whose id JSON would escape, or a session not as typed, to the objects', () => {
    const one = fc.sample(session, { seed: 1, numRuns: 1 })[0] as ExportedSession;
    expect(asText([one], patient('odd"uid'))).toBeNull();
    expect(asText([one], patient('odd\\uid'))).toBeNull();
    expect(asText([{ ...one, date: undefined as unknown as string }], patient('p-1'))).toBeNull();
    expect(asText([one], patient('p-1'))).toEqual(throughObjects([one], patient('p-1')));
  });
});

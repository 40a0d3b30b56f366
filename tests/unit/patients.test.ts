import { beforeEach, describe, expect, it } from 'vitest';
import {
  patientCountSql,
  patientPageSql,
  type SearchPlan,
  searchPlanner,
} from '../../src/main/patients/search-plan';
import { searchSql } from '../../src/main/patients/search-query';
import {
  PATIENT_SEARCH_TOTAL_CAP,
  type Patient,
  type PatientSearchResult,
  patientFieldsSchema,
} from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';

const t = apiPerTest();

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};
const create = async (overrides = {}) =>
  value<Patient>(await t.api.call('patients.create', { fields: patientFields(overrides) }));
const search = async (query: string, includeArchived = false) =>
  value<PatientSearchResult>(await t.api.call('patients.search', { query, includeArchived }));
const names = (r: PatientSearchResult) => r.items.map((p) => p.lastName);
type SearchRow = { id: number; sort_key: string };
const patientCount = () => t.db.prepare('SELECT count(*) FROM patients').pluck().get();

describe('creating a patient', () => {
  it('assigns sequential patient numbers and keeps every field', async () => {
    const first = await create({ address: '12 Odos Ermou\nAthens 105 63', gpName: 'Dr K. Nikolaou' });
    const second = await create({ firstName: 'Şule', lastName: 'Yılmaz', dateOfBirth: '1990-07-01' });
    expect(first.number).toBe('P-000001');
    expect(second.number).toBe('P-000002');
    expect(first).toMatchObject({
      firstName: 'Maria',
      lastName: 'Papadopoulou',
      dateOfBirth: '1985-03-12',
      sex: 'female',
      address: '12 Odos Ermou\nAthens 105 63',
      gpName: 'Dr K. Nikolaou',
      preferredName: null,
      archivedAt: null,
      version: 1,
    });
    expect(first.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('trims text and stores empty optional fields as null', async () => {
    const p = await create({ firstName: '  Anh ', lastName: ' Nguyễn ', email: '', phone: '   ' });
    expect(p.firstName).toBe('Anh');
    expect(p.lastName).toBe('Nguyễn');
    expect(p.email).toBeNull();
    expect(p.phone).toBeNull();
  });

  it('accepts a single name (mononym) in the last name', async () => {
    const p = await create({ firstName: '', lastName: 'Sukarno', dateOfBirth: '1970-06-06' });
    expect(p.firstName).toBeNull();
  });

  it.each([
    ['lastName', { lastName: '   ' }, 'errors.lastNameRequired'],
    ['dateOfBirth', { dateOfBirth: '2999-01-01' }, 'errors.dateFuture'],
    ['dateOfBirth', { dateOfBirth: '2023-02-30' }, 'errors.dateImpossible'],
    ['dateOfBirth', { dateOfBirth: '12/03/1985' }, 'errors.dateFormat'],
    ['dateOfBirth', { dateOfBirth: '' }, 'errors.required'],
    ['dateOfBirth', { dateOfBirth: '1850-01-01' }, 'errors.dateTooOld'],
    ['email', { email: 'maria@' }, 'errors.email'],
    ['phone', { phone: 'call me maybe' }, 'errors.phone'],
    ['emergencyContactPhone', { emergencyContactPhone: '12' }, 'errors.phone'],
    ['firstName', { firstName: 'x'.repeat(101) }, 'errors.tooLong'],
    ['sex', { sex: 'robot' }, 'errors.choose'],
  ])('refuses a bad %s with a message for that field and saves nothing', async (field, bad, message) => {
    const result = await t.api.call('patients.create', { fields: patientFields(bad as never) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.[field]).toBe(message);
    expect(patientCount()).toBe(0);
  });

  it('refuses unknown fields instead of silently dropping them', async () => {
    const result = await t.api.call('patients.create', { fields: { ...patientFields(), shoeSize: 42 } });
    expect(result.ok).toBe(false);
    expect(patientCount()).toBe(0);
  });
});

describe('duplicate detection', () => {
  it('warns about the same name and date of birth, with or without accents, and offers the match', async () => {
    const existing = await create({ firstName: 'Ελένη', lastName: 'Παπαδοπούλου' });
    const result = await t.api.call('patients.create', {
      fields: patientFields({ firstName: 'ελενη', lastName: 'ΠΑΠΑΔΟΠΟΥΛΟΥ' }),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONFLICT');
    expect(result.error.details).toMatchObject({
      kind: 'duplicate-patient',
      matches: [{ id: existing.id, number: 'P-000001' }],
    });
    expect(patientCount()).toBe(1);
  });

  it('does not warn for the same name with another date of birth', async () => {
    await create();
    await expect(create({ dateOfBirth: '1986-03-12' })).resolves.toMatchObject({ number: 'P-000002' });
  });

  it('adds the record anyway when the user confirms', async () => {
    await create();
    const result = await t.api.call('patients.create', { fields: patientFields(), allowDuplicate: true });
    expect(result.ok).toBe(true);
    expect(patientCount()).toBe(2);
  });
});

describe('editing, archiving and restoring', () => {
  it('records each change with its time and the old and new values', async () => {
    const p = await create();
    t.api.clock.advance(60_000);
    const updated = value<Patient>(
      await t.api.call('patients.update', {
        id: p.id,
        version: p.version,
        fields: patientFields({ phone: '+30 210 555 0101', notes: 'Prefers mornings' }),
      }),
    );
    expect(updated.phone).toBe('+30 210 555 0101');
    expect(updated.version).toBe(2);
    expect(updated.updatedAt).toBe('2026-03-01T09:01:00.000Z');
    const history = value<{ action: string; at: string; changes: unknown[] }[]>(
      await t.api.call('patients.history', { id: p.id }),
    );
    expect(history.map((h) => h.action)).toEqual(['updated', 'created']);
    expect(history[0]?.at).toBe('2026-03-01T09:01:00.000Z');
    expect(history[0]?.changes).toEqual([
      { field: 'phone', from: '+30 694 412 3456', to: '+30 210 555 0101' },
      { field: 'notes', from: null, to: 'Prefers mornings' },
    ]);
  });

  it('refuses a stale edit instead of overwriting newer data', async () => {
    const p = await create();
    await t.api.call('patients.update', {
      id: p.id,
      version: 1,
      fields: patientFields({ phone: '111 222' }),
    });
    const stale = await t.api.call('patients.update', {
      id: p.id,
      version: 1,
      fields: patientFields({ phone: '333 444' }),
    });
    expect(stale.ok || stale.error.code).toBe('CONFLICT');
    expect(value<Patient>(await t.api.call('patients.get', { id: p.id })).phone).toBe('111 222');
  });

  it('an invalid edit changes nothing', async () => {
    const p = await create();
    const bad = await t.api.call('patients.update', {
      id: p.id,
      version: 1,
      fields: patientFields({ email: 'nope' }),
    });
    expect(bad.ok).toBe(false);
    const after = value<Patient>(await t.api.call('patients.get', { id: p.id }));
    expect(after.email).toBe('maria@example.com');
    expect(after.version).toBe(1);
  });

  it('archives and restores without deleting, hiding archived patients by default', async () => {
    const p = await create();
    await create({ firstName: 'Anh', lastName: 'Nguyễn', dateOfBirth: '1992-11-02' });
    const archived = value<Patient>(await t.api.call('patients.archive', { id: p.id }));
    expect(archived.archivedAt).not.toBeNull();
    expect(names(await search(''))).toEqual(['Nguyễn']);
    expect(names(await search('', true))).toEqual(['Nguyễn', 'Papadopoulou']);
    expect(names(await search('papa'))).toEqual([]);
    expect(names(await search('papa', true))).toEqual(['Papadopoulou']);
    const restored = value<Patient>(await t.api.call('patients.restore', { id: p.id }));
    expect(restored.archivedAt).toBeNull();
    expect(names(await search(''))).toEqual(['Nguyễn', 'Papadopoulou']);
    const history = value<{ action: string }[]>(await t.api.call('patients.history', { id: p.id }));
    expect(history.map((h) => h.action)).toEqual(['restored', 'archived', 'created']);
    expect(patientCount()).toBe(2);
  });

  it('returns NOT_FOUND for an unknown patient', async () => {
    const result = await t.api.call('patients.get', { id: 999 });
    expect(result.ok || result.error.code).toBe('NOT_FOUND');
  });
});

describe('search', () => {
  beforeEach(async () => {
    await create({
      firstName: 'Ελένη',
      lastName: 'Παπαδοπούλου',
      dateOfBirth: '1985-03-12',
      phone: '+30 694 412 3456',
    });
    await create({
      firstName: 'Thị Anh',
      lastName: 'Nguyễn',
      dateOfBirth: '1992-11-02',
      phone: null,
      email: 'anh.nguyen@example.vn',
    });
    await create({
      firstName: 'Şule',
      lastName: 'Yılmaz',
      dateOfBirth: '1990-07-01',
      phone: '0532 111 22 33',
      email: null,
    });
    await create({
      firstName: 'Наталья',
      lastName: 'Иванова',
      dateOfBirth: '1978-01-20',
      phone: null,
      email: null,
    });
    await create({
      firstName: 'Đặng',
      lastName: 'Văn Lâm',
      dateOfBirth: '1988-05-05',
      phone: null,
      email: null,
    });
    await create({
      firstName: 'Putu',
      lastName: 'Wijaya',
      dateOfBirth: '2001-09-30',
      phone: null,
      email: null,
    });
  });

  it.each([
    ['ελενη', 'Παπαδοπούλου'],
    ['ΠΑΠΑΔΟΠ', 'Παπαδοπούλου'],
    ['δοπου', 'Παπαδοπούλου'],
    ['nguyen', 'Nguyễn'],
    ['NGUY', 'Nguyễn'],
    ['sule', 'Yılmaz'],
    ['yilmaz', 'Yılmaz'],
    ['наталья', 'Иванова'],
    ['иван', 'Иванова'],
    ['dang', 'Văn Lâm'],
    ['van lam', 'Văn Lâm'],
    ['wija', 'Wijaya'],
    ['pu', 'Wijaya'],
    ['P-000003', 'Yılmaz'],
    ['p000006', 'Wijaya'],
    ['6944123', 'Παπαδοπούλου'],
    ['694 412', 'Παπαδοπούλου'],
    ['anh.nguyen@', 'Nguyễn'],
    ['1990-07-01', 'Yılmaz'],
    ['01/07/1990', 'Yılmaz'],
    ['1.7.1990', 'Yılmaz'],
  ])('"%s" finds %s', async (query, expected) => {
    expect(names(await search(query))).toEqual([expected]);
  });

  it('finds nothing for a name that is not there', async () => {
    expect((await search('zzzz')).total).toBe(0);
  });

  it('treats LIKE wildcards and FTS syntax in the query as plain text', async () => {
    expect((await search('%')).total).toBe(0);
    expect((await search('_')).total).toBe(0);
    expect((await search('"pap')).total).toBe(0);
    expect((await search('NEAR(a b)')).total).toBe(0);
  });

  it('pages through results in name order with a total', async () => {
    const first = value<PatientSearchResult>(await t.api.call('patients.search', { query: '', limit: 4 }));
    const second = value<PatientSearchResult>(
      await t.api.call('patients.search', { query: '', limit: 4, offset: 4 }),
    );
    expect(first.total).toBe(6);
    expect(first.items).toHaveLength(4);
    expect(second.items).toHaveLength(2);
    expect([...names(first), ...names(second)]).toEqual([
      'Nguyễn',
      'Văn Lâm',
      'Wijaya',
      'Yılmaz',
      // Folded code-point order: Latin, then Greek, then Cyrillic.
      'Παπαδοπούλου',
      'Иванова',
    ]);
  });

  it('keeps search working after a name is edited', async () => {
    const found = await search('wijaya');
    const p = value<Patient>(await t.api.call('patients.get', { id: found.items[0]?.id }));
    await t.api.call('patients.update', {
      id: p.id,
      version: p.version,
      fields: { ...patientFields(), firstName: 'Putu', lastName: 'Sudarsana', dateOfBirth: '2001-09-30' },
    });
    expect((await search('wijaya')).total).toBe(0);
    expect(names(await search('sudars'))).toEqual(['Sudarsana']);
  });
});

describe('search query plans', () => {
  const plan = (query: string, includeArchived = false, how: SearchPlan = 'walk', after = false) => {
    const page = patientPageSql(searchSql(query), includeArchived, how, after);
    return t.db
      .prepare(`EXPLAIN QUERY PLAN ${page.sql}`)
      .all(...page.params, ...(after ? ['m', 1] : []), 100, 0)
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
  };

  it('walks the name-order index instead of sorting, from the cursor on', () => {
    expect(plan('')).toContain('SCAN p USING INDEX patients_sort_active');
    expect(plan('', true)).toContain('SCAN p USING INDEX patients_sort_all');
    expect(plan('')).not.toContain('TEMP B-TREE');
    expect(plan('', false, 'walk', true)).toContain('SEARCH p USING INDEX patients_sort_active (sort_key>?)');
    expect(plan('ma', false, 'probe', true)).toContain(
      'SEARCH p USING INDEX patients_sort_active (sort_key>?)',
    );
  });

  it('uses the trigram index for three or more characters and the word index below that', () => {
    expect(plan('nguy')).toContain('patients_fts VIRTUAL TABLE');
    expect(plan('ng')).toContain('patients_words VIRTUAL TABLE');
    expect(plan('ng nguy')).toMatch(/patients_fts[\s\S]*patients_words|patients_words[\s\S]*patients_fts/);
  });

  it('reads the matches of a rare name by id instead of walking the whole name-order index', () => {
    for (const [query, includeArchived] of [
      ['nguy', false],
      ['ng', true],
    ] as const) {
      const read = plan(query, includeArchived, 'read');
      // Each match looked up in the narrow index only; the table only for the page's rows.
      expect(read).toMatch(
        /SCAN d VIRTUAL TABLE INDEX \d+:M[\s\S]*SEARCH p USING COVERING INDEX patients_sort_key_by_id \(id=\?\)/,
      );
      expect(read).toContain('SEARCH page USING INTEGER PRIMARY KEY (rowid=?)');
      expect(read).not.toMatch(/patients_sort_active|patients_sort_all/);
    }
  });

  it('reads a two-word search from the first lookup and gathers the other once, whichever comes first', () => {
    const { lookups } = searchSql('ng nguy');
    for (const ordered of [lookups, [...lookups].reverse()]) {
      const page = patientPageSql({ ...searchSql('ng nguy'), lookups: ordered }, false, 'read', false);
      const read = t.db
        .prepare(`EXPLAIN QUERY PLAN ${page.sql}`)
        .all(...page.params, 100, 0)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(read).toContain(`SCAN d VIRTUAL TABLE INDEX`);
      expect(read).toMatch(
        new RegExp(`LIST SUBQUERY \\d+\nSCAN ${ordered[1]?.index} VIRTUAL TABLE INDEX \\d+:M`),
      );
      expect(read).toContain('SEARCH p USING COVERING INDEX patients_sort_key_by_id (id=?)');
    }
  });

  it('asks the full-text index about each walked patient when most of the clinic matches', () => {
    const probe = plan('p', false, 'probe');
    expect(probe).toContain('SCAN p USING INDEX patients_sort_active');
    expect(probe).toMatch(/SCAN patients_words EXISTS VIRTUAL TABLE INDEX \d+:=M/);
    expect(probe).not.toContain('LIST SUBQUERY');
  });

  describe('on a clinic of 2,600 patients, some archived', () => {
    const rare = ['Quennell', 'Quenby', 'Quentin'];
    beforeEach(() => {
      const { services } = t.api;
      t.db.transaction(() => {
        for (let i = 0; i < 2600; i++) {
          const lastName =
            i < rare.length ? (rare[i] as string) : `Ashworth${String.fromCharCode(97 + (i % 26))}`;
          const firstName = i % 50 === 7 ? 'Anaïs' : `Ann${i % 7}`;
          const p = services.patients.create(
            patientFieldsSchema.parse(patientFields({ lastName, firstName })),
            true,
          );
          if (i % 10 === 3) services.patients.archive(p.id);
        }
      })();
    });

    // Every match in name order by the plain SQL, with no plan, index hint, cursor or cap: the reference.
    const plainIds = (query: string, includeArchived: boolean) => {
      const { where, params } = searchSql(query);
      if (!includeArchived) where.unshift('p.archived_at IS NULL');
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      return t.db
        .prepare(`SELECT id FROM patients p ${clause} ORDER BY p.sort_key, p.id`)
        .pluck()
        .all(...params) as number[];
    };
    const queries = [
      ['ashw', false],
      ['ashw', true],
      ['ann3', false],
      ['ann3 ash', false],
      ['que', true],
      ['que', false],
      ['ashworthb ann', false],
      ['ashw @', false],
      ['ashw @', true],
      ['p', false],
      ['p', true],
      ['', false],
      ['', true],
    ] as const;
    const accentsWordsDatesNumbers = [
      ['anaïs', false],
      ['ANAIS', true],
      ['que a', false],
      ['que a', true],
      ['a anais', false],
      ['an ashworthc', false],
      ['ann ashworthq', true],
      ['anaïs q', true],
      ['1985-03-12', false],
      ['12.03.1985', true],
      ['P-000042', false],
      ['p000042', true],
    ] as const;

    const sameByEveryPlan = (list: readonly (readonly [string, boolean])[]) => {
      for (const [query, includeArchived] of list) {
        const expected = plainIds(query, includeArchived);
        const search = searchSql(query);
        // The lookups in either order: the planner puts the broadest first, whichever that is.
        const orders =
          search.lookups.length > 1
            ? [search, { ...search, lookups: [...search.lookups].reverse() }]
            : [search];
        const plans = [
          ...orders.map((ordered) => ['read', ordered] as const),
          ['walk', search] as const,
          // Never probed (see searchPlanner), and a date's phrase asked once a row is slow.
          ...(search.identifying ? [] : [['probe', search] as const]),
        ];
        for (const [how, ordered] of plans) {
          const byCursor: number[] = [];
          let after: [string, number] | [] = [];
          for (;;) {
            const page = patientPageSql(ordered, includeArchived, how, after.length > 0);
            const rows = t.db.prepare(page.sql).all(...page.params, ...after, 400, 0) as SearchRow[];
            byCursor.push(...rows.map((r) => r.id));
            const last = rows.at(-1);
            if (rows.length < 400 || !last) break;
            after = [last.sort_key, last.id];
          }
          expect(byCursor, `${how} "${query}" ${includeArchived}`).toEqual(expected);
          const page = patientPageSql(ordered, includeArchived, how, false);
          const atOffset = t.db.prepare(page.sql).all(...page.params, 100, 1040) as SearchRow[];
          expect(atOffset.map((r) => r.id)).toEqual(expected.slice(1040, 1140));
        }
        for (const ordered of orders) {
          const count = patientCountSql(ordered, includeArchived);
          const counted = t.db
            .prepare(count.sql)
            .pluck()
            .get(...count.params);
          expect(counted, `count "${query}" ${includeArchived}`).toBe(
            Math.min(expected.length, PATIENT_SEARCH_TOTAL_CAP + 1),
          );
        }
      }
    };

    it('finds the same patients in the same order by every plan, page after page by cursor or offset', () =>
      sameByEveryPlan(queries));

    it('does so with accents, two words (one broad), a date of birth or a patient number', () =>
      sameByEveryPlan(accentsWordsDatesNumbers));

    it('reads few matches, walks many and probes for most of the clinic', () => {
      const planFor = searchPlanner(t.db, { readBelow: 300, probeFrom: 1500 });
      const of = (query: string) => planFor(searchSql(query)).plan;
      expect(of('que')).toBe('read');
      expect(of('ann3')).toBe('walk');
      expect(of('ashw')).toBe('probe');
      expect(of('p')).toBe('probe');
      expect(of('ashw que')).toBe('read');
      expect(of('')).toBe('walk');
      // A whole date of birth or patient number is read without counting, even shared by all.
      expect(of('1985-03-12')).toBe('read');
      expect(of('12/03/1985')).toBe('read');
      expect(of('P-000042')).toBe('read');
      expect(of('1985-03')).toBe('probe');
      // Broadest first: the word prefix "a" (most of the clinic) before the rare "que".
      const broadest = (query: string) => planFor(searchSql(query)).search.lookups.map((l) => l.index);
      expect(broadest('que a')).toEqual(['patients_words', 'patients_fts']);
      expect(broadest('q ashw')).toEqual(['patients_fts', 'patients_words']);
    });

    it('counts the total exactly up to the cap, says "more" past it, and pages on past the cap', async () => {
      expect(await search('quen')).toMatchObject({ total: 3, more: false, next: null });
      expect(names(await search('quen', true))).toEqual(['Quenby', 'Quennell', 'Quentin']);
      const ann3 = await search('ann3');
      expect(ann3).toMatchObject({ total: plainIds('ann3', false).length, more: false });
      expect(ann3.total).toBeGreaterThan(100);
      expect((await search('ann3', true)).total).toBe(plainIds('ann3', true).length);
      expect(await search('ashw', true)).toMatchObject({ total: PATIENT_SEARCH_TOTAL_CAP, more: true });
      expect(await search('que a')).toMatchObject({ total: plainIds('que a', false).length, more: false });
      // Every patient here was born on 12 March 1985: the date is read, then counted to the cap.
      expect(await search('12/03/1985')).toMatchObject({ total: PATIENT_SEARCH_TOTAL_CAP, more: true });
      expect(names(await search('P-000042'))).toEqual(['Ashworthp']);

      const expected = plainIds('ashw', false);
      expect(expected.length).toBeGreaterThan(2 * PATIENT_SEARCH_TOTAL_CAP);
      const first = value<PatientSearchResult>(
        await t.api.call('patients.search', { query: 'ashw', limit: 500 }),
      );
      expect(first).toMatchObject({ total: PATIENT_SEARCH_TOTAL_CAP, more: true });
      const ids = first.items.map((p) => p.id);
      let next = first.next;
      while (next) {
        const page = value<PatientSearchResult>(
          await t.api.call('patients.search', { query: 'ashw', limit: 500, after: next }),
        );
        // Only the first page counts: a later page does not count again.
        expect(page.total).toBeNull();
        ids.push(...page.items.map((p) => p.id));
        next = page.next;
      }
      expect(ids).toEqual(expected);
    });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { NARROW_SEARCH, patientSearchSql } from '../../src/main/patients/repository';
import { searchSql } from '../../src/main/patients/search-query';
import {
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
  const plan = (query: string, includeArchived = false, narrow = false) => {
    const { listSql, params } = patientSearchSql(searchSql(query), includeArchived, narrow);
    return t.db
      .prepare(`EXPLAIN QUERY PLAN ${listSql}`)
      .all(...params, 100, 0)
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
  };

  it('walks the name-order index instead of sorting', () => {
    expect(plan('')).toContain('SCAN p USING INDEX patients_sort_active');
    expect(plan('', true)).toContain('SCAN p USING INDEX patients_sort_all');
    expect(plan('')).not.toContain('TEMP B-TREE');
  });

  it('uses the trigram index for three or more characters and the word index below that', () => {
    expect(plan('nguy')).toContain('patients_fts VIRTUAL TABLE');
    expect(plan('ng')).toContain('patients_words VIRTUAL TABLE');
    expect(plan('ng nguy')).toMatch(/patients_fts[\s\S]*patients_words|patients_words[\s\S]*patients_fts/);
  });

  it('reads the matches of a rare name by id instead of walking the whole name-order index', () => {
    const narrow = plan('nguy', false, true);
    expect(narrow).toContain('SEARCH p USING INTEGER PRIMARY KEY');
    expect(narrow).not.toContain('patients_sort_active');
    expect(plan('ng', true, true)).not.toContain('patients_sort_all');
  });

  it('gives the same page and total whether it reads the matches or walks the index', async () => {
    const { services } = t.api;
    const rare = ['Quennell', 'Quenby', 'Quentin'];
    t.db.transaction(() => {
      for (let i = 0; i < NARROW_SEARCH + 50; i++) {
        const lastName =
          i < rare.length ? (rare[i] as string) : `Ashworth${String.fromCharCode(97 + (i % 26))}`;
        const p = services.patients.create(
          patientFieldsSchema.parse(patientFields({ lastName, firstName: `Ann${i % 7}` })),
          true,
        );
        if (i % 10 === 3) services.patients.archive(p.id);
      }
    })();
    // Counted by reading every matching row, as the count once was: the reference for the totals.
    const rowCount = (query: string, includeArchived: boolean) => {
      const { where, params } = searchSql(query);
      if (!includeArchived) where.unshift('p.archived_at IS NULL');
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      return t.db
        .prepare(`SELECT count(*) FROM patients p ${clause}`)
        .pluck()
        .get(...params);
    };
    const both = (query: string, includeArchived: boolean) =>
      [false, true].map((narrow) => {
        const sql = patientSearchSql(searchSql(query), includeArchived, narrow);
        const ids = t.db
          .prepare(sql.listSql)
          .all(...sql.params, 100, 40)
          .map((r) => (r as { id: number }).id);
        return {
          ids,
          total: t.db
            .prepare(sql.countSql)
            .pluck()
            .get(...sql.countParams),
        };
      });
    for (const [query, archived] of [
      ['ashw', false],
      ['ashw', true],
      ['ann3 ash', false],
      ['que', true],
      ['que', false],
      ['ashworthb ann', false],
      ['ashw @', false],
      ['', false],
    ] as const) {
      const [walked, read] = both(query, archived);
      expect(read).toEqual(walked);
      expect(walked?.total).toBe(rowCount(query, archived));
    }
    // The service picks a way by how many match; its answers are the walked ones.
    const broad = await search('ashw');
    expect(broad.total).toBe(both('ashw', false)[0]?.total);
    expect(broad.total).toBeGreaterThan(NARROW_SEARCH - 150);
    expect(names(await search('quen', true))).toEqual(['Quenby', 'Quennell', 'Quentin']);
    expect((await search('quen')).total).toBe(3);
  });
});

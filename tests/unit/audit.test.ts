import { describe, expect, it } from 'vitest';
import type { AuditPage, AuditVerification } from '../../src/shared/audit/schema';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';

const t = apiPerTest();

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};
const entries = async (filter = {}) => value<AuditPage>(await t.api.call('audit.list', filter));
const verify = async () => value<AuditVerification>(await t.api.call('audit.verify', {}));

async function someActivity() {
  const p = value<Patient>(
    await t.api.call('patients.create', { fields: patientFields({ lastName: 'Ivanova' }) }),
  );
  await t.api.call('patients.get', { id: p.id });
  t.api.clock.advance(60_000);
  await t.api.call('patients.update', {
    id: p.id,
    version: 1,
    fields: patientFields({ lastName: 'Ivanova', phone: '123 456' }),
  });
  await t.api.call('patients.archive', { id: p.id });
  await t.api.call('patients.restore', { id: p.id });
  await t.api.call('settings.update', { patch: { currency: 'GBP' } });
  return p;
}

describe('audit trail', () => {
  it('records every write and each opening of a record, newest first, without clinical content', async () => {
    await someActivity();
    const page = await entries();
    expect(page.items.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ['settings', 'settings', 'currency'],
      ['restore', 'patient', 'P-000001'],
      ['archive', 'patient', 'P-000001'],
      ['update', 'patient', 'P-000001'],
      ['open', 'patient', 'P-000001'],
      ['create', 'patient', 'P-000001'],
    ]);
    expect(page.items.every((e) => e.actor === 'practitioner')).toBe(true);
    const stored = JSON.stringify(t.db.prepare('SELECT * FROM audit_log').all());
    expect(stored).not.toMatch(/Ivanova|Maria|123 456|maria@example/);
  });

  it('names the practitioner of the clinic profile once it is set', async () => {
    await t.api.call('patients.create', { fields: patientFields() });
    await t.api.call('settings.update', { patch: { practitionerName: 'Dr Eleni Markou' } });
    await t.api.call('patients.create', { fields: patientFields({ dateOfBirth: '1990-01-01' }) });
    const page = await entries();
    expect(page.items.map((e) => [e.action, e.actor])).toEqual([
      ['create', 'Dr Eleni Markou'],
      ['settings', 'Dr Eleni Markou'],
      ['create', 'practitioner'],
    ]);
  });

  it('counts repeated openings of the same record within a visit once', async () => {
    const p = value<Patient>(await t.api.call('patients.create', { fields: patientFields() }));
    await t.api.call('patients.get', { id: p.id });
    await t.api.call('patients.get', { id: p.id });
    t.api.clock.advance(11 * 60_000);
    await t.api.call('patients.get', { id: p.id });
    expect((await entries({ action: 'open' })).total).toBe(2);
  });

  it('records nothing for a refused write, and the write itself is rolled back with its entry', async () => {
    await t.api.call('patients.create', { fields: patientFields({ email: 'bad' }) });
    expect((await entries()).total).toBe(0);
  });

  it('filters by action, record and date', async () => {
    await someActivity();
    expect((await entries({ action: 'archive' })).total).toBe(1);
    expect((await entries({ entity: 'patient', entityId: 'P-000001' })).total).toBe(5);
    expect((await entries({ from: '2026-03-01', to: '2026-03-01' })).total).toBe(6);
    expect((await entries({ from: '2026-03-02' })).total).toBe(0);
  });

  it('is append-only: the database refuses to edit or delete an entry', async () => {
    await someActivity();
    expect(() => t.db.prepare("UPDATE audit_log SET action = 'open' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => t.db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('verifies the chain, and detects an edited, a removed and an inserted entry', async () => {
    await someActivity();
    expect(await verify()).toMatchObject({ ok: true, status: 'ok', checked: 6, brokenAt: null });

    const tamper = (sql: string) => {
      t.db.exec('DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete;');
      t.db.exec(sql);
    };
    tamper("UPDATE audit_log SET entity_id = 'P-000002' WHERE id = 3");
    expect(await verify()).toMatchObject({ ok: false, status: 'broken', brokenAt: 3 });
  });

  it('detects a removed entry in the middle', async () => {
    await someActivity();
    t.db.exec('DROP TRIGGER audit_log_append_only_delete');
    t.db.exec('DELETE FROM audit_log WHERE id = 4');
    expect(await verify()).toMatchObject({ ok: false, status: 'broken', brokenAt: 5 });
  });
});

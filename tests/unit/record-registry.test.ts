import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIncluded, type PatientRecordKind } from '../../src/main/record/kind';
import { ERASURE_STEPS, PATIENT_RECORDS } from '../../src/main/record/registry';
import { createTestDb, type TestDb } from '../fixtures/db';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

/** Every foreign key of the schema the production migrations build. */
function foreignKeys(): { table: string; parent: string }[] {
  return t.db
    .prepare<[], { table: string; parent: string }>(
      `SELECT m.name AS "table", f."table" AS parent
       FROM sqlite_master m, pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' ORDER BY m.name`,
    )
    .all();
}

const PARTS = ['timeline', 'export', 'fhirImport'] as const satisfies readonly (keyof PatientRecordKind)[];
const byTable = new Map(PATIENT_RECORDS.map((k) => [k.table, k]));

describe('the patient-record registry', () => {
  it('has an entry for every table linked to patients, and none for any other', () => {
    const linked = [
      ...new Set(
        foreignKeys()
          .filter((f) => f.parent === 'patients')
          .map((f) => f.table),
      ),
    ];
    expect(linked.length).toBeGreaterThan(5);
    expect([...byTable.keys()].sort()).toEqual(linked.sort());
  });

  it.each(PATIENT_RECORDS.map((k) => [k.table, k] as const))(
    '%s: takes part in the timeline, the exports and re-import, or says why not',
    (_table, kind) => {
      for (const part of PARTS) {
        const value = kind[part];
        if (!isIncluded(value)) expect(value.notIncluded.trim(), `${kind.table}.${part}`).not.toBe('');
      }
      expect(kind.erasure.length, `${kind.table} is erased`).toBeGreaterThan(0);
      expect(kind.erasure.some((s) => s.sql.includes(`DELETE FROM ${kind.table} WHERE patient_id = ?`))).toBe(
        true,
      );
    },
  );

  it('erases every table that hangs off a patient record, children before their parents', () => {
    const records = new Set(byTable.keys());
    const order = ERASURE_STEPS.map((s) => /DELETE FROM (\w+)/.exec(s.sql)?.[1]);
    for (const { table, parent } of foreignKeys()) {
      if (!records.has(parent) && parent !== 'patients') continue;
      if (table === parent) continue;
      expect(order, `${table} is erased`).toContain(table);
      expect(order.indexOf(table), `${table} before ${parent}`).toBeLessThan(order.indexOf(parent));
    }
  });

  it('exports, shows and re-imports the kinds in an order whose references resolve', () => {
    const exported = PATIENT_RECORDS.filter((k) => isIncluded(k.export)).map((k) => k.table);
    expect(exported).toEqual([
      'intakes',
      'flag_decisions',
      'sessions',
      'adverse_events',
      'appointments',
      'recall_reminders',
      'patient_contact_preferences',
      'documents',
      'photos',
      'patient_changes',
    ]);
    const imported = PATIENT_RECORDS.filter((k) => isIncluded(k.fhirImport)).map((k) => k.table);
    expect(imported.indexOf('sessions')).toBeLessThan(imported.indexOf('adverse_events'));
    expect(imported.indexOf('sessions')).toBeLessThan(imported.indexOf('appointments'));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_LOTS_SQL, EXPIRING_LOTS_SQL, LOT_RECALL_SQL } from '../../src/main/catalog/products';
import { RECALL_SQL } from '../../src/main/treatments/courses';
import { TIMELINE_COUNT_SQL, TIMELINE_SQL } from '../../src/main/treatments/timeline';
import { seedTreatments } from '../bench/treatments.bench';
import { createTestDb, type TestDb } from '../fixtures/db';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
  // A clinic with real rows and statistics, so the planner chooses as it will in practice.
  seedTreatments(t.db, 300, 3000);
  t.db.exec('ANALYZE');
});
afterAll(() => t.close());

const plan = (sql: string, params: unknown): string[] =>
  (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[]).map(
    (r) => r.detail,
  );

/** No step reads a whole table: every table is reached through an index or its primary key. */
const noFullScans = (steps: string[]) =>
  // A scan of the union's own rows (already narrowed to one patient) is fine.
  steps.filter((s) => /^SCAN (?!CONSTANT ROW|\(subquery)/.test(s) && !/USING (COVERING )?INDEX/.test(s));

describe('query plans', () => {
  it('the patient timeline reads each table through its patient index', () => {
    const steps = plan(TIMELINE_SQL, { patientId: 1, limit: 100, offset: 0 });
    expect(noFullScans(steps)).toEqual([]);
    for (const index of [
      'intakes_by_patient',
      'sessions_by_patient',
      'session_amendments_by_patient',
      'adverse_events_by_patient',
      'documents_by_patient',
    ]) {
      expect(
        steps.some((s) => s.includes(`USING INDEX ${index}`) || s.includes(`USING COVERING INDEX ${index}`)),
        index,
      ).toBe(true);
    }
    expect(noFullScans(plan(TIMELINE_COUNT_SQL, { patientId: 1 }))).toEqual([]);
  });

  it('the recall list walks the active-course due-date index', () => {
    const steps = plan(RECALL_SQL, { until: '2026-03-01', today: '2026-02-20', limit: 200 });
    expect(steps[0]).toMatch(/^SEARCH c USING INDEX courses_recall \(next_due_date<\?\)$/);
    expect(steps).toContain('SEARCH p USING INTEGER PRIMARY KEY (rowid=?)');
    // The booked appointment of each listed course: by its primary key, found through the course index.
    expect(steps).toContain('SEARCH a USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN');
    const sub = steps.indexOf('CORRELATED SCALAR SUBQUERY 1');
    expect(steps[sub + 1]).toMatch(
      /^SEARCH b USING INDEX appointments_by_course \(course_id=\? AND status=\?\)/,
    );
    expect(noFullScans(steps)).toEqual([]);
    // The list comes in index order; only a course's own few appointments are sorted (by start).
    expect(steps.slice(0, sub).some((s) => s.includes('TEMP B-TREE'))).toBe(false);
  });

  it('the lot recall finds the lot by its key and its uses by lot', () => {
    const steps = plan(LOT_RECALL_SQL, ['HA-2291']);
    expect(noFullScans(steps)).toEqual([]);
    expect(steps).toContain('SEARCH l USING INDEX lots_by_key (lot_key=?)');
    expect(
      steps.some((s) => /SEARCH si USING (COVERING )?INDEX session_items_by_lot \(lot_id=\?\)/.test(s)),
    ).toBe(true);
  });

  it('the expiring and expired lot lists use the in-stock expiry index', () => {
    expect(plan(EXPIRED_LOTS_SQL, ['2026-03-01'])[0]).toMatch(/USING INDEX lots_in_stock_by_expiry/);
    expect(plan(EXPIRING_LOTS_SQL, ['2026-03-01', '2026-04-30'])[0]).toMatch(
      /USING INDEX lots_in_stock_by_expiry/,
    );
  });
});

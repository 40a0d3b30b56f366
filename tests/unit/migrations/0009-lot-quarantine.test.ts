import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0009 } from '../../../src/main/db/migrations/0009-lot-quarantine';
import { migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0009) - 1]?.version ?? 0;

it('keeps every lot, usable, and refuses a quarantine flag other than 0 or 1', () => {
  migrateTo(t.db, previous);
  const product = t.db
    .prepare(
      `INSERT INTO products (uid, name, type, unit, ingredients_json, created_at, updated_at)
       VALUES ('p1', 'Hyaluronic acid', 'single-active', 'ml', '[]', 't', 't')`,
    )
    .run().lastInsertRowid;
  t.db
    .prepare(
      `INSERT INTO lots (product_id, lot_number, lot_key, expiry_date, received_date, received_c, used_c,
        created_at, updated_at) VALUES (?, 'HA-1', 'ha-1', '2027-01-31', '2026-01-01', 1000, 250, 't', 't')`,
    )
    .run(product);

  migrateTo(t.db, migration0009.version);
  expect(t.db.prepare('SELECT lot_number, received_c, used_c, quarantined FROM lots').all()).toEqual([
    { lot_number: 'HA-1', received_c: 1000, used_c: 250, quarantined: 0 },
  ]);
  expect(() => t.db.prepare('UPDATE lots SET quarantined = 2').run()).toThrow(/CHECK/);
});

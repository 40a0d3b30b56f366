import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import type { Db } from '../../../src/main/db/types';
import { createMigrationTestDb, type MigrationTestDb } from '../../fixtures/migrate';

/**
 * A shipped migration's SQL never changes, even when its source is tidied (shared trigger builders):
 * every SQL string each migration hands to SQLite is compared with the text recorded before any such
 * refactor. The snapshots are the contract; never update them to make this pass.
 */
const FROZEN_UP_TO = 8;

/** The database as a migration sees it, writing down every SQL text passed to exec or prepare. */
function recording(db: Db, executed: string[]): Db {
  return new Proxy(db, {
    get(target, key) {
      if (key === 'exec' || key === 'prepare') {
        return (sql: string) => {
          executed.push(`-- ${key}\n${sql}`);
          return key === 'exec' ? target.exec(sql) : target.prepare(sql);
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the SQL each shipped migration executes', () => {
  let migrationDb: MigrationTestDb | null = null;
  afterEach(() => migrationDb?.close());

  it('is byte-for-byte what it was when the migration shipped', async () => {
    migrationDb = createMigrationTestDb();
    const { db } = migrationDb;
    for (const migration of MIGRATIONS.filter((m) => m.version <= FROZEN_UP_TO)) {
      const executed: string[] = [];
      db.transaction(() => migration.up(recording(db, executed)))();
      const name = `${String(migration.version).padStart(4, '0')}-${migration.name}`;
      await expect(`${executed.join('\n\n')}\n`).toMatchFileSnapshot(`./__snapshots__/sql/${name}.sql.snap`);
    }
  });
});

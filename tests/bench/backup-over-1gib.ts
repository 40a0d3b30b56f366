/**
 * An encrypted clinic over 1 GiB, end to end: seeded past SQLite's lock-byte page at 1 GiB, backed up
 * and verified by the app's backup, staged back by its restore, and its bytes compared. Too large for
 * every test run (about 3.5 GB of disk, half a minute); run it by hand after a change to the backup:
 *   npx tsx tests/bench/backup-over-1gib.ts /tmp/big [MB]
 * Exits non-zero when anything differs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stageRestore } from '../../src/main/backup/restore';
import { createBackup } from '../../src/main/backup/store';
import { openDatabase } from '../../src/main/db/open';
import { prepareWorkerEntry } from '../../src/main/workers/spawn';

async function main() {
  const dir = process.argv[2] as string;
  const mb = Number(process.argv[3] ?? 1150);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const key = crypto.randomBytes(32);
  const file = path.join(dir, 'mesodesk.db');
  const { db } = openDatabase(file, { key });
  db.exec('CREATE TABLE bulk_test (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO bulk_test (bytes) VALUES (?)');
  const hash = crypto.createHash('sha256');
  const t0 = performance.now();
  for (let i = 0; i < mb; i += 16) {
    db.transaction(() => {
      for (let j = 0; j < 16; j++) {
        const b = crypto.randomBytes(1 << 20);
        hash.update(b);
        insert.run(b);
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const expected = hash.digest('hex');
  console.log(
    'seeded',
    (fs.statSync(file).size / 2 ** 30).toFixed(3),
    'GiB in',
    ((performance.now() - t0) / 1000).toFixed(1),
    's',
  );
  prepareWorkerEntry('backup-worker');
  prepareWorkerEntry('restore-worker');
  const t1 = performance.now();
  const info = await createBackup({
    db,
    folder: path.join(dir, 'backups'),
    kind: 'manual',
    key,
    now: new Date(),
    keyfile: null,
  });
  console.log('backup', info.status, ((performance.now() - t1) / 1000).toFixed(1), 's');
  db.close();
  const staged = path.join(dir, 'restored.db');
  const t2 = performance.now();
  const restored = await stageRestore(path.join(dir, 'backups', info.name), staged, [key], undefined, false);
  console.log('restore staged', ((performance.now() - t2) / 1000).toFixed(1), 's', restored.name);
  const back = openDatabase(staged, { key }).db;
  const h2 = crypto.createHash('sha256');
  for (const row of back.prepare<[], { bytes: Buffer }>('SELECT bytes FROM bulk_test ORDER BY id').iterate())
    h2.update(row.bytes);
  const same = h2.digest('hex') === expected;
  const integrity = back.pragma('integrity_check', { simple: true });
  console.log(
    'rows',
    back.prepare('SELECT count(*) FROM bulk_test').pluck().get(),
    'same bytes',
    same,
    'integrity',
    integrity,
  );
  back.close();
  if (!same || integrity !== 'ok' || info.status !== 'verified') process.exitCode = 1;
}
void main();

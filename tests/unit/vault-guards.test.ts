import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { swapInto } from '../../src/main/backup/restore';
import { applyKey } from '../../src/main/db/open';
import { FOLDER_LOCK_NAME } from '../../src/main/vault/folder-lock';
import {
  createKeyfile,
  createKeyfileExclusive,
  readKeyfile,
  unwrapWithPassphrase,
} from '../../src/main/vault/keyfile';
import { generateRecoveryKey } from '../../src/main/vault/recovery-key';
import { type ClinicVault, NEXT_KEYFILE_NAME } from '../../src/main/vault/vault';
import type { BackupInfo } from '../../src/shared/backup/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import { FAST_KDF } from '../fixtures/kdf';
import { patientFields } from '../fixtures/patients';
import { testVault, vaultValue as value } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';
const OTHER = 'another passphrase entirely';
const NEW = 'eight golden herons at dusk';

let dir: string;
let clock: number;
let sessions: ClinicVault[];
const make = (dataDir = dir) => {
  const s = testVault(dataDir, () => new Date(clock));
  sessions.push(s);
  return s;
};
const setup = (s: ClinicVault, passphrase = PASS) =>
  value<{ recoveryKey: string }>(s, 'vault.setup', { passphrase, confirmation: passphrase });
const keyfilePath = () => path.join(dir, 'mesodesk.keys.json');
const total = async (s: ClinicVault) =>
  (await value<PatientSearchResult>(s, 'patients.search', { query: '' })).total;
/** Open file descriptors of this process on the clinic database (Linux). */
const openHandles = () =>
  fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target === path.join(dir, 'mesodesk.db')).length;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-guards-'));
  clock = Date.parse('2026-06-01T08:00:00Z');
  sessions = [];
});
afterEach(() => {
  for (const s of sessions) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('one session operation at a time', () => {
  it('two setups at once: one clinic, whose recovery key is the one shown', async () => {
    const s = make();
    const [a, b] = await Promise.all([
      s.dispatch('vault.setup', { passphrase: PASS, confirmation: PASS }),
      s.dispatch('vault.setup', { passphrase: OTHER, confirmation: OTHER }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(b.ok || b.error.message).toBe('errors.alreadySetUp');
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Kept' }) });
    s.close();
    const again = make();
    await value(again, 'vault.unlock', { passphrase: PASS });
    expect(await total(again)).toBe(1);
    const recoveryKey = a.ok ? (a.value as { recoveryKey: string }).recoveryKey : '';
    await value(again, 'vault.recover', { recoveryKey, passphrase: NEW, confirmation: NEW });
  });

  it('starts keeping older documents\u2019 PDFs in the background at unlock, and stops at lock', async () => {
    const s = make();
    await setup(s);
    expect(await s.pdfBackfill()).toBe(0);
    await value(s, 'vault.lock');
    await value(s, 'vault.unlock', { passphrase: PASS });
    expect(await s.pdfBackfill()).toBe(0);
  });

  it('creates the key file exclusively', async () => {
    const keyfile = await createKeyfile(
      { current: crypto.randomBytes(32), previous: [] },
      PASS,
      generateRecoveryKey(),
      FAST_KDF,
      new Date(),
    );
    expect(createKeyfileExclusive(keyfilePath(), keyfile)).toBe(true);
    const first = fs.readFileSync(keyfilePath(), 'utf8');
    expect(createKeyfileExclusive(keyfilePath(), { ...keyfile, createdAt: 'other' })).toBe(false);
    expect(fs.readFileSync(keyfilePath(), 'utf8')).toBe(first);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('parallel unlocks open one connection, and lock leaves none', async () => {
    const s = make();
    await setup(s);
    await value(s, 'vault.lock');
    expect(openHandles()).toBe(0);
    const results = await Promise.all([1, 2, 3].map(() => s.dispatch('vault.unlock', { passphrase: PASS })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(openHandles()).toBe(1);
    await value(s, 'vault.lock');
    expect(openHandles()).toBe(0);
  });

  it('a lock asked for during a passphrase change waits for it', async () => {
    const s = make();
    await setup(s);
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'During' }) });
    const [change, lock] = await Promise.all([
      s.dispatch('vault.changePassphrase', { current: PASS, passphrase: NEW, confirmation: NEW }),
      s.dispatch('vault.lock', {}),
    ]);
    expect(change.ok).toBe(true);
    expect(lock.ok && lock.value).toMatchObject({ state: 'locked' });
    await value(s, 'vault.unlock', { passphrase: NEW });
    expect(await total(s)).toBe(1);
  });
});

describe('the data folder belongs to one process', () => {
  it('refuses a second user of the folder, naming the first, until it lets go', async () => {
    const first = make();
    expect(() => make()).toThrow(expect.objectContaining({ message: 'errors.folderInUse' }));
    try {
      make();
    } catch (error) {
      expect((error as { details: unknown }).details).toMatchObject({
        kind: 'folder-in-use',
        transport: 'web',
        pid: process.pid,
      });
    }
    first.close();
    expect(fs.existsSync(path.join(dir, FOLDER_LOCK_NAME))).toBe(false);
    make();
  });

  it('takes over a lock left by a process that died', () => {
    // A pid far above the kernel's limit never runs.
    const dead = { pid: 2 ** 30, host: os.hostname(), transport: 'electron', since: 'x', token: 'dead' };
    fs.writeFileSync(path.join(dir, FOLDER_LOCK_NAME), JSON.stringify(dead));
    make();
    const now = JSON.parse(fs.readFileSync(path.join(dir, FOLDER_LOCK_NAME), 'utf8'));
    expect(now.pid).toBe(process.pid);
  });
});

describe('the wrong-passphrase delay holds', () => {
  it('serialises parallel attempts: only the first is tried, the others wait out the delay', async () => {
    const s = make();
    await setup(s);
    await value(s, 'vault.lock');
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => s.dispatch('vault.unlock', { passphrase: OTHER })),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual(['VALIDATION', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('survives a restart', async () => {
    const s = make();
    await setup(s);
    await value(s, 'vault.lock');
    await s.dispatch('vault.unlock', { passphrase: OTHER });
    clock += 1100;
    await s.dispatch('vault.unlock', { passphrase: OTHER });
    s.close();
    const restarted = make();
    const status = await value<{ retryAfterMs: number }>(restarted, 'vault.status');
    expect(status.retryAfterMs).toBe(2000);
    const refused = await restarted.dispatch('vault.unlock', { passphrase: PASS });
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
    clock += 2000;
    await value(restarted, 'vault.unlock', { passphrase: PASS });
    expect(fs.existsSync(path.join(dir, 'mesodesk.attempts.json'))).toBe(false);
  });
});

describe('restore refuses what is not a Mesodesk backup', () => {
  let s: ClinicVault;
  let good: BackupInfo;
  beforeEach(async () => {
    s = make();
    await setup(s);
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Original' }) });
    good = await value<BackupInfo>(s, 'backups.create');
  });

  async function refusal(file: string) {
    const before = fs.readFileSync(path.join(dir, 'mesodesk.db'));
    const r = await s.dispatch('backups.restore', { file });
    expect(await total(s)).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'mesodesk.db')).length).toBe(before.length);
    return r.ok ? 'restored' : r.error.message;
  }
  const keyed = (file: string, build: (db: Database.Database) => void) => {
    const db = new Database(file);
    applyKey(db, s.keys()[0] as Buffer);
    build(db);
    db.close();
    return file;
  };

  it('an empty file', async () => {
    fs.writeFileSync(path.join(dir, 'empty.db'), '');
    expect(await refusal(path.join(dir, 'empty.db'))).toBe('errors.notABackup');
  });

  it('a truncated backup', async () => {
    const bytes = fs.readFileSync(good.file);
    fs.writeFileSync(path.join(dir, 'cut.db'), bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    expect(await refusal(path.join(dir, 'cut.db'))).toBe('errors.backupDamaged');
    fs.writeFileSync(path.join(dir, 'cut-page.db'), bytes.subarray(0, 4096 * 4));
    expect(await refusal(path.join(dir, 'cut-page.db'))).toBe('errors.backupDamaged');
  });

  it('a plain SQLite file', async () => {
    const db = new Database(path.join(dir, 'plain.db'));
    db.exec('CREATE TABLE patients (id); CREATE TABLE settings (id); CREATE TABLE audit_log (id);');
    db.pragma('user_version = 3');
    db.close();
    expect(await refusal(path.join(dir, 'plain.db'))).toBe('errors.notABackup');
  });

  it('an encrypted SQLite file of another application, even with our key', async () => {
    const file = keyed(path.join(dir, 'other.db'), (db) => {
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
      db.prepare('INSERT INTO notes (body) VALUES (?)').run('x'.repeat(5000));
      db.pragma('application_id = 1234');
      db.pragma('user_version = 3');
    });
    expect(await refusal(file)).toBe('errors.notABackup');
  });

  it('a database without the core tables or below the first schema version', async () => {
    const noTables = keyed(path.join(dir, 'no-tables.db'), (db) => {
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
      db.prepare('INSERT INTO notes (body) VALUES (?)').run('x'.repeat(5000));
      db.pragma('user_version = 3');
    });
    expect(await refusal(noTables)).toBe('errors.notABackup');
    const versionZero = keyed(path.join(dir, 'v0.db'), (db) => {
      db.exec('CREATE TABLE patients (id); CREATE TABLE settings (id); CREATE TABLE audit_log (id);');
      db.exec(`CREATE TABLE pad (body TEXT); INSERT INTO pad VALUES ('${'x'.repeat(5000)}');`);
    });
    expect(await refusal(versionZero)).toBe('errors.notABackup');
  });

  it('a database from a newer version', async () => {
    const copy = path.join(dir, 'newer.db');
    fs.copyFileSync(good.file, copy);
    const db = new Database(copy);
    applyKey(db, s.keys()[0] as Buffer);
    db.pragma('user_version = 999');
    db.close();
    expect(await refusal(copy)).toBe('errors.backupTooNew');
  });

  it('every database Mesodesk writes carries its application id', () => {
    expect(s.database()?.pragma('application_id', { simple: true })).toBe(0x4d45534f);
  });
});

describe('restoring over a damaged database', () => {
  it('is refused when the database is healthy and merely locked', async () => {
    const s = make();
    await setup(s);
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Healthy' }) });
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Second' }) });
    const older = await value<BackupInfo>(s, 'backups.create');
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Third' }) });
    await value(s, 'vault.lock');
    const r = await s.dispatch('vault.restoreDamaged', { passphrase: PASS, file: older.file });
    expect(r.ok || r.error.message).toBe('errors.notDamaged');
    await value(s, 'vault.unlock', { passphrase: PASS });
    expect(await total(s)).toBe(3);
  });
});

describe('an interrupted passphrase change', () => {
  /** The state a kill leaves after the swap and before the key file is replaced. */
  async function cutAfterSwap(s: ClinicVault) {
    const oldKeyfile = fs.readFileSync(keyfilePath());
    await value(s, 'vault.changePassphrase', { current: PASS, passphrase: NEW, confirmation: NEW });
    s.close();
    fs.renameSync(keyfilePath(), path.join(dir, NEXT_KEYFILE_NAME));
    fs.writeFileSync(keyfilePath(), oldKeyfile);
  }

  it('after the swap: the old passphrase says so and keeps the pending key file; the new one finishes it', async () => {
    const s = make();
    await setup(s);
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Swapped' }) });
    await cutAfterSwap(s);
    const after = make();
    const old = await after.dispatch('vault.unlock', { passphrase: PASS });
    expect(old.ok || old.error.message).toBe('errors.passphraseChangeInterrupted');
    expect(fs.existsSync(path.join(dir, NEXT_KEYFILE_NAME))).toBe(true);
    clock += 5000;
    await value(after, 'vault.unlock', { passphrase: NEW });
    expect(await total(after)).toBe(1);
    expect(fs.existsSync(path.join(dir, NEXT_KEYFILE_NAME))).toBe(false);
  });

  it('before the swap: the new passphrase re-keys and finishes it; the old one rolls it back', async () => {
    for (const typed of [NEW, PASS]) {
      const s = make();
      await setup(s);
      await value(s, 'patients.create', { fields: patientFields({ lastName: 'NotSwapped' }) });
      const oldRing = await unwrapWithPassphrase(readKeyfile(keyfilePath()) ?? fail(), PASS);
      const pending = await createKeyfile(
        { current: crypto.randomBytes(32), previous: [oldRing?.current ?? fail()] },
        NEW,
        generateRecoveryKey(),
        FAST_KDF,
        new Date(),
      );
      fs.writeFileSync(path.join(dir, NEXT_KEYFILE_NAME), JSON.stringify(pending));
      s.close();
      const after = make();
      await value(after, 'vault.unlock', { passphrase: typed });
      expect(await total(after)).toBe(1);
      expect(fs.existsSync(path.join(dir, NEXT_KEYFILE_NAME))).toBe(false);
      after.close();
      const check = make();
      await value(check, 'vault.unlock', { passphrase: typed });
      check.close();
      fs.rmSync(dir, { recursive: true });
      fs.mkdirSync(dir);
    }
  });
});

describe('crash leftovers', () => {
  it('are swept at start-up; the pending key file is not', async () => {
    const s = make();
    await setup(s);
    await value(s, 'backups.create');
    s.close();
    const backups = path.join(dir, 'backups');
    const leftovers = [
      path.join(dir, 'mesodesk.db.rekeying'),
      path.join(dir, 'mesodesk.db.rekeying-journal'),
      path.join(dir, 'mesodesk.db.restoring'),
      path.join(dir, 'mesodesk.keys.next.json.tmp'),
      path.join(dir, 'mesodesk.keys.json.123.abcd.tmp'),
      path.join(backups, 'mesodesk-manual-2026-06-01T09-00-00-000Z.db.partial'),
      path.join(backups, 'mesodesk-manual-2026-06-01T09-00-00-000Z.db.partial-journal'),
      // A sidecar written just before a crash stopped its backup's rename.
      path.join(backups, 'mesodesk-manual-2026-06-01T09-00-00-000Z.db.json'),
      path.join(backups, 'mesodesk-manual-2026-06-01T09-00-00-000Z.db.photos.json'),
    ];
    for (const f of leftovers) fs.writeFileSync(f, '');
    fs.writeFileSync(path.join(dir, NEXT_KEYFILE_NAME), '{}');
    make();
    expect(leftovers.filter((f) => fs.existsSync(f))).toEqual([]);
    expect(fs.existsSync(path.join(dir, NEXT_KEYFILE_NAME))).toBe(true);
    // The real backups (the one taken at setup and the manual one), their sidecars and photo lists stay.
    expect(fs.readdirSync(backups).sort()).toEqual([
      'mesodesk-daily-2026-06-01T08-00-00-000Z.db',
      'mesodesk-daily-2026-06-01T08-00-00-000Z.db.json',
      'mesodesk-daily-2026-06-01T08-00-00-000Z.db.photos.json',
      'mesodesk-manual-2026-06-01T08-00-00-000Z.db',
      'mesodesk-manual-2026-06-01T08-00-00-000Z.db.json',
      'mesodesk-manual-2026-06-01T08-00-00-000Z.db.photos.json',
    ]);
  });

  it('a swap never lets a stale rollback journal or WAL replay onto the new file', () => {
    const db = path.join(dir, 'mesodesk.db');
    const staged = path.join(dir, 'staged.db');
    fs.writeFileSync(db, 'old');
    fs.writeFileSync(staged, 'new');
    for (const suffix of ['-journal', '-wal', '-shm']) fs.writeFileSync(`${db}${suffix}`, 'stale');
    swapInto(staged, db);
    expect(fs.readdirSync(dir).sort()).toEqual(['mesodesk.db']);
    expect(fs.readFileSync(db, 'utf8')).toBe('new');
  });
});

function fail(): never {
  throw new Error('unexpected');
}

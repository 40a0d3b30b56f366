import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectBackup } from '../../src/main/backup/inspect';
import { copyDatabasePart, readKeyTrailer } from '../../src/main/backup/key-trailer';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { applyKey, openConnection, openDatabase, WrongKeyError } from '../../src/main/db/open';
import { encryptPlainDatabase } from '../../src/main/vault/encrypt-existing';
import { KEYFILE_NAME } from '../../src/main/vault/vault';
import type { AuditPage } from '../../src/shared/audit/schema';
import type { BackupInfo } from '../../src/shared/backup/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import type { ClinicRestored } from '../../src/shared/vault/schema';
import { dataKeyOf, formatOf, rewriteAsSqlcipher4 } from '../fixtures/cipher-format';
import { patientFields } from '../fixtures/patients';
import { testVault, vaultValue as value } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';
const NEXT = 'eight golden herons at dusk';

let root: string;
let sessions: ReturnType<typeof testVault>[];
const open = (dataDir: string) => {
  const s = testVault(dataDir);
  sessions.push(s);
  return s;
};
const names = async (s: ReturnType<typeof testVault>) =>
  (await value<PatientSearchResult>(s, 'patients.search', { query: '' })).items.map((p) => p.lastName).sort();

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-cipher-'));
  sessions = [];
});
afterEach(() => {
  for (const s of sessions) s.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A clinic as an earlier version left it: set up, three patients, then the file in SQLCipher 4 format. */
async function olderClinic(dataDir = path.join(root, 'clinic')) {
  const s = open(dataDir);
  const { recoveryKey } = await value<{ recoveryKey: string }>(s, 'vault.setup', {
    passphrase: PASS,
    confirmation: PASS,
  });
  for (const lastName of ['Alves', 'Bianchi', 'Costa'])
    await value(s, 'patients.create', { fields: patientFields({ lastName }) });
  s.close();
  const dbFile = path.join(dataDir, 'mesodesk.db');
  const key = await dataKeyOf(path.join(dataDir, KEYFILE_NAME), PASS);
  rewriteAsSqlcipher4(dbFile, key);
  expect(formatOf(dbFile, key)).toBe('sqlcipher4');
  return { dataDir, dbFile, key, recoveryKey };
}

describe('the encryption format', () => {
  it('writes AEGIS-256 everywhere: a new clinic, its backups, a passphrase change, a plain file encrypted, a new file', async () => {
    const dataDir = path.join(root, 'new');
    const s = open(dataDir);
    await value(s, 'vault.setup', { passphrase: PASS, confirmation: PASS });
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Alves' }) });
    const dbFile = path.join(dataDir, 'mesodesk.db');
    const keyfile = path.join(dataDir, KEYFILE_NAME);
    const key = await dataKeyOf(keyfile, PASS);
    const backup = await value<BackupInfo>(s, 'backups.create');
    const part = path.join(root, 'backup-part.db');
    copyDatabasePart(backup.file, part);
    expect(formatOf(part, key)).toBe('aegis');
    await value(s, 'vault.changePassphrase', { current: PASS, passphrase: NEXT, confirmation: NEXT });
    s.close();
    expect(formatOf(dbFile, await dataKeyOf(keyfile, NEXT))).toBe('aegis');
    // Neither format is mistaken for the other: the new clinic never opens as SQLCipher 4.
    expect(formatOf(dbFile, key)).toBeNull();

    const plain = path.join(root, 'plain.db');
    openDatabase(plain).db.close();
    encryptPlainDatabase(plain, key, undefined, new Date());
    expect(formatOf(plain, key)).toBe('aegis');

    const fresh = path.join(root, 'fresh.db');
    const opened = openDatabase(fresh, { key });
    expect(opened.format).toBe('aegis');
    opened.db.close();
    expect(formatOf(fresh, key)).toBe('aegis');
  });

  it('writes the copy taken before migrating an older-format database in AEGIS too', () => {
    const key = Buffer.alloc(32, 5);
    const file = path.join(root, 'older-schema.db');
    openDatabase(file, { key, migrations: MIGRATIONS.slice(0, -1) }).db.close();
    rewriteAsSqlcipher4(file, key);
    const opened = openDatabase(file, { key, backupDir: path.join(root, 'pre') });
    expect(opened.format).toBe('sqlcipher4');
    opened.db.close();
    expect(formatOf(opened.preMigrationBackup as string, key)).toBe('aegis');
    const copy = openConnection(opened.preMigrationBackup as string, key);
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-2)?.version);
    copy.close();
  });

  it('opens both formats; a wrong key is a wrong key and a damaged page is damage, in both', async () => {
    const key = Buffer.alloc(32, 7);
    const wrong = Buffer.alloc(32, 8);
    const files = { aegis: path.join(root, 'a.db'), sqlcipher4: path.join(root, 's.db') };
    for (const [format, file] of Object.entries(files)) {
      const { db } = openDatabase(file, { key });
      db.exec('CREATE TABLE filler (x TEXT)');
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
         INSERT INTO filler SELECT hex(randomblob(300)) FROM n`,
      ).run();
      db.close();
      if (format === 'sqlcipher4') rewriteAsSqlcipher4(file, key);
      expect(formatOf(file, key)).toBe(format);
      const conn = openConnection(file, key);
      expect(conn.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(400);
      conn.close();
      expect(() => openConnection(file, wrong)).toThrow(WrongKeyError);
      // One bit changed in a page of the table: the key fits, the page fails its authentication.
      const damaged = path.join(root, `damaged-${format}.db`);
      const bytes = fs.readFileSync(file);
      const at = bytes.length - 4096 + 200;
      bytes.writeUInt8(bytes.readUInt8(at) ^ 1, at);
      fs.writeFileSync(damaged, bytes);
      const db2 = new Database(damaged);
      expect(() => {
        applyKey(db2, key);
        db2.prepare('SELECT count(*) FROM filler WHERE x IS NOT NULL').get();
      }).toThrow(expect.objectContaining({ code: 'SQLITE_CORRUPT' }));
      db2.close();
    }
  });
});

describe('a clinic in the older SQLCipher 4 format', () => {
  it('is converted once at unlock, after a verified backup: every row, the audit entry, same key file, recovery key still opens', async () => {
    const { dataDir, dbFile, key, recoveryKey } = await olderClinic();
    const keyfileBefore = fs.readFileSync(path.join(dataDir, KEYFILE_NAME));
    const s = open(dataDir);
    await value(s, 'vault.unlock', { passphrase: PASS });
    expect(await names(s)).toEqual(['Alves', 'Bianchi', 'Costa']);
    expect(s.database()?.pragma('integrity_check', { simple: true })).toBe('ok');
    const audit = await value<AuditPage>(s, 'audit.list', { action: 'format-conversion' });
    expect(audit.items.map((e) => e.entityId)).toEqual(['sqlcipher4 → aegis']);
    const backups = await value<{ items: BackupInfo[] }>(s, 'backups.list');
    const safety = backups.items.filter((b) => b.kind === 'pre-conversion');
    expect(safety).toHaveLength(1);
    expect(safety[0]).toMatchObject({ status: 'verified', contents: { counts: { patients: 3 } } });
    // The backup is the file as it was: the older format, with the key ring it needs.
    const part = path.join(root, 'safety-part.db');
    copyDatabasePart(safety[0]?.file as string, part);
    expect(formatOf(part, key)).toBe('sqlcipher4');
    expect(readKeyTrailer(safety[0]?.file as string)).not.toBeNull();
    s.close();
    expect(formatOf(dbFile, key)).toBe('aegis');
    expect(fs.readFileSync(path.join(dataDir, KEYFILE_NAME)).equals(keyfileBefore)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('rekeying'))).toEqual([]);

    // Once: the next unlock neither converts nor backs up again, and the recovery key still opens.
    const again = open(dataDir);
    await value(again, 'vault.unlock', { passphrase: PASS });
    expect((await value<AuditPage>(again, 'audit.list', { action: 'format-conversion' })).total).toBe(1);
    const kinds = (await value<{ items: BackupInfo[] }>(again, 'backups.list')).items.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'pre-conversion')).toHaveLength(1);
    await value(again, 'vault.lock');
    await value(again, 'vault.recover', { recoveryKey, passphrase: NEXT, confirmation: NEXT });
    expect(await names(again)).toEqual(['Alves', 'Bianchi', 'Costa']);
  });

  it('a conversion that fails leaves the clinic working in the older format, and the next unlock converts it', async () => {
    const { dataDir, dbFile, key } = await olderClinic();
    // The converted copy cannot be written: a folder stands where it would go.
    const blocked = path.join(dataDir, 'mesodesk.db.rekeying');
    fs.mkdirSync(blocked);
    const s = open(dataDir);
    await value(s, 'vault.unlock', { passphrase: PASS });
    expect(await names(s)).toEqual(['Alves', 'Bianchi', 'Costa']);
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Dias' }) });
    expect((await value<AuditPage>(s, 'audit.list', { action: 'format-conversion' })).total).toBe(0);
    await value(s, 'vault.lock');
    expect(formatOf(dbFile, key)).toBe('sqlcipher4');

    fs.rmdirSync(blocked);
    await value(s, 'vault.unlock', { passphrase: PASS });
    expect(await names(s)).toEqual(['Alves', 'Bianchi', 'Costa', 'Dias']);
    expect((await value<AuditPage>(s, 'audit.list', { action: 'format-conversion' })).total).toBe(1);
    s.close();
    expect(formatOf(dbFile, key)).toBe('aegis');
  });

  it('a passphrase change from the older format produces AEGIS under the new key', async () => {
    const { dataDir, dbFile } = await olderClinic();
    // The pending-change path: unlock converts first; the change re-encrypts in the write format anyway.
    const s = open(dataDir);
    await value(s, 'vault.unlock', { passphrase: PASS });
    await value(s, 'vault.changePassphrase', { current: PASS, passphrase: NEXT, confirmation: NEXT });
    expect(await names(s)).toEqual(['Alves', 'Bianchi', 'Costa']);
    s.close();
    expect(formatOf(dbFile, await dataKeyOf(path.join(dataDir, KEYFILE_NAME), NEXT))).toBe('aegis');
  });

  it('its backups still inspect, list and restore, into the same clinic and onto a new computer, as AEGIS', async () => {
    const { dataDir, dbFile, key } = await olderClinic();
    const s = open(dataDir);
    await value(s, 'vault.unlock', { passphrase: PASS });
    const old = (await value<{ items: BackupInfo[] }>(s, 'backups.list')).items.find(
      (b) => b.kind === 'pre-conversion',
    ) as BackupInfo;
    const inspected = inspectBackup(old.file, [key]);
    expect(inspected).toMatchObject({
      ok: true,
      format: 'sqlcipher4',
      contents: { counts: { patients: 3 } },
    });
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'Dias' }) });
    expect(await value<BackupInfo>(s, 'backups.preview', { file: old.file })).toMatchObject({
      status: 'verified',
    });
    await value(s, 'backups.restore', { file: old.file });
    expect(await names(s)).toEqual(['Alves', 'Bianchi', 'Costa']);
    s.close();
    expect(formatOf(dbFile, key)).toBe('aegis');
    // The backup itself is never changed by a restore.
    expect(inspectBackup(old.file, [key])).toMatchObject({ ok: true, format: 'sqlcipher4' });

    const laptop = open(path.join(root, 'new-laptop'));
    const restored = await value<ClinicRestored>(laptop, 'vault.restoreClinic', {
      method: 'passphrase',
      file: old.file,
      passphrase: PASS,
    });
    expect(restored.patients).toBe(3);
    expect(await names(laptop)).toEqual(['Alves', 'Bianchi', 'Costa']);
    laptop.close();
    expect(formatOf(path.join(root, 'new-laptop', 'mesodesk.db'), key)).toBe('aegis');
  });
});

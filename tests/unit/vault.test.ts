import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { readKeyfile } from '../../src/main/vault/keyfile';
import { generateRecoveryKey, normalizeRecoveryKey } from '../../src/main/vault/recovery-key';
import { type ClinicVault, createClinicVault, KEYFILE_NAME, retryDelayMs } from '../../src/main/vault/vault';
import { passphraseStrength } from '../../src/shared/vault/schema';
import { FAST_KDF } from '../fixtures/kdf';
import { patientFields } from '../fixtures/patients';

const PASS = 'seven silver otters at dawn';
const NAME = 'Παπαδοπούλου';

let dir: string;
let clock: number;
let session: ClinicVault;
const dbFile = () => path.join(dir, 'mesodesk.db');
const make = () =>
  createClinicVault({
    dataDir: dir,
    appVersion: 'test',
    transport: 'web',
    kdf: FAST_KDF,
    now: () => new Date(clock),
  });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-session-'));
  clock = Date.parse('2026-06-01T08:00:00Z');
  session = make();
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = async (channel: string, input: unknown = {}) => session.dispatch(channel, input);
const value = async <T>(channel: string, input: unknown = {}) => {
  const r = await call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
};
const setup = () => value<{ recoveryKey: string }>('vault.setup', { passphrase: PASS, confirmation: PASS });
const addPatient = () =>
  value<{ id: number }>('patients.create', { fields: patientFields({ firstName: 'Ελένη', lastName: NAME }) });

describe('first start', () => {
  it('asks for setup, refuses a short or mismatched passphrase, then issues a recovery key', async () => {
    expect(await value('vault.status')).toMatchObject({ state: 'setup' });
    const short = await call('vault.setup', { passphrase: 'short', confirmation: 'short' });
    expect(short.ok || short.error.fields).toEqual({ passphrase: 'errors.passphraseTooShort' });
    const mismatch = await call('vault.setup', { passphrase: PASS, confirmation: `${PASS}!` });
    expect(mismatch.ok || mismatch.error.fields).toEqual({ confirmation: 'errors.passphraseMismatch' });
    const { recoveryKey } = await setup();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await value('vault.status')).toMatchObject({ state: 'unlocked', autoLockMinutes: 5 });
    expect((await call('vault.setup', { passphrase: PASS, confirmation: PASS })).ok).toBe(false);
  });

  it('refuses every service call before setup and while locked', async () => {
    expect(await call('patients.search')).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'errors.appLocked' },
    });
    await setup();
    await call('vault.lock');
    expect(await call('patients.search')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('patients.nope')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('encryption at rest', () => {
  it('leaves no readable header, patient text or key on disk, and the file cannot be opened without the key', async () => {
    await setup();
    await addPatient();
    session.close();
    const onDisk = Buffer.concat(
      fs
        .readdirSync(dir)
        .map((f) =>
          fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f)) : Buffer.alloc(0),
        ),
    );
    expect(onDisk.includes(Buffer.from('SQLite format 3'))).toBe(false);
    for (const text of [NAME, 'Ελένη', 'maria@example.com', 'P-000001', PASS]) {
      expect(onDisk.includes(Buffer.from(text))).toBe(false);
    }
    const raw = new Database(dbFile());
    expect(() => raw.prepare('SELECT * FROM patients').all()).toThrow(/not a database/);
    raw.close();
    expect(() => openDatabase(dbFile())).toThrow();
    expect(() => openDatabase(dbFile(), { key: Buffer.alloc(32, 7) })).toThrow(/wrongKey/);
  });

  it('keeps the data across lock and unlock; the database is closed while locked', async () => {
    await setup();
    await addPatient();
    const db = session.database();
    await call('vault.lock');
    expect(db?.open).toBe(false);
    expect(session.database()).toBeNull();
    await value('vault.unlock', { passphrase: PASS });
    expect(await value('patients.search', { query: 'παπα' })).toMatchObject({ total: 1 });
  });

  it('a wrong passphrase opens nothing and each further attempt waits longer', async () => {
    await setup();
    await call('vault.lock');
    const first = await call('vault.unlock', { passphrase: 'not the passphrase' });
    expect(first).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { passphrase: 'errors.wrongPassphrase' },
        details: { retryAfterMs: 1000 },
      },
    });
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'errors.tooManyAttempts' },
    });
    clock += 1000;
    expect(await call('vault.unlock', { passphrase: 'still wrong' })).toMatchObject({
      error: { details: { retryAfterMs: 2000 } },
    });
    expect(session.database()).toBeNull();
    clock += 2000;
    expect(await value('vault.unlock', { passphrase: PASS })).toMatchObject({ state: 'unlocked' });
    expect([1, 2, 3, 4, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 60_000]);
  });

  it('locks itself after the idle time as a backstop to the screen timer', async () => {
    await setup();
    clock += 4 * 60_000;
    expect((await call('patients.search')).ok).toBe(true);
    clock += 5 * 60_000 + 1;
    expect(await call('patients.search')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(session.database()).toBeNull();
  });

  it('uses the configured auto-lock time', async () => {
    await setup();
    await value('settings.update', { patch: { autoLockMinutes: 30 } });
    clock += 20 * 60_000;
    expect((await call('patients.search')).ok).toBe(true);
    expect(await value('vault.status')).toMatchObject({ autoLockMinutes: 30 });
  });
});

describe('changing the passphrase and recovery', () => {
  it('re-keys the database: the old passphrase and recovery key stop working, the data stays', async () => {
    const { recoveryKey: oldRecovery } = await setup();
    await addPatient();
    const before = readKeyfile(path.join(dir, KEYFILE_NAME));
    const NEW = 'nine copper kites over hills';
    const wrong = await call('vault.changePassphrase', {
      current: 'nope',
      passphrase: NEW,
      confirmation: NEW,
    });
    expect(wrong).toMatchObject({ ok: false, error: { fields: { current: 'errors.wrongPassphrase' } } });
    clock += 1000;
    const { recoveryKey } = await value<{ recoveryKey: string }>('vault.changePassphrase', {
      current: PASS,
      passphrase: NEW,
      confirmation: NEW,
    });
    expect(recoveryKey).not.toBe(oldRecovery);
    // The replaced data key stays in the ring (wrapped) so older backups can still be opened.
    expect(session.keys()).toHaveLength(2);
    expect(readKeyfile(path.join(dir, KEYFILE_NAME))?.passphrase).not.toEqual(before?.passphrase);
    expect(await value('patients.search', { query: 'ελεν' })).toMatchObject({ total: 1 });

    session.close();
    session = make();
    expect((await call('vault.unlock', { passphrase: PASS })).ok).toBe(false);
    clock += 1000;
    expect(
      (await call('vault.recover', { recoveryKey: oldRecovery, passphrase: NEW, confirmation: NEW })).ok,
    ).toBe(false);
    clock += 2000;
    await value('vault.unlock', { passphrase: NEW });
    expect(await value('patients.search', { query: 'ελεν' })).toMatchObject({ total: 1 });
  });

  it('opens with the recovery key as typed by hand, sets a new passphrase and issues a new key', async () => {
    const { recoveryKey } = await setup();
    await addPatient();
    await call('vault.lock');
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    const NEW = 'a brand new passphrase here';
    const { recoveryKey: next } = await value<{ recoveryKey: string }>('vault.recover', {
      recoveryKey: typed,
      passphrase: NEW,
      confirmation: NEW,
    });
    expect(next).not.toBe(recoveryKey);
    expect(await value('patients.search', { query: 'ελεν' })).toMatchObject({ total: 1 });
    await call('vault.lock');
    expect((await call('vault.unlock', { passphrase: PASS })).ok).toBe(false);
    clock += 1000;
    expect((await call('vault.unlock', { passphrase: NEW })).ok).toBe(true);
  });

  it('survives a crash between re-keying the database and replacing the key file', async () => {
    await setup();
    await addPatient();
    // Simulate the interrupted change: the new key file written aside and the database re-keyed.
    const NEW = 'interrupted change passphrase';
    const other = createClinicVault({
      dataDir: path.join(dir, 'scratch'),
      appVersion: 't',
      transport: 'web',
      kdf: FAST_KDF,
    });
    other.close();
    const { createKeyfile, writeKeyfile } = await import('../../src/main/vault/keyfile');
    const newKey = Buffer.alloc(32, 9);
    writeKeyfile(
      path.join(dir, 'mesodesk.keys.next.json'),
      await createKeyfile(
        { current: newKey, previous: [] },
        NEW,
        generateRecoveryKey(),
        FAST_KDF,
        new Date(),
      ),
    );
    const db = session.database();
    db?.pragma('journal_mode = DELETE');
    db?.pragma(`rekey = "x'${newKey.toString('hex')}'"`);
    session.close();

    session = make();
    await value('vault.unlock', { passphrase: NEW });
    expect(await value('patients.search', { query: 'ελεν' })).toMatchObject({ total: 1 });
    expect(fs.existsSync(path.join(dir, 'mesodesk.keys.next.json'))).toBe(false);
  });
});

describe('a database from before encryption', () => {
  it('is encrypted in place at setup, with every row kept and no plain copy left behind', async () => {
    const { db } = openDatabase(dbFile());
    const api = createApi({ db });
    await api('patients.create', { fields: patientFields({ lastName: NAME }) });
    db.close();
    await setup();
    expect(await value('patients.search', { query: 'παπαδ' })).toMatchObject({ total: 1 });
    session.close();
    const leftovers = fs.readdirSync(dir).filter((f) => f.startsWith('pre-encryption'));
    expect(leftovers).toEqual([]);
    expect(fs.readFileSync(dbFile()).includes(Buffer.from('SQLite format 3'))).toBe(false);
  });
});

describe('helpers', () => {
  it('normalises a recovery key typed by hand', () => {
    const key = generateRecoveryKey();
    expect(normalizeRecoveryKey(key.toLowerCase().replaceAll('-', ''))).toBe(key);
    expect(normalizeRecoveryKey('abcd efgh ijlo')).toBe('ABCD-EFGH-1J10');
  });

  it('rates passphrase strength', () => {
    expect(passphraseStrength('short')).toBe('too-short');
    expect(passphraseStrength('aaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('password1234')).toBe('weak');
    expect(passphraseStrength('seven silver otters at dawn')).toBe('strong');
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyKey } from '../../src/main/db/open';
import { createClinicVault, KEYFILE_NAME } from '../../src/main/vault/vault';
import type { BackupInfo } from '../../src/shared/backup/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import { rng } from '../bench/seed';
import { bundleChildScript } from '../fixtures/child-bundle';
import { dataKeyOf, type FileFormat, formatOf, rewriteAsSqlcipher4 } from '../fixtures/cipher-format';
import { patientFields } from '../fixtures/patients';
import { PASSPHRASES, WORKER_KDF } from '../fixtures/vault-crash';

/**
 * Kills the real session with SIGKILL in the middle of its riskiest operations (passphrase change,
 * restore, backup, first-start setup) and checks what survives: the data folder always opens with one
 * of the passphrases, holds every acknowledged write, and passes its integrity check.
 */
const REKEY_KILLS = 110;
const RESTORE_KILLS = 12;
const BACKUP_KILLS = 12;
const SETUP_RACES = 8;
const CONVERT_KILLS = 24;
/** Patients in the template clinic: enough that a re-key copy takes a measurable time. */
const TEMPLATE_PATIENTS = 400;
/**
 * Kill windows follow the machine's pace, measured now rather than fixed: every CALIBRATE_EVERY-th
 * worker is stopped right after its first cycle (a write and one operation), and two cycles become the
 * window: about half the kills land after an operation returned, most of the rest in the middle of one.
 * On a loaded machine a cycle takes longer, and a fixed window would kill most workers before the
 * operation under test had started.
 */
const CALIBRATE_EVERY = 10;
const WINDOW_PER_CYCLE = 2;

let dir: string;
let worker: string;
let template: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
/** The parent's clock can run ahead, so that a wrong first guess does not wait out the retry delay. */
let clockAhead = 0;
const session = (dataDir: string) =>
  createClinicVault({
    dataDir,
    appVersion: 't',
    transport: 'web',
    kdf: WORKER_KDF,
    log: () => undefined,
    now: () => new Date(Date.now() + clockAhead),
  });
type Session = ReturnType<typeof session>;
async function value<T>(s: Session, channel: string, input: unknown = {}): Promise<T> {
  const r = await s.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-vault-crash-'));
  worker = await bundleChildScript('./vault-worker.ts', path.join(dir, 'vault-worker.cjs'));
  template = path.join(dir, 'template');
  const s = session(template);
  const pass = PASSPHRASES[0];
  await value(s, 'vault.setup', { passphrase: pass, confirmation: pass });
  const db = s.database();
  if (!db) throw new Error('not unlocked');
  // Bulk rows straight into the table (the API path is covered elsewhere); the workers add theirs by API.
  const insert = db.prepare(
    `INSERT INTO patients (uid, number, first_name, last_name, date_of_birth, sex, notes, sort_key,
       name_key, search_text, created_at, updated_at)
     VALUES (?, ?, 'Bulk', ?, '1980-01-01', 'female', ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < TEMPLATE_PATIENTS; i++) {
      const name = `Bulk${i}`;
      insert.run(
        `bulk-${i}`,
        `B-${i}`,
        name,
        'n'.repeat(300),
        name.toLowerCase(),
        name.toLowerCase(),
        name.toLowerCase(),
      );
    }
  })();
  s.close();
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  events: Record<string, unknown>[];
  stderr: string;
}

/** When to kill the worker: after this many ms from ready, after its first cycle, or never (it ends). */
type Kill = number | 'after-first-cycle' | null;
const CYCLE_DONE = /"t":"(changed|restored|backedUp|converted)"/;

async function runWorker(dataDir: string, mode: string, seed: number, kill: Kill, passphrase?: string) {
  const args = [worker, dataDir, mode, String(seed), ...(passphrase ? [passphrase] : [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let markCycled = () => {};
  const cycled = new Promise<void>((resolve) => {
    markCycled = resolve;
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (/"t":"(ready|unlocking|unlock-failed|error|refused)"/.test(stdout)) markReady();
    if (CYCLE_DONE.test(stdout)) markCycled();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  if (kill !== null) {
    await Promise.race([kill === 'after-first-cycle' ? cycled : ready.then(() => sleep(kill)), closed]);
    child.kill('SIGKILL');
  }
  await closed;
  const lines = stdout.split('\n').slice(0, -1);
  return { events: lines.map((l) => JSON.parse(l) as Record<string, unknown>), stderr } satisfies Run;
}

/** Unlocks as the app would after the crash, with whichever passphrase opens it (likely one first). */
async function reopen(dataDir: string, likely: string = PASSPHRASES[0]) {
  const s = session(dataDir);
  const errors: unknown[] = [];
  for (const passphrase of [likely, ...PASSPHRASES.filter((p) => p !== likely)]) {
    const r = await s.dispatch('vault.unlock', { passphrase });
    if (r.ok) return { s, passphrase };
    errors.push(r.error);
    clockAhead += 120_000;
  }
  s.close();
  throw new Error(`neither passphrase opens the data folder: ${JSON.stringify(errors)}`);
}

/** The kill window for one kind of operation, re-measured on every CALIBRATE_EVERY-th round. */
function killWindow(initialMs: number) {
  let windowMs = initialMs;
  return {
    /** What to do with the worker of this round. */
    kill(round: number, random: () => number): Kill {
      return round % CALIBRATE_EVERY === 0 ? 'after-first-cycle' : random() * windowMs;
    },
    /** Takes the measured cycle (ready to the first operation done, on the worker's clock) from a run. */
    measure(run: Run) {
      const ready = run.events.find((e) => e.t === 'ready' || e.t === 'unlocking');
      const done = run.events.find((e) => CYCLE_DONE.test(`"t":"${e.t}"`));
      if (ready && done)
        windowMs = Math.max(100, WINDOW_PER_CYCLE * ((done.at as number) - (ready.at as number)));
    },
    get ms() {
      return windowMs;
    },
  };
}

async function namesIn(s: Session): Promise<Set<string>> {
  const db = s.database();
  expect(db?.pragma('integrity_check', { simple: true })).toBe('ok');
  return new Set(db?.prepare('SELECT last_name FROM patients').pluck().all() as string[]);
}

/** Where a conversion was when it was killed, as the files left in the data folder tell. */
function conversionStep(dataDir: string, format: string | null): string {
  if (format === 'aegis') return 'after the swap';
  const backups = fs.existsSync(path.join(dataDir, 'backups'))
    ? fs.readdirSync(path.join(dataDir, 'backups'))
    : [];
  if (!backups.some((f) => /^mesodesk-pre-conversion-.+\.db$/.test(f))) return 'unlock or backup';
  if (fs.existsSync(path.join(dataDir, 'mesodesk.db.rekeying'))) return 'copy, re-encryption or its check';
  return 'backup placed, copy not begun';
}

/** How many "Encryption format updated" entries a closed clinic file holds, read without the app. */
function conversionEntries(file: string, key: Buffer): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    return db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'format-conversion'")
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}

/** The file in place right after a kill: the old format without the conversion's entry, or the new with it. */
function expectEntryGoesWithFormat(file: string, key: Buffer, label: string): FileFormat {
  const format = formatOf(file, key);
  expect(format, label).not.toBeNull();
  expect(conversionEntries(file, key), `${label}: ${format} file`).toBe(format === 'aegis' ? 1 : 0);
  return format as FileFormat;
}

const copyTemplate = (name: string): string => {
  const target = path.join(dir, name);
  fs.cpSync(template, target, { recursive: true });
  return target;
};

describe('vault crash safety', () => {
  it(`a passphrase change killed at ${REKEY_KILLS} moments always leaves data that opens, with every acknowledged write`, async () => {
    const dataDir = copyTemplate('rekey');
    const random = rng(11);
    const acked = new Set<string>();
    let changes = 0;
    let killedMidChange = 0;
    const window = killWindow(400);
    const started = Date.now();
    let opensWith: string = PASSPHRASES[0];
    for (let round = 0; round < REKEY_KILLS; round++) {
      const run = await runWorker(dataDir, 'rekey', round + 1, window.kill(round, random), opensWith);
      window.measure(run);
      const types = run.events.map((e) => e.t);
      expect(types, run.stderr).not.toContain('error');
      expect(types, run.stderr).not.toContain('unlock-failed');
      let mustOpenWith: string | null = null;
      for (const event of run.events) {
        if (event.t === 'ack') acked.add(event.name as string);
        if (event.t === 'changed') {
          changes += 1;
          mustOpenWith = event.passphrase as string;
        }
      }
      if (types.at(-1) === 'changing') killedMidChange += 1;
      const { s, passphrase } = await reopen(dataDir, mustOpenWith ?? opensWith);
      opensWith = passphrase;
      const names = await namesIn(s);
      const lost = [...acked].filter((n) => !names.has(n));
      expect(lost, `round ${round + 1}: acknowledged patients lost`).toEqual([]);
      // A change that returned is acknowledged: its passphrase is the one that opens.
      if (mustOpenWith && types.at(-1) === 'changed') expect(passphrase).toBe(mustOpenWith);
      s.close();
      const leftovers = fs.readdirSync(dataDir).filter((f) => /rekeying|\.tmp$|keys\.next/.test(f));
      expect(leftovers, `round ${round + 1}: files left after a clean reopen`).toEqual([]);
    }
    expect(changes).toBeGreaterThan(REKEY_KILLS / 4);
    expect(killedMidChange).toBeGreaterThan(REKEY_KILLS / 4);
    console.log(
      `re-key: ${changes} changes acknowledged, ${killedMidChange} kills mid-change, last window ${Math.round(window.ms)} ms, ${seconds(started)} s`,
    );
  }, 600_000);

  it(`a restore killed at ${RESTORE_KILLS} moments leaves a database that opens whole`, async () => {
    const dataDir = copyTemplate('restore');
    const s = session(dataDir);
    await value(s, 'vault.unlock', { passphrase: PASSPHRASES[0] });
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'BeforeFirst' }) });
    await value<BackupInfo>(s, 'backups.create');
    await value(s, 'patients.create', { fields: patientFields({ lastName: 'BeforeSecond' }) });
    await value<BackupInfo>(s, 'backups.create');
    s.close();
    const random = rng(5);
    const window = killWindow(600);
    const started = Date.now();
    for (let round = 0; round < RESTORE_KILLS; round++) {
      const run = await runWorker(dataDir, 'restore', round + 1, window.kill(round, random), PASSPHRASES[0]);
      window.measure(run);
      expect(
        run.events.map((e) => e.t),
        run.stderr,
      ).not.toContain('error');
      const { s: after } = await reopen(dataDir);
      const names = await namesIn(after);
      // Whatever moment the kill hit: the clinic as one of the backups had it, or as it was before.
      expect(names.has('BeforeFirst')).toBe(true);
      expect(names.has('Bulk0')).toBe(true);
      after.close();
    }
    console.log(`restore: last window ${Math.round(window.ms)} ms, ${seconds(started)} s`);
  }, 300_000);

  it(`a backup killed at ${BACKUP_KILLS} moments never harms the database and leaves nothing half-written`, async () => {
    const dataDir = copyTemplate('backup');
    const random = rng(3);
    const acked = new Set<string>();
    const window = killWindow(500);
    const started = Date.now();
    for (let round = 0; round < BACKUP_KILLS; round++) {
      const run = await runWorker(dataDir, 'backup', round + 1, window.kill(round, random), PASSPHRASES[0]);
      window.measure(run);
      for (const event of run.events) if (event.t === 'ack') acked.add(event.name as string);
      const { s } = await reopen(dataDir);
      const names = await namesIn(s);
      expect([...acked].filter((n) => !names.has(n))).toEqual([]);
      const list = await value<{ items: BackupInfo[] }>(s, 'backups.list');
      for (const b of list.items.filter((b) => b.kind === 'manual')) expect(b.status).toBe('verified');
      s.close();
      const partials = fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.includes('.partial'));
      expect(partials).toEqual([]);
    }
    console.log(`backup: last window ${Math.round(window.ms)} ms, ${seconds(started)} s`);
  }, 300_000);

  it(`the conversion of an older clinic killed at ${CONVERT_KILLS} moments leaves a file in one format or the other, with every row`, async () => {
    const older = copyTemplate('convert-template');
    const dbFile = path.join(older, 'mesodesk.db');
    const key = await dataKeyOf(path.join(older, KEYFILE_NAME), PASSPHRASES[0]);
    rewriteAsSqlcipher4(dbFile, key);
    const random = rng(17);
    const window = killWindow(600);
    const started = Date.now();
    const found = { aegis: 0, sqlcipher4: 0 };
    const steps: Record<string, number> = {};
    for (let round = 0; round < CONVERT_KILLS; round++) {
      const dataDir = path.join(dir, `convert-${round}`);
      fs.cpSync(older, dataDir, { recursive: true });
      const run = await runWorker(dataDir, 'convert', round + 1, window.kill(round, random), PASSPHRASES[0]);
      window.measure(run);
      expect(
        run.events.map((e) => e.t),
        run.stderr,
      ).not.toContain('error');
      // Before anything else opens it: the file in place is one whole database, in either format, and
      // holds the conversion's audit entry exactly when it is the converted one.
      const dbFile = path.join(dataDir, 'mesodesk.db');
      const format = expectEntryGoesWithFormat(dbFile, key, `round ${round + 1}`);
      found[format] += 1;
      const step = conversionStep(dataDir, format);
      steps[step] = (steps[step] ?? 0) + 1;
      const { s } = await reopen(dataDir);
      const names = await namesIn(s);
      expect(names.size, `round ${round + 1}`).toBe(TEMPLATE_PATIENTS);
      s.close();
      expect(formatOf(dbFile, key)).toBe('aegis');
      expect(conversionEntries(dbFile, key), `round ${round + 1}: entries once converted`).toBe(1);
      const leftovers = fs.readdirSync(dataDir).filter((f) => /rekeying|\.tmp$/.test(f));
      expect(leftovers, `round ${round + 1}: files left after a clean reopen`).toEqual([]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // The narrowest window, hit every time: killed the instant the converted file was renamed in place.
    const dataDir = path.join(dir, 'convert-at-swap');
    fs.cpSync(older, dataDir, { recursive: true });
    const run = await runWorker(dataDir, 'convert-killed-at-swap', 1, null, PASSPHRASES[0]);
    expect(run.events.map((e) => e.t)).toEqual(['unlocking']);
    expect(expectEntryGoesWithFormat(path.join(dataDir, 'mesodesk.db'), key, 'killed at the swap')).toBe(
      'aegis',
    );
    const { s } = await reopen(dataDir);
    s.close();
    expect(conversionEntries(path.join(dataDir, 'mesodesk.db'), key)).toBe(1);
    // Guard against a vacuous pass: kills landed both before and after the swap.
    expect(found.aegis).toBeGreaterThan(0);
    expect(found.sqlcipher4).toBeGreaterThan(0);
    console.log(
      `conversion: ${found.sqlcipher4} kills before the swap, ${found.aegis} after (${JSON.stringify(steps)}), last window ${Math.round(window.ms)} ms, ${seconds(started)} s`,
    );
  }, 300_000);

  it(`${SETUP_RACES} first-start races between two processes end with one clinic that opens`, async () => {
    for (let round = 0; round < SETUP_RACES; round++) {
      const dataDir = path.join(dir, `race-${round}`);
      const [a, b] = await Promise.all([
        runWorker(dataDir, 'setup', round * 2 + 1, null),
        runWorker(dataDir, 'setup', round * 2 + 2, null),
      ]);
      const winners = [a, b].flatMap((r) => r.events.filter((e) => e.t === 'setup'));
      const refused = [a, b].flatMap((r) => r.events.filter((e) => e.t === 'refused'));
      expect(winners.length + refused.length, `${a.stderr}${b.stderr}`).toBe(2);
      expect(winners).toHaveLength(1);
      // The loser never replaced the winner's key file: the winner's passphrase opens the clinic.
      const winner = winners[0] as { passphrase: string };
      const s = session(dataDir);
      await value(s, 'vault.unlock', { passphrase: winner.passphrase });
      const found = await value<PatientSearchResult>(s, 'patients.search', { query: '' });
      expect(found.total).toBe(1);
      s.close();
    }
  }, 300_000);
});

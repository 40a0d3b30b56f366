import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import type { Patient } from '../../src/shared/patients/schema';
import { rng } from '../bench/seed';
import { bundleChildScript } from '../fixtures/child-bundle';
import { type CrashEvent, fieldsOf, type PendingWrite } from '../fixtures/crash-events';

const KILLS = 60;
/** Every fifth writer is killed at a random moment from its start: while opening, migrating or writing. */
const EARLY_KILL_EVERY = 5;
/** The others are killed at a random moment within about this many writes after they are ready. */
const LATE_KILL_WRITES = 20;
/**
 * The kill windows follow the machine's pace, measured now rather than fixed: every tenth writer is
 * stopped after CALIBRATION_ACKS writes, and its start-up time and time per write set the windows. On a
 * loaded machine a write takes longer, and a fixed window would kill most writers before they wrote.
 */
const CALIBRATE_EVERY = 10;
const CALIBRATION_ACKS = 8;

let dir: string;
let writer: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-crash-'));
  writer = await bundleChildScript('./crash-writer.ts', path.join(dir, 'crash-writer.cjs'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  events: CrashEvent[];
  stderr: string;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  /** When the parent saw the writer ready, and each acknowledgement, in ms from the spawn. */
  readyAfterMs: number | null;
  ackAfterMs: number[];
}

/** What the writer has shown so far, for the kill decision. */
interface Progress {
  ready: Promise<void>;
  /** Resolves once the writer has acknowledged `n` writes. */
  afterAcks(n: number): Promise<void>;
}

/** Starts a writer, kills it with SIGKILL after `killAfter` resolves, and returns every complete line. */
async function runWriter(file: string, seed: number, killAfter: (progress: Progress) => Promise<void>) {
  const spawnedAt = Date.now();
  const child: ChildProcess = spawn(process.execPath, [writer, file, String(seed), KEY.toString('hex')], {
    env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let readyAfterMs: number | null = null;
  const ackAfterMs: number[] = [];
  const ackWaiters: { n: number; resolve: () => void }[] = [];
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    const seen = Date.now() - spawnedAt;
    if (readyAfterMs === null && stdout.includes('"t":"ready"')) {
      readyAfterMs = seen;
      markReady();
    }
    const acks = stdout.split('"t":"ack"').length - 1;
    while (ackAfterMs.length < acks) ackAfterMs.push(seen);
    for (const waiter of ackWaiters.filter((w) => w.n <= acks)) waiter.resolve();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<Run['exit']>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  const afterAcks = (n: number) =>
    new Promise<void>((resolve) => {
      if (ackAfterMs.length >= n) resolve();
      else ackWaiters.push({ n, resolve });
    });
  await Promise.race([killAfter({ ready, afterAcks }), closed]);
  child.kill('SIGKILL');
  const exit = await closed;
  // A line without its newline was cut by the kill: it was never acknowledged.
  const lines = stdout.split('\n').slice(0, -1);
  const events = lines.map((l) => JSON.parse(l) as CrashEvent);
  return { events, stderr, exit, readyAfterMs, ackAfterMs } satisfies Run;
}

/** Kill windows in ms, set from the last calibration run (the first values hold until then). */
const windows = { early: 400, late: 150 };
function calibrate(run: Run) {
  const { readyAfterMs, ackAfterMs } = run;
  const last = ackAfterMs.at(-1);
  if (readyAfterMs === null || last === undefined) return;
  const perWrite = (last - readyAfterMs) / ackAfterMs.length;
  windows.early = Math.max(100, 1.3 * readyAfterMs);
  windows.late = Math.max(20, LATE_KILL_WRITES * perWrite);
}

/** The app's database is always encrypted: the crash test writes and checks it the same way. */
const KEY = Buffer.alloc(32, 0x5a);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the database the way the app does after a crash and checks it against what was acknowledged:
 * every acknowledged record is there with exactly the acknowledged content, and the only allowed
 * difference is the one write that was in flight at the kill (committed but not yet acknowledged).
 * Returns the state found, which becomes the baseline for the next writer.
 */
function verifyAfterCrash(file: string, acked: Map<number, Patient>, pending: PendingWrite | null) {
  // Opened as the app opens it: encrypted, with the data key.
  const { db } = openDatabase(file, { key: KEY });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const services = createServices({ db });
    const changeCounts = new Map(
      db
        .prepare<[], [number, number]>('SELECT patient_id, count(*) FROM patient_changes GROUP BY patient_id')
        .raw()
        .all(),
    );
    const found = new Map<number, Patient>();
    let inFlightLanded = 0;
    for (const id of db.prepare<[], number>('SELECT id FROM patients ORDER BY id').pluck().all()) {
      const actual = services.patients.get(id);
      const before = acked.get(id);
      if (!before || !isDeepStrictEqual(actual, before)) {
        inFlightLanded++;
        expect(
          pending,
          `patient ${id} differs from what was acknowledged and no write was in flight`,
        ).not.toBeNull();
        expect(pending?.id, `patient ${id}: the in-flight write was for another record`).toBe(before?.id);
        expect(actual.version, `patient ${id}: version after the in-flight write`).toBe(
          (before?.version ?? 0) + 1,
        );
        expect(fieldsOf(actual)).toEqual(pending?.fields);
        expect(actual.archivedAt !== null).toBe(pending?.archived);
      }
      // The record and its history are written in one transaction: never one without the other.
      expect(changeCounts.get(id), `history rows of patient ${id}`).toBe(actual.version);
      found.set(id, actual);
    }
    expect(inFlightLanded).toBeLessThanOrEqual(1);
    const lost = [...acked.keys()].filter((id) => !found.has(id));
    expect(lost, 'acknowledged patients missing after the kill').toEqual([]);
    return found;
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs of a writing process`, async () => {
    const file = path.join(dir, 'data', 'mesodesk.db');
    const random = rng(7);
    let acked = new Map<number, Patient>();
    let acks = 0;
    let killedWhileWriting = 0;
    const started = Date.now();
    for (let round = 0; round < KILLS; round++) {
      const calibration = round % CALIBRATE_EVERY === 0;
      const early = round % EARLY_KILL_EVERY === EARLY_KILL_EVERY - 1;
      const delay = random() * (early ? windows.early : windows.late);
      const run = await runWriter(file, round + 1, async ({ ready, afterAcks }) => {
        if (calibration) return afterAcks(CALIBRATION_ACKS);
        if (!early) await ready;
        await sleep(delay);
      });
      if (calibration) calibrate(run);
      expect(run.exit, `writer ${round + 1} ended by itself:\n${run.stderr}`).toEqual({
        code: null,
        signal: 'SIGKILL',
      });
      let pending: PendingWrite | null = null;
      for (const event of run.events) {
        if (event.t === 'begin') pending = event;
        if (event.t === 'ack') {
          acked.set(event.patient.id, event.patient);
          pending = null;
          acks++;
        }
      }
      if (pending) killedWhileWriting++;
      acked = verifyAfterCrash(file, acked, pending);
    }
    // Guard against a vacuous pass: the writers really wrote, and kills really landed mid-write.
    // (Typically ~600 writes and ~40 kills mid-write; the floors leave room for a busy machine.)
    expect(acks).toBeGreaterThan(KILLS * 2);
    expect(killedWhileWriting).toBeGreaterThan(KILLS / 4);
    console.log(
      `crash safety: ${acks} writes acknowledged, ${killedWhileWriting} kills mid-write, windows ${Math.round(windows.early)}/${Math.round(windows.late)} ms, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 600_000); // Generous: 60 writers start and are checked in turn, which takes minutes on a loaded machine.
});

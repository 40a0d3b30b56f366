import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { ensurePrivateDir, writePrivateFile } from '../../src/main/files/private';
import { keepDownloadsPrivate } from '../../src/main/files/private-downloads';
import { type ClinicVault, createClinicVault, KEYFILE_NAME } from '../../src/main/vault/vault';
import { startBridgeServer } from '../../src/main/web/server';
import { FAST_KDF } from '../fixtures/kdf';
import { patientFields } from '../fixtures/patients';

const PASS = 'seven silver otters at dawn';

let dir: string;
let dataDir: string;
let session: ClinicVault | null = null;
let umask: number;

/** The permission bits of a file or folder. */
const mode = (file: string) => fs.statSync(file).mode & 0o777;

/** Every folder and file under a folder (the folder included), with its mode. */
function modesUnder(root: string): Record<string, number> {
  const out: Record<string, number> = { '.': mode(root) };
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      out[path.relative(root, full)] = mode(full);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(root);
  return out;
}

function expectPrivate(root: string): void {
  for (const [name, bits] of Object.entries(modesUnder(root))) {
    const isDir = fs.statSync(path.join(root, name)).isDirectory();
    expect({ name, mode: bits.toString(8) }).toEqual({ name, mode: isDir ? '700' : '600' });
  }
}

beforeEach(() => {
  // A permissive umask, as on many desktops: the app must not depend on it.
  umask = process.umask(0o022);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-private-'));
  dataDir = path.join(dir, 'clinic');
});
afterEach(() => {
  session?.close();
  session = null;
  process.umask(umask);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function value<T>(channel: string, input: unknown = {}): Promise<T> {
  const r = await (session as ClinicVault).dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('files private by default', () => {
  it('creates the data folder, database, -wal, -shm and key file private', async () => {
    session = createClinicVault({ dataDir, appVersion: 'test', transport: 'web', kdf: FAST_KDF });
    await value('vault.setup', { passphrase: PASS, confirmation: PASS });
    await value('patients.create', { fields: patientFields() });
    const db = path.join(dataDir, 'mesodesk.db');
    expect(fs.existsSync(`${db}-wal`) && fs.existsSync(`${db}-shm`)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, KEYFILE_NAME))).toBe(true);
    expectPrivate(dataDir);
  });

  it('writes backups, their sidecars, patient and clinic exports private', async () => {
    session = createClinicVault({ dataDir, appVersion: 'test', transport: 'web', kdf: FAST_KDF });
    await value('vault.setup', { passphrase: PASS, confirmation: PASS });
    const patient = await value<{ id: number }>('patients.create', { fields: patientFields() });
    const backup = await value<{ file: string }>('backups.create', {});
    expect(fs.existsSync(`${backup.file}.json`)).toBe(true);
    const chosen = path.join(dir, 'usb-stick');
    fs.mkdirSync(chosen, { mode: 0o755 });
    const elsewhere = await value<{ file: string }>('backups.create', { folder: chosen });
    expect([mode(elsewhere.file), mode(`${elsewhere.file}.json`)]).toEqual([0o600, 0o600]);
    const own = await value<{ folder: string }>('exports.patient', { patientId: patient.id });
    const other = await value<{ folder: string; files: string[] }>('exports.patient', {
      patientId: patient.id,
      folder: chosen,
    });
    expect(other.files.some((f) => f.endsWith('.pdf'))).toBe(true);
    expectPrivate(other.folder);
    expect(own.folder.startsWith(path.join(dataDir, 'exports'))).toBe(true);
    let job = await value<{ jobId?: string; id: string; state: string; folder: string }>(
      'exports.clinicStart',
      { folder: chosen },
    );
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      job = await value('exports.clinicStatus', { jobId: job.id });
    }
    expect(job.state).toBe('done');
    expect(fs.existsSync(path.join(job.folder, 'csv', 'patients.csv'))).toBe(true);
    expectPrivate(job.folder);
    expectPrivate(dataDir);
    // The folder the user chose keeps the mode the user gave it.
    expect(mode(chosen)).toBe(0o755);
  });

  it('tightens an existing data folder at start-up, files and folders left readable included', async () => {
    const first = openDatabase(path.join(dataDir, 'mesodesk.db'));
    first.db.close();
    fs.mkdirSync(path.join(dataDir, 'backups', 'old'), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(dataDir, 'backups', 'old', 'mesodesk-manual-x.db'), 'x', { mode: 0o644 });
    fs.writeFileSync(path.join(dataDir, 'mesodesk.keys.json'), '{}', { mode: 0o666 });
    fs.chmodSync(path.join(dataDir, 'mesodesk.keys.json'), 0o666);
    fs.chmodSync(path.join(dataDir, 'mesodesk.db'), 0o644);
    fs.chmodSync(dataDir, 0o755);
    const rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(rendererDir);
    const server = await startBridgeServer({ dataDir, rendererDir, kdf: FAST_KDF });
    try {
      expectPrivate(dataDir);
    } finally {
      await server.close();
    }
  });

  it('creates missing folders 0700 even under a umask that would leave them open', () => {
    process.umask(0o000);
    const nested = path.join(dataDir, 'exports', 'a', 'b');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    ensurePrivateDir(nested);
    expect([nested, path.dirname(nested), path.join(dataDir, 'exports')].map(mode)).toEqual([
      0o700, 0o700, 0o700,
    ]);
    expect(mode(dataDir)).toBe(0o755);
    const file = path.join(nested, 'x.csv');
    writePrivateFile(file, 'a');
    fs.chmodSync(file, 0o666);
    writePrivateFile(file, 'b');
    expect(mode(file)).toBe(0o600);
  });

  it('creates a pre-migration copy and its folder private', () => {
    const file = path.join(dataDir, 'mesodesk.db');
    openDatabase(file, { migrations: [] }).db.close();
    const opened = openDatabase(file);
    opened.db.close();
    expect(opened.preMigrationBackup).not.toBeNull();
    expectPrivate(dataDir);
  });

  it('makes a file saved through the download manager (the lot recall CSV) private', () => {
    const saved = path.join(dir, 'lot-recall.csv');
    fs.writeFileSync(saved, 'a,b\r\n', { mode: 0o644 });
    let onDownload: ((event: unknown, item: unknown) => void) | null = null;
    keepDownloadsPrivate({
      on: (_event, listener) => {
        onDownload = listener as typeof onDownload;
      },
    });
    let done: ((event: unknown, state: string) => void) | null = null;
    (onDownload as unknown as (event: unknown, item: unknown) => void)(
      {},
      {
        getSavePath: () => saved,
        once: (_event: string, listener: typeof done) => {
          done = listener;
        },
      },
    );
    expect(mode(saved)).toBe(0o644);
    (done as unknown as (event: unknown, state: string) => void)({}, 'completed');
    expect(mode(saved)).toBe(0o600);
  });
});

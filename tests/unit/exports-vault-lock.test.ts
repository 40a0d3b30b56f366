import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ClinicVault, createClinicVault } from '../../src/main/vault/vault';
import type { AuditVerification } from '../../src/shared/audit/schema';
import type { ExportJob } from '../../src/shared/exports/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import { FAST_KDF } from '../fixtures/kdf';
import { patientFields } from '../fixtures/patients';
import { vaultValue } from '../fixtures/vault';

/**
 * Locking the vault while the whole-clinic export runs: the export stops, as after a cancel, and
 * leaves nothing in the folder it was writing to; the vault is locked and its database unharmed.
 */
const PASS = 'seven silver otters at dawn';
const PATIENTS = 300;
const HEAVY_MS = 180_000;

let dir: string;
let target: string;
let vault: ClinicVault;
let logged: string[];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-export-lock-'));
  target = path.join(dir, 'usb-stick');
  fs.mkdirSync(target);
  logged = [];
  vault = createClinicVault({
    dataDir: path.join(dir, 'clinic'),
    appVersion: 'test',
    transport: 'web',
    kdf: FAST_KDF,
    log: (message) => logged.push(message),
  });
  await vaultValue(vault, 'vault.setup', { passphrase: PASS, confirmation: PASS });
  for (let i = 0; i < PATIENTS; i++) {
    await vaultValue(vault, 'patients.create', {
      fields: patientFields({ lastName: `Patient ${i}` }),
      allowDuplicate: true,
    });
  }
});
afterEach(() => {
  vault.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The export has ended once nothing it was writing (`….partial`) is left in the folder. */
async function exportEnded(): Promise<void> {
  while (fs.readdirSync(target).some((name) => name.endsWith('.partial'))) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const patientTotal = async () =>
  (await vaultValue<PatientSearchResult>(vault, 'patients.search', { includeArchived: true })).total;

describe('locking the vault during the whole-clinic export', () => {
  it.each([
    ['the data, written by worker threads', { documents: false }],
    ['the data and every record PDF, written in the app', { documents: true }],
    ['the data as one zip file', { documents: false, zip: true }],
  ])(
    'stops %s: nothing is left in the folder, the vault is locked, the database is unharmed',
    async (_what, options) => {
      const job = await vaultValue<ExportJob>(vault, 'exports.clinicStart', { ...options, folder: target });
      expect(job.state).toBe('running');
      expect(fs.readdirSync(target).some((name) => name.endsWith('.partial'))).toBe(true);

      await vaultValue(vault, 'vault.lock');
      expect(vault.status()).toMatchObject({ state: 'locked' });
      expect(await vault.dispatch('exports.clinicStatus', { jobId: job.id })).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
      await exportEnded();
      // Stopped as after a cancel (a failure would have been logged), with nothing half-written left.
      expect(fs.readdirSync(target)).toEqual([]);
      expect(logged).toEqual([]);

      await vaultValue(vault, 'vault.unlock', { passphrase: PASS });
      expect(vault.database()?.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await patientTotal()).toBe(PATIENTS);
      expect(await vaultValue<AuditVerification>(vault, 'audit.verify')).toMatchObject({ ok: true });
      // Nothing of the stopped export holds the database: the next one runs to the end.
      const again = await vaultValue<ExportJob>(vault, 'exports.clinicStart', {
        documents: false,
        folder: target,
      });
      let state = again.state;
      while (state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        state = (await vaultValue<ExportJob>(vault, 'exports.clinicStatus', { jobId: again.id })).state;
      }
      expect(state).toBe('done');
    },
    HEAVY_MS,
  );
});

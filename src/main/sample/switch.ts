import path from 'node:path';
import { SAMPLE_PASSPHRASE, type SampleOpened } from '../../shared/sample/contract';
import { type Dispatch, parseInput, settle } from '../api';
import { AppError } from '../errors';
import type { ClinicVault } from '../vault/vault';
import { seedSampleClinic } from './seed';

/** The sample clinic's folder: beside the real one, never inside it, and named so nobody mistakes it. */
export const SAMPLE_FOLDER_NAME = 'Mesodesk sample clinic';

export function sampleDataDir(realDataDir: string): string {
  const real = path.resolve(realDataDir);
  const beside = path.join(path.dirname(real), SAMPLE_FOLDER_NAME);
  return beside === real ? `${real} (sample)` : beside;
}

export interface ClinicSwitchOptions {
  realDataDir: string;
  /** Opens the session of a data folder (the real clinic's, or the sample's with `sample` set). */
  open: (dataDir: string, sample: boolean) => ClinicVault;
  /** `npm run web -- --sample`: start in the sample clinic. */
  startInSample?: boolean;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}

/**
 * The one session the app talks to, which is either the real clinic's or the sample clinic's; never
 * both at once, so nothing typed in one can land in the other. From the real clinic's first-start
 * screen the sample clinic opens (built on first use, unlocked with its known passphrase); leaving it
 * closes it and reopens the real clinic's folder.
 */
export function createClinicSwitch(options: ClinicSwitchOptions) {
  const now = options.now ?? (() => new Date());
  const sampleDir = sampleDataDir(options.realDataDir);
  let inSample = false;
  let current = options.open(options.realDataDir, false);
  let switching: Promise<unknown> = Promise.resolve();

  /** From the screen only while the real clinic is not set up yet; `--sample` opens it in any case. */
  async function openSample(anyState = false): Promise<SampleOpened> {
    if (!inSample) {
      if (!anyState && current.status().state !== 'setup')
        throw new AppError('CONFLICT', 'sample.onlyAtFirstStart');
      current.close();
      try {
        current = options.open(sampleDir, true);
      } catch (error) {
        current = options.open(options.realDataDir, false);
        throw error;
      }
      inSample = true;
    }
    const state = current.status().state;
    if (state === 'setup') await buildSample(current);
    else if (state === 'locked')
      await must(current.dispatch('vault.unlock', { passphrase: SAMPLE_PASSPHRASE }));
    return { passphrase: SAMPLE_PASSPHRASE, dataDir: sampleDir };
  }

  async function buildSample(vault: ClinicVault): Promise<void> {
    await must(
      vault.dispatch('vault.setup', { passphrase: SAMPLE_PASSPHRASE, confirmation: SAMPLE_PASSPHRASE }),
    );
    const db = vault.database();
    if (!db) throw new AppError('LOCKED', 'errors.appLocked');
    await seedSampleClinic({ db, dataDir: sampleDir, now: now() });
    // A verified backup, so the Data page has one to show.
    await must(vault.dispatch('backups.create', {}));
  }

  function leaveSample(): null {
    if (!inSample) return null;
    current.close();
    current = options.open(options.realDataDir, false);
    inSample = false;
    return null;
  }

  if (options.startInSample) {
    switching = settle('sample.open', () => openSample(true), options.log).then((r) => {
      if (!r.ok) options.log?.('[sample] the sample clinic could not be opened', r.error);
    });
  }

  /** One switch at a time; a call made during a switch waits for it, then goes to the new session. */
  const dispatch: Dispatch = async (channel, input) => {
    if (channel === 'sample.open' || channel === 'sample.leave') {
      const parsed = parseInput(channel, input);
      if (!parsed.ok) return parsed;
      const run = channel === 'sample.open' ? () => openSample() : async () => leaveSample();
      const next = switching.then(() => settle(channel, run, options.log));
      switching = next;
      return next;
    }
    await switching;
    return current.dispatch(channel, input);
  };

  return {
    dispatch,
    /** The session in use now (for the quit-time backup and closing). */
    current: (): ClinicVault => current,
    inSample: () => inSample,
    sampleDir,
    ready: (): Promise<unknown> => switching,
    close: () => current.close(),
  };
}

async function must(result: Promise<{ ok: boolean; error?: unknown }>): Promise<void> {
  const settled = await result;
  if (!settled.ok) throw new Error(`sample clinic: ${JSON.stringify(settled.error)}`);
}

export type ClinicSwitch = ReturnType<typeof createClinicSwitch>;

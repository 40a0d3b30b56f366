import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportCounts, ExportJob, ExportResult } from '../../shared/exports/schema';
import { PATIENT_CSV_COLUMNS } from '../../shared/exports/schema';
import { currentAnchor } from '../audit/anchor';
import { anchorFileContent, EXPORT_ANCHOR_FILE } from '../audit/anchor-files';
import type { Db } from '../db/types';
import { AppError, found, storageFailure } from '../errors';
import { appendPrivateFile, ensurePrivateDir, writePrivateFile } from '../files/private';
import type { ExportFile } from '../record/kind';
import { RECORD_MAPPERS } from '../record/registry';
import { csvDocument, csvLine } from './csv';
import {
  buildPatientExport,
  dayOf,
  type ExportDeps,
  freshFolder,
  patientFolderName,
  writeFolder,
} from './patient-export';

export interface ExportServiceDeps extends ExportDeps {
  db: Db;
  now: () => Date;
  /** The clinic's data folder; exports go to its `exports` folder unless another is chosen. */
  dataDir?: string;
  log?: (message: string, error: unknown) => void;
}

const PAGE = 200;

/** The folder an export goes into: the one chosen (it must exist), else the data folder's `exports`. */
export function exportParentFolder(folder: string | undefined, dataDir: string | undefined): string {
  if (folder) {
    const resolved = path.resolve(folder);
    if (!fs.existsSync(resolved) || !fs.statSync(resolved).isDirectory()) {
      throw new AppError('VALIDATION', 'errors.validation', { folder: 'errors.folderMissing' });
    }
    return resolved;
  }
  if (!dataDir) throw new AppError('VALIDATION', 'errors.validation', { folder: 'errors.required' });
  const own = path.join(dataDir, 'exports');
  ensurePrivateDir(own);
  return own;
}
type Job = ExportJob & { cancel: boolean };
/** Running and finished jobs per open database, shared by every service instance over it. */
const JOBS = new WeakMap<Db, Map<string, Job>>();

/** Patient and whole-clinic exports into folders of PDF, FHIR JSON and CSV files. */
export function createExportService(deps: ExportServiceDeps) {
  const jobs = JOBS.get(deps.db) ?? new Map<string, Job>();
  JOBS.set(deps.db, jobs);
  const idsAfter = deps.db
    .prepare<[number, number], number>('SELECT id FROM patients WHERE id > ? ORDER BY id LIMIT ?')
    .pluck();
  const patientCount = deps.db.prepare<[], number>('SELECT count(*) FROM patients');

  /** The audit chain as the export starts, so the export also anchors the trail outside the database. */
  const anchorFile = (at: Date): ExportFile => ({
    name: EXPORT_ANCHOR_FILE,
    bytes: Buffer.from(anchorFileContent(currentAnchor(deps.db, at))),
  });

  const parentFolder = (folder: string | undefined) => exportParentFolder(folder, deps.dataDir);

  async function exportPatient(patientId: number, folder?: string): Promise<ExportResult> {
    const parent = parentFolder(folder);
    const at = deps.now();
    const anchor = anchorFile(at);
    const built = await buildPatientExport(deps, patientId, at);
    const files = [...built.files, anchor];
    const target = freshFolder(parent, patientFolderName(built.patient, at));
    writeFolder(target, files);
    return {
      subject: built.patient.number,
      folder: target,
      files: files.map((f) => f.name),
      counts: built.counts,
    };
  }

  /** One patient at a time, appended to the clinic-wide CSV files: memory stays flat. */
  async function run(job: ExportJob & { cancel: boolean }, partial: string): Promise<void> {
    const at = deps.now();
    const csvFiles = [
      { file: 'patients.csv', header: PATIENT_CSV_COLUMNS },
      ...RECORD_MAPPERS.map((m) => m.csv),
    ];
    for (const { file, header } of csvFiles)
      writePrivateFile(path.join(partial, file), csvDocument(header, []));
    const counts: ExportCounts = {};
    let last = 0;
    for (;;) {
      const ids = idsAfter.all(last, PAGE);
      if (!ids.length) break;
      for (const id of ids) {
        if (job.cancel) return;
        const built = await buildPatientExport(deps, id, at);
        writeFolder(path.join(partial, 'patients', built.patient.number), built.files);
        for (const [file, rows] of built.csvRows) {
          if (rows.length) appendPrivateFile(path.join(partial, file), rows.map(csvLine).join(''));
        }
        for (const [kind, n] of Object.entries(built.counts)) counts[kind] = (counts[kind] ?? 0) + n;
        job.counts = { ...counts };
        job.done += 1;
        last = id;
        // Let other calls (the progress poll, the cancel button) in between patients.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  function startClinicExport(folder?: string): ExportJob {
    const parent = parentFolder(folder);
    if ([...jobs.values()].some((j) => j.state === 'running')) {
      throw new AppError('CONFLICT', 'errors.exportRunning');
    }
    const target = freshFolder(parent, `mesodesk-clinic-export-${dayOf(deps.now())}`);
    const partial = `${target}.partial`;
    ensurePrivateDir(partial);
    const anchor = anchorFile(deps.now());
    writePrivateFile(path.join(partial, anchor.name), anchor.bytes);
    const job = {
      id: crypto.randomUUID(),
      state: 'running' as ExportJob['state'],
      folder: target,
      done: 0,
      total: patientCount.pluck().get() as number,
      counts: {},
      problem: null as string | null,
      cancel: false,
    };
    jobs.set(job.id, job);
    run(job, partial)
      .then(() => {
        if (job.cancel) {
          fs.rmSync(partial, { recursive: true, force: true });
          job.state = 'cancelled';
        } else {
          fs.renameSync(partial, target);
          job.state = 'done';
        }
      })
      .catch((error: unknown) => {
        deps.log?.('[exports] the clinic export failed', error);
        fs.rmSync(partial, { recursive: true, force: true });
        job.state = 'failed';
        job.problem = storageFailure(error)?.message ?? 'errors.exportFailed';
      });
    return view(job);
  }

  const view = ({ cancel: _cancel, ...job }: ExportJob & { cancel: boolean }): ExportJob => ({
    ...job,
    counts: { ...job.counts },
  });

  const mustJob = (id: string) => found(jobs.get(id), 'export');

  return {
    exportPatient,
    startClinicExport,
    status: (id: string): ExportJob => view(mustJob(id)),
    cancel(id: string): ExportJob {
      const job = mustJob(id);
      if (job.state === 'running') job.cancel = true;
      return view(job);
    },
    /** Resolves when a job has finished (tests and the benchmark). */
    async settled(id: string): Promise<ExportJob> {
      const job = mustJob(id);
      while (job.state === 'running') await new Promise((resolve) => setTimeout(resolve, 5));
      return view(job);
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;

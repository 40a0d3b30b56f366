import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportJob, ExportResult } from '../../shared/exports/schema';
import { currentAnchor } from '../audit/anchor';
import { anchorFileContent, EXPORT_ANCHOR_FILE } from '../audit/anchor-files';
import type { Db, DbAccess } from '../db/types';
import { keepMissingPdfs } from '../documents/pdf-backfill';
import type { DocumentService } from '../documents/service';
import { AppError, found, storageFailure } from '../errors';
import { ensurePrivateDir } from '../files/private';
import type { ExportFile } from '../record/kind';
import { createWorkerPool } from '../workers/pool';
import { type BulkManifest, writeBulkExport } from './bulk';
import { writeBulkExportInWorkers } from './bulk-parallel';
import { buildPatientExport, dayOf, freshFolder, patientFolderName, writeFolder } from './patient-export';
import { createRecordPageReader, type ExportDeps } from './record';
import { zipFolder } from './zip-folder';

export interface ExportServiceDeps extends ExportDeps {
  /** With `keepOneMissingPdf`: the workers read signed PDFs as kept, so the missing ones are kept first. */
  documents: ExportDeps['documents'] & Pick<DocumentService, 'keepOneMissingPdf'>;
  db: Db;
  now: () => Date;
  /** The clinic's data folder; exports go to its `exports` folder unless another is chosen. */
  dataDir?: string;
  /** With it, the data part of the whole-clinic export is written by worker threads (one per core). */
  dbAccess?: DbAccess;
  log?: (message: string, error: unknown) => void;
}

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

export interface ClinicExportOptions {
  /** One zip file instead of a folder. */
  zip?: boolean;
  /** Each patient's record PDF and the signed PDFs, beside the data. */
  documents?: boolean;
}

/** How many files a finished export folder holds. */
function countFiles(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1), 0);
}

/** A file name that does not exist yet: `base.zip`, then `base-2.zip` ... */
function freshFile(parent: string, base: string, extension: string): string {
  let candidate = path.join(parent, `${base}${extension}`);
  for (let n = 2; fs.existsSync(candidate) || fs.existsSync(`${candidate}.partial`); n++) {
    candidate = path.join(parent, `${base}-${n}${extension}`);
  }
  return candidate;
}
/** Running and finished jobs per open database, shared by every service instance over it. */
const JOBS = new WeakMap<Db, Map<string, Job>>();

/** Patient and whole-clinic exports into folders of PDF, FHIR JSON and CSV files. */
export function createExportService(deps: ExportServiceDeps) {
  const jobs = JOBS.get(deps.db) ?? new Map<string, Job>();
  JOBS.set(deps.db, jobs);
  const idsAfter = deps.db
    .prepare<[number, number], number>('SELECT id FROM patients WHERE id > ? ORDER BY id LIMIT ?')
    .pluck();
  const pageReaders = {
    data: createRecordPageReader(deps.db, deps, { thumbnails: false }),
    documents: createRecordPageReader(deps.db, deps, { thumbnails: true }),
  };
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

  /**
   * From a database file another connection can open: by worker threads, each writing the data and
   * the documents of its range of patients.
   */
  const inWorkers = () => (deps.dbAccess && !deps.db.memory && deps.db.name !== '' ? deps.dbAccess : null);

  /** The clinic as bulk data (and documents), then optionally one zip file instead of the folder. */
  async function run(job: Job, partial: string, options: ClinicExportOptions): Promise<void> {
    const at = deps.now();
    const access = inWorkers();
    // The vault locked (its connection closed) stops the export as a cancel does, at any stage.
    const stopped = () => job.cancel || !deps.db.open;
    let manifest: BulkManifest | null;
    if (access) {
      // A document signed before PDFs were kept has its PDF drawn at its first read. The workers read
      // only what is kept, so the start-up job's work is finished here first, whether or not it has.
      if (options.documents) await keepMissingPdfs(deps.documents, () => !stopped(), deps.log ?? (() => {}));
      // Locked or cancelled meanwhile: nothing was written yet, and the connection may be closed.
      if (stopped()) {
        job.cancel = true;
        return;
      }
      manifest = await writeBulkExportInWorkers(partial, at, {
        dbFile: deps.db.name,
        access,
        dataDir: deps.dataDir ?? path.dirname(deps.db.name),
        sampleClinic: deps.sampleClinic,
        documents: options.documents ?? false,
        cancelled: stopped,
        progress: (done) => {
          job.done = done;
          job.counts = { ...job.counts, patients: done };
        },
      });
    } else {
      const pdfs = options.documents ? createWorkerPool('record-pdf-worker') : null;
      const readPage = pdfs ? pageReaders.documents : pageReaders.data;
      try {
        manifest = await writeBulkExport(deps, partial, at, {
          pageAfter: (last, limit) => {
            // Locked while the last patient's PDFs were awaited: no page from a closed connection.
            if (stopped()) return [];
            const ids = idsAfter.all(last, limit);
            return ids.length ? readPage(ids[0] as number, ids[ids.length - 1] as number) : [];
          },
          cancelled: stopped,
          progress: (done, counts) => {
            job.done = done;
            job.counts = { ...counts };
          },
          pdfs: pdfs && { render: (source) => pdfs.run<Uint8Array>(source), ahead: pdfs.size * 4 },
          anchor: anchorFile(at),
        });
      } finally {
        await pdfs?.close();
      }
    }
    if (!manifest) {
      // Locked under the export: what was written goes, as after a cancel.
      job.cancel = true;
      return;
    }
    job.counts = { ...manifest.extension.mesodesk.counts, files: countFiles(partial) };
    if (options.zip && !stopped()) {
      const zipPartial = `${job.folder}.partial`;
      const complete = await zipFolder(partial, zipPartial, stopped);
      fs.rmSync(partial, { recursive: true, force: true });
      if (!complete) fs.rmSync(zipPartial, { force: true });
    }
    if (stopped()) job.cancel = true;
  }

  function startClinicExport(folder?: string, options: ClinicExportOptions = {}): ExportJob {
    const parent = parentFolder(folder);
    if ([...jobs.values()].some((j) => j.state === 'running')) {
      throw new AppError('CONFLICT', 'errors.exportRunning');
    }
    const base = `mesodesk-clinic-export-${dayOf(deps.now())}`;
    const target = options.zip ? freshFile(parent, base, '.zip') : freshFolder(parent, base);
    const partial = options.zip ? `${target.slice(0, -'.zip'.length)}.folder.partial` : `${target}.partial`;
    ensurePrivateDir(partial);
    const job: Job = {
      id: crypto.randomUUID(),
      state: 'running',
      folder: target,
      done: 0,
      total: patientCount.pluck().get() as number,
      counts: {},
      problem: null,
      cancel: false,
    };
    jobs.set(job.id, job);
    const cleanUp = () => {
      fs.rmSync(partial, { recursive: true, force: true });
      fs.rmSync(`${target}.partial`, { force: true });
    };
    run(job, partial, options)
      .then(() => {
        if (job.cancel) {
          cleanUp();
          job.state = 'cancelled';
        } else {
          fs.renameSync(options.zip ? `${target}.partial` : partial, target);
          job.state = 'done';
        }
      })
      .catch((error: unknown) => {
        deps.log?.('[exports] the clinic export failed', error);
        cleanUp();
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

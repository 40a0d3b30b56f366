/**
 * Record PDFs of a seeded clinic drawn on one thread, for profiling the drawing alone:
 *   npx tsx tests/bench/export-golden.ts seed 1000 /tmp/clinic.db
 *   PROFILE_CPU=/tmp/pdf.cpuprofile npx tsx tests/bench/record-pdf-profile.ts /tmp/clinic.db [patients] [rounds]
 * Each round draws the next `patients` patients (the first round warms the code up) and prints the
 * time and CPU per PDF and the SHA-256 of the round's PDFs together (the same before and after a
 * change that must not move a byte). PROFILE_LOGO=FILE puts that logo on every record, PROFILE_OUT=DIR
 * writes the PDFs there.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/main/db/open';
import { openBulkFiles, writeBulkRecords } from '../../src/main/exports/bulk';
import { createRecordPageReader } from '../../src/main/exports/record';
import { type RecordPdfSource, renderRecordPdf } from '../../src/main/exports/record-pdf';
import { createExportSources } from '../../src/main/exports/sources';

const KEY = Buffer.alloc(32, 7);

async function main() {
  const [file, count = '300', rounds = '2'] = process.argv.slice(2);
  const { db } = openDatabase(file as string, { key: KEY });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'record-pdf-profile-'));
  const at = new Date('2026-11-28T00:00:00Z');
  // The export worker's own sources, read-only as in the worker.
  db.pragma('query_only = ON');
  const exportSources = createExportSources(db, () => at, root);
  const readPage = createRecordPageReader(db, exportSources, { thumbnails: true });
  const ids = db
    .prepare<[number, number], number>('SELECT id FROM patients WHERE id > ? ORDER BY id LIMIT ?')
    .pluck();
  const sources: RecordPdfSource[] = [];
  const logo = process.env.PROFILE_LOGO ? fs.readFileSync(process.env.PROFILE_LOGO) : null;
  const files = openBulkFiles(root);
  await writeBulkRecords(exportSources, root, at, files, {
    pageAfter: (last, limit) => {
      const page = ids.all(last, Math.min(limit, Number(count) * Number(rounds) - sources.length));
      return page.length ? readPage(page[0] as number, page[page.length - 1] as number) : [];
    },
    cancelled: () => false,
    progress: () => undefined,
    pdfs: {
      render: async (source) => {
        sources.push(logo ? { ...source, logo, clinic: { ...source.clinic, logoHash: 'profile' } } : source);
        return new Uint8Array(0);
      },
      ahead: 1,
    },
  });
  files.abandon();
  db.close();
  fs.rmSync(root, { recursive: true, force: true });
  if (process.env.PROFILE_OUT) {
    fs.mkdirSync(process.env.PROFILE_OUT, { recursive: true });
    for (const [i, source] of sources.entries()) {
      fs.writeFileSync(path.join(process.env.PROFILE_OUT, `${i}.pdf`), await renderRecordPdf(source));
    }
  }
  // PROFILE_CPU=FILE: a CPU profile of the rounds after the first (warm code and template text; each
  // round draws other patients, as an export does).
  const session = process.env.PROFILE_CPU ? new Session() : null;
  for (let round = 0; round < Number(rounds); round++) {
    if (session && round === 1) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const hash = crypto.createHash('sha256');
    let bytes = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    const n = Number(count);
    for (const source of sources.slice(round * n, (round + 1) * n)) {
      const pdf = await renderRecordPdf(source);
      hash.update(pdf);
      bytes += pdf.length;
    }
    const used = process.cpuUsage(cpu);
    console.log(
      `${n} record PDFs: ${((performance.now() - start) / n).toFixed(2)} ms each, CPU ${((used.user + used.system) / 1000 / n).toFixed(2)} ms, ${(bytes / n / 1024).toFixed(1)} KiB each, sha256 ${hash.digest('hex').slice(0, 16)}, load ${os.loadavg()[0]?.toFixed(1)}`,
    );
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(process.env.PROFILE_CPU as string, JSON.stringify(profile));
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import { serveJobs } from '../workers/serve';
import { type RecordPdfSource, renderRecordPdf } from './record-pdf';

/** Renders record PDFs for the whole-clinic export, one worker per core. */
serveJobs(async (source: RecordPdfSource) => {
  const bytes = await renderRecordPdf({ ...source, logo: source.logo ? Buffer.from(source.logo) : null });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
});

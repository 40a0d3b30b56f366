import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { renderDocumentPdf } from '../../src/main/documents/pdf/document-pdf';
import { type RecordPdfSource, renderRecordPdf } from '../../src/main/exports/record-pdf';
import type { Block, DocumentRecord } from '../../src/shared/documents/schema';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { pdfSources } from '../fixtures/pdf-sources';
import { FIRST_NAMES, LAST_NAMES } from '../fixtures/seed-names';
import { medianSpread, record as recordFigure } from './figures';

export interface Timing {
  median: number;
  p95: number;
}

function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const blocksHtml = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.type === 'paragraph'
        ? `<p>${escapeHtml(b.text)}</p>`
        : `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`,
    )
    .join('');

/** The same document as HTML, as an Electron app printing with Chromium would lay it out. */
function equivalentHtml(record: DocumentRecord, logo: Buffer): string {
  const { snapshot } = record;
  const img = (data: string) => `<img src="${data}" style="max-height:56px">`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#1d2430}
    h1{font-size:17pt} h2{font-size:12.5pt;color:#0f6b63;break-after:avoid} li{break-inside:avoid}
  </style></head><body>
    <header>${img(`data:image/png;base64,${logo.toString('base64')}`)}<strong>${escapeHtml(snapshot.clinic.name)}</strong>
    <div>${escapeHtml(snapshot.clinic.address)}</div></header>
    <h1>${escapeHtml(snapshot.content.title)}</h1>${blocksHtml(snapshot.content.intro)}
    ${snapshot.content.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>${blocksHtml(s.blocks)}`).join('')}
    <h2>Your declarations</h2><ul>${snapshot.content.declarations.map((d) => `<li>☑ ${escapeHtml(d)}</li>`).join('')}</ul>
    <h2>Signatures</h2>${record.signatures.map((s) => `<div>${img(s.imagePng)}<br>${escapeHtml(s.signerName)}</div>`).join('')}
    <footer>Document ${record.uid} · SHA-256 ${record.sha256}</footer>
  </body></html>`;
}

/** A patient's record as HTML: the letterhead, then each section's entries as label/value tables. */
function recordHtml(source: RecordPdfSource): string {
  const { patient, clinic } = source;
  const rows = (lines: [string, string][]) =>
    `<table>${lines.map(([l, v]) => `<tr><th>${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
  const logo = source.logo
    ? `<img src="data:image/png;base64,${source.logo.toString('base64')}" style="max-height:56px">`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#1d2430}
    h1{font-size:17pt} h2{font-size:12.5pt;color:#0f6b63;break-after:avoid} h3{font-size:10.5pt}
    th{text-align:left;font-weight:normal;color:#5b6575;width:45%} table{break-inside:avoid}
  </style></head><body>
    <header>${logo}<strong>${escapeHtml(clinic.name)}</strong><div>${escapeHtml(clinic.address)}</div></header>
    <h1>Patient record</h1><div>${escapeHtml(patient.lastName)} · ${escapeHtml(patient.number)}</div>
    <h2>Patient details</h2>${rows(
      Object.entries(patient)
        .filter(([, v]) => typeof v === 'string' && v)
        .map(([k, v]) => [k, String(v)]),
    )}
    ${source.sections
      .map(
        (s) =>
          `<h2>${escapeHtml(s.heading)}</h2>${
            s.entries.length
              ? s.entries.map((e) => `<h3>${escapeHtml(e.title)}</h3>${rows(e.lines)}`).join('')
              : `<p>${escapeHtml(s.empty)}</p>`
          }`,
      )
      .join('')}
    <footer>Complete patient record exported from Mesodesk</footer>
  </body></html>`;
}

interface Comparison {
  label: string;
  ours: () => Promise<unknown>;
  html: string;
}

/**
 * Interleaved rounds, pdfkit then Chromium, so both see the same load; the ratio is taken per round.
 * Returns the medians per round and the ratios.
 */
async function compare(page: Page, format: 'A4' | 'Letter', c: Comparison, rounds: number) {
  const printOnce = async () => {
    await page.setContent(c.html);
    await page.pdf({ format, displayHeaderFooter: true, margin: { top: '64px', bottom: '72px' } });
  };
  await c.ours(); // warm-up: fonts read and parsed once per process
  await printOnce();
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const one = stats(await time(10, c.ours)).median;
    const reference = stats(await time(3, printOnce)).median;
    ours.push(one);
    theirs.push(reference);
    ratios.push(reference / one);
  }
  return { ours: medianSpread(ours), theirs: medianSpread(theirs), ratios: medianSpread(ratios) };
}

function report(c: Comparison, r: Awaited<ReturnType<typeof compare>>, rounds: number): void {
  recordFigure({
    name: `${c.label} (pdfkit), median per round`,
    value: r.ours.median,
    unit: 'ms',
    runs: rounds * 10,
    spread: { min: r.ours.min, max: r.ours.max },
    floor: {
      name: 'Chromium page.pdf of the same content (median per round)',
      value: r.theirs.median,
      unit: 'ms',
    },
  });
  recordFigure({
    name: `${c.label} speed-up over Chromium page.pdf (median of interleaved ratios)`,
    value: r.ratios.median,
    unit: 'x',
    runs: rounds,
    spread: { min: r.ratios.min, max: r.ratios.max },
    floor: null,
    target: '>= 10x',
    met: r.ratios.median >= 10,
  });
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`\n${c.label}, ${rounds} interleaved rounds (10 pdfkit renders, 3 Chromium prints each)`);
  console.log(
    `  pdfkit (in main)    median ${ms(r.ours.median)}   range ${ms(r.ours.min)} – ${ms(r.ours.max)}`,
  );
  console.log(
    `  Chromium page.pdf   median ${ms(r.theirs.median)}   range ${ms(r.theirs.min)} – ${ms(r.theirs.max)}`,
  );
  console.log(
    `  Speed-up, median of per-round ratios: ${r.ratios.median.toFixed(1)}x (range ${r.ratios.min.toFixed(1)}x – ${r.ratios.max.toFixed(1)}x; aim: at least 10x)`,
  );
}

/**
 * A signature as the app's signature pad hands it over: Chromium's canvas at a device pixel ratio of
 * 2 (1040 × 340), white background, pen #10243e. Chromium writes it as an RGBA PNG, which pdfkit
 * must inflate, split into colour and alpha and deflate again for every document.
 */
async function padSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1040;
    canvas.height = 340;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = 'rgb(255,255,255)';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.strokeStyle = '#10243e';
    g.lineWidth = 5;
    g.beginPath();
    g.moveTo(60, 250);
    for (let x = 60; x < 980; x += 8) g.lineTo(x, 170 + Math.sin(x / 23) * 80 + Math.cos(x / 7) * 20);
    g.stroke();
    return canvas.toDataURL('image/png');
  });
}

export async function benchDocuments(): Promise<void> {
  const { record, logo, patientRecord, close } = await pdfSources();
  const source = {
    uid: record.uid,
    sha256: record.sha256,
    createdAt: record.createdAt,
    snapshot: record.snapshot,
    signatures: record.signatures,
    logo,
  };
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const format = record.snapshot.paperSize === 'LETTER' ? 'Letter' : 'A4';
  const rounds = Number(process.env.BENCH_PDF_ROUNDS ?? 9);
  const padDrawn = await padSignature(page);
  const signedOnPad = { ...record, signatures: record.signatures.map((s) => ({ ...s, imagePng: padDrawn })) };
  const comparisons: Comparison[] = [
    { label: 'consent PDF', ours: () => renderDocumentPdf(source), html: equivalentHtml(record, logo) },
    { label: 'record PDF', ours: () => renderRecordPdf(patientRecord), html: recordHtml(patientRecord) },
    {
      label: 'consent PDF, signatures as the pad draws them',
      ours: () => renderDocumentPdf({ ...source, signatures: signedOnPad.signatures }),
      html: equivalentHtml(signedOnPad, logo),
    },
  ];
  for (const c of comparisons) report(c, await compare(page, format, c, rounds), rounds);
  const batchStart = performance.now();
  for (let i = 0; i < 200; i++) await renderDocumentPdf(source);
  const batch = performance.now() - batchStart;
  // Another patient in every document (the name in each page header): other glyphs, at other places.
  const othersStart = performance.now();
  for (let i = 0; i < 200; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    await renderDocumentPdf({
      ...source,
      snapshot: { ...source.snapshot, patient: { ...source.snapshot.patient, name } },
    });
  }
  const others = performance.now() - othersStart;
  await browser.close();
  close();
  console.log(`200 consent PDFs in a row: ${batch.toFixed(0)} ms (${(batch / 200).toFixed(1)} ms each)`);
  console.log(
    `200 consent PDFs, another patient name in each (several scripts): ${others.toFixed(0)} ms (${(others / 200).toFixed(1)} ms each)`,
  );
}

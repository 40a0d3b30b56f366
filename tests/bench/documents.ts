import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { renderDocumentPdf } from '../../src/main/documents/pdf/document-pdf';
import type { Block, DocumentRecord } from '../../src/shared/documents/schema';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { CLINIC_PROFILE, details, logoDataUrl, signature } from '../fixtures/documents';
import { patientFields } from '../fixtures/patients';
import { createTestDb, testApi } from '../fixtures/test-db';
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

/** A signed consent in a throwaway database: the input both renderers get. */
async function signedConsent(): Promise<{ record: DocumentRecord; logo: Buffer; close: () => void }> {
  const t = createTestDb();
  const { services } = testApi(t.db);
  services.settings.update(CLINIC_PROFILE);
  services.logos.set(logoDataUrl());
  const patient = services.patients.create(patientFields({ firstName: 'Αικατερίνη' }) as never);
  const [template] = services.templates.list('consent');
  if (!template) throw new Error('no consent template');
  const content = services.templates.get(template.id).content;
  const summary = await services.documents.signConsent({
    patientId: patient.id,
    templateId: template.id,
    details: details() as never,
    acknowledged: content.declarations.map(() => true),
    photoConsent: 'education',
    signatures: [
      signature('patient', 'Αικατερίνη Papadopoulou'),
      signature('practitioner', 'Dr Eleni Markou'),
    ] as never,
  });
  const record = services.documents.get(summary.id);
  return {
    record,
    logo: services.logos.bytes(record.snapshot.clinic.logoHash ?? '') ?? Buffer.alloc(0),
    close: t.close,
  };
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

export async function benchDocuments(): Promise<void> {
  const { record, logo, close } = await signedConsent();
  const source = {
    uid: record.uid,
    sha256: record.sha256,
    createdAt: record.createdAt,
    snapshot: record.snapshot,
    signatures: record.signatures,
    logo,
  };
  await renderDocumentPdf(source); // warm-up: fonts read and parsed once per process
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const html = equivalentHtml(record, logo);
  const format = record.snapshot.paperSize === 'LETTER' ? 'Letter' : 'A4';
  const printOnce = async () => {
    await page.setContent(html);
    await page.pdf({ format, displayHeaderFooter: true, margin: { top: '64px', bottom: '72px' } });
  };
  await printOnce();

  // Interleaved rounds: pdfkit then Chromium, so both see the same load; the ratio is taken per round.
  const rounds = Number(process.env.BENCH_PDF_ROUNDS ?? 9);
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const one = stats(await time(10, () => renderDocumentPdf(source))).median;
    const reference = stats(await time(3, printOnce)).median;
    ours.push(one);
    theirs.push(reference);
    ratios.push(reference / one);
  }
  const batchStart = performance.now();
  for (let i = 0; i < 200; i++) await renderDocumentPdf(source);
  const batch = performance.now() - batchStart;
  await browser.close();
  close();

  const speedUp = medianSpread(ratios);
  const pdfkit = medianSpread(ours);
  const chromiumPdf = medianSpread(theirs);
  recordFigure({
    name: 'consent PDF (pdfkit), median per round',
    value: pdfkit.median,
    unit: 'ms',
    runs: rounds * 10,
    spread: { min: pdfkit.min, max: pdfkit.max },
    floor: {
      name: 'Chromium page.pdf of the same content (median per round)',
      value: chromiumPdf.median,
      unit: 'ms',
    },
  });
  recordFigure({
    name: 'consent PDF speed-up over Chromium page.pdf (median of interleaved ratios)',
    value: speedUp.median,
    unit: 'x',
    runs: rounds,
    spread: { min: speedUp.min, max: speedUp.max },
    floor: null,
    target: '>= 10x',
    met: speedUp.median >= 10,
  });

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`\nConsent PDF, ${rounds} interleaved rounds (10 pdfkit renders, 3 Chromium prints each)`);
  console.log(
    `  pdfkit (in main)         median ${ms(pdfkit.median)}   range ${ms(pdfkit.min)} – ${ms(pdfkit.max)}`,
  );
  console.log(
    `  Chromium page.pdf        median ${ms(chromiumPdf.median)}   range ${ms(chromiumPdf.min)} – ${ms(chromiumPdf.max)}`,
  );
  console.log(`  200 pdfkit in a row      ${ms(batch)} (${ms(batch / 200)} each)`);
  console.log(
    `Speed-up, median of per-round ratios: ${speedUp.median.toFixed(1)}x (range ${speedUp.min.toFixed(1)}x – ${speedUp.max.toFixed(1)}x; aim: at least 10x)`,
  );
}

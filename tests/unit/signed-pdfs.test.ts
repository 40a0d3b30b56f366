import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfSource } from '../../src/main/documents/pdf/document-pdf';
import { keepMissingPdfs } from '../../src/main/documents/pdf-backfill';
import type { DocumentPdf, DocumentPdfCheck, DocumentSummary } from '../../src/shared/documents/schema';
import type { ExportResult } from '../../src/shared/exports/schema';
import { apiPerTest } from '../fixtures/db';
import { CLINIC_PROFILE, details, logoDataUrl, signature } from '../fixtures/documents';
import { patientFields } from '../fixtures/patients';
import { callOk } from '../fixtures/treatments';

/**
 * A future layout change, simulated: while `changed` is set, the document layout draws every record
 * differently (other paper, a changed title line), as a new version of the layout code would.
 */
const layout = vi.hoisted(() => ({ changed: false }));
vi.mock('../../src/main/documents/pdf/document-pdf', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/main/documents/pdf/document-pdf')>();
  const redrawn = (source: PdfSource): PdfSource => ({
    ...source,
    snapshot: {
      ...source.snapshot,
      paperSize: source.snapshot.paperSize === 'A4' ? 'LETTER' : 'A4',
      content: { ...source.snapshot.content, title: `${source.snapshot.content.title} (layout 2)` },
    },
  });
  return {
    ...actual,
    renderDocumentPdf: (source: PdfSource) =>
      actual.renderDocumentPdf(layout.changed ? redrawn(source) : source),
  };
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const t = apiPerTest((test) => ({ dataDir: test.dir }));
let patientId: number;
beforeEach(() => {
  layout.changed = false;
  t.api.services.settings.update(CLINIC_PROFILE);
  t.api.services.logos.set(logoDataUrl());
  patientId = t.api.services.patients.create(patientFields() as never).id;
});
afterEach(() => {
  layout.changed = false;
});

async function signConsent(): Promise<DocumentSummary> {
  const [template] = t.api.services.templates.list('consent');
  if (!template) throw new Error('no consent template');
  const content = t.api.services.templates.get(template.id).content;
  return callOk<DocumentSummary>(t.api, 'documents.signConsent', {
    patientId,
    templateId: template.id,
    details: details(),
    acknowledged: content.declarations.map(() => true),
    photoConsent: 'clinical',
    signatures: [signature('patient', 'Maria Papadopoulou'), signature('practitioner', 'Dr Eleni Markou')],
  });
}

const kept = (id: number) =>
  t.db
    .prepare(
      "SELECT sha256, bytes, patient_id FROM signed_pdfs WHERE record_kind = 'document' AND record_id = ?",
    )
    .get(id) as { sha256: string; bytes: Buffer; patient_id: number } | undefined;

const reprint = async (id: number) =>
  Buffer.from((await callOk<DocumentPdf>(t.api, 'documents.pdf', { id })).base64, 'base64');

describe('what was signed is what reprints', () => {
  it('keeps the signed PDF at signing; after a layout change a reprint is byte for byte the signed file', async () => {
    const consent = await signConsent();
    const atSigning = kept(consent.id);
    if (!atSigning) throw new Error('no PDF kept at signing');
    expect(atSigning.sha256).toBe(sha256(atSigning.bytes));
    expect(atSigning.patient_id).toBe(patientId);
    expect(atSigning.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await reprint(consent.id)).toEqual(atSigning.bytes);

    layout.changed = true;
    // A letterhead change today does not reach it either.
    t.api.services.settings.update({ clinicName: 'Renamed Clinic' });

    const again = await reprint(consent.id);
    expect(again.equals(atSigning.bytes)).toBe(true);
    expect(sha256(again)).toBe(atSigning.sha256);
    // The export's copy of the signed PDF is the same file.
    const { folder } = await callOk<ExportResult>(t.api, 'exports.patient', { patientId });
    const [file] = fs.readdirSync(path.join(folder, 'documents'));
    expect(fs.readFileSync(path.join(folder, 'documents', file ?? '')).equals(atSigning.bytes)).toBe(true);
    // The kept bytes never change.
    expect(() => t.db.prepare("UPDATE signed_pdfs SET bytes = x'00'").run()).toThrow(/LOCKED/);
    expect(() => t.db.prepare('DELETE FROM signed_pdfs').run()).toThrow(/LOCKED/);
  });

  it('regeneration stays as a check: it reports a layout difference and never replaces the kept file', async () => {
    const consent = await signConsent();
    const before = kept(consent.id);
    expect(await callOk<DocumentPdfCheck>(t.api, 'documents.checkPdf', { id: consent.id })).toEqual({
      storedSha256: before?.sha256,
      storedIntact: true,
      regeneratedSha256: before?.sha256,
      identical: true,
    });

    layout.changed = true;
    const check = await callOk<DocumentPdfCheck>(t.api, 'documents.checkPdf', { id: consent.id });
    expect(check).toMatchObject({ storedSha256: before?.sha256, storedIntact: true, identical: false });
    expect(check.regeneratedSha256).not.toBe(before?.sha256);
    expect(kept(consent.id)?.bytes.equals(before?.bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it('an aftercare sheet keeps its PDF too', async () => {
    const [template] = t.api.services.templates.list('aftercare');
    const given = await callOk<DocumentSummary>(t.api, 'documents.giveAftercare', {
      patientId,
      templateId: template?.id,
      details: details(),
    });
    const atGiving = kept(given.id);
    layout.changed = true;
    expect((await reprint(given.id)).equals(atGiving?.bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it('a document signed before PDFs were kept gets its PDF drawn and kept once, at its first reprint', async () => {
    const consent = await signConsent();
    const original = kept(consent.id)?.bytes ?? Buffer.alloc(0);
    // As a document signed before migration 8: no kept PDF.
    t.db.exec('DROP TRIGGER signed_pdfs_no_delete');
    t.db.prepare('DELETE FROM signed_pdfs').run();

    const first = await reprint(consent.id);
    expect(first.equals(original)).toBe(true);
    expect(kept(consent.id)?.sha256).toBe(sha256(first));

    layout.changed = true;
    expect((await reprint(consent.id)).equals(first)).toBe(true);
  });

  it('documents signed before PDFs were kept get them kept in the background after unlock, before any reprint', async () => {
    const consent = await signConsent();
    const original = kept(consent.id)?.bytes ?? Buffer.alloc(0);
    const [template] = t.api.services.templates.list('aftercare');
    const given = await callOk<DocumentSummary>(t.api, 'documents.giveAftercare', {
      patientId,
      templateId: template?.id,
      details: details(),
    });
    t.db.exec('DROP TRIGGER signed_pdfs_no_delete');
    t.db.prepare('DELETE FROM signed_pdfs').run();

    // Locked before it ran: nothing is drawn.
    expect(
      await keepMissingPdfs(
        t.api.services.documents,
        () => false,
        () => undefined,
      ),
    ).toBe(0);
    expect(kept(consent.id)).toBeUndefined();

    const log = vi.fn();
    expect(await keepMissingPdfs(t.api.services.documents, () => true, log)).toBe(2);
    expect(log).not.toHaveBeenCalled();
    expect(kept(consent.id)?.bytes.equals(original)).toBe(true);
    expect(kept(given.id)).toBeDefined();
    // A later layout change no longer reaches them.
    layout.changed = true;
    expect((await reprint(consent.id)).equals(original)).toBe(true);
    expect(await keepMissingPdfs(t.api.services.documents, () => true, log)).toBe(0);
  });
});

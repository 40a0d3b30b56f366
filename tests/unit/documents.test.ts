import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentWords } from '../../src/shared/documents/document-words';
import { renderedTexts } from '../../src/shared/documents/render';
import type { DocumentSummary } from '../../src/shared/documents/schema';
import type { TemplateSummary } from '../../src/shared/documents/template-schema';
import { LANGUAGES } from '../../src/shared/language/languages';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { CLINIC_PROFILE, details, logoDataUrl, signature } from '../fixtures/documents';
import { patientFields } from '../fixtures/patients';
import { expectOk } from '../fixtures/treatments';

const t = apiPerTest();
let patientId: number;

const GREEK_NAME = 'Αικατερίνη Παπαδοπούλου';

beforeEach(() => {
  t.api.services.settings.update(CLINIC_PROFILE);
  t.api.services.logos.set(logoDataUrl());
  patientId = t.api.services.patients.create(
    patientFields({ firstName: 'Αικατερίνη', lastName: 'Παπαδοπούλου' }) as never,
  ).id;
});

/** The English built-ins (each translation has its own tests in document-languages.test.ts). */
const templatesOf = (kind: 'consent' | 'aftercare') => t.api.services.templates.list(kind, 'en');

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await t.api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function signConsent(
  template: TemplateSummary,
  overrides: Record<string, unknown> = {},
): Promise<Result<DocumentSummary>> {
  const content = t.api.services.templates.get(template.id).content;
  return t.api.call('documents.signConsent', {
    patientId,
    templateId: template.id,
    details: details(),
    acknowledged: content.declarations.map(() => true),
    photoConsent: 'education',
    signatures: [signature('patient', GREEK_NAME), signature('practitioner', 'Dr Eleni Markou')],
    ...overrides,
  }) as Promise<Result<DocumentSummary>>;
}

function pdfText(base64: string, page?: number): string {
  const file = path.join(t.dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' });
}

describe('migration 0005', () => {
  it('creates the document tables at schema version 5', () => {
    expect(t.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    const tables = t.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['clinic_logos', 'document_templates', 'documents']));
    const plan = t.db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM documents WHERE patient_id = ? ORDER BY created_at DESC')
      .all(1) as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' ')).toContain('documents_by_patient');
  });
});

describe('built-in templates', () => {
  it('are seeded once: five consents and four aftercare sheets in each language', () => {
    expect(templatesOf('consent')).toHaveLength(5);
    expect(templatesOf('aftercare')).toHaveLength(4);
    t.api.services.templates.ensureBuiltins();
    for (const language of LANGUAGES)
      expect(t.api.services.templates.list(undefined, language)).toHaveLength(9);
    expect(t.api.services.templates.list()).toHaveLength(9 * LANGUAGES.length);
  });

  it('each renders with every merge field filled and no placeholder left', async () => {
    for (const template of t.api.services.templates.list()) {
      const preview = await call<{ content: Parameters<typeof renderedTexts>[0] }>('documents.preview', {
        patientId,
        templateId: template.id,
        details: details(),
      });
      const text = renderedTexts(preview.content).join('\n');
      expect(text, template.key).not.toMatch(/\{\{|\}\}/);
      expect(text, template.key).toContain(GREEK_NAME);
      expect(text, template.key).toContain('HA2291');
      expect(text, template.key).toContain(CLINIC_PROFILE.clinicName);
      if (template.kind === 'aftercare') {
        expect(text).toContain(CLINIC_PROFILE.emergencyContactLine);
        expect(text).toContain('15/03/2026 at 10:30');
      } else {
        expect(text).toContain('four sessions, two weeks apart');
      }
    }
  });
});

describe('consent PDFs', () => {
  it('print the non-Latin name, the clinic, every risk heading and the hash', async () => {
    for (const template of templatesOf('consent')) {
      const signed = await signConsent(template);
      expect(signed.ok, template.key).toBe(true);
      if (!signed.ok) continue;
      const pdf = await call<{ base64: string; fileName: string }>('documents.pdf', { id: signed.value.id });
      expect(pdf.fileName).toMatch(/^P-000001-consent-2026-03-01-.+\.pdf$/);
      const text = pdfText(pdf.base64);
      expect(text).toContain(GREEK_NAME);
      expect(text).toContain(CLINIC_PROFILE.clinicName);
      for (const heading of ['Common side effects', 'Rare risks', 'Alternatives', 'Your right to withdraw']) {
        expect(text, `${template.key}: ${heading}`).toContain(heading);
      }
      expect(text).toContain(signed.value.sha256);
      expect(text).toContain(signed.value.uid);
      expect(text).toMatch(/Page 1 of \d/);
    }
  });

  it('prints Cyrillic, Vietnamese and Turkish names too', async () => {
    const names = ['Анна Иванова', 'Nguyễn Thị Ánh', 'Şükrü Öztürk'];
    for (const name of names) {
      const [first, last] = name.split(' ', 2) as [string, string];
      const id = t.api.services.patients.create(
        patientFields({ firstName: first, lastName: name.slice(first.length + 1) }) as never,
      ).id;
      const [template] = templatesOf('aftercare');
      const given = await call<{ id: number }>('documents.giveAftercare', {
        patientId: id,
        templateId: template?.id,
        details: details(),
      });
      const text = pdfText((await call<{ base64: string }>('documents.pdf', { id: given.id })).base64);
      expect(text).toContain(`${first} ${last}`);
    }
  });

  it('regenerates byte for byte from the stored snapshot, even after the profile and template change', async () => {
    const [template] = templatesOf('consent');
    if (!template) throw new Error('no template');
    const signed = await signConsent(template);
    if (!signed.ok) throw new Error('not signed');
    const first = await call<{ base64: string }>('documents.pdf', { id: signed.value.id });
    t.api.clock.advance(86_400_000);
    t.api.services.settings.update({ clinicName: 'Renamed clinic', paperSize: 'LETTER' });
    t.api.services.logos.set(null);
    const content = t.api.services.templates.get(template.id).content;
    t.api.services.templates.update(template.key, template.version, { ...content, title: 'Changed' });
    const again = await call<{ base64: string }>('documents.pdf', { id: signed.value.id });
    expect(Buffer.from(again.base64, 'base64').equals(Buffer.from(first.base64, 'base64'))).toBe(true);
  });

  it('refuses unticked declarations and missing signatures', async () => {
    const [template] = templatesOf('consent');
    if (!template) throw new Error('no template');
    const unticked = await signConsent(template, { acknowledged: [true, false] });
    expect(unticked).toMatchObject({
      ok: false,
      error: { fields: { acknowledged: 'errors.declarationsRequired' } },
    });
    const unsigned = await signConsent(template, { signatures: [signature('patient', GREEK_NAME)] });
    expect(unsigned).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'signatures.practitioner': 'errors.signatureRequired' } },
    });
    expect(t.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });
});

describe('page layout', () => {
  it('never leaves a section heading as the last line of a page', async () => {
    // Every English built-in here; document-languages.test.ts checks the longest ones in each language.
    for (const template of [...templatesOf('consent'), ...templatesOf('aftercare')]) {
      if (template.review) expectOk(await t.api.call('clinicalTexts.approve', template.review));
      const words = documentWords(template.language);
      const headings = t.api.services.templates.get(template.id).content.sections.map((x) => x.heading);
      headings.push(words.declarationsHeading, words.photoHeading, words.signaturesHeading);
      const doc =
        template.kind === 'consent'
          ? await signConsent(template)
          : await t.api.call('documents.giveAftercare', {
              patientId,
              templateId: template.id,
              details: details(),
            });
      if (!doc.ok) throw new Error(template.key);
      const { base64 } = await call<{ base64: string }>('documents.pdf', {
        id: (doc.value as { id: number }).id,
      });
      const pageOne = new RegExp(`${words.page(1, 0).replace(/0$/, '')}(\\d+)`);
      const pages = Number(pageOne.exec(pdfText(base64, 1))?.[1]);
      expect(pages).toBeGreaterThan(1);
      for (let page = 1; page <= pages; page++) {
        const lines = pdfText(base64, page)
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const footer = lines.findIndex((l) => l.startsWith(words.document('')));
        const lastContent = lines[footer - 1] ?? '';
        expect(headings, `${template.key} page ${page}`).not.toContain(lastContent);
      }
    }
  });
});

describe('locked records', () => {
  it('a signed consent cannot be altered; a withdrawal is recorded once', async () => {
    const [template] = templatesOf('consent');
    if (!template) throw new Error('no template');
    const signed = await signConsent(template);
    if (!signed.ok) throw new Error('not signed');
    const id = signed.value.id;
    expect(() => t.db.prepare("UPDATE documents SET snapshot = '{}' WHERE id = ?").run(id)).toThrow(/LOCKED/);
    expect(() => t.db.prepare('DELETE FROM documents WHERE id = ?').run(id)).toThrow(/LOCKED/);

    expect(await call('documents.get', { id })).toMatchObject({ intact: true });
    const withdrawn = await t.api.call('documents.withdraw', {
      id,
      date: '2026-03-05',
      reason: 'Changed her mind',
    });
    expect(withdrawn).toMatchObject({
      ok: true,
      value: { withdrawnOn: '2026-03-05', sha256: signed.value.sha256 },
    });
    const again = await t.api.call('documents.withdraw', { id, date: '2026-03-06', reason: 'Again' });
    expect(again).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(() =>
      t.db.prepare("UPDATE documents SET withdrawal_reason = 'edited' WHERE id = ?").run(id),
    ).toThrow(/LOCKED/);
  });

  it('reports a record altered behind the app’s back as no longer intact', async () => {
    const [template] = templatesOf('consent');
    if (!template) throw new Error('no template');
    const signed = await signConsent(template);
    if (!signed.ok) throw new Error('not signed');
    t.db.exec('DROP TRIGGER documents_locked');
    t.db
      .prepare("UPDATE documents SET snapshot = replace(snapshot, 'HA2291', 'HA9999') WHERE id = ?")
      .run(signed.value.id);
    expect(await call('documents.get', { id: signed.value.id })).toMatchObject({ intact: false });
  });

  it('editing a template creates a version and leaves signed documents unchanged', async () => {
    const [template] = templatesOf('consent');
    if (!template) throw new Error('no template');
    const signed = await signConsent(template);
    if (!signed.ok) throw new Error('not signed');
    const before = await call<{ snapshot: unknown }>('documents.get', { id: signed.value.id });

    const content = t.api.services.templates.get(template.id).content;
    const edited = await call<{ id: number; version: number; modified: boolean }>('templates.update', {
      key: template.key,
      baseVersion: 1,
      content: { ...content, title: 'Consent to facial mesotherapy ({{clinic.name}})' },
    });
    expect(edited).toMatchObject({ version: 2, modified: true });
    expect(t.api.services.templates.get(template.id).content.title).toBe(content.title);
    const versions = await call<{ version: number }[]>('templates.versions', { key: template.key });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);

    const after = await call<{ snapshot: unknown; templateVersion: number }>('documents.get', {
      id: signed.value.id,
    });
    expect(after).toEqual(before);
    expect(after.templateVersion).toBe(1);

    // The old version can no longer be signed; a stale edit is refused; the built-in can be restored.
    expect(await signConsent(template)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await t.api.call('templates.update', { key: template.key, baseVersion: 1, content }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const restored = await call<{ version: number; modified: boolean }>('templates.restoreBuiltin', {
      key: template.key,
    });
    expect(restored).toMatchObject({ version: 3, modified: false });
    expect(() => t.db.prepare("UPDATE document_templates SET title = 'x'").run()).toThrow(/LOCKED/);
  });

  it('refuses unknown merge fields and copies a template under a new key', async () => {
    const [template] = templatesOf('aftercare');
    if (!template) throw new Error('no template');
    const content = t.api.services.templates.get(template.id).content;
    const bad = await t.api.call('templates.update', {
      key: template.key,
      baseVersion: 1,
      content: { ...content, intro: 'Hello {{patient.nickname}}' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { fields: { 'content.intro': 'errors.unknownMergeField' } },
    });
    const copy = await call<{ key: string; builtin: boolean; title: string }>('templates.copy', {
      key: template.key,
    });
    expect(copy.key).toMatch(/^custom\./);
    expect(copy).toMatchObject({ builtin: false, title: `Copy of ${content.title}` });
  });
});

describe('database guards', () => {
  it('a LOCKED abort raised by the database reaches the renderer as LOCKED, not INTERNAL', async () => {
    t.db.exec(
      "CREATE TEMP TRIGGER refuse BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, 'LOCKED: test'); END;",
    );
    const [template] = templatesOf('aftercare');
    const result = await t.api.call('documents.giveAftercare', {
      patientId,
      templateId: template?.id,
      details: details(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED', message: 'errors.locked' } });
  });
});

describe('aftercare and logo', () => {
  it('records the aftercare given with its template version', async () => {
    const [template] = templatesOf('aftercare');
    if (!template) throw new Error('no template');
    const given = await call<{ kind: string; templateVersion: number }>('documents.giveAftercare', {
      patientId,
      templateId: template.id,
      details: details(),
    });
    expect(given).toMatchObject({ kind: 'aftercare', templateVersion: 1 });
    const list = await call<{ kind: string }[]>('documents.list', { patientId });
    expect(list).toHaveLength(1);
  });

  it('keeps the logo in the database and refuses data that is not the image it claims', async () => {
    expect(t.api.services.logos.current()?.dataUrl).toBe(logoDataUrl());
    const fake = `data:image/png;base64,${Buffer.from('GIF89a not a png').toString('base64')}`;
    expect(await t.api.call('settings.setLogo', { dataUrl: fake })).toMatchObject({
      ok: false,
      error: { fields: { dataUrl: 'errors.logoImage' } },
    });
    expect(await t.api.call('documents.print', { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

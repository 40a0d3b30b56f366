import type {
  DocumentKind,
  TemplateContent,
  TemplateSummary,
  TemplateVersion,
} from '../../shared/documents/template-schema';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import type { Language } from '../../shared/language/languages';
import { createClinicalTextReviews } from '../clinical-texts/reviews';
import { AppError, found } from '../errors';
import type { ServiceDeps } from '../kernel/service-deps';
import {
  createTemplateRepository,
  type StoredTemplateSummary,
  type StoredTemplateVersion,
} from './template-repository';
import { BUILTIN_TEMPLATES, builtinByKey } from './templates/builtins';

/** Consent and aftercare templates: built-ins seeded once, every edit stored as a new version. */
export function createTemplateService({ db, now, newId }: ServiceDeps) {
  const repo = createTemplateRepository(db);
  const reviews = createClinicalTextReviews(db);
  const stamp = () => now().toISOString();

  /** A built-in translation as shipped waits for review; an edited one is the clinic's own wording. */
  function reviewOf(template: StoredTemplateSummary): TemplateSummary['review'] {
    if (!template.builtin || template.modified) return null;
    const stock = builtinByKey(template.key);
    return stock ? reviews.pending(template.key, template.language, stock.content) : null;
  }
  const withReview = <T extends StoredTemplateSummary>(t: T): T & Pick<TemplateSummary, 'review'> => ({
    ...t,
    review: reviewOf(t),
  });

  const mustGet = (id: number): TemplateVersion => withReview(found(repo.get(id), 'template'));

  const mustLatest = (key: string): TemplateVersion => withReview(found(repo.latest(key), 'template'));

  function checkKindRules(kind: DocumentKind, content: TemplateContent): void {
    if (kind === 'consent' && content.declarations.length === 0) {
      throw new AppError('VALIDATION', 'errors.validation', { 'content.declarations': 'errors.required' });
    }
    if (kind === 'consent' && content.photoConsent === '') {
      throw new AppError('VALIDATION', 'errors.validation', { 'content.photoConsent': 'errors.required' });
    }
  }

  const stored = ({ review: _review, ...template }: TemplateVersion): StoredTemplateVersion => template;

  /** Adds any built-in the database does not have yet; existing versions are never touched. */
  const ensureBuiltins = db.transaction(() => {
    for (const builtin of BUILTIN_TEMPLATES) {
      if (repo.latest(builtin.key)) continue;
      repo.insert({ ...builtin, version: 1, builtin: true, createdAt: stamp() });
    }
  });

  const addVersion = db.transaction((key: string, baseVersion: number, content: TemplateContent) => {
    const current = mustLatest(key);
    if (current.version !== baseVersion) {
      throw new AppError('CONFLICT', 'errors.staleTemplate', undefined, { kind: 'stale', current });
    }
    checkKindRules(current.kind, content);
    if (canonicalJson(current.content) === canonicalJson(content)) return current;
    const id = repo.insert({ ...stored(current), version: current.version + 1, content, createdAt: stamp() });
    return mustGet(id);
  });

  const restoreBuiltin = db.transaction((key: string) => {
    const stock = found(builtinByKey(key), 'template');
    const current = mustLatest(key);
    return addVersion(key, current.version, stock.content);
  });

  const copy = db.transaction((key: string) => {
    const source = mustLatest(key);
    const content = { ...source.content, title: `Copy of ${source.content.title}`.slice(0, 200) };
    const id = repo.insert({
      key: `custom.${newId()
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 32)}`,
      version: 1,
      kind: source.kind,
      areaGroup: source.areaGroup,
      builtin: false,
      language: source.language,
      content,
      createdAt: stamp(),
    });
    return mustGet(id);
  });

  /** Only a clinic's own templates can be archived: the built-ins are always there to fall back on. */
  function mustCustom(key: string): TemplateVersion {
    const latest = mustLatest(key);
    if (latest.builtin) throw new AppError('FORBIDDEN', 'errors.builtinTemplateArchive');
    return latest;
  }

  const archive = db.transaction((key: string): TemplateSummary => {
    mustCustom(key);
    repo.archive(key, stamp());
    return mustLatest(key);
  });

  const unarchive = db.transaction((key: string): TemplateSummary => {
    mustCustom(key);
    repo.unarchive(key);
    return mustLatest(key);
  });

  /** A template for a new document: an archived one is no longer offered. */
  function forNewDocument(id: number): TemplateVersion {
    const template = mustGet(id);
    if (template.archivedAt) {
      throw new AppError('VALIDATION', 'errors.validation', { templateId: 'errors.templateArchived' });
    }
    return template;
  }

  return {
    ensureBuiltins: () => ensureBuiltins(),
    get: mustGet,
    forNewDocument,
    list(kind?: DocumentKind, language?: Language, includeArchived = false): TemplateSummary[] {
      return repo
        .listLatest()
        .filter(
          (t) =>
            (!kind || t.kind === kind) &&
            (!language || t.language === language) &&
            (includeArchived || !t.archivedAt),
        )
        .map(withReview);
    },
    versions(key: string): TemplateSummary[] {
      mustLatest(key);
      return repo.versions(key).map(withReview);
    },
    update: (key: string, baseVersion: number, content: TemplateContent): TemplateVersion =>
      addVersion(key, baseVersion, content),
    restoreBuiltin: (key: string): TemplateVersion => restoreBuiltin(key),
    /** The review the latest version of a template still needs, or null. */
    review(key: string): TemplateSummary['review'] {
      const latest = repo.latest(key);
      return latest ? reviewOf(latest) : null;
    },
    copy: (key: string): TemplateVersion => copy(key),
    archive: (key: string): TemplateSummary => archive(key),
    unarchive: (key: string): TemplateSummary => unarchive(key),
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;

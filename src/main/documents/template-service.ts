import type {
  DocumentKind,
  TemplateContent,
  TemplateSummary,
  TemplateVersion,
} from '../../shared/documents/template-schema';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import { AppError, found } from '../errors';
import type { ServiceDeps } from '../kernel/service-deps';
import { createTemplateRepository } from './template-repository';
import { BUILTIN_TEMPLATES, builtinByKey } from './templates/builtins';

/** Consent and aftercare templates: built-ins seeded once, every edit stored as a new version. */
export function createTemplateService({ db, now, newId }: ServiceDeps) {
  const repo = createTemplateRepository(db);
  const stamp = () => now().toISOString();

  const mustGet = (id: number): TemplateVersion => found(repo.get(id), 'template');

  const mustLatest = (key: string): TemplateVersion => found(repo.latest(key), 'template');

  function checkKindRules(kind: DocumentKind, content: TemplateContent): void {
    if (kind === 'consent' && content.declarations.length === 0) {
      throw new AppError('VALIDATION', 'errors.validation', { 'content.declarations': 'errors.required' });
    }
    if (kind === 'consent' && content.photoConsent === '') {
      throw new AppError('VALIDATION', 'errors.validation', { 'content.photoConsent': 'errors.required' });
    }
  }

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
    const id = repo.insert({ ...current, version: current.version + 1, content, createdAt: stamp() });
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
      content,
      createdAt: stamp(),
    });
    return mustGet(id);
  });

  return {
    ensureBuiltins: () => ensureBuiltins(),
    get: mustGet,
    list(kind?: DocumentKind): TemplateSummary[] {
      const all = repo.listLatest();
      return kind ? all.filter((t) => t.kind === kind) : all;
    },
    versions(key: string): TemplateSummary[] {
      mustLatest(key);
      return repo.versions(key);
    },
    update: (key: string, baseVersion: number, content: TemplateContent): TemplateVersion =>
      addVersion(key, baseVersion, content),
    restoreBuiltin: (key: string): TemplateVersion => restoreBuiltin(key),
    copy: (key: string): TemplateVersion => copy(key),
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;

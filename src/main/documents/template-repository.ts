import type { AreaGroup } from '../../shared/documents/areas';
import type {
  DocumentKind,
  TemplateContent,
  TemplateSummary,
  TemplateVersion,
} from '../../shared/documents/template-schema';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import type { Language } from '../../shared/language/languages';
import type { Db } from '../db/types';
import { builtinByKey } from './templates/builtins';

interface TemplateRow {
  id: number;
  key: string;
  version: number;
  kind: DocumentKind;
  area_group: AreaGroup | null;
  builtin: number;
  title: string;
  content: string;
  language: Language;
  created_at: string;
  archived_at: string | null;
}

const isStock = (r: TemplateRow) => {
  const stock = builtinByKey(r.key);
  return stock !== undefined && canonicalJson(stock.content) === canonicalJson(JSON.parse(r.content));
};

/** A template as stored; the service adds whether it still waits for review. */
export type StoredTemplateSummary = Omit<TemplateSummary, 'review'>;
export type StoredTemplateVersion = Omit<TemplateVersion, 'review'>;

const toSummary = (r: TemplateRow): StoredTemplateSummary => ({
  id: r.id,
  key: r.key,
  version: r.version,
  kind: r.kind,
  areaGroup: r.area_group,
  title: r.title,
  builtin: r.builtin === 1,
  modified: r.builtin === 1 && !isStock(r),
  language: r.language,
  archivedAt: r.archived_at,
  createdAt: r.created_at,
});

const toVersion = (r: TemplateRow): StoredTemplateVersion => ({
  ...toSummary(r),
  content: JSON.parse(r.content) as TemplateContent,
});

export interface NewTemplateVersion {
  key: string;
  version: number;
  kind: DocumentKind;
  areaGroup: AreaGroup | null;
  builtin: boolean;
  language: Language;
  content: TemplateContent;
  createdAt: string;
}

/** Data access for template versions. Rows are only ever inserted. Callers own the transaction. */
export function createTemplateRepository(db: Db) {
  // A template's archive state belongs to its key: every version reads it.
  const withArchive = `SELECT t.*, a.archived_at FROM document_templates t
    LEFT JOIN archived_templates a ON a.key = t.key`;
  const byId = db.prepare<[number], TemplateRow>(`${withArchive} WHERE t.id = ?`);
  const latestOfKey = db.prepare<[string], TemplateRow>(
    `${withArchive} WHERE t.key = ? ORDER BY t.version DESC LIMIT 1`,
  );
  const latestAll = db.prepare<[], TemplateRow>(`
    ${withArchive}
    WHERE t.version = (SELECT max(version) FROM document_templates WHERE key = t.key)
    ORDER BY t.kind, t.language <> 'en', t.language, t.builtin DESC, t.title, t.id`);
  const versionsOfKey = db.prepare<[string], TemplateRow>(
    `${withArchive} WHERE t.key = ? ORDER BY t.version DESC`,
  );
  const archive = db.prepare('INSERT OR IGNORE INTO archived_templates (key, archived_at) VALUES (?, ?)');
  const unarchive = db.prepare('DELETE FROM archived_templates WHERE key = ?');
  const insert = db.prepare(`
    INSERT INTO document_templates (key, version, kind, area_group, builtin, title, content, language, created_at)
    VALUES (@key, @version, @kind, @areaGroup, @builtin, @title, @content, @language, @createdAt)`);

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row && toVersion(row);
    },
    latest: (key: string) => {
      const row = latestOfKey.get(key);
      return row && toVersion(row);
    },
    listLatest: (): StoredTemplateSummary[] => latestAll.all().map(toSummary),
    versions: (key: string): StoredTemplateSummary[] => versionsOfKey.all(key).map(toSummary),
    archive: (key: string, at: string): void => void archive.run(key, at),
    unarchive: (key: string): void => void unarchive.run(key),
    insert(v: NewTemplateVersion): number {
      const info = insert.run({
        key: v.key,
        version: v.version,
        kind: v.kind,
        areaGroup: v.areaGroup,
        builtin: v.builtin ? 1 : 0,
        title: v.content.title,
        content: JSON.stringify(v.content),
        language: v.language,
        createdAt: v.createdAt,
      });
      return Number(info.lastInsertRowid);
    },
  };
}

import type { Migration } from '../types';

/**
 * Languages. Each patient has a preferred language for everything they read or sign; each document
 * template is written in one language (the built-ins ship in several); and a built-in clinical text in a
 * language other than English is marked "review before first use" until the practitioner approves it:
 * the approval names the exact text (its SHA-256), so a reworded built-in asks again.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'languages',
  up(db) {
    db.exec(`
      ALTER TABLE patients ADD COLUMN preferred_language TEXT NOT NULL DEFAULT 'en'
        CHECK (preferred_language IN ('en', 'fr', 'it', 'es', 'de', 'pt'));
      ALTER TABLE document_templates ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
        CHECK (language IN ('en', 'fr', 'it', 'es', 'de', 'pt'));

      CREATE TABLE clinical_text_approvals (
        id INTEGER PRIMARY KEY,
        text_key TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'it', 'es', 'de', 'pt')),
        content_sha256 TEXT NOT NULL,
        approved_by TEXT NOT NULL,
        approved_at TEXT NOT NULL,
        UNIQUE (text_key, language, content_sha256)
      ) STRICT;
    `);
  },
};

import type { Migration } from '../types';
import { refuse, refuseWhen } from './sql/triggers';

/**
 * Consent forms and aftercare sheets: clinic logos (content-addressed, never changed), versioned
 * templates (a version is never changed: editing adds the next one) and documents, whose signed
 * content is locked by triggers; only a withdrawal may be recorded on a consent, once.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE clinic_logos (
        hash TEXT PRIMARY KEY,
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      ${refuse('clinic_logos_immutable', 'BEFORE UPDATE ON clinic_logos', 'LOCKED: a stored logo never changes')}

      CREATE TABLE document_templates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('consent', 'aftercare')),
        area_group TEXT,
        builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (key, version)
      ) STRICT;
      ${refuse('document_templates_immutable', 'BEFORE UPDATE ON document_templates', 'LOCKED: a template version never changes; add a new version')}
      ${refuse('document_templates_kept', 'BEFORE DELETE ON document_templates', 'LOCKED: template versions are kept')}

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        kind TEXT NOT NULL CHECK (kind IN ('consent', 'aftercare')),
        template_id INTEGER NOT NULL REFERENCES document_templates (id),
        title TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        signatures TEXT NOT NULL,
        photo_consent TEXT CHECK (photo_consent IN ('clinical', 'education', 'marketing')),
        created_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        withdrawn_on TEXT,
        withdrawal_reason TEXT,
        withdrawal_recorded_at TEXT
      ) STRICT;
      CREATE INDEX documents_by_patient ON documents (patient_id, created_at);
      ${refuseWhen(
        'documents_locked',
        'BEFORE UPDATE ON documents',
        `old.uid IS NOT new.uid OR old.patient_id IS NOT new.patient_id OR old.kind IS NOT new.kind
        OR old.template_id IS NOT new.template_id OR old.title IS NOT new.title
        OR old.snapshot IS NOT new.snapshot OR old.signatures IS NOT new.signatures
        OR old.photo_consent IS NOT new.photo_consent OR old.created_at IS NOT new.created_at
        OR old.sha256 IS NOT new.sha256 OR old.withdrawn_on IS NOT NULL`,
        'LOCKED: a signed document cannot be changed',
      )}
      ${refuse('documents_kept', 'BEFORE DELETE ON documents', 'LOCKED: signed documents are kept')}
    `);
  },
};

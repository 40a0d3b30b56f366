import type { Migration } from '../types';
import { refuse } from './sql/triggers';

/** A small starter catalogue of generic products: no brands, editable like any other entry. */
const STARTER_PRODUCTS: [string, string, string, string][] = [
  [
    'Non-crosslinked hyaluronic acid 1%',
    'single-active',
    'ml',
    '[{"name":"Hyaluronic acid","concentration":"10 mg/ml"}]',
  ],
  [
    'Revitalising mixture (hyaluronic acid, vitamins, amino acids)',
    'mixture',
    'ml',
    '[{"name":"Hyaluronic acid","concentration":""},{"name":"Vitamin C","concentration":""},{"name":"Vitamin B complex","concentration":""},{"name":"Amino acids","concentration":""}]',
  ],
  ['Vitamin C 200 mg/ml', 'single-active', 'ml', '[{"name":"Vitamin C","concentration":"200 mg/ml"}]'],
  [
    'Hair mixture (peptides, biotin, zinc)',
    'mixture',
    'ml',
    '[{"name":"Peptides","concentration":""},{"name":"Biotin","concentration":""},{"name":"Zinc","concentration":""}]',
  ],
  [
    'Phosphatidylcholine / deoxycholate',
    'single-active',
    'vial',
    '[{"name":"Phosphatidylcholine","concentration":""},{"name":"Deoxycholate","concentration":""}]',
  ],
  ['Sodium chloride 0.9% (saline)', 'diluent', 'ml', '[{"name":"Sodium chloride","concentration":"0.9%"}]'],
  ['Lidocaine 1%', 'anaesthetic', 'ml', '[{"name":"Lidocaine","concentration":"10 mg/ml"}]'],
  [
    'Topical anaesthetic cream (lidocaine / prilocaine)',
    'anaesthetic',
    'vial',
    '[{"name":"Lidocaine","concentration":"2.5%"},{"name":"Prilocaine","concentration":"2.5%"}]',
  ],
];

/**
 * Treatment records: products and their lots, courses, sessions with their per-zone products,
 * amendments and adverse events. A signed session is immutable: triggers refuse any change to it or
 * its items, as a second line behind the service's LOCKED checks. Amendments are never edited.
 * Stock is kept in hundredths of the product's unit so sums never drift.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'treatments',
  up(db) {
    db.exec(`
      CREATE TABLE products (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        manufacturer TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN ('mixture', 'single-active', 'diluent', 'anaesthetic')),
        ingredients_json TEXT NOT NULL DEFAULT '[]',
        unit TEXT NOT NULL CHECK (unit IN ('ml', 'vial')),
        notes TEXT NOT NULL DEFAULT '',
        builtin INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE lots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        product_id INTEGER NOT NULL REFERENCES products (id),
        lot_number TEXT NOT NULL,
        lot_key TEXT NOT NULL,
        expiry_date TEXT NOT NULL,
        received_date TEXT NOT NULL,
        received_c INTEGER NOT NULL CHECK (received_c >= 0),
        used_c INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (product_id, lot_key)
      ) STRICT;
      CREATE INDEX lots_by_key ON lots (lot_key);
      CREATE INDEX lots_in_stock_by_expiry ON lots (expiry_date) WHERE used_c < received_c;

      CREATE TABLE courses (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        plan_json TEXT NOT NULL,
        start_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
        sessions_done INTEGER NOT NULL DEFAULT 0,
        next_phase TEXT CHECK (next_phase IN ('course', 'maintenance')),
        next_number INTEGER,
        next_due_date TEXT,
        next_latest_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX courses_by_patient ON courses (patient_id, id);
      CREATE INDEX courses_recall ON courses (next_due_date) WHERE status = 'active';

      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        course_id INTEGER NOT NULL REFERENCES courses (id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        performed_on TEXT NOT NULL,
        performed_time TEXT NOT NULL,
        fields_json TEXT NOT NULL,
        currency TEXT NOT NULL,
        sequence INTEGER,
        content_json TEXT,
        content_hash TEXT,
        signed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (status = 'draft' OR (sequence IS NOT NULL AND content_json IS NOT NULL
          AND content_hash IS NOT NULL AND signed_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX sessions_by_patient ON sessions (patient_id, performed_on);
      CREATE INDEX sessions_by_course ON sessions (course_id, status, performed_on);
      ${refuse('sessions_signed_no_update', "BEFORE UPDATE ON sessions WHEN old.status = 'signed'", 'LOCKED: signed session')}
      ${refuse('sessions_signed_no_delete', "BEFORE DELETE ON sessions WHEN old.status = 'signed'", 'LOCKED: signed session')}

      CREATE TABLE session_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        position INTEGER NOT NULL,
        zone TEXT NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products (id),
        lot_id INTEGER REFERENCES lots (id),
        volume_c INTEGER,
        quantity_c INTEGER,
        dilution TEXT NOT NULL DEFAULT '',
        expired_override_reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX session_items_by_session ON session_items (session_id, position);
      CREATE INDEX session_items_by_lot ON session_items (lot_id, session_id);
      CREATE TRIGGER session_items_signed_no_insert BEFORE INSERT ON session_items
      WHEN (SELECT status FROM sessions WHERE id = new.session_id) = 'signed' BEGIN
        SELECT RAISE(ABORT, 'LOCKED: signed session');
      END;
      CREATE TRIGGER session_items_signed_no_update BEFORE UPDATE ON session_items
      WHEN (SELECT status FROM sessions WHERE id = old.session_id) = 'signed' BEGIN
        SELECT RAISE(ABORT, 'LOCKED: signed session');
      END;
      CREATE TRIGGER session_items_signed_no_delete BEFORE DELETE ON session_items
      WHEN (SELECT status FROM sessions WHERE id = old.session_id) = 'signed' BEGIN
        SELECT RAISE(ABORT, 'LOCKED: signed session');
      END;

      CREATE TABLE session_amendments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX session_amendments_by_session ON session_amendments (session_id, id);
      CREATE INDEX session_amendments_by_patient ON session_amendments (patient_id, created_at);
      ${refuse('session_amendments_no_update', 'BEFORE UPDATE ON session_amendments', 'LOCKED: amendments are permanent')}
      ${refuse('session_amendments_no_delete', 'BEFORE DELETE ON session_amendments', 'LOCKED: amendments are permanent')}

      CREATE TABLE adverse_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        session_id INTEGER REFERENCES sessions (id),
        type TEXT NOT NULL,
        onset_date TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
        description TEXT NOT NULL,
        action_taken TEXT NOT NULL DEFAULT '',
        follow_up_json TEXT NOT NULL DEFAULT '[]',
        resolved_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX adverse_events_by_patient ON adverse_events (patient_id, onset_date);
      CREATE INDEX adverse_events_open ON adverse_events (patient_id) WHERE resolved_date IS NULL;

      CREATE TABLE adverse_event_lots (
        adverse_event_id INTEGER NOT NULL REFERENCES adverse_events (id),
        lot_id INTEGER NOT NULL REFERENCES lots (id),
        PRIMARY KEY (adverse_event_id, lot_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX adverse_event_lots_by_lot ON adverse_event_lots (lot_id);

      -- The patient timeline reads intakes and documents by patient and date too.
      CREATE INDEX intakes_by_patient_time ON intakes (patient_id, created_at);
    `);
    const insert = db.prepare(`
      INSERT INTO products (uid, name, type, unit, ingredients_json, builtin, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`);
    STARTER_PRODUCTS.forEach(([name, type, unit, ingredients], i) => {
      insert.run(`starter-product-${i + 1}`, name, type, unit, ingredients);
    });
  },
};

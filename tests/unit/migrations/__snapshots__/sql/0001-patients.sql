-- exec

      CREATE TABLE patients (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        number TEXT NOT NULL UNIQUE,
        first_name TEXT,
        last_name TEXT NOT NULL,
        preferred_name TEXT,
        date_of_birth TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        phone TEXT,
        email TEXT,
        address TEXT,
        emergency_contact_name TEXT,
        emergency_contact_phone TEXT,
        gp_name TEXT,
        notes TEXT,
        sort_key TEXT NOT NULL,
        name_key TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT,
        version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX patients_sort_active ON patients (sort_key, id) WHERE archived_at IS NULL;
      CREATE INDEX patients_sort_all ON patients (sort_key, id);
      CREATE INDEX patients_duplicate_key ON patients (name_key, date_of_birth);

      CREATE VIRTUAL TABLE patients_fts USING fts5(
        search_text, content = 'patients', content_rowid = 'id', tokenize = 'trigram'
      );
      -- Word-prefix index for one- and two-character queries, where trigrams cannot help.
      CREATE VIRTUAL TABLE patients_words USING fts5(
        search_text, content = 'patients', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2'
      );
      CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patients_fts (rowid, search_text) VALUES (new.id, new.search_text);
        INSERT INTO patients_words (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER patients_fts_update AFTER UPDATE OF search_text ON patients BEGIN
        INSERT INTO patients_fts (patients_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO patients_fts (rowid, search_text) VALUES (new.id, new.search_text);
        INSERT INTO patients_words (patients_words, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO patients_words (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER patients_fts_delete AFTER DELETE ON patients BEGIN
        INSERT INTO patients_fts (patients_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO patients_words (patients_words, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      END;

      CREATE TABLE patient_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'archived', 'restored')),
        changes TEXT NOT NULL
      );
      CREATE INDEX patient_changes_by_patient ON patient_changes (patient_id, id);
    

-- exec

      CREATE TABLE imported_records (
        record_kind TEXT NOT NULL CHECK (record_kind IN ('intake', 'session', 'amendment', 'adverse-event')),
        record_id INTEGER NOT NULL,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        original_hash TEXT,
        original_signed_at TEXT,
        PRIMARY KEY (record_kind, record_id)
      ) STRICT;
      CREATE INDEX imported_records_by_patient ON imported_records (patient_id);
      CREATE TRIGGER imported_records_no_update BEFORE UPDATE ON imported_records BEGIN
        SELECT RAISE(ABORT, 'LOCKED: import provenance is permanent');
      END;
      CREATE TRIGGER imported_records_no_delete BEFORE DELETE ON imported_records
      WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)
      BEGIN
        SELECT RAISE(ABORT, 'LOCKED: import provenance is permanent');
      END;

      CREATE TABLE signed_pdfs (
        record_kind TEXT NOT NULL CHECK (record_kind IN ('document')),
        record_id INTEGER NOT NULL,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (record_kind, record_id)
      ) STRICT;
      CREATE INDEX signed_pdfs_by_patient ON signed_pdfs (patient_id);
      CREATE TRIGGER signed_pdfs_no_update BEFORE UPDATE ON signed_pdfs BEGIN
        SELECT RAISE(ABORT, 'LOCKED: a signed PDF never changes');
      END;
      CREATE TRIGGER signed_pdfs_no_delete BEFORE DELETE ON signed_pdfs
      WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)
      BEGIN
        SELECT RAISE(ABORT, 'LOCKED: a signed PDF never changes');
      END;
    

-- prepare

      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at, original_hash,
        original_signed_at)
      SELECT 'intake', i.id, i.patient_id, @source, p.created_at, i.content_hash, i.signed_at
      FROM intakes i JOIN patients p ON p.id = i.patient_id
      WHERE COALESCE(i.signed_at, i.created_at) < p.created_at

-- prepare

      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at, original_hash,
        original_signed_at)
      SELECT 'session', s.id, s.patient_id, @source, p.created_at, s.content_hash, s.signed_at
      FROM sessions s JOIN patients p ON p.id = s.patient_id
      WHERE COALESCE(s.signed_at, s.created_at) < p.created_at

-- prepare

      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at)
      SELECT 'amendment', a.id, a.patient_id, @source, p.created_at
      FROM session_amendments a JOIN patients p ON p.id = a.patient_id
      WHERE a.created_at < p.created_at

-- prepare

      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at)
      SELECT 'adverse-event', e.id, e.patient_id, @source, p.created_at
      FROM adverse_events e JOIN patients p ON p.id = e.patient_id
      WHERE e.created_at < p.created_at

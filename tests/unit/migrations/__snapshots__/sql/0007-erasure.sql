-- exec

      CREATE TABLE erasure_in_progress (patient_id INTEGER PRIMARY KEY) STRICT;

      DROP TRIGGER intakes_signed_no_delete;
      CREATE TRIGGER intakes_signed_no_delete BEFORE DELETE ON intakes
      WHEN old.status = 'signed'
        AND NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)
      BEGIN
        SELECT RAISE(ABORT, 'signed intake is locked');
      END;

      DROP TRIGGER intake_signatures_no_delete;
      CREATE TRIGGER intake_signatures_no_delete BEFORE DELETE ON intake_signatures
      WHEN NOT EXISTS (
        SELECT 1 FROM erasure_in_progress e JOIN intakes i ON i.patient_id = e.patient_id
        WHERE i.id = old.intake_id
      )
      BEGIN
        SELECT RAISE(ABORT, 'signatures are locked');
      END;

      DROP TRIGGER documents_kept;
      CREATE TRIGGER documents_kept BEFORE DELETE ON documents
      WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)
      BEGIN
        SELECT RAISE(ABORT, 'LOCKED: signed documents are kept');
      END;

      DROP TRIGGER sessions_signed_no_delete;
      CREATE TRIGGER sessions_signed_no_delete BEFORE DELETE ON sessions
      WHEN old.status = 'signed'
        AND NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)
      BEGIN
        SELECT RAISE(ABORT, 'LOCKED: signed session');
      END;

      DROP TRIGGER session_items_signed_no_delete;
      CREATE TRIGGER session_items_signed_no_delete BEFORE DELETE ON session_items
      WHEN (SELECT status FROM sessions WHERE id = old.session_id) = 'signed'
        AND NOT EXISTS (
          SELECT 1 FROM erasure_in_progress e JOIN sessions s ON s.patient_id = e.patient_id
          WHERE s.id = old.session_id
        )
      BEGIN
        SELECT RAISE(ABORT, 'LOCKED: signed session');
      END;

      DROP TRIGGER session_amendments_no_delete;
      CREATE TRIGGER session_amendments_no_delete BEFORE DELETE ON session_amendments
      WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)
      BEGIN
        SELECT RAISE(ABORT, 'LOCKED: amendments are permanent');
      END;
    

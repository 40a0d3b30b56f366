import type { Migration } from '../types';

/**
 * The day-of-treatment check: the time-sensitive screening questions asked again with the patient
 * before a session, stored with the session (JSON: definition version, answers, when answered). It is
 * edited while the session is a draft; once signed it is part of the signed content and the row is
 * locked by the existing sessions_signed_no_update trigger. Sessions signed before this version keep
 * NULL: they were screened on their intake alone.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'day-check',
  up(db) {
    db.exec('ALTER TABLE sessions ADD COLUMN day_check_json TEXT');
  },
};

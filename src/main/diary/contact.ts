import type { ContactPreference, ContactPreferenceFields } from '../../shared/diary/reminders';
import type { Db } from '../db/types';
import { createPatientRepository } from '../patients/repository';

/** A patient's contact preference as stored: what the record PDF and CSV carry. */
export interface ContactPreferenceRecord {
  channel: ContactPreference['channel'];
  consent: boolean;
  consentRecordedAt: string | null;
  updatedAt: string;
}

interface Row {
  channel: ContactPreference['channel'];
  consent: number;
  consent_recorded_at: string | null;
  updated_at: string;
}

const toRecord = (r: Row): ContactPreferenceRecord => ({
  channel: r.channel,
  consent: r.consent === 1,
  consentRecordedAt: r.consent_recorded_at,
  updatedAt: r.updated_at,
});

/** How and whether a patient may be contacted with reminders. */
export function createContactPreferences(db: Db, now: () => Date) {
  const patients = createPatientRepository(db);
  const byPatient = db.prepare<[number], Row>(
    'SELECT * FROM patient_contact_preferences WHERE patient_id = ?',
  );
  const upsert = db.prepare(`
    INSERT INTO patient_contact_preferences (patient_id, channel, consent, consent_recorded_at, updated_at)
    VALUES (@patientId, @channel, @consent, @consentAt, @now)
    ON CONFLICT (patient_id) DO UPDATE SET channel = excluded.channel, consent = excluded.consent,
      consent_recorded_at = excluded.consent_recorded_at, updated_at = excluded.updated_at`);

  function get(patientId: number): ContactPreference {
    patients.must(patientId);
    const row = byPatient.get(patientId);
    return row
      ? { patientId, ...toRecord(row) }
      : { patientId, channel: 'text', consent: false, consentRecordedAt: null, updatedAt: null };
  }

  return {
    get,
    records: (patientId: number): ContactPreferenceRecord[] => {
      const row = byPatient.get(patientId);
      return row ? [toRecord(row)] : [];
    },
    set(patientId: number, fields: ContactPreferenceFields): ContactPreference {
      const current = get(patientId);
      const at = now().toISOString();
      // The consent's date changes only when consent is given anew.
      const consentAt = fields.consent ? (current.consent ? current.consentRecordedAt : at) : null;
      upsert.run({ patientId, channel: fields.channel, consent: fields.consent ? 1 : 0, consentAt, now: at });
      return get(patientId);
    },
  };
}

export type ContactPreferences = ReturnType<typeof createContactPreferences>;

import type { Patient } from '../../shared/patients/schema';
import { instant } from './export-text';
import { exportedOnly, listMapper } from './kind';

const FIELD_LABELS: Record<keyof Patient & string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  emergencyContactName: 'Emergency contact',
  emergencyContactPhone: 'Emergency contact phone',
  gpName: 'GP',
  notes: 'Notes',
  preferredLanguage: 'Language',
} as Record<keyof Patient & string, string>;

/** The patient's change history: who changed which field, when. */
const changes = listMapper('changes', {
  csv: {
    file: 'patient-changes.csv',
    header: ['patient_number', 'at', 'action', 'field', 'from', 'to'],
    rows: (c, p) =>
      c.changes.length
        ? c.changes.map((f) => [p.number, c.at, c.action, f.field, f.from, f.to])
        : [[p.number, c.at, c.action, null, null, null]],
  },
  pdf: (items) => ({
    heading: 'Change history',
    empty: 'No changes recorded.',
    entries: items.map((c) => ({
      title: `${instant(c.at)} · ${c.action}`,
      lines: c.changes.map((f): [string, string] => [
        FIELD_LABELS[f.field] ?? f.field,
        `${f.from ?? '—'} → ${f.to ?? '—'}`,
      ]),
    })),
  }),
});

export const changeRecords = exportedOnly('patient_changes', 'changes', changes, {
  timeline: 'the change history is shown on the patient, not in the timeline',
  fhirImport: 'a re-imported patient starts a new history with its creation',
});

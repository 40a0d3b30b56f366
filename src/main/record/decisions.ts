import { instant } from './export-text';
import { exportedOnly, listMapper } from './kind';

const decisions = listMapper('decisions', {
  csv: {
    file: 'screening-decisions.csv',
    header: ['patient_number', 'intake_id', 'flag', 'severity', 'decision', 'reason', 'decided_at'],
    rows: (d, p) => [[p.number, d.intakeId, d.flagKey, d.severity, d.decision, d.reason, d.decidedAt]],
  },
  pdf: (items) => ({
    heading: 'Screening decisions',
    empty: 'No screening decisions.',
    entries: items.map((d) => ({
      title: `${d.flagKey} (${d.severity.toLowerCase()}) · ${d.decision === 'treat' ? 'treat' : 'do not treat'}`,
      lines: [
        ['Reason', d.reason],
        ['Decided', instant(d.decidedAt)],
      ],
    })),
  }),
});

export const decisionRecords = exportedOnly('flag_decisions', 'decisions', decisions, {
  timeline: 'a decision belongs to the intake it screened, which is in the timeline',
  fhirImport: 'a re-imported patient is screened again in this clinic',
});

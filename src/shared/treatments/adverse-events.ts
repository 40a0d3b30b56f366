import { z } from 'zod';
import { createInput, type PatientRecord, updateInput } from '../kernel/record-inputs';
import { id, isoDate, optionalIsoDate, requiredText, text } from '../kernel/zod';

/** Adverse events: what went wrong after a treatment, how bad, and what was done. */

export const ADVERSE_EVENT_TYPES = [
  'bruising',
  'swelling',
  'infection',
  'allergic',
  'nodules',
  'vascular',
  'hyperpigmentation',
  'scarring',
  'panniculitis',
  'vasovagal',
  'other',
] as const;
export type AdverseEventType = (typeof ADVERSE_EVENT_TYPES)[number];
export const SEVERITY_GRADES = ['mild', 'moderate', 'severe'] as const;
export type SeverityGrade = (typeof SEVERITY_GRADES)[number];

export const adverseEventFieldsSchema = z
  .strictObject({
    sessionId: id.nullable().default(null),
    lotIds: z.array(id).max(60, { error: 'errors.tooMany' }).default([]),
    type: z.enum(ADVERSE_EVENT_TYPES, { error: 'errors.choose' }),
    onsetDate: isoDate,
    severity: z.enum(SEVERITY_GRADES, { error: 'errors.choose' }),
    description: requiredText(4000),
    actionTaken: text(4000).default(''),
    followUpDates: z.array(isoDate).max(20, { error: 'errors.tooMany' }).default([]),
    resolvedDate: optionalIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.resolvedDate && v.resolvedDate < v.onsetDate) {
      ctx.addIssue({ code: 'custom', path: ['resolvedDate'], message: 'errors.resolvedBeforeOnset' });
    }
  });
export type AdverseEventFieldsInput = z.input<typeof adverseEventFieldsSchema>;
export type AdverseEventFields = z.output<typeof adverseEventFieldsSchema>;

export const adverseEventCreateSchema = createInput('patientId', adverseEventFieldsSchema);
export const adverseEventUpdateSchema = updateInput(adverseEventFieldsSchema);

export interface AdverseEvent extends AdverseEventFields, PatientRecord {
  lotNumbers: string[];
  createdAt: string;
}

/** The editable fields of a record as read, for an update call. */
export const adverseEventFieldsOf = (e: AdverseEvent): AdverseEventFields => ({
  sessionId: e.sessionId,
  lotIds: e.lotIds,
  type: e.type,
  onsetDate: e.onsetDate,
  severity: e.severity,
  description: e.description,
  actionTaken: e.actionTaken,
  followUpDates: e.followUpDates,
  resolvedDate: e.resolvedDate,
});

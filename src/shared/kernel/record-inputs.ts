import { z } from 'zod';
import { id, version } from './zod';

/**
 * The inputs every editable record's channels take, built once so each record kind only names its
 * parent and its fields schema: `listInput('patientId')`, `createInput('patientId', fieldsSchema)`,
 * `updateInput(fieldsSchema)`.
 */

type ParentKey<K extends string> = { [P in K]: typeof id };

/** One record by its id. */
export const idInput = z.strictObject({ id });

/** The records that belong to one parent (a patient, a course, a product). */
export const listInput = <K extends string>(parent: K) => z.strictObject({ [parent]: id } as ParentKey<K>);

/** Whatever belongs to one patient: their records of a kind, their consent, their preferences. */
export const patientInput = listInput('patientId');

/** A new record under its parent. */
export const createInput = <K extends string, F extends z.ZodType>(parent: K, fields: F) =>
  z.strictObject({ [parent]: id, fields } as ParentKey<K> & { fields: F });

/** New fields for a record, refused when the record changed since `version` was read. */
export const updateInput = <F extends z.ZodType>(fields: F) => z.strictObject({ id, version, fields });

/** What every stored, editable record carries beside its fields. */
export interface StoredRecord {
  id: number;
  /** Optimistic locking: sent back with an update. */
  version: number;
}

/** A stored record that belongs to a patient. */
export interface PatientRecord extends StoredRecord {
  patientId: number;
}

import { z } from 'zod';
import type { ImportedFrom } from '../imports/provenance';
import { id } from '../kernel/zod';
import type { DueStanding } from './schedule';

/** The patient timeline and the recall list of patients due a session. */

export const timelineSchema = z.strictObject({
  patientId: id,
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export type TimelineKind =
  | 'intake'
  | 'session'
  | 'amendment'
  | 'adverse-event'
  | 'document'
  | 'appointment'
  | 'photo'
  | 'photo-skip';

export interface TimelineEntry {
  kind: TimelineKind;
  id: number;
  /** ISO instant, or a YYYY-MM-DD date for dated clinical events. */
  at: string;
  /** A short status or type: draft/signed, the event type, the document kind. */
  detail: string;
  /** The record the entry belongs to (the session of an amendment or adverse event, a session's course). */
  parentId: number | null;
  /** A signed session's number within its course. */
  sequence: number | null;
  /** A reason shown with the entry: why a photo was archived, why a view was not photographed. */
  note: string | null;
  /** When the record was archived (a photo taken in error): it stays in the timeline, marked. */
  archivedAt: string | null;
  /** Where and when the record came in, for one brought by FHIR re-import (never signed here). */
  imported: Pick<ImportedFrom, 'source' | 'importedAt'> | null;
}

export interface TimelinePage {
  items: TimelineEntry[];
  total: number;
}

export const recallListSchema = z.strictObject({
  /** Also list patients due within this many days; 0 lists only those due now or overdue. */
  aheadDays: z.number().int().min(0).max(365).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export interface RecallRow {
  courseId: number;
  patientId: number;
  patientNumber: string;
  patientName: string;
  phone: string | null;
  indication: string;
  phase: 'course' | 'maintenance';
  sessionNumber: number;
  dueDate: string;
  latestDate: string;
  standing: DueStanding;
  /** The appointment already booked for this session (the clinic's date and time), if any. */
  booked: { appointmentId: number; date: string; time: string } | null;
}

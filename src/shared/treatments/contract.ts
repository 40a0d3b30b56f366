import { call } from '../api/call';
import type { DocumentDetailsInput } from '../documents/schema';
import {
  type AdverseEvent,
  type Amendment,
  adverseEventCreateSchema,
  adverseEventListSchema,
  adverseEventUpdateSchema,
  type Course,
  courseCreateSchema,
  courseListSchema,
  courseUpdateSchema,
  type RecallRow,
  recallListSchema,
  type Session,
  type SessionCheck,
  type SessionSummary,
  type SessionVerification,
  sessionAmendSchema,
  sessionCreateSchema,
  sessionIdSchema,
  sessionListSchema,
  sessionSignSchema,
  sessionUpdateSchema,
  type TimelinePage,
  timelineSchema,
} from './schema';

/** Clinical records: courses, treatment sessions (visits), adverse events and the patient timeline. */
export const treatmentsContract = {
  'courses.list': call<typeof courseListSchema, Course[]>(courseListSchema),
  'courses.create': call<typeof courseCreateSchema, Course>(courseCreateSchema),
  'courses.update': call<typeof courseUpdateSchema, Course>(courseUpdateSchema),
  'recall.list': call<typeof recallListSchema, RecallRow[]>(recallListSchema),
  'sessions.list': call<typeof sessionListSchema, SessionSummary[]>(sessionListSchema),
  'sessions.get': call<typeof sessionIdSchema, Session>(sessionIdSchema),
  'sessions.create': call<typeof sessionCreateSchema, Session>(sessionCreateSchema),
  'sessions.update': call<typeof sessionUpdateSchema, Session>(sessionUpdateSchema),
  'sessions.check': call<typeof sessionIdSchema, SessionCheck>(sessionIdSchema),
  'sessions.sign': call<typeof sessionSignSchema, Session>(sessionSignSchema),
  'sessions.amend': call<typeof sessionAmendSchema, Amendment>(sessionAmendSchema),
  'sessions.verify': call<typeof sessionIdSchema, SessionVerification>(sessionIdSchema),
  /** The details an aftercare sheet needs, filled from a session. */
  'sessions.aftercareDetails': call<typeof sessionIdSchema, DocumentDetailsInput>(sessionIdSchema),
  'adverseEvents.list': call<typeof adverseEventListSchema, AdverseEvent[]>(adverseEventListSchema),
  'adverseEvents.create': call<typeof adverseEventCreateSchema, AdverseEvent>(adverseEventCreateSchema),
  'adverseEvents.update': call<typeof adverseEventUpdateSchema, AdverseEvent>(adverseEventUpdateSchema),
  'timeline.forPatient': call<typeof timelineSchema, TimelinePage>(timelineSchema),
} as const;

import { call } from '../api/call';
import type { DocumentDetailsInput } from '../documents/schema';
import { idInput, patientInput } from '../kernel/record-inputs';
import * as s from './schema';

/** Clinical records: courses, treatment sessions (visits), adverse events and the patient timeline. */
export const treatmentsContract = {
  'courses.list': call(patientInput).returns<s.Course[]>(),
  'courses.create': call(s.courseCreateSchema).returns<s.Course>(),
  'courses.update': call(s.courseUpdateSchema).returns<s.Course>(),
  'recall.list': call(s.recallListSchema).returns<s.RecallRow[]>(),
  'sessions.list': call(patientInput).returns<s.SessionSummary[]>(),
  'sessions.get': call(idInput).returns<s.Session>(),
  'sessions.create': call(s.sessionCreateSchema).returns<s.Session>(),
  'sessions.update': call(s.sessionUpdateSchema).returns<s.Session>(),
  'sessions.saveDayCheck': call(s.sessionDayCheckSchema).returns<s.Session>(),
  'sessions.check': call(idInput).returns<s.SessionCheck>(),
  'sessions.precheck': call(s.sessionPrecheckSchema).returns<s.SessionCheck>(),
  'sessions.sign': call(s.sessionSignSchema).returns<s.Session>(),
  'sessions.amend': call(s.sessionAmendSchema).returns<s.Amendment>(),
  'sessions.verify': call(idInput).returns<s.SessionVerification>(),
  /** The details an aftercare sheet needs, filled from a session. */
  'sessions.aftercareDetails': call(idInput).returns<DocumentDetailsInput>(),
  'adverseEvents.list': call(patientInput).returns<s.AdverseEvent[]>(),
  'adverseEvents.create': call(s.adverseEventCreateSchema).returns<s.AdverseEvent>(),
  'adverseEvents.update': call(s.adverseEventUpdateSchema).returns<s.AdverseEvent>(),
  'timeline.forPatient': call(s.timelineSchema).returns<s.TimelinePage>(),
} as const;

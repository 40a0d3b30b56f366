import type { treatmentsContract } from '../../shared/treatments/contract';
import { auditInput, auditOutput, NOT_AUDITED, type Routes } from '../route';

export const treatmentRoutes: Routes<typeof treatmentsContract> = {
  'courses.list': [(s, i) => s.courses.list(i.patientId), NOT_AUDITED],
  'courses.create': [(s, i) => s.courses.create(i.patientId, i.fields), auditOutput('create', 'course')],
  'courses.update': [(s, i) => s.courses.update(i.id, i.version, i.fields), auditOutput('update', 'course')],
  'recall.list': [(s, i) => s.courses.recall(i.aheadDays, i.limit), NOT_AUDITED],
  'sessions.list': [(s, i) => s.sessions.list(i.patientId), NOT_AUDITED],
  'sessions.get': [(s, i) => s.sessions.get(i.id), auditInput('open', 'session')],
  'sessions.create': [(s, i) => s.sessions.create(i.courseId, i.fields), auditOutput('create', 'session')],
  'sessions.update': [
    (s, i) => s.sessions.update(i.id, i.version, i.fields),
    auditOutput('update', 'session'),
  ],
  'sessions.saveDayCheck': [
    (s, i) => s.sessions.saveDayCheck(i.id, i.answers),
    (i) => ['update', 'session', i.id],
  ],
  'sessions.check': [(s, i) => s.sessions.check(i.id), NOT_AUDITED],
  'sessions.precheck': [
    (s, i) => s.sessions.precheck(i.courseId, i.fields, i.sessionId ?? null),
    NOT_AUDITED,
  ],
  'sessions.sign': [(s, i) => s.sessions.sign(i.id, i.version), auditOutput('sign', 'session')],
  'sessions.amend': [(s, i) => s.sessions.amend(i.id, i.text), auditInput('amend', 'session')],
  'sessions.verify': [(s, i) => s.sessions.verify(i.id), NOT_AUDITED],
  'sessions.aftercareDetails': [(s, i) => s.sessions.aftercareDetails(i.id), NOT_AUDITED],
  'adverseEvents.list': [(s, i) => s.adverseEvents.list(i.patientId), NOT_AUDITED],
  'adverseEvents.create': [
    (s, i) => s.adverseEvents.create(i.patientId, i.fields),
    auditOutput('create', 'adverse-event'),
  ],
  'adverseEvents.update': [
    (s, i) => s.adverseEvents.update(i.id, i.version, i.fields),
    auditOutput('update', 'adverse-event'),
  ],
  'timeline.forPatient': [(s, i) => s.timeline.forPatient(i.patientId, i.offset, i.limit), NOT_AUDITED],
};

import type { treatmentsContract } from '../../shared/treatments/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const treatmentRoutes: Routes<typeof treatmentsContract> = {
  'courses.list': [(s, i) => s.courses.list(i.patientId), NOT_AUDITED],
  'courses.create': [
    (s, i) => s.courses.create(i.patientId, i.fields),
    (_i, c) => ['create', 'course', c.id],
  ],
  'courses.update': [
    (s, i) => s.courses.update(i.id, i.version, i.fields),
    (_i, c) => ['update', 'course', c.id],
  ],
  'recall.list': [(s, i) => s.courses.recall(i.aheadDays, i.limit), NOT_AUDITED],
  'sessions.list': [(s, i) => s.sessions.list(i.patientId), NOT_AUDITED],
  'sessions.get': [(s, i) => s.sessions.get(i.id), (i) => ['open', 'session', i.id]],
  'sessions.create': [
    (s, i) => s.sessions.create(i.courseId, i.fields),
    (_i, s) => ['create', 'session', s.id],
  ],
  'sessions.update': [
    (s, i) => s.sessions.update(i.id, i.version, i.fields),
    (_i, s) => ['update', 'session', s.id],
  ],
  'sessions.saveDayCheck': [
    (s, i) => s.sessions.saveDayCheck(i.id, i.answers),
    (i) => ['update', 'session', i.id],
  ],
  'sessions.check': [(s, i) => s.sessions.check(i.id), NOT_AUDITED],
  'sessions.sign': [(s, i) => s.sessions.sign(i.id, i.version), (_i, s) => ['sign', 'session', s.id]],
  'sessions.amend': [(s, i) => s.sessions.amend(i.id, i.text), (i) => ['amend', 'session', i.id]],
  'sessions.verify': [(s, i) => s.sessions.verify(i.id), NOT_AUDITED],
  'sessions.aftercareDetails': [(s, i) => s.sessions.aftercareDetails(i.id), NOT_AUDITED],
  'adverseEvents.list': [(s, i) => s.adverseEvents.list(i.patientId), NOT_AUDITED],
  'adverseEvents.create': [
    (s, i) => s.adverseEvents.create(i.patientId, i.fields),
    (_i, e) => ['create', 'adverse-event', e.id],
  ],
  'adverseEvents.update': [
    (s, i) => s.adverseEvents.update(i.id, i.version, i.fields),
    (_i, e) => ['update', 'adverse-event', e.id],
  ],
  'timeline.forPatient': [(s, i) => s.timeline.forPatient(i.patientId, i.offset, i.limit), NOT_AUDITED],
};

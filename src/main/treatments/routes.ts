import type { treatmentsContract } from '../../shared/treatments/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const treatmentRoutes: Routes<typeof treatmentsContract> = {
  'courses.list': {
    handle: (s, i) => s.courses.list(i.patientId),
    audit: NOT_AUDITED,
  },
  'courses.create': {
    handle: (s, i) => s.courses.create(i.patientId, i.fields),
    audit: (_i, c) => ['create', 'course', c.id],
  },
  'courses.update': {
    handle: (s, i) => s.courses.update(i.id, i.version, i.fields),
    audit: (_i, c) => ['update', 'course', c.id],
  },
  'recall.list': {
    handle: (s, i) => s.courses.recall(i.aheadDays, i.limit),
    audit: NOT_AUDITED,
  },
  'sessions.list': {
    handle: (s, i) => s.sessions.list(i.patientId),
    audit: NOT_AUDITED,
  },
  'sessions.get': {
    handle: (s, i) => s.sessions.get(i.id),
    audit: (i) => ['open', 'session', i.id],
  },
  'sessions.create': {
    handle: (s, i) => s.sessions.create(i.courseId, i.fields),
    audit: (_i, s) => ['create', 'session', s.id],
  },
  'sessions.update': {
    handle: (s, i) => s.sessions.update(i.id, i.version, i.fields),
    audit: (_i, s) => ['update', 'session', s.id],
  },
  'sessions.check': {
    handle: (s, i) => s.sessions.check(i.id),
    audit: NOT_AUDITED,
  },
  'sessions.sign': {
    handle: (s, i) => s.sessions.sign(i.id, i.version),
    audit: (_i, s) => ['sign', 'session', s.id],
  },
  'sessions.amend': {
    handle: (s, i) => s.sessions.amend(i.id, i.text),
    audit: (i) => ['amend', 'session', i.id],
  },
  'sessions.verify': {
    handle: (s, i) => s.sessions.verify(i.id),
    audit: NOT_AUDITED,
  },
  'sessions.aftercareDetails': {
    handle: (s, i) => s.sessions.aftercareDetails(i.id),
    audit: NOT_AUDITED,
  },
  'adverseEvents.list': {
    handle: (s, i) => s.adverseEvents.list(i.patientId),
    audit: NOT_AUDITED,
  },
  'adverseEvents.create': {
    handle: (s, i) => s.adverseEvents.create(i.patientId, i.fields),
    audit: (_i, e) => ['create', 'adverse-event', e.id],
  },
  'adverseEvents.update': {
    handle: (s, i) => s.adverseEvents.update(i.id, i.version, i.fields),
    audit: (_i, e) => ['update', 'adverse-event', e.id],
  },
  'timeline.forPatient': {
    handle: (s, i) => s.timeline.forPatient(i.patientId, i.offset, i.limit),
    audit: NOT_AUDITED,
  },
};

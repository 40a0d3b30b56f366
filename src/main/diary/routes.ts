import type { diaryContract } from '../../shared/diary/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const diaryRoutes: Routes<typeof diaryContract> = {
  'appointments.book': [(s, i) => s.diary.book(i.fields, i.accept), (_i, a) => ['book', 'appointment', a.id]],
  'appointments.move': [
    (s, i) => s.diary.move(i.id, i.version, i.slot, i.accept),
    (_i, a) => ['move', 'appointment', a.id],
  ],
  'appointments.arrive': [
    (s, i) => s.diary.arrive(i.id, i.version),
    (_i, a) => ['arrive', 'appointment', a.id],
  ],
  'appointments.noShow': [
    (s, i) => s.diary.noShow(i.id, i.version),
    (_i, a) => ['no-show', 'appointment', a.id],
  ],
  'appointments.cancel': [
    (s, i) => s.diary.cancel(i.id, i.version, i.reason),
    (_i, a) => ['cancel', 'appointment', a.id],
  ],
  'appointments.startSession': [
    (s, i) => s.diary.startSession(i.id),
    (_i, o) => [o.created ? 'create' : 'open', 'session', o.sessionId],
  ],
  'appointments.get': [(s, i) => s.diary.entry(i.id), (i) => ['open', 'appointment', i.id]],
  'appointments.day': [(s, i) => s.diary.day(i.date), NOT_AUDITED],
  'appointments.range': [(s, i) => s.diary.range(i.from, i.to), NOT_AUDITED],
  'appointments.forPatient': [(s, i) => s.diary.forPatient(i.patientId), NOT_AUDITED],
  'appointments.cancelFuture': [
    (s, i) => s.diary.cancelFuture(i.patientId, i.reason),
    (i) => ['cancel', 'patient-appointments', i.patientId],
  ],
  'appointments.proposal': [(s, i) => s.diary.proposal(i.courseId), NOT_AUDITED],
  'diary.timeZone': [(s) => ({ timeZone: s.diary.timeZone(), today: s.diary.today() }), NOT_AUDITED],
  'diary.calendar': [(s) => s.reminders.diaryCalendar(), () => ['export', 'diary', null]],
  'contactPreferences.get': [(s, i) => s.contactPreferences.get(i.patientId), NOT_AUDITED],
  'contactPreferences.set': [
    (s, i) => s.contactPreferences.set(i.patientId, i.fields),
    (i) => ['update', 'contact-preference', i.patientId],
  ],
  'reminders.draft': [(s, i) => s.reminders.draft(i.appointmentId), NOT_AUDITED],
  'reminders.markSent': [
    (s, i) => s.reminders.markSent(i.appointmentId, i.channel),
    (i) => ['remind', 'appointment', i.appointmentId],
  ],
  'reminders.recallDraft': [(s, i) => s.reminders.recallDraft(i.courseId), NOT_AUDITED],
  'reminders.markRecallSent': [
    (s, i) => s.reminders.markRecallSent(i.courseId, i.channel),
    (i) => ['remind', 'course', i.courseId],
  ],
  'reminders.due': [(s) => s.reminders.due(), NOT_AUDITED],
};

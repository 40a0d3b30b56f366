import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { isAllowedExternal } from '../../src/main/security';
import type { ReminderDraft, ReminderDue } from '../../src/shared/diary/reminders';
import { DEFAULT_REMINDER_TEMPLATE, mailtoUrl, renderReminder } from '../../src/shared/diary/reminders';
import type { Appointment } from '../../src/shared/diary/schema';
import type { Language } from '../../src/shared/language/languages';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';
import {
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signSession,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest();
beforeEach(async () => {
  await callOk(t.api, 'settings.update', {
    patch: { clinicTimeZone: 'Europe/Athens', clinicName: 'Skin Studio', clinicPhone: '+30 210 000 0000' },
  });
});

const errorOf = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

async function remindablePatient(consent: boolean, preferredLanguage: Language = 'en') {
  const patient = await callOk<Patient>(t.api, 'patients.create', {
    fields: patientFields({
      firstName: 'Eleni',
      email: 'eleni@example.com',
      phone: '+30 690 000 0000',
      preferredLanguage,
    }),
    allowDuplicate: true,
  });
  await callOk(t.api, 'contactPreferences.set', {
    patientId: patient.id,
    fields: { channel: 'email', consent },
  });
  return patient;
}

async function bookedPatient(
  consent: boolean,
  date = '2026-03-02',
  type = 'treatment',
  time = '10:30',
  preferredLanguage: Language = 'en',
) {
  const patient = await remindablePatient(consent, preferredLanguage);
  const a = await callOk<Appointment>(t.api, 'appointments.book', {
    fields: { patientId: patient.id, type, date, time, durationMin: 45 },
    accept: [],
  });
  return { patient, a };
}

describe('reminder text', () => {
  it('fills every merge field and leaves unknown ones as written', () => {
    const text = renderReminder(
      'Hi {{ name }}, {{date}} {{time}} at {{clinic}} ({{clinicPhone}}). {{other}}',
      {
        name: 'Eleni',
        date: 'Monday 2 March 2026',
        time: '10:30',
        clinic: 'Skin Studio',
        clinicPhone: '123',
        preparation: '',
      },
    );
    expect(text).toBe('Hi Eleni, Monday 2 March 2026 10:30 at Skin Studio (123). {{other}}');
    expect(DEFAULT_REMINDER_TEMPLATE).toContain('{{preparation}}');
  });

  it('writes the reminder for a treatment with the preparation advice, and a valid .ics invitation', async () => {
    const { a } = await bookedPatient(true);
    const draft = await callOk<ReminderDraft>(t.api, 'reminders.draft', { appointmentId: a.id });
    expect(draft.text).toContain('Dear Eleni,');
    expect(draft.text).toContain('at Skin Studio on Monday, 2 March 2026 at 10:30');
    expect(draft.text).toMatch(/avoid aspirin/);
    expect(draft.text).toMatch(/alcohol for 24 to 48 hours/);
    expect(draft).toMatchObject({ channel: 'email', consent: true, email: 'eleni@example.com' });

    const calendar = new ICAL.Component(ICAL.parse(draft.ics as string));
    const [event] = calendar.getAllSubcomponents('vevent');
    const parsed = new ICAL.Event(event);
    // 10:30 in Athens (UTC+2 in March) is 08:30 UTC.
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-02T08:30:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect(parsed.summary).toBe('Appointment at Skin Studio');
    expect(parsed.uid).toBe(`appointment-${a.id}@mesodesk`);

    const url = mailtoUrl(draft.email as string, draft.subject, draft.text);
    expect(isAllowedExternal(url)).toBe(true);
    expect(decodeURIComponent(url.split('body=')[1] as string)).toBe(draft.text);
  });

  it('leaves the preparation advice out of a consultation and follows an edited template', async () => {
    await callOk(t.api, 'settings.update', {
      patch: { reminderTemplate: '{{name}}: {{time}}. {{preparation}}' },
    });
    const { a } = await bookedPatient(true, '2026-03-02', 'consultation');
    const draft = await callOk<ReminderDraft>(t.api, 'reminders.draft', { appointmentId: a.id });
    expect(draft.text).toBe('Eleni: 10:30. ');
  });
});

describe("reminders in the patient's language", () => {
  it('writes the built-in appointment reminder in French for a French-speaking patient', async () => {
    const { a } = await bookedPatient(true, '2026-03-02', 'treatment', '10:30', 'fr');
    const draft = await callOk<ReminderDraft>(t.api, 'reminders.draft', { appointmentId: a.id });
    expect(draft.text).toContain('Bonjour Eleni,');
    expect(draft.text).toContain('chez Skin Studio le lundi 2 mars 2026 à 10:30');
    expect(draft.text).toContain('Avant votre séance :');
    expect(draft.text).not.toMatch(/Dear|reminder/);
    expect(draft.subject).toBe('Votre rendez-vous chez Skin Studio le lundi 2 mars 2026 à 10:30');
    const [event] = new ICAL.Component(ICAL.parse(draft.ics as string)).getAllSubcomponents('vevent');
    expect(new ICAL.Event(event).summary).toBe('Rendez-vous chez Skin Studio');
  });

  it('writes it in German, Italian, Spanish and Portuguese too', async () => {
    const greetings = {
      de: 'Guten Tag Eleni,',
      it: 'Gentile Eleni,',
      es: 'Estimado/a Eleni:',
      pt: 'Caro/a Eleni,',
    };
    const dates = {
      de: 'Montag, 2. März 2026',
      it: 'lunedì 2 marzo 2026',
      es: 'lunes, 2 de marzo de 2026',
      pt: 'segunda-feira, 2 de março de 2026',
    };
    for (const [i, [language, greeting]] of Object.entries(greetings).entries()) {
      const { a } = await bookedPatient(
        true,
        '2026-03-02',
        'treatment',
        `0${9 + i}:00`.slice(-5),
        language as Language,
      );
      const draft = await callOk<ReminderDraft>(t.api, 'reminders.draft', { appointmentId: a.id });
      expect(draft.text.startsWith(greeting)).toBe(true);
      expect(draft.text).toContain(dates[language as keyof typeof dates]);
    }
  });
});

describe('reminders of due recalls with nothing booked', () => {
  it("lists a due recall, writes it in the patient's language, records and audits it when sent", async () => {
    // The course starts on 2026-03-01 (today): its first session is due now and nothing is booked.
    const patient = await remindablePatient(true, 'de');
    const course = await startCourse(t.api, patient.id);
    const silent = await remindablePatient(false);
    const silentCourse = await startCourse(t.api, silent.id);
    const due = await callOk<ReminderDue[]>(t.api, 'reminders.due', {});
    expect(due).toEqual([
      expect.objectContaining({
        kind: 'recall',
        courseId: course.id,
        patientId: patient.id,
        channel: 'email',
        indication: 'Skin rejuvenation',
        sessionNumber: 1,
        dueDate: '2026-03-01',
      }),
    ]);

    const draft = await callOk<ReminderDraft>(t.api, 'reminders.recallDraft', { courseId: course.id });
    expect(draft.text).toContain('Guten Tag Eleni,');
    expect(draft.text).toContain('Ihre nächste Sitzung (Skin rejuvenation) bei Skin Studio');
    // The first session's window is a single day: one date, not "between a day and the same day".
    expect(draft.text).toContain('ist am Sonntag, 1. März 2026 fällig.');
    expect(draft.text).toContain('+30 210 000 0000');
    expect(draft).toMatchObject({ ics: null, fileName: null, consent: true, email: 'eleni@example.com' });

    expect(
      errorOf(await t.api.call('reminders.markRecallSent', { courseId: silentCourse.id, channel: 'text' })),
    ).toMatchObject({ code: 'CONFLICT', message: 'errors.noConsentToContact' });

    await callOk(t.api, 'settings.update', { patch: { practitionerName: 'Dr Eleni Markou' } });
    await callOk(t.api, 'reminders.markRecallSent', { courseId: course.id, channel: 'text' });
    expect(
      t.db
        .prepare(
          'SELECT course_id, session_number, due_date, channel, sent_at, sent_by FROM recall_reminders',
        )
        .all(),
    ).toEqual([
      {
        course_id: course.id,
        session_number: 1,
        due_date: '2026-03-01',
        channel: 'text',
        sent_at: '2026-03-01T09:00:00.000Z',
        sent_by: 'Dr Eleni Markou',
      },
    ]);
    expect(await callOk<ReminderDue[]>(t.api, 'reminders.due', {})).toEqual([]);
    expect(
      t.db
        .prepare("SELECT entity_id FROM audit_log WHERE entity = 'course' AND action = 'remind'")
        .pluck()
        .all(),
    ).toEqual([String(course.id)]);
  });

  it("leaves out a recall once its session is booked, and follows the clinic's own recall text", async () => {
    await callOk(t.api, 'settings.update', {
      patch: {
        recallReminderTemplate: '{{name}}: {{treatment}} due {{dueDate}}, call {{clinicPhone}}. {{time}}',
      },
    });
    const patient = await remindablePatient(true);
    const course = await startCourse(t.api, patient.id);
    const draft = await callOk<ReminderDraft>(t.api, 'reminders.recallDraft', { courseId: course.id });
    // {{time}} is not a recall field: left as written, so the practitioner sees the slip.
    expect(draft.text).toBe(
      'Eleni: Skin rejuvenation due Sunday, 1 March 2026, call +30 210 000 0000. {{time}}',
    );

    await callOk(t.api, 'appointments.book', {
      fields: {
        patientId: patient.id,
        type: 'treatment',
        date: '2026-03-02',
        time: '10:30',
        durationMin: 45,
        courseId: course.id,
        sessionNumber: 1,
      },
      accept: ['outsideWindow'],
    });
    const due = await callOk<ReminderDue[]>(t.api, 'reminders.due', {});
    expect(due.map((d) => d.kind)).toEqual(['appointment']);
  });

  it('gives the window of a later session from its first to its last day', async () => {
    // Session 1 signed on 2026-02-20: session 2 is due 7 to 14 days later.
    const { patient } = await readyPatient(t.api, undefined, { firstName: 'Eleni' });
    await callOk(t.api, 'contactPreferences.set', {
      patientId: patient.id,
      fields: { channel: 'text', consent: true },
    });
    const course = await startCourse(t.api, patient.id, { startDate: '2026-02-20' });
    const { product, lot } = await productWithLot(t.api);
    const session = await createSession(
      t.api,
      course.id,
      sessionFields(product.id, lot.id, { date: '2026-02-20' }),
    );
    await signSession(t.api, session);
    const draft = await callOk<ReminderDraft>(t.api, 'reminders.recallDraft', { courseId: course.id });
    expect(draft.text).toContain('Dear Eleni,');
    expect(draft.text).toContain(
      'Your next Skin rejuvenation session at Skin Studio is due between Friday, 27 February 2026 and Friday, 6 March 2026.',
    );
    expect(draft.subject).toBe('Time to book your next session at Skin Studio');
    expect((await callOk<ReminderDue[]>(t.api, 'reminders.due', {})).map((d) => d.kind)).toEqual(['recall']);
  });

  it('leaves an overdue recall (its window passed) to the recall list', async () => {
    const patient = await remindablePatient(true);
    await startCourse(t.api, patient.id, { startDate: '2026-02-20' });
    expect(await callOk<ReminderDue[]>(t.api, 'reminders.due', {})).toEqual([]);
    const soon = await remindablePatient(true);
    await startCourse(t.api, soon.id, { startDate: '2026-03-03' });
    expect((await callOk<ReminderDue[]>(t.api, 'reminders.due', {})).map((d) => d.patientId)).toEqual([
      soon.id,
    ]);
  });

  it('refuses a reminder for a course with nothing due', async () => {
    const patient = await remindablePatient(true);
    const course = await startCourse(t.api, patient.id, { status: 'closed' });
    expect(errorOf(await t.api.call('reminders.recallDraft', { courseId: course.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'errors.recallNotDue',
    });
  });
});

describe('sending reminders', () => {
  it('lists what is left to send today, records who, when and how, and reminds nobody without consent', async () => {
    // The clock stands at 2026-03-01 09:00 UTC; reminders go two days ahead by default.
    const { a } = await bookedPatient(true, '2026-03-02');
    const { a: noConsent } = await bookedPatient(false, '2026-03-02', 'treatment', '11:30');
    await bookedPatient(true, '2026-03-10');
    const due = await callOk<ReminderDue[]>(t.api, 'reminders.due', {});
    expect(due.map((d) => d.kind === 'appointment' && d.appointmentId)).toEqual([a.id]);

    const refused = errorOf(
      await t.api.call('reminders.markSent', { appointmentId: noConsent.id, channel: 'text' }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'errors.noConsentToContact' });

    await callOk(t.api, 'settings.update', { patch: { practitionerName: 'Dr Eleni Markou' } });
    const sent = await callOk<{ sentAt: string }>(t.api, 'reminders.markSent', {
      appointmentId: a.id,
      channel: 'text',
    });
    expect(sent.sentAt).toBe('2026-03-01T09:00:00.000Z');
    expect(t.db.prepare('SELECT channel, sent_at, sent_by FROM appointment_reminders').all()).toEqual([
      { channel: 'text', sent_at: '2026-03-01T09:00:00.000Z', sent_by: 'Dr Eleni Markou' },
    ]);
    expect(await callOk<ReminderDue[]>(t.api, 'reminders.due', {})).toEqual([]);
    expect(
      t.db
        .prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'appointment' AND action = 'remind'")
        .all(),
    ).toEqual([{ action: 'remind', entity_id: String(a.id) }]);
  });
});

describe('the whole diary as one calendar', () => {
  it('exports every appointment, cancelled ones marked so, and parses back', async () => {
    const { a } = await bookedPatient(true, '2026-03-02');
    const { a: b } = await bookedPatient(true, '2026-03-03');
    await callOk(t.api, 'appointments.cancel', { id: b.id, version: b.version, reason: 'Unwell' });
    const file = await callOk<{ fileName: string; content: string }>(t.api, 'diary.calendar', {});
    expect(file.fileName).toBe('mesodesk-diary-2026-03-01.ics');
    const events = new ICAL.Component(ICAL.parse(file.content)).getAllSubcomponents('vevent');
    expect(events.map((e) => [e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('status')])).toEqual([
      [`appointment-${a.id}@mesodesk`, 'CONFIRMED'],
      [`appointment-${b.id}@mesodesk`, 'CANCELLED'],
    ]);
    expect(String(events[0]?.getFirstPropertyValue('summary'))).toContain('Treatment');
  });
});

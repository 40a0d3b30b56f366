import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAllowedExternal } from '../../src/main/security';
import type { ReminderDraft, ReminderDue } from '../../src/shared/diary/reminders';
import { DEFAULT_REMINDER_TEMPLATE, mailtoUrl, renderReminder } from '../../src/shared/diary/reminders';
import type { Appointment } from '../../src/shared/diary/schema';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { createTestDb, type TestDb, testApi } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';
import { callOk } from '../fixtures/treatments';

let t: TestDb;
let api: ReturnType<typeof testApi>;
beforeEach(async () => {
  t = createTestDb();
  api = testApi(t.db);
  await callOk(api, 'settings.update', {
    patch: { clinicTimeZone: 'Europe/Athens', clinicName: 'Skin Studio', clinicPhone: '+30 210 000 0000' },
  });
});
afterEach(() => t.close());

const errorOf = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

async function bookedPatient(consent: boolean, date = '2026-03-02', type = 'treatment', time = '10:30') {
  const patient = await callOk<Patient>(api, 'patients.create', {
    fields: patientFields({ firstName: 'Eleni', email: 'eleni@example.com', phone: '+30 690 000 0000' }),
    allowDuplicate: true,
  });
  await callOk(api, 'contactPreferences.set', {
    patientId: patient.id,
    fields: { channel: 'email', consent },
  });
  const a = await callOk<Appointment>(api, 'appointments.book', {
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
    const draft = await callOk<ReminderDraft>(api, 'reminders.draft', { appointmentId: a.id });
    expect(draft.text).toContain('Dear Eleni,');
    expect(draft.text).toContain('at Skin Studio on Monday, 2 March 2026 at 10:30');
    expect(draft.text).toMatch(/avoid aspirin/);
    expect(draft.text).toMatch(/alcohol for 24 to 48 hours/);
    expect(draft).toMatchObject({ channel: 'email', consent: true, email: 'eleni@example.com' });

    const calendar = new ICAL.Component(ICAL.parse(draft.ics));
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
    await callOk(api, 'settings.update', {
      patch: { reminderTemplate: '{{name}}: {{time}}. {{preparation}}' },
    });
    const { a } = await bookedPatient(true, '2026-03-02', 'consultation');
    const draft = await callOk<ReminderDraft>(api, 'reminders.draft', { appointmentId: a.id });
    expect(draft.text).toBe('Eleni: 10:30. ');
  });
});

describe('sending reminders', () => {
  it('lists what is left to send today, records who, when and how, and reminds nobody without consent', async () => {
    // The clock stands at 2026-03-01 09:00 UTC; reminders go two days ahead by default.
    const { a } = await bookedPatient(true, '2026-03-02');
    const { a: noConsent } = await bookedPatient(false, '2026-03-02', 'treatment', '11:30');
    await bookedPatient(true, '2026-03-10');
    const due = await callOk<ReminderDue[]>(api, 'reminders.due', {});
    expect(due.map((d) => d.appointmentId)).toEqual([a.id]);

    const refused = errorOf(
      await api.call('reminders.markSent', { appointmentId: noConsent.id, channel: 'text' }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'errors.noConsentToContact' });

    await callOk(api, 'settings.update', { patch: { practitionerName: 'Dr Eleni Markou' } });
    const sent = await callOk<{ sentAt: string }>(api, 'reminders.markSent', {
      appointmentId: a.id,
      channel: 'text',
    });
    expect(sent.sentAt).toBe('2026-03-01T09:00:00.000Z');
    expect(t.db.prepare('SELECT channel, sent_at, sent_by FROM appointment_reminders').all()).toEqual([
      { channel: 'text', sent_at: '2026-03-01T09:00:00.000Z', sent_by: 'Dr Eleni Markou' },
    ]);
    expect(await callOk<ReminderDue[]>(api, 'reminders.due', {})).toEqual([]);
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
    await callOk(api, 'appointments.cancel', { id: b.id, version: b.version, reason: 'Unwell' });
    const file = await callOk<{ fileName: string; content: string }>(api, 'diary.calendar', {});
    expect(file.fileName).toBe('mesodesk-diary-2026-03-01.ics');
    const events = new ICAL.Component(ICAL.parse(file.content)).getAllSubcomponents('vevent');
    expect(events.map((e) => [e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('status')])).toEqual([
      [`appointment-${a.id}@mesodesk`, 'CONFIRMED'],
      [`appointment-${b.id}@mesodesk`, 'CANCELLED'],
    ]);
    expect(String(events[0]?.getFirstPropertyValue('summary'))).toContain('Treatment');
  });
});

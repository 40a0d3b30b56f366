import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const OPEN_EVERY_DAY = Array.from({ length: 7 }, () => ({
  open: true,
  from: '08:00',
  to: '20:00',
  breaks: [{ from: '13:00', to: '14:00' }],
}));

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A course of four sessions starting today: its first session is due now. */
const courseToday = (indication: string, areas: string[]) => ({
  indication,
  areas,
  plannedSessions: 4,
  initialSessions: 2,
  initialInterval: { minDays: 7, maxDays: 14 },
  laterInterval: { minDays: 14, maxDays: 28 },
  maintenanceInterval: null,
  startDate: todayUtc(),
});

async function openDay(page: Page) {
  await page.getByRole('link', { name: 'Mesodesk' }).first().click();
  await expect(page.getByRole('heading', { name: /^Diary for / })).toBeVisible();
}

test('book from the recall list, see it in the day and week views, arrive, start the session, cancel another', async ({
  page,
  app,
}) => {
  // A long flow (book, day and week views, remind, arrive, start the session, cancel): like the other
  // end-to-end flows it needs more than the default 30 s when the machine is busy.
  test.setTimeout(90_000);
  await app.open();
  // The clinic works every day in this test, so the day view is the home screen's main panel whatever today is.
  await app.api('settings.update', { patch: { clinicTimeZone: 'UTC', workingWeek: OPEN_EVERY_DAY } });
  const maria = await app.api<{ id: number }>('patients.create', {
    fields: { firstName: 'Maria', lastName: 'Papadopoulou', dateOfBirth: '1980-05-04', sex: 'female' },
  });
  await app.api('courses.create', {
    patientId: maria.id,
    fields: courseToday('Skin rejuvenation', ['face.cheeks']),
  });
  await app.api('contactPreferences.set', {
    patientId: maria.id,
    fields: { channel: 'text', consent: true },
  });
  await app.api('settings.update', { patch: { clinicName: 'Skin Studio' } });
  const jonas = await app.api<{ id: number }>('patients.create', {
    fields: { firstName: 'Jonas', lastName: 'Keller', dateOfBirth: '1975-01-12', sex: 'male' },
  });
  await app.reload();

  // Book from the recall list: the due window and the first free working time are proposed.
  await page.getByRole('button', { name: 'Book Maria Papadopoulou' }).click();
  const booking = page.getByRole('dialog', { name: 'Book an appointment for Maria Papadopoulou' });
  await expect(booking.getByText(/^Due between /)).toBeVisible();
  await expect(booking.getByLabel('Type')).toHaveValue('treatment');
  await expect(booking.getByLabel('Start time')).toHaveValue('08:00');
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(booking).toBeHidden();

  // Her recall row now shows the booking, not "Book": a link that opens the appointment in the diary.
  const recallCard = page.getByRole('region', { name: 'Due and overdue' });
  const recallRow = recallCard.getByRole('row').filter({ hasText: 'Maria Papadopoulou' });
  await expect(recallRow.getByRole('button', { name: 'Book Maria Papadopoulou' })).toHaveCount(0);
  const bookedLink = recallRow.getByRole('link', {
    name: /^Booked for .+, 8:00\sAM: open the appointment of Maria/,
  });
  await expect(bookedLink).toHaveText(/^Booked for .+, 8:00\sAM$/);
  await recallCard.screenshot({ path: '.test-output/diary-recall-booked.png' });
  await page.screenshot({ path: '.test-output/diary-home-booked.png', fullPage: true });
  await bookedLink.click();
  await expect(page.getByRole('heading', { name: /^Week of / })).toBeVisible();
  const openedFromRecall = page.getByRole('dialog', { name: /^Maria Papadopoulou, .+ 8:00\sAM/ });
  await expect(openedFromRecall).toBeVisible();
  await expect(openedFromRecall).toContainText('session 1 of 4');
  await page.screenshot({ path: '.test-output/diary-opened-from-recall.png' });
  await page.keyboard.press('Escape');
  await expect(openedFromRecall).toBeHidden();
  await expect(page).not.toHaveURL(/open=/);
  await openDay(page);

  // The day view lists her, with what she needs today.
  const day = page.getByRole('list', { name: /^Diary for / });
  const row = day.getByRole('listitem').filter({ hasText: 'Maria Papadopoulou' });
  await expect(row).toContainText(/8:00\s–\s8:45\sAM/);
  await expect(row).toContainText('Treatment · Skin rejuvenation · session 1 of 4');
  await expect(row.getByRole('list', { name: 'Needs today' })).toContainText('No signed intake');
  await expect(row.getByRole('list', { name: 'Needs today' })).toContainText('Consent missing');
  // Her treatment today: the day-of check is still to ask, and the five face views to photograph.
  await expect(row.getByRole('list', { name: 'Needs today' })).toContainText('Day-of check to ask');
  await expect(row.getByRole('list', { name: 'Needs today' })).toContainText('5 before photos to take');

  // N books from the keyboard; a double booking is warned about and can be overridden.
  await page.getByRole('heading', { name: /^Diary for / }).click();
  await page.keyboard.press('n');
  const second = page.getByRole('dialog', { name: 'Book an appointment' });
  await second.getByLabel('Find a patient').fill('Keller');
  await expect(second.getByRole('option', { name: /Jonas Keller/ })).toBeAttached();
  await second.getByLabel('Choose a patient').selectOption(String(jonas.id));
  await second.getByLabel('Start time').fill('08:30');
  await second.getByLabel('Duration (minutes)').fill('30');
  await second.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(second.getByRole('list', { name: 'Check before booking:' })).toContainText(
    'Another appointment is booked at this time.',
  );
  await second.getByRole('button', { name: 'Book anyway' }).click();
  await expect(second).toBeHidden();
  await expect(day.locator(':scope > li')).toHaveCount(2);
  await page.screenshot({ path: '.test-output/diary-day.png', fullPage: true });

  // The week view shows both on the grid.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diary' }).click();
  await expect(page.getByRole('heading', { name: /^Week of / })).toBeVisible();
  await expect(page.locator('.rbc-event').filter({ hasText: 'Maria Papadopoulou' })).toBeVisible();
  await expect(page.locator('.rbc-event').filter({ hasText: 'Jonas Keller' })).toBeVisible();
  await page.screenshot({ path: '.test-output/diary-week.png', fullPage: true });

  // Keyboard: the arrows move the selected day, Page Down and Page Up the week, N books on the selected day.
  const addDays = (iso: string, n: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const today = todayUtc();
  await page.getByRole('heading', { name: /^Week of / }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`date=${addDays(today, 1)}`));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`date=${addDays(today, -1)}`));
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`date=${addDays(today, 6)}`));
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`date=${today}`));
  await expect(page.getByRole('status').filter({ hasText: /^Selected day: / })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  const fromWeek = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(fromWeek.getByLabel('Date')).toHaveValue(addDays(today, 1));
  await page.keyboard.press('Escape');
  await expect(fromWeek).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`date=${today}`));

  // Keyboard: Enter on an appointment of the week opens it.
  await page.locator('.rbc-event').filter({ hasText: 'Jonas Keller' }).focus();
  await page.keyboard.press('Enter');
  const jonasDialog = page.getByRole('dialog', { name: /^Jonas Keller, / });
  await expect(jonasDialog).toBeVisible();
  // Cancel this one with a reason.
  await jonasDialog.getByRole('button', { name: 'Cancel the appointment' }).click();
  await jonasDialog.getByRole('button', { name: 'Cancel it' }).click();
  await expect(jonasDialog.getByText('This field is required.')).toBeVisible();
  await jonasDialog.getByLabel('Reason for cancelling').fill('Unwell, will call back');
  await jonasDialog.getByRole('button', { name: 'Cancel it' }).click();
  await expect(jonasDialog).toBeHidden();
  await expect(page.locator('.rbc-event').filter({ hasText: 'Jonas Keller' })).toHaveCount(0);

  // Back on the day: Enter opens Maria's appointment; she arrives and the session starts from it.
  await openDay(page);
  await day.getByRole('button', { name: /Maria Papadopoulou/ }).focus();
  await page.keyboard.press('Enter');
  const mariaDialog = page.getByRole('dialog', { name: /^Maria Papadopoulou, / });
  // Remind her: copy the text for a messaging app, then mark it sent.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await expect(mariaDialog.getByLabel('Reminder text')).toHaveValue(/Dear Maria,/);
  await mariaDialog.getByRole('button', { name: 'Copy the text' }).click();
  await expect(mariaDialog.getByRole('status')).toHaveText('Copied: paste it into your messaging app.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'reminder of your appointment at Skin Studio',
  );
  await expect(mariaDialog.getByLabel('Sent as')).toHaveValue('text');
  await mariaDialog.screenshot({ path: '.test-output/diary-appointment.png' });
  await mariaDialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(mariaDialog.getByText(/^ · Reminded /)).toBeVisible();
  await mariaDialog.getByRole('button', { name: 'Arrived' }).click();
  await expect(mariaDialog.getByText('Arrived', { exact: true })).toBeVisible();
  await mariaDialog.getByRole('button', { name: 'Start the session' }).click();
  await expect(page).toHaveURL(new RegExp(`#/patients/${maria.id}/sessions/\\d+$`));
});

test("a due recall with nothing booked is reminded in the patient's language and marked sent", async ({
  page,
  app,
}) => {
  await app.open();
  await app.api('settings.update', { patch: { clinicTimeZone: 'UTC', clinicName: 'Skin Studio' } });
  const lucia = await app.api<{ id: number }>('patients.create', {
    fields: {
      firstName: 'Lucía',
      lastName: 'Romero',
      dateOfBirth: '1982-07-21',
      sex: 'female',
      email: 'lucia@example.com',
      preferredLanguage: 'es',
    },
  });
  await app.api('courses.create', {
    patientId: lucia.id,
    fields: courseToday('Hair loss', ['scalp.vertex']),
  });
  await app.api('contactPreferences.set', {
    patientId: lucia.id,
    fields: { channel: 'email', consent: true },
  });
  await app.reload();

  const remind = page.getByRole('list', { name: 'To remind today' });
  const row = remind.getByRole('listitem').filter({ hasText: 'Lucía Romero' });
  await expect(row).toContainText('Hair loss: due');
  await expect(row).toContainText('not booked');
  await page
    .locator('#remind-today-title')
    .locator('..')
    .screenshot({ path: '.test-output/diary-remind-list.png' });
  await row.getByRole('button', { name: 'Lucía Romero' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recall for Lucía Romero: Hair loss' });
  await expect(dialog.getByLabel('Reminder text')).toHaveValue(/^Estimado\/a Lucía:/);
  // Her first session's window is a single day: said once, not "between a day and the same day".
  await expect(dialog.getByText(/^Session 1 is due on .+; nothing is booked yet\.$/)).toBeVisible();
  await expect(dialog.getByLabel('Reminder text')).toHaveValue(/corresponde el \S+, \d+ de \S+ de \d{4}\./);
  await expect(dialog.getByLabel('Reminder text')).toHaveValue(
    /Su próxima sesión \(Hair loss\) en Skin Studio/,
  );
  await expect(dialog.getByRole('button', { name: 'Email lucia@example.com' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save the invitation (.ics)' })).toHaveCount(0);
  await expect(dialog.getByLabel('Sent as')).toHaveValue('email');
  await dialog.screenshot({ path: '.test-output/diary-recall-reminder.png' });
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(dialog.getByText('Marked as sent.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Nothing left to send.')).toBeVisible();
});

test('working hours and days off set in Settings warn a booking, which can go ahead anyway', async ({
  page,
  app,
}) => {
  await app.open();
  const patient = await app.api<{ id: number }>('patients.create', {
    fields: { firstName: 'Ana', lastName: 'Silva', dateOfBirth: '1990-02-03', sex: 'female' },
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Diary and reminders' });
  await form.getByLabel('Clinic time zone').fill('Europe/Lisbon');
  // Closing at noon leaves Monday's lunch break outside the hours: refused, with the message on the break.
  await form.getByLabel('Monday closes at').fill('12:00');
  await form.getByRole('button', { name: 'Save diary settings' }).click();
  const monday = form.getByRole('row', { name: /^Monday/ });
  await expect(monday.getByText('The break must lie within the opening hours.')).toBeVisible();
  await monday.getByRole('button', { name: 'Remove Monday break 1' }).click();
  // Tuesday: a lunch and an afternoon break; an overlapping third is refused next to it.
  const tuesday = form.getByRole('row', { name: /^Tuesday/ });
  await tuesday.getByRole('button', { name: 'Add a break on Tuesday' }).click();
  await form.getByLabel('Tuesday break 2 from').fill('16:00');
  await form.getByLabel('Tuesday break 2 until').fill('16:15');
  await tuesday.getByRole('button', { name: 'Add a break on Tuesday' }).click();
  await form.getByLabel('Tuesday break 3 from').fill('13:30');
  await form.getByLabel('Tuesday break 3 until').fill('13:45');
  await form.getByRole('button', { name: 'Save diary settings' }).click();
  await expect(tuesday.getByText('This break overlaps another one.')).toBeVisible();
  await tuesday.getByRole('button', { name: 'Remove Tuesday break 3' }).click();
  await form.getByLabel('Days off').fill('2026-12-24');
  await form.getByRole('button', { name: 'Save diary settings' }).click();
  await expect(page.getByText('Settings saved.').first()).toBeVisible();
  await form.getByRole('table').scrollIntoViewIfNeeded();
  await form.getByRole('table').screenshot({ path: '.test-output/diary-settings.png' });
  const saved = await app.api<{
    clinicTimeZone: string;
    daysOff: string[];
    workingWeek: { to: string; breaks: { from: string; to: string }[] }[];
  }>('settings.get', {});
  expect(saved).toMatchObject({ clinicTimeZone: 'Europe/Lisbon', daysOff: ['2026-12-24'] });
  expect(saved.workingWeek[0]).toMatchObject({ to: '12:00', breaks: [] });
  expect(saved.workingWeek[1]?.breaks).toEqual([
    { from: '13:00', to: '14:00' },
    { from: '16:00', to: '16:15' },
  ]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diary' }).click();
  await page.getByRole('button', { name: 'Book an appointment' }).click();
  const booking = page.getByRole('dialog', { name: 'Book an appointment' });
  await booking.getByLabel('Find a patient').fill('Silva');
  await expect(booking.getByRole('option', { name: /Ana Silva/ })).toBeAttached();
  await booking.getByLabel('Choose a patient').selectOption(String(patient.id));
  await booking.getByLabel('Date').fill('2026-12-24');
  await booking.getByLabel('Start time').fill('10:00');
  await expect(booking.getByText('The clinic is closed that day.')).toBeVisible();
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(booking.getByRole('list', { name: 'Check before booking:' })).toHaveText(
    'The clinic is closed on this day.',
  );
  // A time that does not exist: Lisbon's clocks go forward at 01:00 on 29 March 2026.
  await booking.getByLabel('Date').fill('2026-03-29');
  await booking.getByLabel('Start time').fill('01:30');
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(
    booking.getByText('This time does not exist on this day: the clocks go forward.'),
  ).toBeVisible();
  await booking.getByLabel('Date').fill('2026-12-24');
  await booking.getByLabel('Start time').fill('10:00');
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await booking.getByRole('button', { name: 'Book anyway' }).click();
  await expect(booking).toBeHidden();
  const list = await app.api<{ date: string; time: string; timeZone: string }[]>('appointments.forPatient', {
    patientId: patient.id,
  });
  expect(list).toMatchObject([{ date: '2026-12-24', time: '10:00', timeZone: 'Europe/Lisbon' }]);
});

test('the diary writes stored times the way the interface language writes them, in English and in French', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await app.open();
  await app.api('settings.update', { patch: { clinicTimeZone: 'UTC', workingWeek: OPEN_EVERY_DAY } });
  const ines = await app.api<{ id: number }>('patients.create', {
    fields: { firstName: 'Inès', lastName: 'Moreau', dateOfBirth: '1986-02-11', sex: 'female' },
  });
  await app.api('contactPreferences.set', { patientId: ines.id, fields: { channel: 'text', consent: true } });
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await app.api('appointments.book', {
    fields: { patientId: ines.id, type: 'consultation', date: tomorrow, time: '14:05', durationMin: 45 },
    accept: ['overlap', 'outsideHours', 'dayOff'],
  });
  await app.reload();

  // English: "2:05 PM", the span "2:05 – 2:50 PM", the week's hours "8:00 AM".
  const remind = page.getByRole('list', { name: 'To remind today' });
  await expect(remind.getByRole('listitem').filter({ hasText: 'Inès Moreau' })).toContainText(/\b2:05\sPM\b/);
  await page.getByRole('heading', { name: /^Diary for / }).click();
  await page.keyboard.press('ArrowRight');
  const day = page.getByRole('list', { name: /^Diary for / });
  const row = day.getByRole('listitem').filter({ hasText: 'Inès Moreau' });
  await expect(row).toContainText(/2:05\s–\s2:50\sPM/);
  await expect(row).not.toContainText('14:05');
  await row.getByRole('button', { name: /Inès Moreau/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Inès Moreau, .+ 2:05\sPM$/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate((date) => {
    window.location.hash = `#/diary/week?date=${date}`;
  }, tomorrow);
  const event = page.locator('.rbc-event').filter({ hasText: 'Inès Moreau' });
  await expect(event).toContainText(/2:05\s–\s2:50\sPM/);
  await expect(page.locator('.rbc-time-gutter')).toContainText(/8:00\sAM/);
  await page.screenshot({ path: '.test-output/diary-times-en.png', fullPage: true });

  // French: the same stored times read "14:05" and "14:05 – 14:50", the hours "08:00".
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('fr');
  await page.getByRole('button', { name: 'Save settings', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await page.evaluate((date) => {
    window.location.hash = `#/diary/week?date=${date}`;
  }, tomorrow);
  await expect(event).toContainText(/14:05\s–\s14:50/);
  await expect(page.locator('.rbc-time-gutter')).toContainText('08:00');
  await expect(page.locator('.rbc-time-gutter')).not.toContainText(/AM|PM/);
  await page.screenshot({ path: '.test-output/diary-times-fr.png', fullPage: true });
  await page.getByRole('link', { name: 'Mesodesk' }).first().click();
  const rappels = page.locator('#remind-today-title').locator('..').getByRole('listitem');
  await expect(rappels.filter({ hasText: 'Inès Moreau' })).toContainText(/\b14:05\b/);
  await page.screenshot({ path: '.test-output/diary-times-fr-home.png', fullPage: true });
});

test('→ then N pressed at once books the next day, in the day view and the week view', async ({
  app,
  page,
}) => {
  await app.open();
  await app.api('settings.update', { patch: { clinicTimeZone: 'UTC', workingWeek: OPEN_EVERY_DAY } });
  // The home screen shows the day once the clinic has a patient.
  await app.api('patients.create', {
    fields: { firstName: 'Inès', lastName: 'Moreau', dateOfBirth: '1986-02-11', sex: 'female' },
  });
  await app.reload();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  // Both keys in one go: no render between them, as when the practitioner types faster than one.
  const rightThenN = () =>
    page.evaluate(() => {
      for (const key of ['ArrowRight', 'n']) window.dispatchEvent(new KeyboardEvent('keydown', { key }));
    });
  const booking = page.getByRole('dialog', { name: 'Book an appointment' });

  await openDay(page);
  await rightThenN();
  await expect(booking.getByLabel('Date')).toHaveValue(tomorrow);
  await page.keyboard.press('Escape');
  await expect(booking).toBeHidden();

  await page.evaluate((date) => {
    window.location.hash = `#/diary/week?date=${date}`;
  }, todayUtc());
  await expect(page.getByRole('heading', { name: /^Week of / })).toBeVisible();
  await rightThenN();
  await expect(booking.getByLabel('Date')).toHaveValue(tomorrow);
  await expect(page).toHaveURL(new RegExp(`date=${tomorrow}`));
});

import type { Language } from '../language/languages';

/** The built-in reminder wording in one patient language; the clinic's own template replaces `appointment` or `recall`. */
export interface ReminderTexts {
  /** The locale dates are written in. */
  locale: string;
  appointment: string;
  recall: string;
  /** The recall when its window is a single day (a course's first session). */
  recallOnDay: string;
  /** What to do and avoid before a mesotherapy session (from the clinic's usual pre-treatment advice). */
  preparation: string;
  subject: string;
  recallSubject: string;
  eventTitle: string;
  theClinic: string;
}

const lines = (...l: string[]) => l.join('\n');

export const REMINDER_TEXTS: Record<Language, ReminderTexts> = {
  en: {
    locale: 'en-GB',
    appointment: lines(
      'Dear {{name}},',
      '',
      'This is a reminder of your appointment at {{clinic}} on {{date}} at {{time}}.',
      '',
      '{{preparation}}',
      '',
      'If you cannot come, please let us know: {{clinicPhone}}.',
    ),
    recall: lines(
      'Dear {{name}},',
      '',
      'Your next {{treatment}} session at {{clinic}} is due between {{dueDate}} and {{latestDate}}.',
      '',
      'Please contact us to book it: {{clinicPhone}}.',
    ),
    recallOnDay: lines(
      'Dear {{name}},',
      '',
      'Your next {{treatment}} session at {{clinic}} is due on {{dueDate}}.',
      '',
      'Please contact us to book it: {{clinicPhone}}.',
    ),
    preparation: lines(
      'Before your session:',
      '- If your doctor agrees, avoid aspirin, anti-inflammatory painkillers (such as ibuprofen), fish oil and vitamin E for 2 to 7 days before.',
      '- Avoid alcohol for 24 to 48 hours before.',
      '- Come with clean skin, without make-up on the area to be treated.',
      '- Tell us if your health or medicines have changed since your last visit.',
    ),
    subject: 'Your appointment at {{clinic}} on {{date}} at {{time}}',
    recallSubject: 'Time to book your next session at {{clinic}}',
    eventTitle: 'Appointment at {{clinic}}',
    theClinic: 'the clinic',
  },
  fr: {
    locale: 'fr-FR',
    appointment: lines(
      'Bonjour {{name}},',
      '',
      'Nous vous rappelons votre rendez-vous chez {{clinic}} le {{date}} à {{time}}.',
      '',
      '{{preparation}}',
      '',
      'Si vous ne pouvez pas venir, merci de nous prévenir : {{clinicPhone}}.',
    ),
    recall: lines(
      'Bonjour {{name}},',
      '',
      'Votre prochaine séance ({{treatment}}) chez {{clinic}} est à prévoir entre le {{dueDate}} et le {{latestDate}}.',
      '',
      'Merci de nous contacter pour prendre rendez-vous : {{clinicPhone}}.',
    ),
    recallOnDay: lines(
      'Bonjour {{name}},',
      '',
      'Votre prochaine séance ({{treatment}}) chez {{clinic}} est à prévoir le {{dueDate}}.',
      '',
      'Merci de nous contacter pour prendre rendez-vous : {{clinicPhone}}.',
    ),
    preparation: lines(
      'Avant votre séance :',
      '- Avec l’accord de votre médecin, évitez l’aspirine, les anti-inflammatoires (comme l’ibuprofène), l’huile de poisson et la vitamine E pendant 2 à 7 jours avant.',
      '- Évitez l’alcool pendant les 24 à 48 heures qui précèdent.',
      '- Venez la peau propre, sans maquillage sur la zone à traiter.',
      '- Signalez-nous tout changement de votre santé ou de vos médicaments depuis votre dernière visite.',
    ),
    subject: 'Votre rendez-vous chez {{clinic}} le {{date}} à {{time}}',
    recallSubject: 'Il est temps de prendre votre prochain rendez-vous chez {{clinic}}',
    eventTitle: 'Rendez-vous chez {{clinic}}',
    theClinic: 'le cabinet',
  },
  de: {
    locale: 'de-DE',
    appointment: lines(
      'Guten Tag {{name}},',
      '',
      'wir erinnern Sie an Ihren Termin bei {{clinic}} am {{date}} um {{time}} Uhr.',
      '',
      '{{preparation}}',
      '',
      'Falls Sie nicht kommen können, geben Sie uns bitte Bescheid: {{clinicPhone}}.',
    ),
    recall: lines(
      'Guten Tag {{name}},',
      '',
      'Ihre nächste Sitzung ({{treatment}}) bei {{clinic}} ist zwischen dem {{dueDate}} und dem {{latestDate}} fällig.',
      '',
      'Bitte melden Sie sich für einen Termin: {{clinicPhone}}.',
    ),
    recallOnDay: lines(
      'Guten Tag {{name}},',
      '',
      'Ihre nächste Sitzung ({{treatment}}) bei {{clinic}} ist am {{dueDate}} fällig.',
      '',
      'Bitte melden Sie sich für einen Termin: {{clinicPhone}}.',
    ),
    preparation: lines(
      'Vor Ihrer Sitzung:',
      '- Verzichten Sie nach Rücksprache mit Ihrem Arzt 2 bis 7 Tage vorher auf Aspirin, entzündungshemmende Schmerzmittel (wie Ibuprofen), Fischöl und Vitamin E.',
      '- Verzichten Sie 24 bis 48 Stunden vorher auf Alkohol.',
      '- Kommen Sie mit sauberer Haut, ohne Make-up im zu behandelnden Bereich.',
      '- Sagen Sie uns, wenn sich Ihre Gesundheit oder Ihre Medikamente seit dem letzten Besuch geändert haben.',
    ),
    subject: 'Ihr Termin bei {{clinic}} am {{date}} um {{time}} Uhr',
    recallSubject: 'Zeit für Ihren nächsten Termin bei {{clinic}}',
    eventTitle: 'Termin bei {{clinic}}',
    theClinic: 'der Praxis',
  },
  it: {
    locale: 'it-IT',
    appointment: lines(
      'Gentile {{name}},',
      '',
      'le ricordiamo il suo appuntamento presso {{clinic}} il {{date}} alle {{time}}.',
      '',
      '{{preparation}}',
      '',
      'Se non potesse venire, la preghiamo di avvisarci: {{clinicPhone}}.',
    ),
    recall: lines(
      'Gentile {{name}},',
      '',
      'la sua prossima seduta ({{treatment}}) presso {{clinic}} è prevista tra il {{dueDate}} e il {{latestDate}}.',
      '',
      'La preghiamo di contattarci per fissarla: {{clinicPhone}}.',
    ),
    recallOnDay: lines(
      'Gentile {{name}},',
      '',
      'la sua prossima seduta ({{treatment}}) presso {{clinic}} è prevista il {{dueDate}}.',
      '',
      'La preghiamo di contattarci per fissarla: {{clinicPhone}}.',
    ),
    preparation: lines(
      'Prima della seduta:',
      '- Se il suo medico è d’accordo, eviti aspirina, antinfiammatori (come l’ibuprofene), olio di pesce e vitamina E nei 2-7 giorni precedenti.',
      '- Eviti l’alcol nelle 24-48 ore precedenti.',
      '- Venga con la pelle pulita, senza trucco sulla zona da trattare.',
      '- Ci dica se la sua salute o i suoi farmaci sono cambiati dall’ultima visita.',
    ),
    subject: 'Il suo appuntamento presso {{clinic}} il {{date}} alle {{time}}',
    recallSubject: 'È ora di fissare la prossima seduta presso {{clinic}}',
    eventTitle: 'Appuntamento presso {{clinic}}',
    theClinic: 'lo studio',
  },
  es: {
    locale: 'es-ES',
    appointment: lines(
      'Estimado/a {{name}}:',
      '',
      'Le recordamos su cita en {{clinic}} el {{date}} a las {{time}}.',
      '',
      '{{preparation}}',
      '',
      'Si no puede venir, avísenos, por favor: {{clinicPhone}}.',
    ),
    recall: lines(
      'Estimado/a {{name}}:',
      '',
      'Su próxima sesión ({{treatment}}) en {{clinic}} corresponde entre el {{dueDate}} y el {{latestDate}}.',
      '',
      'Póngase en contacto con nosotros para reservarla: {{clinicPhone}}.',
    ),
    recallOnDay: lines(
      'Estimado/a {{name}}:',
      '',
      'Su próxima sesión ({{treatment}}) en {{clinic}} corresponde el {{dueDate}}.',
      '',
      'Póngase en contacto con nosotros para reservarla: {{clinicPhone}}.',
    ),
    preparation: lines(
      'Antes de su sesión:',
      '- Si su médico está de acuerdo, evite la aspirina, los antiinflamatorios (como el ibuprofeno), el aceite de pescado y la vitamina E de 2 a 7 días antes.',
      '- Evite el alcohol de 24 a 48 horas antes.',
      '- Venga con la piel limpia, sin maquillaje en la zona a tratar.',
      '- Díganos si su salud o su medicación han cambiado desde su última visita.',
    ),
    subject: 'Su cita en {{clinic}} el {{date}} a las {{time}}',
    recallSubject: 'Es momento de reservar su próxima sesión en {{clinic}}',
    eventTitle: 'Cita en {{clinic}}',
    theClinic: 'la clínica',
  },
  pt: {
    locale: 'pt-PT',
    appointment: lines(
      'Caro/a {{name}},',
      '',
      'Lembramos a sua consulta em {{clinic}} no dia {{date}} às {{time}}.',
      '',
      '{{preparation}}',
      '',
      'Se não puder comparecer, avise-nos, por favor: {{clinicPhone}}.',
    ),
    recall: lines(
      'Caro/a {{name}},',
      '',
      'A sua próxima sessão ({{treatment}}) em {{clinic}} deve ser feita entre {{dueDate}} e {{latestDate}}.',
      '',
      'Contacte-nos para a marcar: {{clinicPhone}}.',
    ),
    recallOnDay: lines(
      'Caro/a {{name}},',
      '',
      'A sua próxima sessão ({{treatment}}) em {{clinic}} está prevista para {{dueDate}}.',
      '',
      'Contacte-nos para a marcar: {{clinicPhone}}.',
    ),
    preparation: lines(
      'Antes da sua sessão:',
      '- Se o seu médico concordar, evite aspirina, anti-inflamatórios (como o ibuprofeno), óleo de peixe e vitamina E durante 2 a 7 dias antes.',
      '- Evite álcool nas 24 a 48 horas anteriores.',
      '- Venha com a pele limpa, sem maquilhagem na zona a tratar.',
      '- Informe-nos se a sua saúde ou a sua medicação mudaram desde a última visita.',
    ),
    subject: 'A sua consulta em {{clinic}} no dia {{date}} às {{time}}',
    recallSubject: 'Está na altura de marcar a sua próxima sessão em {{clinic}}',
    eventTitle: 'Consulta em {{clinic}}',
    theClinic: 'a clínica',
  },
};

/** A date written out in full in the patient's language (e.g. "Montag, 2. März 2026"). */
export function longDateIn(language: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(REMINDER_TEXTS[language].locale, {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

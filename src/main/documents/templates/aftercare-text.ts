import type { TemplateContent } from '../../../shared/documents/template-schema';

/** Per-area wording of an aftercare sheet; the sections every sheet shares are filled in below. */
export interface AftercareAreaText {
  title: string;
  normal: string[];
  avoid: string[];
  skinCare: string[];
}

const INTRO = `These instructions are for {{patient.name}} after mesotherapy at {{clinic.name}} on {{document.date}}.

Areas treated:

- {{treatment.areas}}

Products used:

- {{treatment.products}}`;

const COMMON_NORMAL = [
  'Redness, swelling, small bumps and tenderness are expected. They settle within hours to a few days.',
  'Swelling is usually at its worst one to two days after treatment.',
  'Bruises can appear and fade within one to two weeks.',
  'A cold compress wrapped in a clean cloth, held on for a few minutes at a time, eases swelling. Arnica gel can help bruises fade. Paracetamol can be taken for discomfort if it is safe for you.',
];

const COMMON_AVOID = [
  'For 24 hours: do not touch the treated area with unwashed hands.',
  'For 24 to 48 hours: avoid hard exercise, saunas, steam rooms, hot baths, hot tubs and swimming pools, and keep alcohol to a minimum.',
  'For one to two weeks: no peels, laser, exfoliation or other treatments on the same area.',
  'Do not pick any scabs, and do not massage the area unless you have been told to.',
];

const COMMON_SKIN_CARE = [
  'Keep out of the sun and do not use sunbeds until any bruising has gone.',
  'Use a high-protection sunscreen (SPF 50) every day on treated skin that is exposed to daylight.',
];

const URGENT = `Contact the clinic straight away, or go to an emergency department if you cannot reach us, if you notice:

- Signs of infection: pain that gets worse instead of better, redness that spreads, heat, or pus.
- Signs of a blocked blood vessel: skin that turns pale, dusky, blue-grey or blotchy, or severe pain near an injection point.
- Signs of an allergic reaction: swelling of the face, lips or throat, an itchy raised rash (hives), or difficulty breathing. Call the emergency services at once if you have difficulty breathing.`;

const CONTACT = `{{clinic.emergencyLine}}

Clinic: {{clinic.name}}, telephone {{clinic.phone}}, email {{clinic.email}}.
Your practitioner: {{practitioner.name}}.`;

const NEXT = `Your next appointment: {{appointment.next}}.

Keeping to the planned intervals gives the best results. If you need to change the appointment, please let the clinic know.`;

const bullets = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');

/** Builds a complete aftercare template from its area wording and the shared sections. */
export function aftercareTemplate(area: AftercareAreaText): TemplateContent {
  return {
    title: area.title,
    intro: INTRO,
    sections: [
      { heading: 'What is normal, and for how long', body: bullets([...COMMON_NORMAL, ...area.normal]) },
      { heading: 'What to avoid, and for how long', body: bullets([...area.avoid, ...COMMON_AVOID]) },
      { heading: 'Skin care and sun', body: bullets([...area.skinCare, ...COMMON_SKIN_CARE]) },
      { heading: 'When to get help urgently', body: URGENT },
      { heading: 'How to reach us', body: CONTACT },
      { heading: 'Your next appointment', body: NEXT },
    ],
    declarations: [],
    photoConsent: '',
  };
}

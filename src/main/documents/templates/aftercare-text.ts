import type { TemplateContent } from '../../../shared/documents/template-schema';
import { bullets } from './consent-text';

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

/** Everything an aftercare sheet says, in one language, apart from each area's wording. */
export interface AftercareWording {
  intro: string;
  commonNormal: readonly string[];
  commonAvoid: readonly string[];
  commonSkinCare: readonly string[];
  urgent: string;
  contact: string;
  next: string;
  headings: {
    normal: string;
    avoid: string;
    skinCare: string;
    urgent: string;
    contact: string;
    next: string;
  };
}

export const AFTERCARE_EN: AftercareWording = {
  intro: INTRO,
  commonNormal: COMMON_NORMAL,
  commonAvoid: COMMON_AVOID,
  commonSkinCare: COMMON_SKIN_CARE,
  urgent: URGENT,
  contact: CONTACT,
  next: NEXT,
  headings: {
    normal: 'What is normal, and for how long',
    avoid: 'What to avoid, and for how long',
    skinCare: 'Skin care and sun',
    urgent: 'When to get help urgently',
    contact: 'How to reach us',
    next: 'Your next appointment',
  },
};

/** Builds a complete aftercare template from its area wording and the shared sections of its language. */
export function aftercareTemplate(
  area: AftercareAreaText,
  w: AftercareWording = AFTERCARE_EN,
): TemplateContent {
  return {
    title: area.title,
    intro: w.intro,
    sections: [
      { heading: w.headings.normal, body: bullets([...w.commonNormal, ...area.normal]) },
      { heading: w.headings.avoid, body: bullets([...area.avoid, ...w.commonAvoid]) },
      { heading: w.headings.skinCare, body: bullets([...area.skinCare, ...w.commonSkinCare]) },
      { heading: w.headings.urgent, body: w.urgent },
      { heading: w.headings.contact, body: w.contact },
      { heading: w.headings.next, body: w.next },
    ],
    declarations: [],
    photoConsent: '',
  };
}

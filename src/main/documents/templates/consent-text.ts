import type { TemplateContent } from '../../../shared/documents/template-schema';

/** Per-area wording of a consent form; the sections every consent shares are filled in below. */
export interface ConsentAreaText {
  title: string;
  procedure: string;
  benefits: string;
  /** Side effects specific to the area, added after the common list. */
  extraSideEffects: string[];
  /** Alternatives specific to the area, added before the common list. */
  alternatives: string[];
  sessions: string;
}

const INTRO = `This form explains the mesotherapy treatment you are considering at {{clinic.name}}. Please read it carefully and ask {{practitioner.name}} about anything that is unclear before you sign. You can take as much time as you need.

Patient: {{patient.name}}, born {{patient.dateOfBirth}} (record {{patient.number}}). Date: {{document.date}}.`;

const MIXTURE = `The mixture planned for you is made up for your treatment and may combine several products. For each product we record the batch (lot) number so that it can be traced later.

- {{treatment.products}}

Some of these products may be used in a way that their manufacturer has not specifically licensed (this is called "off-label" use). Your practitioner will explain why they are suggested for you.

Areas to be treated:

- {{treatment.areas}}`;

const COMMON_SIDE_EFFECTS = [
  'Stinging or a burning feeling during the injections, which stops soon afterwards.',
  'Redness over the treated area, usually fading within a few hours to a day.',
  'Swelling, which is at its most noticeable one to two days after treatment and then settles.',
  'Bruising at some injection points, which can take up to one or two weeks to fade.',
  'Tenderness or itching of the treated skin for a few days.',
  'Small raised bumps where the product was placed, which flatten within hours to days.',
];

const RARE_RISKS = `These are uncommon, but you should know about them:

- Infection at the injection sites, which may need antibiotics.
- An allergic reaction to one of the ingredients, ranging from a local rash to, very rarely, a severe reaction affecting breathing.
- Firm lumps (nodules) under the skin that can last for weeks or longer.
- Changes in skin colour, such as darker patches, especially in darker skin types or after sun exposure.
- Scarring.
- Blocked or damaged small blood vessels (vascular compromise), which can harm the skin above them and needs urgent treatment.
- Feeling sick or faint during or shortly after the treatment.

If any of these happen, contact the clinic straight away. Most can be treated, and the earlier they are seen the better.`;

const COMMON_ALTERNATIVES = [
  'Having no treatment at all.',
  'Skin care products applied at home.',
  'Other clinic treatments such as microneedling, chemical peels, laser, wrinkle-relaxing injections or dermal fillers, where they suit your concern.',
];

const WITHDRAW = `Taking part is your choice. You may change your mind at any time, before or during the course, including part-way through a session, and you do not have to give a reason. Stopping will not affect the rest of your care at {{clinic.name}}.`;

const DECLARATIONS = [
  'I have read this form, or had it read to me, and I understand it.',
  'I have had enough time to ask questions, and my questions have been answered to my satisfaction.',
  'The medical history I gave, including my medicines and allergies, is complete and true to the best of my knowledge, and I will tell the clinic about any changes.',
  'I understand that results differ from person to person, are not guaranteed and are not permanent.',
  'I understand the common side effects and the rare risks described above.',
  'I agree to follow the aftercare advice I am given and to contact the clinic if I have any concerns.',
  'I understand that I can withdraw my consent at any time.',
];

const PHOTO = `Photographs help us to plan your treatment and to see how well it is working. Agreeing to photographs is separate from agreeing to the treatment: you can have the treatment whatever you choose here, and you can change your choice later. Please choose one level below.`;

/** Everything a consent form says, in one language: the shared sections and each area's wording. */
export interface ConsentWording {
  intro: string;
  mixture: string;
  sideEffectsLead: string;
  commonSideEffects: readonly string[];
  rareRisks: string;
  alternativesLead: string;
  commonAlternatives: readonly string[];
  withdraw: string;
  declarations: readonly string[];
  photo: string;
  headings: {
    procedure: string;
    mixture: string;
    benefits: string;
    sideEffects: string;
    rareRisks: string;
    alternatives: string;
    sessions: string;
    withdraw: string;
  };
}

export const CONSENT_EN: ConsentWording = {
  intro: INTRO,
  mixture: MIXTURE,
  sideEffectsLead: 'Most people have some of these. They are expected and usually settle on their own:',
  commonSideEffects: COMMON_SIDE_EFFECTS,
  rareRisks: RARE_RISKS,
  alternativesLead: 'Other options you may wish to consider include:',
  commonAlternatives: COMMON_ALTERNATIVES,
  withdraw: WITHDRAW,
  declarations: DECLARATIONS,
  photo: PHOTO,
  headings: {
    procedure: 'About the procedure',
    mixture: 'Your planned mixture',
    benefits: 'Expected benefits and their limits',
    sideEffects: 'Common side effects',
    rareRisks: 'Rare risks',
    alternatives: 'Alternatives',
    sessions: 'Number of sessions',
    withdraw: 'Your right to withdraw',
  },
};

export const bullets = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');

/** Builds a complete consent template from its area wording and the shared sections of its language. */
export function consentTemplate(area: ConsentAreaText, w: ConsentWording = CONSENT_EN): TemplateContent {
  return {
    title: area.title,
    intro: w.intro,
    sections: [
      { heading: w.headings.procedure, body: area.procedure },
      { heading: w.headings.mixture, body: w.mixture },
      { heading: w.headings.benefits, body: area.benefits },
      {
        heading: w.headings.sideEffects,
        body: `${w.sideEffectsLead}\n\n${bullets([...w.commonSideEffects, ...area.extraSideEffects])}`,
      },
      { heading: w.headings.rareRisks, body: w.rareRisks },
      {
        heading: w.headings.alternatives,
        body: `${w.alternativesLead}\n\n${bullets([...area.alternatives, ...w.commonAlternatives])}`,
      },
      { heading: w.headings.sessions, body: area.sessions },
      { heading: w.headings.withdraw, body: w.withdraw },
    ],
    declarations: [...w.declarations],
    photoConsent: w.photo,
  };
}

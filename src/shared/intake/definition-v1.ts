import type { IntakeDefinition, Option } from './types';

/** The treatment regions a site-specific answer can point at; planned areas use the same ids. */
export const REGION_OPTIONS: readonly Option[] = [
  { value: 'face', label: 'Face' },
  { value: 'neck', label: 'Neck' },
  { value: 'decollete', label: 'Décolleté' },
  { value: 'hands', label: 'Backs of the hands' },
  { value: 'scalp', label: 'Scalp' },
  { value: 'body', label: 'Body (arms, abdomen, flanks, back, buttocks, legs)' },
];

/** Ingredients a patient can tick as known allergies; the screening matches them to products. */
export const ALLERGY_INGREDIENT_OPTIONS: readonly Option[] = [
  { value: 'lidocaine', label: 'Lidocaine (local anaesthetic)' },
  { value: 'hyaluronic-acid', label: 'Hyaluronic acid' },
  { value: 'vitamin-c', label: 'Vitamin C' },
  { value: 'vitamin-b', label: 'B vitamins' },
  { value: 'phosphatidylcholine', label: 'Phosphatidylcholine' },
  { value: 'deoxycholate', label: 'Deoxycholate' },
  { value: 'caffeine', label: 'Caffeine' },
  { value: 'procaine', label: 'Procaine' },
];

const yes = (answer: string) => ({ answer, is: 'yes' }) as const;

/** Version 1 of the medical history and screening questionnaire. */
export const intakeDefinitionV1: IntakeDefinition = {
  version: 1,
  title: 'Medical history and screening questionnaire',
  declaration:
    'I have answered these questions fully and truthfully to the best of my knowledge. I understand that ' +
    'leaving out information about my health, medicines or allergies can put me at risk, and I will tell ' +
    'the clinic about any change before my next treatment.',
  yesLabel: 'Yes',
  noLabel: 'No',
  sections: [
    {
      id: 'pregnancy',
      title: 'Pregnancy and breastfeeding',
      questions: [
        {
          id: 'pregnant',
          type: 'yesNo',
          text: 'Are you pregnant, or could you be pregnant?',
          required: true,
          showIf: [{ sexNot: ['male'] }],
        },
        {
          id: 'breastfeeding',
          type: 'yesNo',
          text: 'Are you breastfeeding?',
          required: true,
          showIf: [{ sexNot: ['male'] }],
        },
      ],
    },
    {
      id: 'guardian',
      title: 'Parent or guardian',
      intro: 'Patients under 18 are treated only with the written agreement of a parent or legal guardian.',
      questions: [
        {
          id: 'guardianConsent',
          type: 'yesNo',
          text: 'Does a parent or legal guardian agree to this treatment?',
          required: true,
          showIf: [{ ageUnder: 18 }],
        },
        {
          id: 'guardianName',
          type: 'text',
          text: 'Name of the parent or guardian',
          required: true,
          showIf: [{ ageUnder: 18 }, yes('guardianConsent')],
          maxLength: 200,
        },
      ],
    },
    {
      id: 'conditions',
      title: 'Health conditions',
      questions: [
        {
          id: 'activeSkinProblem',
          type: 'yesNo',
          text:
            'Do you have, right now, an infection, cold sore, open wound, sunburn, or a flare of acne, ' +
            'eczema or psoriasis on any area you want treated?',
          required: true,
        },
        {
          id: 'activeSkinProblemKinds',
          type: 'multi',
          text: 'Which of these do you have at the moment?',
          required: true,
          showIf: [yes('activeSkinProblem')],
          options: [
            { value: 'herpes', label: 'Cold sore (herpes simplex)' },
            { value: 'infection', label: 'Other skin infection' },
            { value: 'wound', label: 'Open wound or broken skin' },
            { value: 'acne', label: 'Acne flare' },
            { value: 'eczema', label: 'Eczema flare' },
            { value: 'psoriasis', label: 'Psoriasis flare' },
            { value: 'sunburn', label: 'Sunburn' },
          ],
        },
        {
          id: 'activeSkinProblemAreas',
          type: 'multi',
          text: 'Where is it?',
          required: true,
          showIf: [yes('activeSkinProblem')],
          options: REGION_OPTIONS,
        },
        {
          id: 'bleedingDisorder',
          type: 'yesNo',
          text: 'Do you have a bleeding or clotting disorder (for example haemophilia or von Willebrand disease)?',
          required: true,
        },
        {
          id: 'bleedingDisorderDetails',
          type: 'text',
          text: 'Which bleeding or clotting disorder?',
          required: true,
          showIf: [yes('bleedingDisorder')],
          maxLength: 500,
        },
        {
          id: 'cancer',
          type: 'yesNo',
          text: 'Do you have cancer now, or are you having chemotherapy or radiotherapy?',
          required: true,
        },
        {
          id: 'cancerDetails',
          type: 'text',
          text: 'Which cancer, and what treatment are you having?',
          required: true,
          showIf: [yes('cancer')],
          maxLength: 500,
        },
        {
          id: 'autoimmune',
          type: 'yesNo',
          text:
            'Do you have an autoimmune disease (for example lupus, rheumatoid arthritis) or take medicines ' +
            'that suppress the immune system?',
          required: true,
        },
        {
          id: 'autoimmuneDetails',
          type: 'text',
          text: 'Which condition or medicine?',
          required: true,
          showIf: [yes('autoimmune')],
          maxLength: 500,
        },
        {
          id: 'diabetes',
          type: 'single',
          text: 'Do you have diabetes?',
          required: true,
          options: [
            { value: 'no', label: 'No' },
            { value: 'controlled', label: 'Yes, well controlled' },
            { value: 'uncontrolled', label: 'Yes, not well controlled or not sure' },
          ],
        },
        {
          id: 'epilepsy',
          type: 'yesNo',
          text: 'Do you have epilepsy or have you ever had a seizure?',
          required: true,
        },
        {
          id: 'organDisease',
          type: 'yesNo',
          text: 'Do you have a serious heart, kidney or liver condition?',
          required: true,
        },
        {
          id: 'organDiseaseKinds',
          type: 'multi',
          text: 'Which organ is affected?',
          required: true,
          showIf: [yes('organDisease')],
          options: [
            { value: 'heart', label: 'Heart' },
            { value: 'kidney', label: 'Kidney' },
            { value: 'liver', label: 'Liver' },
          ],
        },
        {
          id: 'keloid',
          type: 'yesNo',
          text: 'Do you tend to form raised, thick scars (keloid or hypertrophic scars)?',
          required: true,
        },
        {
          id: 'pigmentDisorder',
          type: 'yesNo',
          text: 'Do you have a pigment condition such as melasma or vitiligo, or dark marks after injuries?',
          required: true,
        },
        {
          id: 'otherConditions',
          type: 'longText',
          text: 'Any other illness, operation or condition we should know about?',
          required: false,
          maxLength: 2000,
        },
      ],
    },
    {
      id: 'medicines',
      title: 'Medicines and supplements',
      questions: [
        {
          id: 'anticoagulants',
          type: 'yesNo',
          text:
            'Do you take a blood thinner (for example warfarin, apixaban, rivaroxaban, dabigatran, aspirin ' +
            'or clopidogrel)?',
          required: true,
        },
        {
          id: 'anticoagulantDrug',
          type: 'text',
          text: 'Which blood thinner?',
          required: true,
          showIf: [yes('anticoagulants')],
          maxLength: 200,
        },
        {
          id: 'anticoagulantDose',
          type: 'text',
          text: 'What dose, and how often?',
          required: true,
          showIf: [yes('anticoagulants')],
          maxLength: 200,
        },
        {
          id: 'bruisingSupplements',
          type: 'yesNo',
          text:
            'In the last 7 days, have you taken anti-inflammatory painkillers (such as ibuprofen or ' +
            'naproxen), fish oil, vitamin E or ginkgo?',
          required: true,
        },
        {
          id: 'bruisingSupplementsWhich',
          type: 'multi',
          text: 'Which ones?',
          required: true,
          showIf: [yes('bruisingSupplements')],
          options: [
            { value: 'nsaid', label: 'Anti-inflammatory painkiller (NSAID)' },
            { value: 'fish-oil', label: 'Fish oil' },
            { value: 'vitamin-e', label: 'Vitamin E' },
            { value: 'ginkgo', label: 'Ginkgo' },
          ],
        },
        {
          id: 'isotretinoin',
          type: 'yesNo',
          text: 'Have you taken isotretinoin tablets for acne (for example Roaccutane) in the last 6 months?',
          required: true,
        },
        {
          id: 'isotretinoinLastDose',
          type: 'date',
          text: 'Date of the last isotretinoin dose',
          hint: 'An approximate date is fine.',
          required: true,
          notFuture: true,
          showIf: [yes('isotretinoin')],
        },
        {
          id: 'topicalRetinoid',
          type: 'yesNo',
          text: 'Have you used a retinoid cream or serum (tretinoin, adapalene, retinol) in the last 5 days?',
          required: true,
        },
        {
          id: 'currentMedications',
          type: 'longText',
          text: 'Please list every medicine, contraceptive, vitamin or supplement you take now.',
          hint: 'Write “none” if you take nothing.',
          required: true,
          maxLength: 2000,
        },
      ],
    },
    {
      id: 'allergies',
      title: 'Allergies and reactions',
      questions: [
        {
          id: 'allergies',
          type: 'yesNo',
          text: 'Do you have any allergy (to medicines, anaesthetics, foods, latex or anything else)?',
          required: true,
        },
        {
          id: 'allergyIngredients',
          type: 'multi',
          text: 'Are you allergic to any of these?',
          hint: 'Tick all that apply; leave empty if none of these.',
          required: false,
          showIf: [yes('allergies')],
          options: ALLERGY_INGREDIENT_OPTIONS,
        },
        {
          id: 'allergyDetails',
          type: 'longText',
          text: 'What are you allergic to, and what happened?',
          required: true,
          showIf: [yes('allergies')],
          maxLength: 2000,
        },
        {
          id: 'injectableReaction',
          type: 'yesNo',
          text: 'Have you ever had a bad reaction to an injection, filler or other injectable treatment?',
          required: true,
        },
        {
          id: 'injectableReactionDetails',
          type: 'text',
          text: 'What was injected, and what happened?',
          required: true,
          showIf: [yes('injectableReaction')],
          maxLength: 500,
        },
      ],
    },
    {
      id: 'recent',
      title: 'Recent treatments and vaccinations',
      questions: [
        {
          id: 'recentResurfacing',
          type: 'yesNo',
          text: 'In the last 2 weeks, have you had laser, a chemical peel or dermabrasion?',
          required: true,
        },
        {
          id: 'recentResurfacingAreas',
          type: 'multi',
          text: 'On which areas?',
          required: true,
          showIf: [yes('recentResurfacing')],
          options: REGION_OPTIONS,
        },
        {
          id: 'recentResurfacingDate',
          type: 'date',
          text: 'Date of that treatment',
          required: true,
          notFuture: true,
          showIf: [yes('recentResurfacing')],
        },
        {
          id: 'recentVaccination',
          type: 'yesNo',
          text: 'Have you had a vaccination in the last 7 days?',
          required: true,
        },
        {
          id: 'recentVaccinationDate',
          type: 'date',
          text: 'Date of the vaccination',
          required: true,
          notFuture: true,
          showIf: [yes('recentVaccination')],
        },
        {
          id: 'previousTreatments',
          type: 'multi',
          text: 'Which aesthetic treatments have you had before?',
          hint: 'Leave empty if none.',
          required: false,
          options: [
            { value: 'filler', label: 'Dermal fillers' },
            { value: 'toxin', label: 'Botulinum toxin' },
            { value: 'threads', label: 'Thread lift' },
            { value: 'laser', label: 'Laser or light treatment' },
            { value: 'mesotherapy', label: 'Mesotherapy' },
          ],
        },
        {
          id: 'previousFillerDate',
          type: 'date',
          text: 'Date of the last filler treatment',
          required: true,
          notFuture: true,
          showIf: [{ answer: 'previousTreatments', includes: 'filler' }],
        },
        {
          id: 'previousToxinDate',
          type: 'date',
          text: 'Date of the last botulinum toxin treatment',
          required: true,
          notFuture: true,
          showIf: [{ answer: 'previousTreatments', includes: 'toxin' }],
        },
        {
          id: 'previousThreadsDate',
          type: 'date',
          text: 'Date of the last thread lift',
          required: true,
          notFuture: true,
          showIf: [{ answer: 'previousTreatments', includes: 'threads' }],
        },
        {
          id: 'previousLaserDate',
          type: 'date',
          text: 'Date of the last laser or light treatment',
          required: true,
          notFuture: true,
          showIf: [{ answer: 'previousTreatments', includes: 'laser' }],
        },
        {
          id: 'previousMesotherapyDate',
          type: 'date',
          text: 'Date of the last mesotherapy session',
          required: true,
          notFuture: true,
          showIf: [{ answer: 'previousTreatments', includes: 'mesotherapy' }],
        },
      ],
    },
    {
      id: 'skin',
      title: 'Skin and lifestyle',
      questions: [
        {
          id: 'fitzpatrick',
          type: 'single',
          text: 'Skin type (Fitzpatrick)',
          hint: 'How the skin reacts to the sun without protection.',
          required: true,
          options: [
            { value: 'I', label: 'I: always burns, never tans' },
            { value: 'II', label: 'II: usually burns, tans with difficulty' },
            { value: 'III', label: 'III: sometimes burns, tans gradually' },
            { value: 'IV', label: 'IV: rarely burns, tans easily' },
            { value: 'V', label: 'V: very rarely burns, tans very easily' },
            { value: 'VI', label: 'VI: never burns' },
          ],
        },
        {
          id: 'smoking',
          type: 'single',
          text: 'Do you smoke or vape?',
          required: true,
          options: [
            { value: 'never', label: 'Never' },
            { value: 'former', label: 'I used to' },
            { value: 'current', label: 'Yes, currently' },
          ],
        },
      ],
    },
    {
      id: 'goals',
      title: 'Concerns and goals',
      questions: [
        {
          id: 'concerns',
          type: 'longText',
          text: 'What would you like to improve?',
          required: true,
          maxLength: 2000,
        },
        {
          id: 'goals',
          type: 'longText',
          text: 'What result are you hoping for, and by when?',
          required: true,
          maxLength: 2000,
        },
      ],
    },
    {
      id: 'gp',
      title: 'Family doctor (GP)',
      questions: [
        { id: 'gpName', type: 'text', text: 'GP name', required: false, maxLength: 200 },
        {
          id: 'gpPractice',
          type: 'text',
          text: 'GP practice and address',
          required: false,
          maxLength: 500,
        },
        { id: 'gpPhone', type: 'text', text: 'GP phone', required: false, maxLength: 40 },
      ],
    },
    {
      id: 'assessment',
      title: 'Practitioner’s assessment',
      intro: 'Completed by the practitioner during the consultation.',
      questions: [
        {
          id: 'expectations',
          type: 'single',
          text: 'Are the patient’s expectations realistic for this treatment?',
          required: true,
          options: [
            { value: 'realistic', label: 'Realistic' },
            { value: 'unrealistic', label: 'Not realistic' },
          ],
        },
        {
          id: 'assessmentNotes',
          type: 'longText',
          text: 'Practitioner’s notes',
          required: false,
          maxLength: 4000,
        },
      ],
    },
  ],
};

import { describe, expect, it } from 'vitest';
import { CURRENT_INTAKE_DEFINITION } from '../../src/shared/intake/definitions';
import type { Answers } from '../../src/shared/intake/types';
import { CURRENT_DAY_CHECK } from '../../src/shared/screening/day-check';
import { screen } from '../../src/shared/screening/engine';
import { SCREENING_RULES } from '../../src/shared/screening/rules';
import type { PlannedTreatment, ScreeningInput } from '../../src/shared/screening/types';
import { cleanAnswers } from '../fixtures/intake';

interface Case {
  answers?: Answers;
  age?: number;
  planned?: PlannedTreatment;
  dayCheck?: Answers;
  guardianSigned?: boolean;
}
const ADULT = 35;

const input = ({ answers = {}, age = ADULT, planned, dayCheck, guardianSigned }: Case): ScreeningInput => ({
  intake: { definition: CURRENT_INTAKE_DEFINITION, answers: cleanAnswers(answers), guardianSigned },
  ageYears: age,
  planned,
  dayCheck: dayCheck && { definition: CURRENT_DAY_CHECK, answers: dayCheck, answeredOn: '2026-03-01' },
});
const ALLERGIC_TO_LIDOCAINE: Answers = {
  allergies: 'yes',
  allergyIngredients: ['lidocaine'],
  allergyDetails: 'Rash at the dentist',
};
const ruleIds = (c: Case) => screen(input(c)).map((f) => f.ruleId);

/** For every rule: an input that raises it, and the closest input that does not. */
const CASES: Record<string, { raised: Case; notRaised: Case }> = {
  pregnant: { raised: { answers: { pregnant: 'yes' } }, notRaised: { answers: { pregnant: 'no' } } },
  breastfeeding: { raised: { answers: { breastfeeding: 'yes' } }, notRaised: {} },
  ingredientAllergy: {
    raised: {
      answers: { allergies: 'yes', allergyIngredients: ['lidocaine'], allergyDetails: 'Rash at the dentist' },
      planned: { areas: ['face'], ingredients: ['LIDOCAINE HCl 2%'] },
    },
    notRaised: {
      answers: { allergies: 'yes', allergyIngredients: ['lidocaine'], allergyDetails: 'Rash at the dentist' },
      planned: { areas: ['face'], ingredients: ['Sodium hyaluronate', 'Vitamin C'] },
    },
  },
  allergyCrossReactive: {
    raised: { answers: ALLERGIC_TO_LIDOCAINE, planned: { areas: ['face'], ingredients: ['Prilocaine'] } },
    notRaised: { answers: ALLERGIC_TO_LIDOCAINE, planned: { areas: ['face'], ingredients: ['Procaine'] } },
  },
  allergyUncertain: {
    raised: {
      answers: { allergies: 'yes', allergyDetails: 'lidocane, swelling' },
      planned: { areas: ['face'], ingredients: ['Lidocaine 1%'] },
    },
    notRaised: {
      answers: { allergies: 'yes', allergyDetails: 'lidocane, swelling' },
      planned: { areas: ['face'], ingredients: ['Caffeine'] },
    },
  },
  mentionedInText: {
    raised: { answers: { otherConditions: 'Haemophilia A, mild' } },
    notRaised: { answers: { otherConditions: 'No haemophilia in the family' } },
  },
  checkWithPatient: {
    raised: { answers: { currentMedications: 'Eliqis 5 mg' } },
    notRaised: { answers: { currentMedications: 'Paracetamol when needed' } },
  },
  alcoholRecent: {
    raised: { dayCheck: { alcohol24h: 'yes' } },
    notRaised: { dayCheck: { alcohol24h: 'no' } },
  },
  unwell: {
    raised: { dayCheck: { unwell: 'yes' } },
    notRaised: { dayCheck: { unwell: 'no' } },
  },
  activeSkinProblem: {
    raised: {
      answers: {
        activeSkinProblem: 'yes',
        activeSkinProblemKinds: ['herpes'],
        activeSkinProblemAreas: ['face'],
      },
      planned: { areas: ['face.perioral'], ingredients: [] },
    },
    notRaised: {
      answers: {
        activeSkinProblem: 'yes',
        activeSkinProblemKinds: ['herpes'],
        activeSkinProblemAreas: ['face'],
      },
      planned: { areas: ['scalp.vertex'], ingredients: [] },
    },
  },
  bleedingDisorder: {
    raised: { answers: { bleedingDisorder: 'yes', bleedingDisorderDetails: 'von Willebrand' } },
    notRaised: {},
  },
  cancer: { raised: { answers: { cancer: 'yes', cancerDetails: 'Breast, on chemotherapy' } }, notRaised: {} },
  minorWithoutGuardian: {
    raised: { age: 17, answers: { guardianConsent: 'yes', guardianName: 'Self-declared' } },
    notRaised: { age: 18 },
  },
  anticoagulants: {
    raised: {
      answers: {
        anticoagulants: 'yes',
        anticoagulantDrug: 'Apixaban',
        anticoagulantDose: '5 mg twice daily',
      },
    },
    notRaised: {},
  },
  bruisingSupplements: {
    raised: { answers: { bruisingSupplements: 'yes', bruisingSupplementsWhich: ['fish-oil'] } },
    notRaised: {},
  },
  autoimmune: { raised: { answers: { autoimmune: 'yes', autoimmuneDetails: 'Lupus' } }, notRaised: {} },
  diabetes: {
    raised: { answers: { diabetes: 'controlled' } },
    notRaised: { answers: { diabetes: 'uncontrolled' } },
  },
  diabetesUncontrolled: {
    raised: { answers: { diabetes: 'uncontrolled' } },
    notRaised: { answers: { diabetes: 'controlled' } },
  },
  keloid: { raised: { answers: { keloid: 'yes' } }, notRaised: {} },
  isotretinoin: {
    raised: { answers: { isotretinoin: 'yes', isotretinoinLastDose: '2026-01-10' } },
    notRaised: {},
  },
  topicalRetinoid: { raised: { answers: { topicalRetinoid: 'yes' } }, notRaised: {} },
  recentResurfacing: {
    raised: {
      answers: {
        recentResurfacing: 'yes',
        recentResurfacingAreas: ['face'],
        recentResurfacingDate: '2026-02-25',
      },
    },
    notRaised: {
      answers: {
        recentResurfacing: 'yes',
        recentResurfacingAreas: ['face'],
        recentResurfacingDate: '2026-02-25',
      },
      planned: { areas: ['body.thighs'], ingredients: [] },
    },
  },
  recentVaccination: {
    raised: { answers: { recentVaccination: 'yes', recentVaccinationDate: '2026-02-27' } },
    notRaised: {},
  },
  epilepsy: { raised: { answers: { epilepsy: 'yes' } }, notRaised: {} },
  organDisease: { raised: { answers: { organDisease: 'yes', organDiseaseKinds: ['liver'] } }, notRaised: {} },
  pigmentDisorder: { raised: { answers: { pigmentDisorder: 'yes' } }, notRaised: {} },
  injectableReaction: {
    raised: { answers: { injectableReaction: 'yes', injectableReactionDetails: 'Lumps after filler' } },
    notRaised: {},
  },
  unrealisticExpectations: {
    raised: { answers: { expectations: 'unrealistic' } },
    notRaised: { answers: { expectations: 'realistic' } },
  },
  minorWithGuardian: {
    raised: {
      age: 16,
      answers: { guardianConsent: 'yes', guardianName: 'Eleni Papadopoulou' },
      guardianSigned: true,
    },
    // The minor's own "yes" without the guardian's signature is not enough.
    notRaised: { age: 16, answers: { guardianConsent: 'yes', guardianName: 'Eleni Papadopoulou' } },
  },
  activeSkinProblemElsewhere: {
    raised: {
      answers: {
        activeSkinProblem: 'yes',
        activeSkinProblemKinds: ['eczema'],
        activeSkinProblemAreas: ['hands'],
      },
      planned: { areas: ['face'], ingredients: [] },
    },
    notRaised: {
      answers: {
        activeSkinProblem: 'yes',
        activeSkinProblemKinds: ['eczema'],
        activeSkinProblemAreas: ['hands'],
      },
    },
  },
  recentResurfacingElsewhere: {
    raised: {
      answers: {
        recentResurfacing: 'yes',
        recentResurfacingAreas: ['body'],
        recentResurfacingDate: '2026-02-25',
      },
      planned: { areas: ['scalp'], ingredients: [] },
    },
    notRaised: {
      answers: {
        recentResurfacing: 'yes',
        recentResurfacingAreas: ['body'],
        recentResurfacingDate: '2026-02-25',
      },
      planned: { areas: ['body.abdomen'], ingredients: [] },
    },
  },
  allergiesDeclared: {
    raised: { answers: { allergies: 'yes', allergyDetails: 'Penicillin' } },
    notRaised: { answers: { allergies: 'no' } },
  },
  smoker: { raised: { answers: { smoking: 'current' } }, notRaised: { answers: { smoking: 'former' } } },
  darkerSkinType: {
    raised: { answers: { fitzpatrick: 'V' } },
    notRaised: { answers: { fitzpatrick: 'III' } },
  },
};

describe('screening rules', () => {
  it('has a raised and a not-raised case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(SCREENING_RULES.map((r) => r.id).sort());
  });

  it('raises nothing for a clean adult intake', () => {
    expect(screen(input({}))).toEqual([]);
  });

  for (const rule of SCREENING_RULES) {
    describe(`${rule.id} (${rule.severity})`, () => {
      const cases = CASES[rule.id];
      it('is raised', () => {
        if (!cases) throw new Error(`no cases for ${rule.id}`);
        const flag = screen(input(cases.raised)).find((f) => f.ruleId === rule.id);
        expect(flag).toBeDefined();
        expect(flag?.severity).toBe(rule.severity);
        expect(flag?.reason).toBe(`screening.reasons.${rule.id}`);
      });
      it('is not raised', () => {
        if (!cases) throw new Error(`no cases for ${rule.id}`);
        expect(ruleIds(cases.notRaised)).not.toContain(rule.id);
      });
    });
  }
});

describe('flag details', () => {
  it('names the source answers as the patient saw them', () => {
    const [flag] = screen(
      input({
        answers: { anticoagulants: 'yes', anticoagulantDrug: 'Warfarin', anticoagulantDose: '3 mg daily' },
      }),
    );
    expect(flag?.sources).toEqual([
      expect.objectContaining({ questionId: 'anticoagulants', answer: 'Yes' }),
      expect.objectContaining({
        questionId: 'anticoagulantDrug',
        question: 'Which blood thinner?',
        answer: 'Warfarin',
      }),
      expect.objectContaining({ questionId: 'anticoagulantDose', answer: '3 mg daily' }),
    ]);
  });

  it('puts ABSOLUTE flags before RELATIVE before INFO', () => {
    const flags = screen(input({ answers: { smoking: 'current', keloid: 'yes', pregnant: 'yes' } }));
    expect(flags.map((f) => f.severity)).toEqual(['ABSOLUTE', 'RELATIVE', 'INFO']);
  });

  it('flags a minor even when there is no signed intake', () => {
    const flags = screen({ intake: null, ageYears: 15 });
    expect(flags.map((f) => [f.ruleId, f.params.age])).toEqual([['minorWithoutGuardian', 15]]);
  });

  it('treats an active problem as at the site when no areas are planned yet', () => {
    const flags = screen(input({ answers: { activeSkinProblem: 'yes', activeSkinProblemAreas: ['hands'] } }));
    expect(flags.map((f) => f.ruleId)).toEqual(['activeSkinProblem']);
  });

  it('raises one allergy flag per matching planned ingredient', () => {
    const flags = screen(
      input({
        answers: {
          allergies: 'yes',
          allergyIngredients: ['hyaluronic-acid'],
          allergyDetails: 'lidocaïne; latex',
        },
        planned: { areas: ['face'], ingredients: ['Sodium hyaluronate 1%', 'Lidocaine', 'Biotin'] },
      }),
    ).filter((f) => f.ruleId === 'ingredientAllergy');
    expect(flags.map((f) => f.params.ingredient)).toEqual(['Sodium hyaluronate 1%', 'Lidocaine']);
    expect(flags.map((f) => f.matches.map((m) => m.words))).toEqual([['Hyaluronic acid'], ['lidocaïne']]);
    expect(new Set(flags.map((f) => f.key)).size).toBe(2);
  });
});

describe('skin type not assessed', () => {
  it('raises no skin type flag, and leaves every other rule as it was', () => {
    const planned = { areas: ['face'], ingredients: ['Vitamin C'] };
    expect(ruleIds({ answers: { fitzpatrick: 'not-assessed' }, planned })).toEqual(
      ruleIds({ answers: { fitzpatrick: 'II' }, planned }),
    );
    expect(ruleIds({ answers: { fitzpatrick: 'not-assessed', smoking: 'current' }, planned })).toEqual([
      'smoker',
    ]);
  });
});

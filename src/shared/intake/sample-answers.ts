import type { Answers } from './types';

/**
 * A complete intake for a patient with nothing to declare, written by the sample clinic's seeder and
 * by the tests. The pregnancy questions are left out: they are asked of women only.
 */
export function nothingToDeclare(about: { fitzpatrick: string; concerns: string; goals: string }): Answers {
  return {
    activeSkinProblem: 'no',
    bleedingDisorder: 'no',
    cancer: 'no',
    autoimmune: 'no',
    diabetes: 'no',
    epilepsy: 'no',
    organDisease: 'no',
    keloid: 'no',
    pigmentDisorder: 'no',
    anticoagulants: 'no',
    bruisingSupplements: 'no',
    isotretinoin: 'no',
    topicalRetinoid: 'no',
    currentMedications: 'none',
    allergies: 'no',
    injectableReaction: 'no',
    recentResurfacing: 'no',
    recentVaccination: 'no',
    fitzpatrick: about.fitzpatrick,
    smoking: 'never',
    concerns: about.concerns,
    goals: about.goals,
    expectations: 'realistic',
  };
}

import { CURRENT_INTAKE_DEFINITION } from '../../src/shared/intake/definitions';
import { CURRENT_DAY_CHECK } from '../../src/shared/screening/day-check';
import { screen } from '../../src/shared/screening/engine';
import { KNOWLEDGE_BASE } from '../../src/shared/screening/knowledge-base';
import { tokenise } from '../../src/shared/screening/mentions';
import type { ScreeningInput } from '../../src/shared/screening/types';
import { cleanAnswers } from '../fixtures/intake';
import { cpuTime, fmt, summarize, time } from './stats';

const RUNS = 5_000;

/** One busy session: free text in every field the engine reads, a full plan, a day check. */
const INPUT: ScreeningInput = {
  intake: {
    definition: CURRENT_INTAKE_DEFINITION,
    answers: cleanAnswers({
      allergies: 'yes',
      allergyIngredients: ['procaine', 'vitamin-b'],
      allergyDetails:
        'Xylocaine at the dentist (swollen lips), penicillin rash as a child, not latex, no problem with iodine; lidocane?',
      currentMedications:
        'Eliquis 5 mg twice daily, Nurofen when needed, fish oil, vitamin D, levothyroxine 50 mcg, Differin gel at night',
      otherConditions: 'Hypothyroidism, type 2 diabetes, history of cold sores, no epilepsy',
      diabetes: 'controlled',
      anticoagulants: 'yes',
      anticoagulantDrug: 'Apixaban',
      anticoagulantDose: '5 mg twice a day',
    }),
    answeredOn: '2026-02-01',
  },
  ageYears: 52,
  sessionDate: '2026-03-01',
  planned: {
    areas: ['face.cheeks', 'face.forehead', 'neck'],
    ingredients: [
      'Sodium hyaluronate 1%',
      'Dexpanthenol',
      'Ascorbic acid 200 mg/ml',
      'Centella asiatica extract',
      'Melilotus officinalis',
      'Water for injection',
    ],
    diluents: ['1:1 with lidocaine 1%', 'Sodium chloride 0.9%'],
    anaesthetics: ['EMLA 5% cream'],
    antiseptics: ['Chlorhexidine 0.5% in 70% alcohol'],
  },
  dayCheck: {
    definition: CURRENT_DAY_CHECK,
    answers: {
      pregnant: 'no',
      breastfeeding: 'no',
      activeSkinProblem: 'no',
      unwell: 'no',
      alcohol24h: 'yes',
      newMedicines: 'yes',
      newMedicinesWhich: ['aspirin-nsaid'],
      newMedicinesDetails: 'Aspirin 75 mg since last week',
      recentVaccination: 'no',
      recentResurfacing: 'no',
    },
    answeredOn: '2026-03-01',
  },
};

const texts = [
  ...Object.values(INPUT.intake?.answers ?? {}).filter((v): v is string => typeof v === 'string'),
  ...Object.values(INPUT.planned ?? {}).flat(),
];

/** Screening one session with the full knowledge base, next to a floor: tokenising the same text. */
export function benchScreening() {
  const first = time(() => screen(INPUT));
  for (let i = 0; i < 200; i++) screen(INPUT);
  const service = summarize(Array.from({ length: RUNS }, () => time(() => screen(INPUT))));
  const serviceCpu = summarize(Array.from({ length: RUNS }, () => cpuTime(() => screen(INPUT))));
  const tokeniseAll = () => texts.map((text) => tokenise(text));
  const floor = summarize(Array.from({ length: RUNS }, () => time(tokeniseAll)));
  const floorCpu = summarize(Array.from({ length: RUNS }, () => cpuTime(tokeniseAll)));
  const flags = screen(INPUT).length;
  return {
    rows: [
      {
        work: `screen(): one session, ${KNOWLEDGE_BASE.length} entries, ${flags} flags`,
        runs: RUNS,
        median: fmt(service.median),
        p95: fmt(service.p95),
        'p95 CPU time': fmt(serviceCpu.p95),
      },
      {
        work: 'floor: tokenising and folding the same text',
        runs: RUNS,
        median: fmt(floor.median),
        p95: fmt(floor.p95),
        'p95 CPU time': fmt(floorCpu.p95),
      },
    ],
    firstCallMs: first,
    service,
    serviceCpu,
  };
}

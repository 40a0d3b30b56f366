import { describe, expect, it } from 'vitest';
import { CURRENT_INTAKE_DEFINITION } from '../../src/shared/intake/definitions';
import type { Answers } from '../../src/shared/intake/types';
import { CURRENT_DAY_CHECK } from '../../src/shared/screening/day-check';
import { screen } from '../../src/shared/screening/engine';
import { cleanAnswers } from '../fixtures/intake';

const SIGNED_ON = '2026-03-01';

const ruleIds = (answers: Answers, sessionDate: string, dayCheck?: Answers) =>
  screen({
    intake: { definition: CURRENT_INTAKE_DEFINITION, answers: cleanAnswers(answers), answeredOn: SIGNED_ON },
    ageYears: 40,
    sessionDate,
    dayCheck: dayCheck && { definition: CURRENT_DAY_CHECK, answers: dayCheck, answeredOn: sessionDate },
  }).map((f) => f.ruleId);

/** Each window: the last day it still counts, and the first day it no longer does. */
describe.each([
  [
    'recentVaccination',
    { recentVaccination: 'yes', recentVaccinationDate: '2026-02-27' },
    '2026-03-06',
    '2026-03-07',
  ],
  [
    'recentResurfacing',
    { recentResurfacing: 'yes', recentResurfacingAreas: ['face'], recentResurfacingDate: '2026-02-20' },
    '2026-03-06',
    '2026-03-07',
  ],
  ['isotretinoin', { isotretinoin: 'yes', isotretinoinLastDose: '2025-12-15' }, '2026-06-15', '2026-06-16'],
  ['topicalRetinoid', { topicalRetinoid: 'yes' }, '2026-03-06', '2026-03-07'],
  [
    'bruisingSupplements',
    { bruisingSupplements: 'yes', bruisingSupplementsWhich: ['nsaid'] },
    '2026-03-08',
    '2026-03-09',
  ],
] as const)('%s window', (rule, answers, lastDay, firstDayAfter) => {
  it(`still flags on ${lastDay}`, () => {
    expect(ruleIds(answers as Answers, lastDay)).toContain(rule);
  });
  it(`no longer flags on ${firstDayAfter}`, () => {
    expect(ruleIds(answers as Answers, firstDayAfter)).not.toContain(rule);
  });
});

describe('the day-of-treatment check', () => {
  it('raises a pregnancy disclosed only on the day', () => {
    expect(ruleIds({ pregnant: 'no' }, '2026-04-01', { pregnant: 'yes' })).toContain('pregnant');
  });

  it('replaces a stale intake answer', () => {
    expect(ruleIds({ pregnant: 'yes' }, '2026-04-01', { pregnant: 'no' })).not.toContain('pregnant');
    const stale = {
      activeSkinProblem: 'yes',
      activeSkinProblemKinds: ['herpes'],
      activeSkinProblemAreas: ['face'],
    };
    expect(ruleIds(stale, '2026-04-01', { activeSkinProblem: 'no' })).not.toContain('activeSkinProblem');
  });

  it('reads the dates it collects against the session date', () => {
    const day = { recentVaccination: 'yes', recentVaccinationDate: '2026-03-20' };
    expect(ruleIds({}, '2026-03-27', day)).toContain('recentVaccination');
    expect(ruleIds({}, '2026-03-28', day)).not.toContain('recentVaccination');
  });

  it('turns ticked new medicines and their names into the medicine rules', () => {
    const ids = ruleIds({}, '2026-04-01', {
      newMedicines: 'yes',
      newMedicinesWhich: ['retinoid'],
      newMedicinesDetails: 'Xarelto 20 mg',
    });
    expect(ids).toEqual(expect.arrayContaining(['topicalRetinoid', 'anticoagulants']));
  });

  it('names the day check as the source of what it raised', () => {
    const [flag] = screen({
      intake: { definition: CURRENT_INTAKE_DEFINITION, answers: cleanAnswers(), answeredOn: SIGNED_ON },
      ageYears: 30,
      sessionDate: '2026-04-01',
      dayCheck: { definition: CURRENT_DAY_CHECK, answers: { pregnant: 'yes' }, answeredOn: '2026-04-01' },
    });
    expect(flag?.sources.map((s) => [s.origin, s.answer])).toEqual([
      ['dayCheck', 'Yes'],
      ['intake', 'No'],
    ]);
  });
});

describe('levels', () => {
  it('puts uncontrolled diabetes above controlled', () => {
    const severity = (diabetes: string) =>
      screen({
        intake: { definition: CURRENT_INTAKE_DEFINITION, answers: cleanAnswers({ diabetes }) },
        ageYears: 50,
      })[0]?.severity;
    expect([severity('controlled'), severity('uncontrolled')]).toEqual(['RELATIVE', 'ABSOLUTE']);
  });
});

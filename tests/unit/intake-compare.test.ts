import { describe, expect, it } from 'vitest';
import { compareIntakes } from '../../src/shared/intake/compare';
import { intakeDefinitionV1 } from '../../src/shared/intake/definition-v1';
import type { IntakeDefinition } from '../../src/shared/intake/types';
import { cleanAnswers } from '../fixtures/intake';

describe('comparing two intakes', () => {
  it('lines answers up by question with their labels and marks what changed', () => {
    const rows = compareIntakes(
      { definition: intakeDefinitionV1, answers: cleanAnswers() },
      {
        definition: intakeDefinitionV1,
        answers: cleanAnswers({
          anticoagulants: 'yes',
          anticoagulantDrug: 'Apixaban',
          anticoagulantDose: '5 mg',
          fitzpatrick: 'III',
          previousTreatments: ['toxin', 'filler'],
          previousToxinDate: '2025-11-01',
          previousFillerDate: '2025-06-01',
        }),
      },
    );
    const changed = rows.filter((r) => r.changed);
    expect(changed.map((r) => [r.questionId, r.before, r.after])).toEqual([
      ['anticoagulants', 'No', 'Yes'],
      ['anticoagulantDrug', '', 'Apixaban'],
      ['anticoagulantDose', '', '5 mg'],
      ['previousTreatments', '', 'Botulinum toxin, Dermal fillers'],
      ['previousFillerDate', '', '2025-06-01'],
      ['previousToxinDate', '', '2025-11-01'],
      ['fitzpatrick', 'II: usually burns, tans with difficulty', 'III: sometimes burns, tans gradually'],
    ]);
    expect(rows.find((r) => r.questionId === 'pregnant')).toMatchObject({
      changed: false,
      before: 'No',
      after: 'No',
    });
  });

  it('compares across questionnaire versions, keeping questions only one side asked', () => {
    const v2: IntakeDefinition = {
      ...intakeDefinitionV1,
      version: 2,
      sections: [
        ...intakeDefinitionV1.sections,
        {
          id: 'extra',
          title: 'Extra',
          questions: [{ id: 'sleep', type: 'text', text: 'Sleep?', required: false }],
        },
      ],
    };
    const rows = compareIntakes(
      { definition: intakeDefinitionV1, answers: cleanAnswers() },
      { definition: v2, answers: { ...cleanAnswers({ smoking: 'current' }), sleep: 'Badly' } },
    );
    expect(rows.filter((r) => r.changed).map((r) => [r.questionId, r.before, r.after])).toEqual([
      ['smoking', 'Never', 'Yes, currently'],
      ['sleep', '', 'Badly'],
    ]);
  });
});

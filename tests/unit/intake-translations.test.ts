import { describe, expect, it } from 'vitest';
import {
  INTAKE_DEFINITIONS,
  INTAKE_TRANSLATIONS,
  intakeDefinitionIn,
} from '../../src/shared/intake/definitions';
import { intakeTextProblems, intakeTextsOf } from '../../src/shared/intake/texts';
import type { IntakeDefinition } from '../../src/shared/intake/types';
import { LANGUAGES } from '../../src/shared/language/languages';

/** Everything but the words: ids, types, rules and option values. */
function structure(definition: IntakeDefinition) {
  return definition.sections.map((s) => ({
    id: s.id,
    questions: s.questions.map(({ text: _t, hint: _h, options, ...rest }) => ({
      ...rest,
      options: options?.map((o) => o.value),
    })),
  }));
}

describe('intake questionnaire translations', () => {
  for (const definition of INTAKE_DEFINITIONS) {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      it(`v${definition.version} in ${language} translates every text, and nothing more`, () => {
        const texts = INTAKE_TRANSLATIONS[definition.version]?.[language];
        expect(texts, `no ${language} translation of v${definition.version}`).toBeDefined();
        expect(intakeTextProblems(definition, texts ?? intakeTextsOf(definition))).toEqual([]);
      });

      it(`v${definition.version} in ${language} keeps the ids, types and rules, so screening is unchanged`, () => {
        const translated = intakeDefinitionIn(definition, language);
        expect(translated.language).toBe(language);
        expect(translated.version).toBe(definition.version);
        expect(structure(translated)).toEqual(structure(definition));
        expect(translated.title).not.toBe(definition.title);
      });
    }
  }

  it('an option value means one thing wherever it is offered, so one label per value is enough', () => {
    const labels = new Map<string, Set<string>>();
    for (const definition of INTAKE_DEFINITIONS)
      for (const section of definition.sections)
        for (const question of section.questions)
          for (const option of question.options ?? [])
            labels.set(option.value, (labels.get(option.value) ?? new Set()).add(option.label));
    expect([...labels].filter(([, set]) => set.size > 1)).toEqual([]);
  });

  it('reports a missing and an extra text by its path', () => {
    const definition = INTAKE_DEFINITIONS[0] as IntakeDefinition;
    const texts = structuredClone(intakeTextsOf(definition));
    delete texts.questions.pregnant;
    texts.options.unknown = 'Extra';
    expect(intakeTextProblems(definition, texts)).toEqual([
      'missing questions.pregnant.text',
      'extra options.unknown',
    ]);
  });
});

describe('messages next to the answers', () => {
  it('every message the questionnaire can give is written in each patient language', async () => {
    const { INTAKE_PATIENT_MESSAGES, intakeMessage } = await import(
      '../../src/shared/intake/patient-messages'
    );
    const validate = (await import('node:fs')).readFileSync(
      `${__dirname}/../../src/shared/intake/validate.ts`,
      'utf8',
    );
    const keys = [...new Set(validate.match(/'errors\.[a-zA-Z]+'/g)?.map((k) => k.slice(1, -1)))].sort();
    for (const messages of Object.values(INTAKE_PATIENT_MESSAGES))
      expect(Object.keys(messages).sort()).toEqual(keys);
    const italian = intakeDefinitionIn(INTAKE_DEFINITIONS[0] as IntakeDefinition, 'it');
    expect(intakeMessage(italian, 'errors.answerRequired')).toBe('Risponda a questa domanda.');
    expect(intakeMessage(INTAKE_DEFINITIONS[0] as IntakeDefinition, 'errors.answerRequired')).toBe(
      'errors.answerRequired',
    );
  });
});

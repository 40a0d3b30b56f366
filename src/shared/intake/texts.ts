import type { Language } from '../language/languages';
import type { IntakeDefinition } from './types';

/**
 * Everything a patient reads in a questionnaire, keyed by the ids that screening and comparison use. A
 * translation is one of these: applied to a definition it gives the same questionnaire (same ids, types,
 * conditions and options) in another language.
 */
export interface IntakeTexts {
  title: string;
  declaration: string;
  yesLabel: string;
  noLabel: string;
  sections: Record<string, { title: string; intro?: string }>;
  questions: Record<string, { text: string; hint?: string }>;
  /** Option labels by option value: a value means the same thing wherever it is offered. */
  options: Record<string, string>;
}

/** The texts of a definition as shipped (its English). */
export function intakeTextsOf(definition: IntakeDefinition): IntakeTexts {
  const texts: IntakeTexts = {
    title: definition.title,
    declaration: definition.declaration,
    yesLabel: definition.yesLabel,
    noLabel: definition.noLabel,
    sections: {},
    questions: {},
    options: {},
  };
  for (const section of definition.sections) {
    texts.sections[section.id] = {
      title: section.title,
      ...(section.intro !== undefined && { intro: section.intro }),
    };
    for (const question of section.questions) {
      texts.questions[question.id] = {
        text: question.text,
        ...(question.hint !== undefined && { hint: question.hint }),
      };
      for (const option of question.options ?? []) texts.options[option.value] = option.label;
    }
  }
  return texts;
}

/** Where a translation does not match its definition: the paths it lacks or adds. */
export function intakeTextProblems(definition: IntakeDefinition, translated: IntakeTexts): string[] {
  const paths = (texts: IntakeTexts) => {
    const out: string[] = ['title', 'declaration', 'yesLabel', 'noLabel'].filter(
      (key) => typeof texts[key as keyof IntakeTexts] === 'string' && texts[key as keyof IntakeTexts] !== '',
    );
    for (const [id, s] of Object.entries(texts.sections ?? {}))
      for (const [k, v] of Object.entries(s)) if (v) out.push(`sections.${id}.${k}`);
    for (const [id, q] of Object.entries(texts.questions ?? {}))
      for (const [k, v] of Object.entries(q)) if (v) out.push(`questions.${id}.${k}`);
    for (const [value, label] of Object.entries(texts.options ?? {})) if (label) out.push(`options.${value}`);
    return out;
  };
  const want = new Set(paths(intakeTextsOf(definition)));
  const got = new Set(paths(translated));
  return [
    ...[...want].filter((p) => !got.has(p)).map((p) => `missing ${p}`),
    ...[...got].filter((p) => !want.has(p)).map((p) => `extra ${p}`),
  ];
}

/** The definition with every text in the translation's language; ids, types and rules unchanged. */
export function localizeIntake(
  definition: IntakeDefinition,
  texts: IntakeTexts,
  language: Language,
): IntakeDefinition {
  const must = <T>(value: T | undefined, path: string): T => {
    if (value === undefined)
      throw new Error(`intake v${definition.version} ${language}: no text for ${path}`);
    return value;
  };
  return {
    ...definition,
    language,
    title: texts.title,
    declaration: texts.declaration,
    yesLabel: texts.yesLabel,
    noLabel: texts.noLabel,
    sections: definition.sections.map((section) => {
      const s = must(texts.sections[section.id], `section ${section.id}`);
      return {
        ...section,
        title: s.title,
        ...(section.intro !== undefined && { intro: must(s.intro, `section ${section.id} intro`) }),
        questions: section.questions.map((question) => {
          const q = must(texts.questions[question.id], `question ${question.id}`);
          return {
            ...question,
            text: q.text,
            ...(question.hint !== undefined && { hint: must(q.hint, `hint of ${question.id}`) }),
            ...(question.options && {
              options: question.options.map((o) => ({
                value: o.value,
                label: must(texts.options[o.value], `option ${o.value}`),
              })),
            }),
          };
        }),
      };
    }),
  };
}

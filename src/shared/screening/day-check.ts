import type { Answers, IntakeDefinition } from '../intake/types';

/**
 * The day-of-treatment check: the time-sensitive screening items asked again with the patient before
 * each session. Question ids that mean the same as an intake question share its id, so the same rules
 * read them; the day's answer replaces the intake's (see DAY_CHECK_REPLACES in engine.ts).
 */
export const dayCheckDefinitionV1: IntakeDefinition = {
  version: 1,
  title: 'Check on the day of treatment',
  declaration: 'Asked with the patient before this session.',
  yesLabel: 'Yes',
  noLabel: 'No',
  sections: [
    {
      id: 'today',
      title: 'Today',
      questions: [
        {
          id: 'pregnant',
          type: 'yesNo',
          text: 'Could you be pregnant today?',
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
        {
          id: 'activeSkinProblem',
          type: 'yesNo',
          text: 'Is there an infection, cold sore, wound or sunburn on the area to be treated today?',
          required: true,
        },
        {
          id: 'unwell',
          type: 'yesNo',
          text: 'Do you have a fever or feel unwell today?',
          required: true,
        },
        {
          id: 'alcohol24h',
          type: 'yesNo',
          text: 'Have you drunk alcohol in the last 24 hours?',
          required: true,
        },
      ],
    },
    {
      id: 'since',
      title: 'Since your medical history was taken',
      questions: [
        {
          id: 'newMedicines',
          type: 'yesNo',
          text: 'Have you started any medicine or supplement since your medical history was taken?',
          required: true,
        },
        {
          id: 'newMedicinesWhich',
          type: 'multi',
          text: 'Which of these?',
          hint: 'Tick all that apply; leave empty if none of these.',
          required: false,
          showIf: [{ answer: 'newMedicines', is: 'yes' }],
          options: [
            { value: 'anticoagulant', label: 'Blood thinner' },
            { value: 'aspirin-nsaid', label: 'Aspirin or an anti-inflammatory painkiller' },
            { value: 'fish-oil-vitamin-e', label: 'Fish oil, vitamin E or ginkgo' },
            { value: 'isotretinoin', label: 'Isotretinoin tablets' },
            { value: 'retinoid', label: 'Retinoid cream or serum' },
          ],
        },
        {
          id: 'newMedicinesDetails',
          type: 'text',
          text: 'Names of the new medicines',
          required: true,
          showIf: [{ answer: 'newMedicines', is: 'yes' }],
          maxLength: 500,
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
          showIf: [{ answer: 'recentVaccination', is: 'yes' }],
        },
        {
          id: 'recentResurfacing',
          type: 'yesNo',
          text: 'In the last 2 weeks, have you had laser, a chemical peel or resurfacing on the area?',
          required: true,
        },
        {
          id: 'recentResurfacingDate',
          type: 'date',
          text: 'Date of that treatment',
          required: true,
          notFuture: true,
          showIf: [{ answer: 'recentResurfacing', is: 'yes' }],
        },
      ],
    },
  ],
};

export const CURRENT_DAY_CHECK = dayCheckDefinitionV1;

/** The definitions ever shipped, by version: a stored day check is read with its own. */
export const DAY_CHECK_DEFINITIONS: Record<number, IntakeDefinition> = { 1: dayCheckDefinitionV1 };

/** A day check as stored with its session. */
export interface DayCheck {
  version: number;
  answers: Answers;
  /** When it was answered (ISO instant). */
  answeredAt: string;
}

/** The ticked new medicines, as the intake question each one answers "yes" to. */
export const NEW_MEDICINE_ANSWERS: Record<string, string> = {
  anticoagulant: 'anticoagulants',
  'aspirin-nsaid': 'bruisingSupplements',
  'fish-oil-vitamin-e': 'bruisingSupplements',
  isotretinoin: 'isotretinoin',
  retinoid: 'topicalRetinoid',
};

/** Intake answers a day-check answer replaces, besides its own id (their follow-ups). */
export const DAY_CHECK_REPLACES: Record<string, readonly string[]> = {
  activeSkinProblem: ['activeSkinProblemKinds', 'activeSkinProblemAreas'],
  recentVaccination: ['recentVaccinationDate'],
  recentResurfacing: ['recentResurfacingAreas', 'recentResurfacingDate'],
};

export interface AnswerDifference {
  questionId: string;
  question: string;
  intake: string | null;
  today: string | null;
}

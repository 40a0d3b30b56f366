import type { Language } from '../language/languages';
import type { IntakeDefinition } from './types';

/** The messages the questionnaire can show next to an answer (see validate.ts). */
const KEYS = [
  'errors.answerRequired',
  'errors.choose',
  'errors.dateFormat',
  'errors.dateNotFuture',
  'errors.dateTooOld',
  'errors.text',
  'errors.tooLong',
  'errors.unknownQuestion',
] as const;
type MessageKey = (typeof KEYS)[number];

/**
 * The patient reads these while filling in the questionnaire, so they are in the questionnaire's language
 * (the patient's), not the practitioner's interface language. English is in the interface strings.
 */
export const INTAKE_PATIENT_MESSAGES: Record<Exclude<Language, 'en'>, Record<MessageKey, string>> = {
  fr: {
    'errors.answerRequired': 'Veuillez répondre à cette question.',
    'errors.choose': 'Choisissez l’une des réponses proposées.',
    'errors.dateFormat': 'Saisissez une date au format AAAA-MM-JJ.',
    'errors.dateNotFuture': 'Cette date ne peut pas être dans le futur.',
    'errors.dateTooOld': 'Saisissez une date postérieure à 1900.',
    'errors.text': 'Écrivez votre réponse ici.',
    'errors.tooLong': 'Cette réponse est trop longue.',
    'errors.unknownQuestion': 'Cette question ne fait pas partie du questionnaire.',
  },
  it: {
    'errors.answerRequired': 'Risponda a questa domanda.',
    'errors.choose': 'Scelga una delle risposte proposte.',
    'errors.dateFormat': 'Inserisca una data nel formato AAAA-MM-GG.',
    'errors.dateNotFuture': 'Questa data non può essere nel futuro.',
    'errors.dateTooOld': 'Inserisca una data successiva al 1900.',
    'errors.text': 'Scriva qui la sua risposta.',
    'errors.tooLong': 'Questa risposta è troppo lunga.',
    'errors.unknownQuestion': 'Questa domanda non fa parte del questionario.',
  },
  es: {
    'errors.answerRequired': 'Responda a esta pregunta.',
    'errors.choose': 'Elija una de las respuestas.',
    'errors.dateFormat': 'Escriba la fecha con el formato AAAA-MM-DD.',
    'errors.dateNotFuture': 'Esta fecha no puede ser futura.',
    'errors.dateTooOld': 'Escriba una fecha posterior a 1900.',
    'errors.text': 'Escriba aquí su respuesta.',
    'errors.tooLong': 'Esta respuesta es demasiado larga.',
    'errors.unknownQuestion': 'Esta pregunta no forma parte del cuestionario.',
  },
  de: {
    'errors.answerRequired': 'Bitte beantworten Sie diese Frage.',
    'errors.choose': 'Wählen Sie eine der Antworten.',
    'errors.dateFormat': 'Geben Sie das Datum im Format JJJJ-MM-TT ein.',
    'errors.dateNotFuture': 'Dieses Datum darf nicht in der Zukunft liegen.',
    'errors.dateTooOld': 'Geben Sie ein Datum nach 1900 ein.',
    'errors.text': 'Schreiben Sie Ihre Antwort hier.',
    'errors.tooLong': 'Diese Antwort ist zu lang.',
    'errors.unknownQuestion': 'Diese Frage gehört nicht zum Fragebogen.',
  },
  pt: {
    'errors.answerRequired': 'Responda a esta pergunta.',
    'errors.choose': 'Escolha uma das respostas.',
    'errors.dateFormat': 'Escreva a data no formato AAAA-MM-DD.',
    'errors.dateNotFuture': 'Esta data não pode ser no futuro.',
    'errors.dateTooOld': 'Escreva uma data posterior a 1900.',
    'errors.text': 'Escreva aqui a sua resposta.',
    'errors.tooLong': 'Esta resposta é demasiado longa.',
    'errors.unknownQuestion': 'Esta pergunta não faz parte do questionário.',
  },
};

/** A questionnaire message in the patient's language, or the key itself for the interface to translate. */
export function intakeMessage(definition: IntakeDefinition, key: string): string {
  const language = definition.language;
  if (!language || language === 'en') return key;
  return INTAKE_PATIENT_MESSAGES[language][key as MessageKey] ?? key;
}

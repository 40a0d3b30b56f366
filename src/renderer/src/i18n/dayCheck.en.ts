/** The day-of-treatment check on the session screen. */
export const dayCheckEn = {
  title: 'Check on the day',
  intro:
    'Ask these with the patient today, before treating. Nothing is filled in from the intake; the answers are kept with the session.',
  save: 'Save the day check',
  askAgain: 'Ask again',
  answerEvery: 'Answer every question of the day check.',
  answeredAt: 'Answered with the patient on {{date}}.',
  notRecorded: 'No day check was recorded for this session.',
  notAsked: 'not asked',
  noDifferences: 'Nothing differs from the intake so far.',
  differencesTitle_one: '{{count}} answer differs from the intake:',
  differencesTitle_other: '{{count}} answers differ from the intake:',
  difference: '{{question}} Intake: {{intake}}. Today: {{today}}.',
};

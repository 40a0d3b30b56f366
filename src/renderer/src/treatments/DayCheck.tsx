import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ageInYears } from '../../../shared/dates';
import { findQuestion } from '../../../shared/intake/definitions';
import { answerText } from '../../../shared/intake/display';
import type { Answers, IntakeContext, IntakeDefinition } from '../../../shared/intake/types';
import { visibleQuestionIds } from '../../../shared/intake/visibility';
import { middayOf } from '../../../shared/patients/minor';
import type { Patient } from '../../../shared/patients/schema';
import { CURRENT_DAY_CHECK, DAY_CHECK_DEFINITIONS, type DayCheck } from '../../../shared/screening/day-check';
import type { Session } from '../../../shared/treatments/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { formatDateTime } from '../format';
import { AnswerSheet } from '../intake/AnswerSheet';
import { questionIdOf, toAnswers, toFormValues } from '../intake/answers';
import { type FormAnswers, QuestionList } from '../intake/QuestionInput';
import { useIntake, useScreening } from '../intake/queries';
import { usePatient } from '../patients/queries';
import { useInvalidateTreatments } from './queries';

interface Difference {
  id: string;
  question: string;
  intake: string;
  today: string;
}

/** Today's answers that say something else than the intake did (same question id in both). */
function differences(
  day: IntakeDefinition,
  answers: Answers,
  intake: { definition: IntakeDefinition; answers: Answers } | null,
  notAsked: string,
): Difference[] {
  const out: Difference[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = findQuestion(day, id);
    if (!question || question.type === 'date') continue;
    const before = intake && findQuestion(intake.definition, id);
    const intakeValue = intake?.answers[id];
    const today = answerText(day, question, value);
    const then =
      before && intakeValue !== undefined ? answerText(intake.definition, before, intakeValue) : null;
    const newSince = id === 'newMedicines' && value === 'yes';
    if (newSince || (then !== null && then !== today) || (then === null && before && value === 'yes')) {
      out.push({ id, question: question.text, intake: then ?? notAsked, today });
    }
  }
  return out;
}

const contextFor = (patient: Patient | undefined, sessionDate: string): IntakeContext => ({
  sex: patient?.sex ?? 'unknown',
  ageYears: patient ? ageInYears(patient.dateOfBirth, middayOf(sessionDate)) : 99,
});

/** The latest signed intake's answers, to compare today's with. */
function useLatestIntake(patientId: number) {
  const screening = useScreening(patientId);
  const standing = screening.data?.standing;
  const intakeId = standing && standing.kind !== 'none' ? standing.intakeId : 0;
  const intake = useIntake(intakeId);
  return intakeId && intake.data
    ? { definition: intake.data.definition, answers: intake.data.answers }
    : null;
}

function Differences({ items }: { items: Difference[] }) {
  const { t } = useTranslation();
  if (!items.length) return <p className="muted small">{t('dayCheck.noDifferences')}</p>;
  return (
    <div className="alert alert--warning" role="status">
      <p>{t('dayCheck.differencesTitle', { count: items.length })}</p>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            {t('dayCheck.difference', { question: d.question, intake: d.intake, today: d.today })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A stored day check, read-only: when it was answered, what differs from the intake, every answer. */
export function DayCheckSummary({ patientId, session }: { patientId: number; session: Session }) {
  const { t } = useTranslation();
  const patient = usePatient(patientId);
  const intake = useLatestIntake(patientId);
  const check: DayCheck | null = session.dayCheck;
  const definition = check && DAY_CHECK_DEFINITIONS[check.version];
  if (!check || !definition) return <p className="muted">{t('dayCheck.notRecorded')}</p>;
  return (
    <div className="day-check__summary">
      <p className="small">{t('dayCheck.answeredAt', { date: formatDateTime(check.answeredAt) })}</p>
      {session.status === 'draft' && (
        <Differences items={differences(definition, check.answers, intake, t('dayCheck.notAsked'))} />
      )}
      <AnswerSheet
        definition={definition}
        answers={check.answers}
        context={contextFor(patient.data, session.date)}
      />
    </div>
  );
}

/**
 * The day-of-treatment check, answered with the patient before signing: starts empty every time it is
 * asked, shows live what differs from the intake, and is saved with the session (main validates it).
 */
export function DayCheckCard({ patientId, session }: { patientId: number; session: Session }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTreatments();
  const patient = usePatient(patientId);
  const intake = useLatestIntake(patientId);
  const [asking, setAsking] = useState(session.dayCheck === null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const definition = CURRENT_DAY_CHECK;
  const form = useForm<FormAnswers>({ defaultValues: toFormValues(definition, {}) });
  const { setError, clearErrors, getValues, reset, setFocus } = form;
  const values = toAnswers(form.watch());
  const context = contextFor(patient.data, session.date);
  const visible = visibleQuestionIds(definition, values, context);

  const save = async () => {
    setBusy(true);
    setFailure(null);
    clearErrors();
    try {
      await unwrap(clinic.sessions.saveDayCheck({ id: session.id, answers: toAnswers(getValues()) }));
      await invalidate();
      setAsking(false);
    } catch (e) {
      const error = e instanceof ApiFailure ? e.error : null;
      const fields = Object.entries(error?.fields ?? {});
      for (const [field, message] of fields) setError(questionIdOf(field), { type: 'server', message });
      setFailure(fields.length ? 'dayCheck.answerEvery' : (error?.message ?? 'errors.internal'));
      const first = fields[0];
      if (first) setFocus(questionIdOf(first[0]));
      else alertRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const askAgain = () => {
    reset(toFormValues(definition, {}));
    setAsking(true);
  };

  return (
    <section className="card day-check" aria-labelledby="day-check-title">
      <h2 id="day-check-title">{t('dayCheck.title')}</h2>
      <p className="muted small">{t('dayCheck.intro')}</p>
      {!asking ? (
        <>
          <DayCheckSummary patientId={patientId} session={session} />
          <button type="button" className="button button--small" onClick={askAgain}>
            {t('dayCheck.askAgain')}
          </button>
        </>
      ) : (
        <>
          {definition.sections.map((section) => {
            const questions = section.questions.filter((q) => visible.has(q.id));
            if (!questions.length) return null;
            return (
              <fieldset key={section.id} className="day-check__section">
                <legend>{section.title}</legend>
                <QuestionList definition={definition} questions={questions} form={form} />
              </fieldset>
            );
          })}
          <Differences items={differences(definition, values, intake, t('dayCheck.notAsked'))} />
          <div ref={alertRef} tabIndex={-1}>
            <FormAlert message={failure} />
          </div>
          <div className="form-actions">
            <BusyButton
              type="button"
              label={t('dayCheck.save')}
              busyLabel={t('form.saving')}
              busy={busy}
              onClick={save}
            />
            {session.dayCheck && (
              <button type="button" className="button" onClick={() => setAsking(false)} disabled={busy}>
                {t('form.cancel')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

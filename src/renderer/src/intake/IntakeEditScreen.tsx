import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Intake } from '../../../shared/intake/schema';
import type { Question } from '../../../shared/intake/types';
import { visibleQuestionIds } from '../../../shared/intake/visibility';
import { displayName, type Patient } from '../../../shared/patients/schema';
import type { ApiError } from '../../../shared/result';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { ReviewBeforeUse } from '../clinical-texts/ReviewBeforeUse';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { BusyButton } from '../components/form/BusyButton';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { formatDateTime } from '../format';
import { questionIdOf, toAnswers, toFormValues } from './answers';
import { IntakeRoute } from './IntakeRoute';
import { type FormAnswers, QuestionList } from './QuestionInput';
import { useIntakes, useInvalidateIntakes } from './queries';
import { SigningPanel } from './SigningPanel';

/** How many unanswered questions the summary names before saying "and N more". */
const MAX_LISTED = 6;

export function IntakeEditScreen({ onNotice }: { onNotice: (message: string) => void }) {
  return (
    <IntakeRoute page="edit">
      {(patient, intake) => (
        <IntakeEditor key={intake.id} patient={patient} intake={intake} onNotice={onNotice} />
      )}
    </IntakeRoute>
  );
}

function IntakeEditor({
  patient,
  intake,
  onNotice,
}: {
  patient: Patient;
  intake: Intake;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidateIntakes();
  const intakes = useIntakes(patient.id);
  const [version, setVersion] = useState(intake.version);
  const [stage, setStage] = useState<'edit' | 'sign'>('edit');
  const [problem, setProblem] = useState<{ message: string; count?: number; questions?: Question[] } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const discarded = intake.discardedAt !== null;
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<FormAnswers>({ defaultValues: toFormValues(intake.definition, intake.answers) });
  const { setError, clearErrors, setFocus, getValues } = form;
  const values = form.watch();
  const visible = visibleQuestionIds(intake.definition, toAnswers(values), intake.context);
  const prefilledFrom = intakes.data?.find((i) => i.id === intake.prefilledFrom);
  const name = displayName(patient);

  const showFieldErrors = (fields: Record<string, string>, message: string) => {
    const ids = Object.keys(fields).map(questionIdOf);
    for (const [field, text] of Object.entries(fields))
      setError(questionIdOf(field), { type: 'server', message: text });
    const questions = intake.definition.sections
      .flatMap((s) => s.questions)
      .filter((q) => ids.includes(q.id));
    setProblem({ message, count: ids.length, questions });
    summaryRef.current?.focus();
    if (questions[0]) setFocus(questions[0].id);
  };

  const applyError = (error: ApiError) => {
    if (error.code === 'VALIDATION' && error.fields) {
      setStage('edit');
      showFieldErrors(
        error.fields,
        error.message === 'errors.intakeIncomplete' ? 'intake.missingAnswers' : 'intake.fixAnswers',
      );
      return;
    }
    setProblem({ message: error.message });
    summaryRef.current?.focus();
  };

  const save = async () => {
    setBusy(true);
    setProblem(null);
    clearErrors();
    try {
      const saved = await unwrap(
        clinic.intakes.saveDraft({ id: intake.id, version, answers: toAnswers(getValues()) }),
      );
      setVersion(saved.intake.version);
      form.reset(getValues());
      await invalidate();
      return saved;
    } catch (error) {
      applyError(
        error instanceof ApiFailure ? error.error : { code: 'INTERNAL', message: 'errors.internal' },
      );
      return null;
    } finally {
      setBusy(false);
    }
  };

  const saveDraft = async () => {
    if (await save()) onNotice(t('intake.draftSaved'));
  };

  const continueToSigning = async () => {
    const saved = await save();
    if (!saved) return;
    if (Object.keys(saved.missing).length) showFieldErrors(saved.missing, 'intake.missingAnswers');
    else setStage('sign');
  };

  /** Archives the draft (main keeps it) and goes back to the patient, who then has no open draft. */
  const discard = async () => {
    setConfirmDiscard(false);
    setBusy(true);
    setProblem(null);
    try {
      await unwrap(clinic.intakes.discard({ id: intake.id, version }));
      form.reset(getValues());
      await invalidate();
      onNotice(t('leftovers.discard.done'));
      navigate(`/patients/${patient.id}`);
    } catch (error) {
      applyError(
        error instanceof ApiFailure ? error.error : { code: 'INTERNAL', message: 'errors.internal' },
      );
    } finally {
      setBusy(false);
    }
  };

  const onSigned = async (signed: Intake) => {
    await invalidate();
    onNotice(t('intake.signedNotice'));
    navigate(`/patients/${patient.id}/intakes/${signed.id}`);
  };

  return (
    <div className="intake">
      <p className="breadcrumb">
        <Link to={`/patients/${patient.id}`}>{t('intake.backToPatient', { name })}</Link>
      </p>
      <h1>{t('intake.editTitle', { name })}</h1>
      <p className="muted">
        {t('intake.draftMeta', { version: intake.definitionVersion, date: formatDateTime(intake.createdAt) })}
      </p>
      <p className="muted">
        {t('languages.patientReads', {
          language: t(`form.languageOptions.${intake.definition.language ?? 'en'}`),
        })}
      </p>
      <FormLeaveGuard form={form} />
      {discarded && intake.discardedAt && (
        <p className="alert alert--info">
          {t('leftovers.discard.discardedOn', { date: formatDateTime(intake.discardedAt) })}
        </p>
      )}
      {intake.review && (
        <ReviewBeforeUse
          review={intake.review}
          onApproved={() => {
            onNotice(t('languages.review.approved'));
            void invalidate();
          }}
        />
      )}
      {prefilledFrom?.signedAt && (
        <p className="alert alert--info">
          {t('intake.prefilledFrom', { date: formatDateTime(prefilledFrom.signedAt) })}
        </p>
      )}
      <div ref={summaryRef} tabIndex={-1} className="form-summary">
        {problem && (
          <div role="alert" className="alert alert--error">
            <p>{t(problem.message, { count: problem.count, defaultValue: problem.message })}</p>
            {problem.questions && problem.questions.length > 0 && (
              <ul className="problem-list">
                {problem.questions.slice(0, MAX_LISTED).map((q) => (
                  <li key={q.id}>
                    <button type="button" className="link-button" onClick={() => setFocus(q.id)}>
                      {q.text}
                    </button>
                  </li>
                ))}
                {problem.questions.length > MAX_LISTED && (
                  <li>{t('intake.andMore', { count: problem.questions.length - MAX_LISTED })}</li>
                )}
              </ul>
            )}
          </div>
        )}
      </div>
      <form
        noValidate
        onSubmit={(e) => e.preventDefault()}
        aria-label={intake.definition.title}
        lang={intake.definition.language ?? 'en'}
      >
        <fieldset className="intake__questions" disabled={stage === 'sign' || discarded}>
          <legend className="visually-hidden">{intake.definition.title}</legend>
          {intake.definition.sections.map((section) => {
            const questions = section.questions.filter((q) => visible.has(q.id));
            if (!questions.length) return null;
            return (
              <section
                key={section.id}
                className="card intake-section"
                aria-labelledby={`section-${section.id}`}
              >
                <h2 id={`section-${section.id}`}>{section.title}</h2>
                {section.intro && <p className="muted small">{section.intro}</p>}
                <QuestionList definition={intake.definition} questions={questions} form={form} />
              </section>
            );
          })}
        </fieldset>
        {stage === 'edit' && !discarded && (
          <div className="form-actions form-actions--sticky">
            <BusyButton
              type="button"
              onClick={continueToSigning}
              busy={busy}
              label={t('intake.continueToSigning')}
            />
            <BusyButton
              type="button"
              className="button"
              onClick={saveDraft}
              busy={busy}
              label={t('intake.saveDraft')}
              busyLabel={t('form.saving')}
            />
            <BusyButton
              type="button"
              className="button button--danger"
              onClick={() => setConfirmDiscard(true)}
              busy={busy}
              label={t('leftovers.discard.button')}
            />
          </div>
        )}
      </form>
      <ConfirmDialog
        open={confirmDiscard}
        title={t('leftovers.discard.title')}
        body={t('leftovers.discard.body')}
        confirmLabel={t('leftovers.discard.confirm')}
        cancelLabel={t('leftovers.discard.cancel')}
        onConfirm={discard}
        onCancel={() => setConfirmDiscard(false)}
      />
      {stage === 'sign' && (
        <SigningPanel
          patient={patient}
          intake={intake}
          version={version}
          guardianName={typeof values.guardianName === 'string' ? values.guardianName : ''}
          onBack={() => setStage('edit')}
          onSigned={onSigned}
          onAnswerErrors={applyError}
        />
      )}
    </div>
  );
}

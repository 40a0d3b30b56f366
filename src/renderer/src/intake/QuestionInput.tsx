import { useId } from 'react';
import type { UseFormRegister, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../shared/dates';
import { intakeMessage } from '../../../shared/intake/patient-messages';
import type { IntakeDefinition, Option, Question } from '../../../shared/intake/types';
import { Field } from '../components/Field';

export type FormAnswers = Record<string, string | string[]>;

interface QuestionInputProps {
  definition: IntakeDefinition;
  question: Question;
  register: UseFormRegister<FormAnswers>;
  error?: string;
  onEdit: (id: string) => void;
}

/** A group of radios or checkboxes: the question is the legend, the error sits right under it. */
function ChoiceGroup({
  question,
  options,
  multiple,
  register,
  error,
  onEdit,
}: QuestionInputProps & {
  options: readonly Option[];
  multiple: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = question.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const field = register(question.id, { onChange: () => onEdit(question.id) });
  return (
    <fieldset
      className={`question question--choice${error ? ' question--invalid' : ''}`}
      aria-describedby={describedBy}
      aria-invalid={Boolean(error) || undefined}
    >
      <legend>
        {question.text}
        {question.required && <span className="field__required"> ({t('form.required')})</span>}
      </legend>
      {question.hint && (
        <p className="field__hint" id={hintId}>
          {question.hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {t(error, { defaultValue: error })}
        </p>
      )}
      <div className={`choices${options.length > 3 ? ' choices--stacked' : ''}`}>
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type={multiple ? 'checkbox' : 'radio'} value={option.value} {...field} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One questionnaire question, rendered by its type with a visible label and its error next to it. */
export function QuestionInput(inputProps: QuestionInputProps) {
  // What the patient reads next to an answer is in the questionnaire's language.
  const error = inputProps.error && intakeMessage(inputProps.definition, inputProps.error);
  const props = { ...inputProps, error };
  const { definition, question, register, onEdit } = props;
  if (question.type === 'yesNo') {
    const options = [
      { value: 'yes', label: definition.yesLabel },
      { value: 'no', label: definition.noLabel },
    ];
    return <ChoiceGroup {...props} options={options} multiple={false} />;
  }
  if (question.type === 'single' || question.type === 'multi') {
    return <ChoiceGroup {...props} options={question.options ?? []} multiple={question.type === 'multi'} />;
  }
  const field = register(question.id, { onChange: () => onEdit(question.id) });
  return (
    <Field label={question.text} hint={question.hint} error={error} required={question.required} wide>
      {(a) =>
        question.type === 'longText' ? (
          <textarea {...a} {...field} rows={3} maxLength={question.maxLength} />
        ) : question.type === 'date' ? (
          <input
            {...a}
            {...field}
            type="date"
            min="1900-01-01"
            max={question.notFuture ? todayIso() : undefined}
          />
        ) : (
          <input {...a} {...field} maxLength={question.maxLength} autoComplete="off" />
        )
      }
    </Field>
  );
}

/** A question asked because of an earlier answer: indented under it. */
const isFollowUp = (q: Question) => q.showIf?.some((c) => 'answer' in c) ?? false;

/** The asked questions of one section, follow-ups indented, each with its error next to it. */
export function QuestionList({
  definition,
  questions,
  form,
}: {
  definition: IntakeDefinition;
  questions: readonly Question[];
  /** The questionnaire's form: editing an answer clears that question's error. */
  form: UseFormReturn<FormAnswers>;
}) {
  const errors: Record<string, { message?: string } | undefined> = form.formState.errors;
  return (
    <div className="intake-section__questions">
      {questions.map((question) => (
        <div key={question.id} className={isFollowUp(question) ? 'follow-up' : undefined}>
          <QuestionInput
            definition={definition}
            question={question}
            register={form.register}
            error={errors[question.id]?.message}
            onEdit={(id) => form.clearErrors(id)}
          />
        </div>
      ))}
    </div>
  );
}

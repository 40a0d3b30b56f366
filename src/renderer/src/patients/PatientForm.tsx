import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '../../../shared/dates';
import { LANGUAGES } from '../../../shared/language/languages';
import {
  displayName,
  LIMITS,
  type Patient,
  type PatientFields,
  type PatientFieldsInput,
  type PatientSummary,
  patientFieldsSchema,
  SEX_VALUES,
} from '../../../shared/patients/schema';
import type { ApiError } from '../../../shared/result';
import { ApiFailure } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { FormSection } from '../components/form/FormSection';
import { InputField, TextAreaField } from '../components/form/fields';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { SelectField } from '../components/form/SelectField';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { formatDate } from '../format';

type FormValues = { [K in keyof PatientFieldsInput]-?: string };

const EMPTY: FormValues = {
  firstName: '',
  lastName: '',
  preferredName: '',
  dateOfBirth: '',
  sex: 'unknown',
  phone: '',
  email: '',
  address: '',
  emergencyContactName: '',
  emergencyContactPhone: '',
  gpName: '',
  notes: '',
  preferredLanguage: 'en',
};

/** A name as the patient writes it; the browser must not offer names typed for other patients. */
const NAME_INPUT = { maxLength: LIMITS.name, autoComplete: 'off' } as const;
const PHONE_INPUT = { type: 'tel', maxLength: LIMITS.phone } as const;
export const toFormValues = (p: Patient): FormValues =>
  Object.fromEntries(Object.keys(EMPTY).map((k) => [k, p[k as keyof PatientFields] ?? ''])) as FormValues;

export type SaveOutcome = { ok: true } | { ok: false; error: ApiError };

interface PatientFormProps {
  title: string;
  initial?: FormValues;
  submitLabel: string;
  onSubmit: (fields: PatientFields, allowDuplicate: boolean) => Promise<SaveOutcome>;
  /** After the save, once the form is clean: refresh and navigate here, so leaving does not ask. */
  onSaved: () => unknown;
  onCancel: () => void;
}

/** The patient details form: validated here with the shared schema, and again in main. */
export function PatientForm({ title, initial, submitLabel, onSubmit, onSaved, onCancel }: PatientFormProps) {
  const { t } = useTranslation();
  const [duplicates, setDuplicates] = useState<PatientSummary[] | null>(null);
  const allowDuplicate = useRef(false);
  const errorSummaryRef = useRef<HTMLDivElement>(null);
  const { form, field } = useZodForm(patientFieldsSchema, initial ?? EMPTY);
  const { formState, setFocus } = form;
  const errors = formState.errors;
  const errorCount = Object.keys(errors).length;

  useEffect(() => setFocus('firstName'), [setFocus]);

  const { submit, formError, pending } = useFormMutation(
    form,
    async (fields: PatientFields) => {
      const outcome = await onSubmit(fields, allowDuplicate.current);
      if (outcome.ok) return true;
      const details = outcome.error.details as { kind?: string; matches?: PatientSummary[] } | undefined;
      if (outcome.error.code === 'CONFLICT' && details?.kind === 'duplicate-patient' && details.matches) {
        setDuplicates(details.matches);
        return false;
      }
      throw new ApiFailure(outcome.error);
    },
    { onInvalid: () => errorSummaryRef.current?.focus(), onSaved: (saved) => saved && onSaved() },
  );

  const saveAnyway = () => {
    allowDuplicate.current = true;
    submit();
  };

  return (
    <form
      className="patient-form"
      noValidate
      onSubmit={(event) => {
        allowDuplicate.current = false;
        submit(event);
      }}
      aria-labelledby="patient-form-title"
    >
      <FormLeaveGuard form={form} />
      <h1 id="patient-form-title">{title}</h1>

      <div ref={errorSummaryRef} tabIndex={-1} className="form-summary">
        {errorCount > 0 && (
          <p role="alert" className="alert alert--error">
            {t('form.fixErrors', { count: errorCount })}
          </p>
        )}
        <FormAlert message={formError} />
      </div>

      {duplicates && (
        <div className="alert alert--warning" role="alert" aria-labelledby="duplicate-title">
          <h2 id="duplicate-title">{t('form.duplicateTitle')}</h2>
          <p>{t('form.duplicateBody')}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <strong>{displayName(d)}</strong> · {d.number} · {formatDate(d.dateOfBirth)}
                {d.archivedAt ? ` · ${t('patients.archivedBadge')}` : ''}{' '}
                <Link className="button button--small" to={`/patients/${d.id}`}>
                  {t('form.openExisting', { number: d.number })}
                </Link>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={saveAnyway}>
            {t('form.saveAnyway')}
          </button>
        </div>
      )}

      <FormSection legend={t('form.sectionIdentity')}>
        <InputField
          label={t('form.firstName')}
          hint={t('form.firstNameHint')}
          field={field('firstName')}
          {...NAME_INPUT}
        />
        <InputField label={t('form.lastName')} required field={field('lastName')} {...NAME_INPUT} />
        <InputField label={t('form.preferredName')} field={field('preferredName')} {...NAME_INPUT} />
        <InputField
          label={t('form.dateOfBirth')}
          required
          field={field('dateOfBirth')}
          type="date"
          min="1900-01-01"
          max={todayIso()}
        />
        <SelectField
          label={t('form.sex')}
          field={field('sex')}
          options={SEX_VALUES}
          labelPrefix="form.sexOptions"
        />
        <SelectField
          label={t('form.preferredLanguage')}
          field={field('preferredLanguage')}
          options={LANGUAGES}
          labelPrefix="form.languageOptions"
        />
      </FormSection>

      <FormSection legend={t('form.sectionContact')}>
        <InputField label={t('form.phone')} field={field('phone')} {...PHONE_INPUT} />
        <InputField label={t('form.email')} field={field('email')} type="email" maxLength={LIMITS.email} />
        <TextAreaField
          label={t('form.address')}
          wide
          field={field('address')}
          rows={3}
          maxLength={LIMITS.address}
        />
      </FormSection>

      <FormSection legend={t('form.sectionEmergency')}>
        <InputField
          label={t('form.emergencyContactName')}
          field={field('emergencyContactName')}
          maxLength={LIMITS.name}
        />
        <InputField
          label={t('form.emergencyContactPhone')}
          field={field('emergencyContactPhone')}
          {...PHONE_INPUT}
        />
        <InputField label={t('form.gpName')} field={field('gpName')} maxLength={LIMITS.gpName} />
      </FormSection>

      <fieldset>
        <legend>{t('form.sectionNotes')}</legend>
        <TextAreaField
          label={t('form.notes')}
          wide
          field={field('notes')}
          rows={4}
          maxLength={LIMITS.notes}
        />
      </fieldset>

      <FormActions
        submitLabel={submitLabel}
        pendingLabel={t('form.saving')}
        pending={pending || formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

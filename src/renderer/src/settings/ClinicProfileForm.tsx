import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Settings, settingsSchema } from '../../../shared/settings/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { settingsKeys } from './queries';

// The logo has its own call; the auto-lock delay lives on the Security screen.
const profileSchema = settingsSchema.omit({ logoHash: true, autoLockMinutes: true });
type Profile = Omit<Settings, 'logoHash' | 'autoLockMinutes'>;

const TEXT_FIELDS = [
  ['clinicName', 200],
  ['clinicPhone', 40],
  ['clinicEmail', 254],
  ['practitionerName', 200],
  ['practitionerQualifications', 300],
  ['practitionerRegistration', 100],
] as const;

/** The clinic profile printed on every document, and the paper, currency and date settings. */
export function ClinicProfileForm({
  settings,
  onNotice,
}: {
  settings: Settings;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const { logoHash: _logo, autoLockMinutes: _autoLock, ...initial } = settings;
  const form = useForm<Profile>({ defaultValues: initial, resolver: zodResolver(profileSchema) as never });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;

  const save = handleSubmit(async (patch) => {
    setFormError(null);
    try {
      const saved = await unwrap(clinic.settings.update({ patch }));
      client.setQueryData(settingsKeys.all, saved);
      onNotice(t('settings.saved'));
    } catch (e) {
      if (e instanceof ApiFailure && e.error.fields) {
        for (const [name, message] of Object.entries(e.error.fields)) {
          setError(name.replace(/^patch\./, '') as FieldPath<Profile>, { type: 'server', message });
        }
      } else setFormError(e instanceof ApiFailure ? e.error.message : 'errors.internal');
    }
  });

  return (
    <form noValidate onSubmit={save} aria-labelledby="profile-title">
      <fieldset>
        <legend id="profile-title">{t('settings.profileLegend')}</legend>
        <div className="grid">
          {TEXT_FIELDS.map(([name, max]) => (
            <Field key={name} label={t(`settings.fields.${name}`)} error={errors[name]?.message}>
              {(a) => <input {...a} {...register(name)} maxLength={max} />}
            </Field>
          ))}
          <Field label={t('settings.fields.clinicAddress')} wide error={errors.clinicAddress?.message}>
            {(a) => <textarea {...a} {...register('clinicAddress')} rows={3} maxLength={500} />}
          </Field>
          <Field
            label={t('settings.fields.emergencyContactLine')}
            hint={t('settings.emergencyHint')}
            wide
            error={errors.emergencyContactLine?.message}
          >
            {(a) => <input {...a} {...register('emergencyContactLine')} maxLength={300} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.printingLegend')}</legend>
        <div className="grid">
          <Field label={t('settings.fields.paperSize')}>
            {(a) => (
              <select {...a} {...register('paperSize')}>
                <option value="A4">A4</option>
                <option value="LETTER">{t('settings.letter')}</option>
              </select>
            )}
          </Field>
          <Field label={t('settings.fields.dateFormat')}>
            {(a) => (
              <select {...a} {...register('dateFormat')}>
                <option value="DD/MM/YYYY">DD/MM/YYYY</option>
                <option value="MM/DD/YYYY">MM/DD/YYYY</option>
                <option value="YYYY-MM-DD">YYYY-MM-DD</option>
              </select>
            )}
          </Field>
          <Field label={t('settings.fields.currency')} error={errors.currency?.message}>
            {(a) => <input {...a} {...register('currency')} maxLength={3} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.screeningLegend')}</legend>
        <div className="grid">
          <Field
            label={t('settings.fields.intakeValidityMonths')}
            hint={t('settings.intakeValidityHint')}
            error={errors.intakeValidityMonths?.message}
          >
            {(a) => (
              <input
                {...a}
                {...register('intakeValidityMonths', { valueAsNumber: true })}
                type="number"
                min={1}
                max={60}
                inputMode="numeric"
              />
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.treatmentsLegend')}</legend>
        <div className="grid">
          <Field
            label={t('settings.fields.lotExpiryWindowDays')}
            hint={t('settings.lotExpiryHint')}
            error={errors.lotExpiryWindowDays?.message}
          >
            {(a) => (
              <input
                {...a}
                type="number"
                min={1}
                max={365}
                {...register('lotExpiryWindowDays', { valueAsNumber: true })}
              />
            )}
          </Field>
          <Field
            label={t('settings.fields.recallAheadDays')}
            hint={t('settings.recallAheadHint')}
            error={errors.recallAheadDays?.message}
          >
            {(a) => (
              <input
                {...a}
                type="number"
                min={0}
                max={90}
                {...register('recallAheadDays', { valueAsNumber: true })}
              />
            )}
          </Field>
        </div>
      </fieldset>
      {formError && (
        <p className="alert alert--error" role="alert">
          {t(formError, { defaultValue: formError })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t('settings.saveProfile')}
        </button>
      </div>
    </form>
  );
}

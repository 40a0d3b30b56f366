import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, PSEUDO_LOCALE } from '../../../shared/language/languages';
import { type Settings, settingsSchema } from '../../../shared/settings/schema';
import { clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { InputField, TextAreaField } from '../components/form/fields';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { INTERFACE_LANGUAGES } from '../i18n/resources';
import { applyInterfaceLanguage } from '../i18n/useLocaleSettings';
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
  const { logoHash: _logo, autoLockMinutes: _autoLock, ...initial } = settings;
  const { form, field } = useZodForm(profileSchema, initial as Profile);
  const { register, formState } = form;
  const { submit: save, formError } = useFormMutation(
    form,
    (patch: Profile) => unwrap(clinic.settings.update({ patch })),
    {
      fieldPrefix: 'patch.',
      onSaved: (saved) => {
        client.setQueryData(settingsKeys.all, saved);
        applyInterfaceLanguage(saved.interfaceLanguage);
        onNotice(t('settings.saved'));
      },
    },
  );

  return (
    <form noValidate onSubmit={save} aria-labelledby="profile-title">
      <fieldset>
        <legend id="profile-title">{t('settings.profileLegend')}</legend>
        <div className="grid">
          {TEXT_FIELDS.map(([name, max]) => (
            <InputField key={name} label={t(`settings.fields.${name}`)} field={field(name)} maxLength={max} />
          ))}
          <TextAreaField
            label={t('settings.fields.clinicAddress')}
            wide
            field={field('clinicAddress')}
            rows={3}
            maxLength={500}
          />
          <InputField
            label={t('settings.fields.emergencyContactLine')}
            hint={t('settings.emergencyHint')}
            wide
            field={field('emergencyContactLine')}
            maxLength={300}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.languageLegend')}</legend>
        <div className="grid">
          <Field label={t('settings.fields.interfaceLanguage')} hint={t('settings.interfaceLanguageHint')}>
            {(a) => (
              <select {...a} {...register('interfaceLanguage')}>
                <option value="auto">{t('settings.languageAuto')}</option>
                {INTERFACE_LANGUAGES.map((language) => (
                  <option key={language} value={language} lang={language} translate="no">
                    {LANGUAGE_NAMES[language]}
                  </option>
                ))}
                <option value={PSEUDO_LOCALE}>{t('settings.languagePseudo')}</option>
              </select>
            )}
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
                <option value="DD/MM/YYYY" translate="no">
                  DD/MM/YYYY
                </option>
                <option value="MM/DD/YYYY" translate="no">
                  MM/DD/YYYY
                </option>
                <option value="YYYY-MM-DD" translate="no">
                  YYYY-MM-DD
                </option>
              </select>
            )}
          </Field>
          <InputField label={t('settings.fields.currency')} field={field('currency')} maxLength={3} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.screeningLegend')}</legend>
        <div className="grid">
          <InputField
            label={t('settings.fields.intakeValidityMonths')}
            hint={t('settings.intakeValidityHint')}
            field={field('intakeValidityMonths', { valueAsNumber: true })}
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.treatmentsLegend')}</legend>
        <div className="grid">
          <InputField
            label={t('settings.fields.lotExpiryWindowDays')}
            hint={t('settings.lotExpiryHint')}
            field={field('lotExpiryWindowDays', { valueAsNumber: true })}
            type="number"
            min={1}
            max={365}
          />
          <InputField
            label={t('settings.fields.recallAheadDays')}
            hint={t('settings.recallAheadHint')}
            field={field('recallAheadDays', { valueAsNumber: true })}
            type="number"
            min={0}
            max={90}
          />
        </div>
      </fieldset>
      <FormAlert message={formError} />
      <FormActions submitLabel={t('settings.saveProfile')} pending={formState.isSubmitting} />
    </form>
  );
}

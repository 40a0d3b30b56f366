import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, PSEUDO_LOCALE } from '../../../shared/language/languages';
import { type Settings, settingsSchema } from '../../../shared/settings/schema';
import { clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { FormSection } from '../components/form/FormSection';
import { InputField } from '../components/form/fields';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { INTERFACE_LANGUAGES } from '../i18n/resources';
import { applyInterfaceLanguage } from '../i18n/useLocaleSettings';
import { ClinicIdentityFields } from './ClinicIdentityFields';
import { settingsKeys } from './queries';

// The logo has its own call; the auto-lock delay lives on the Security screen, the second backup folder
// on the Data screen, the diary's settings in their own form.
const OWN_FORMS = {
  logoHash: true,
  autoLockMinutes: true,
  secondBackupFolder: true,
  clinicTimeZone: true,
  workingWeek: true,
  daysOff: true,
  reminderTemplate: true,
  recallReminderTemplate: true,
  reminderDaysAhead: true,
} as const;
const profileSchema = settingsSchema.omit(OWN_FORMS);
type Profile = Omit<Settings, keyof typeof OWN_FORMS>;

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
  const initial = Object.fromEntries(Object.entries(settings).filter(([k]) => !(k in OWN_FORMS)));
  const { form, field } = useZodForm(profileSchema, initial as Profile);
  const { register, formState } = form;
  const { submit: save, formError } = useFormMutation(
    form,
    (patch: Profile) => unwrap(clinic.settings.update({ patch })),
    {
      fieldPrefix: 'patch.',
      onSaved: (saved) => {
        client.setQueryData(settingsKeys.all, saved);
        const language = applyInterfaceLanguage(saved.interfaceLanguage);
        onNotice(t('settings.saved', { lng: language }));
      },
    },
  );

  return (
    <form noValidate onSubmit={save} aria-labelledby="profile-title">
      <FormLeaveGuard form={form} />
      <fieldset>
        <legend id="profile-title">{t('settings.profileLegend')}</legend>
        <div className="grid">
          <ClinicIdentityFields field={(name) => field(name)} />
          <InputField
            label={t('settings.fields.emergencyContactLine')}
            hint={t('settings.emergencyHint')}
            wide
            field={field('emergencyContactLine')}
            maxLength={300}
          />
        </div>
      </fieldset>
      <FormSection legend={t('settings.languageLegend')}>
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
      </FormSection>
      <FormSection legend={t('settings.printingLegend')}>
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
      </FormSection>
      <FormSection legend={t('settings.screeningLegend')}>
        <InputField
          label={t('settings.fields.intakeValidityMonths')}
          hint={t('settings.intakeValidityHint')}
          field={field('intakeValidityMonths', { valueAsNumber: true })}
          type="number"
          min={1}
          max={60}
          inputMode="numeric"
        />
        <InputField
          label={t('settings.fields.consentCoolingOffHours')}
          hint={t('settings.consentCoolingOffHint')}
          field={field('consentCoolingOffHours', { valueAsNumber: true })}
          type="number"
          min={0}
          max={720}
          inputMode="numeric"
        />
      </FormSection>
      <FormSection legend={t('settings.treatmentsLegend')}>
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
      </FormSection>
      <FormAlert message={formError} />
      <FormActions submitLabel={t('settings.saveProfile')} pending={formState.isSubmitting} />
    </form>
  );
}

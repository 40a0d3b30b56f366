import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Settings, settingsSchema } from '../../../shared/settings/schema';
import { clinic, unwrap } from '../api/clinic';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { ClinicIdentityFields, IDENTITY_KEYS, type IdentityKey } from '../settings/ClinicIdentityFields';
import { LogoField } from '../settings/LogoField';
import { settingsKeys } from '../settings/queries';
import { StepForm, settingsStep } from './StepForm';
import type { StepProps } from './steps';

const identitySchema = settingsSchema.pick(
  Object.fromEntries(IDENTITY_KEYS.map((k) => [k, true])) as {
    [K in IdentityKey]: true;
  },
);
type Identity = Pick<Settings, IdentityKey>;

/** Step 1: who the clinic is, as printed on every consent form and aftercare sheet, and its logo. */
export const ProfileStep = settingsStep(ProfileForm);

function ProfileForm({ onDone, onNotice, settings }: StepProps & { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const initial = Object.fromEntries(IDENTITY_KEYS.map((k) => [k, settings[k]])) as Identity;
  const { form, field } = useZodForm(identitySchema, initial);
  const { submit, formError } = useFormMutation(
    form,
    (patch: Identity) => unwrap(clinic.settings.update({ patch })),
    {
      fieldPrefix: 'patch.',
      onSaved: (saved) => {
        client.setQueryData(settingsKeys.all, saved);
        onNotice(t('settings.saved'));
        onDone();
      },
    },
  );
  return (
    <StepForm
      step="profile"
      onSubmit={submit}
      alert={formError}
      submitLabel={t('setup.saveAndContinue')}
      pending={form.formState.isSubmitting}
      onSkip={onDone}
    >
      <div className="grid">
        <ClinicIdentityFields field={(name) => field(name)} />
      </div>
      <LogoField onNotice={onNotice} />
    </StepForm>
  );
}

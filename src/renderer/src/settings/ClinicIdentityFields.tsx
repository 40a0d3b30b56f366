import { useTranslation } from 'react-i18next';
import { InputField, TextAreaField } from '../components/form/fields';
import type { BoundField } from '../components/form/useZodForm';

/** The clinic's and practitioner's details printed on the letterhead of every patient document. */
export const IDENTITY_KEYS = [
  'clinicName',
  'clinicAddress',
  'clinicPhone',
  'clinicEmail',
  'practitionerName',
  'practitionerQualifications',
  'practitionerRegistration',
] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];

const TEXT_FIELDS = [
  ['clinicName', 200],
  ['clinicPhone', 40],
  ['clinicEmail', 254],
  ['practitionerName', 200],
  ['practitionerQualifications', 300],
  ['practitionerRegistration', 100],
] as const;

/** The identity inputs, shared by Settings and the first-start setup. */
export function ClinicIdentityFields({ field }: { field: (name: IdentityKey) => BoundField }) {
  const { t } = useTranslation();
  return (
    <>
      {TEXT_FIELDS.map(([name, max]) => (
        <InputField
          key={name}
          label={t(`settings.fields.${name}`)}
          field={field(name)}
          maxLength={max}
          type={name === 'clinicPhone' ? 'tel' : name === 'clinicEmail' ? 'email' : 'text'}
        />
      ))}
      <TextAreaField
        label={t('settings.fields.clinicAddress')}
        wide
        field={field('clinicAddress')}
        rows={3}
        maxLength={500}
      />
    </>
  );
}

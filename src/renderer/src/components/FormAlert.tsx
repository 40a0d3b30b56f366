import { useTranslation } from 'react-i18next';

/** A form-level error (not tied to one field), announced when it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="alert alert--error" role="alert">
      {t(message, { defaultValue: message })}
    </p>
  );
}

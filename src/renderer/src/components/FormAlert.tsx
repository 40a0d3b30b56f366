import { useTranslation } from 'react-i18next';

/** A form-level error (not tied to one field), announced when it appears. */
export function FormAlert({
  message,
  values,
}: {
  message: string | null | undefined;
  /** What the message names (a line, a person), by the names its {{…}} use. */
  values?: Record<string, string | number>;
}) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="alert alert--error" role="alert">
      {t(message, { ...values, defaultValue: message })}
    </p>
  );
}

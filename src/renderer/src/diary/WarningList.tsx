import { useTranslation } from 'react-i18next';
import type { BookingWarning } from '../../../shared/diary/schema';

/** What a booking or a move was warned about, each in words. */
export function WarningList({ warnings }: { warnings: readonly BookingWarning[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <ul className="warning-list" aria-label={t('errors.bookingWarnings')}>
      {warnings.map((w) => (
        <li key={w}>{t(`diary.warnings.${w}`)}</li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { InputField } from '../components/form/fields';
import type { BoundField } from '../components/form/useZodForm';

/** When: the date, the start time and the length, as booking and moving ask them. */
export function SlotFields({
  date,
  time,
  duration,
}: {
  date: BoundField;
  time: BoundField;
  duration: BoundField;
}) {
  const { t } = useTranslation();
  return (
    <>
      <InputField label={t('diary.book.date')} type="date" field={date} required />
      <InputField label={t('diary.book.time')} type="time" field={time} required />
      <InputField label={t('diary.book.duration')} type="number" min={1} field={duration} required />
    </>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_CHANNELS, type ReminderChannel } from '../../../shared/diary/schema';

/** A reminder channel (text, email, calendar invitation …) chosen inline: its label, then the list. */
export function ChannelSelect(props: {
  label: string;
  value: ReminderChannel;
  onChange: (channel: ReminderChannel) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value as ReminderChannel)}
      >
        {REMINDER_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`diary.channels.${c}`)}
          </option>
        ))}
      </select>
    </>
  );
}

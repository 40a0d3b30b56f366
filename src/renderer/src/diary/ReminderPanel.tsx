import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mailtoUrl } from '../../../shared/diary/reminders';
import type { ReminderChannel } from '../../../shared/diary/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { ChannelSelect } from './ChannelSelect';
import { downloadCalendar } from './download';
import { useDiaryChanged } from './queries';

/** What a reminder is for: a booked appointment (at its version) or a due recall of a course. */
export type ReminderTarget =
  | { kind: 'appointment'; id: number; version: number }
  | { kind: 'recall'; courseId: number };

const draftOf = (target: ReminderTarget) =>
  target.kind === 'appointment'
    ? clinic.reminders.draft({ appointmentId: target.id })
    : clinic.reminders.recallDraft({ courseId: target.courseId });

const markSent = (target: ReminderTarget, channel: ReminderChannel) =>
  target.kind === 'appointment'
    ? clinic.reminders.markSent({ appointmentId: target.id, channel })
    : clinic.reminders.markRecallSent({ courseId: target.courseId, channel });

/**
 * A reminder written from the clinic's template in the patient's language: copied as a text, opened in
 * the mail program, or (an appointment) saved as an .ics invitation; then marked as sent. Nobody is
 * reminded without consent.
 */
export function ReminderPanel({ target }: { target: ReminderTarget }) {
  const { t } = useTranslation();
  const id = useId();
  const changed = useDiaryChanged();
  const draft = useQuery({
    queryKey: ['diary', 'reminder', target],
    queryFn: () => unwrap(draftOf(target)),
  });
  const [channel, setChannel] = useState<ReminderChannel | null>(null);
  const [copied, setCopied] = useState(false);
  const mark = useMutation({
    mutationFn: (how: ReminderChannel) => unwrap(markSent(target, how)),
    onSuccess: () => changed(),
  });
  if (!draft.data) return null;
  const d = draft.data;
  const how = channel ?? d.channel;
  if (!d.consent) {
    return (
      <section className="reminder" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{t('diary.remind.title')}</h3>
        <p className="muted">{t('diary.remind.noConsent')}</p>
      </section>
    );
  }
  return (
    <section className="reminder" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('diary.remind.title')}</h3>
      <label htmlFor={`${id}-text`}>{t('diary.remind.text')}</label>
      <textarea id={`${id}-text`} readOnly rows={8} value={d.text} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={async () => {
            await navigator.clipboard.writeText(d.text);
            setCopied(true);
          }}
        >
          {t('diary.remind.copy')}
        </button>
        {d.email && (
          <button
            type="button"
            className="button"
            onClick={() => window.open(mailtoUrl(d.email as string, d.subject, d.text))}
          >
            {t('diary.remind.email', { email: d.email })}
          </button>
        )}
        {d.ics && d.fileName && (
          <button
            type="button"
            className="button"
            onClick={() => downloadCalendar(d.ics as string, d.fileName as string)}
          >
            {t('diary.remind.ics')}
          </button>
        )}
      </div>
      {copied && (
        <p className="muted small" role="status">
          {t('diary.remind.copied')}
        </p>
      )}
      <div className="button-row">
        <ChannelSelect label={t('diary.remind.sentBy')} value={how} onChange={setChannel} />
        <button
          type="button"
          className="button button--primary"
          disabled={mark.isPending}
          onClick={() => mark.mutate(how)}
        >
          {t('diary.remind.markSent')}
        </button>
      </div>
      {mark.isSuccess && (
        <p className="muted small" role="status">
          {t('diary.remind.marked')}
        </p>
      )}
      <FormAlert
        message={
          mark.error instanceof ApiFailure ? mark.error.error.message : mark.error ? 'errors.internal' : null
        }
      />
    </section>
  );
}

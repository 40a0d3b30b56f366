import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecallReminderDue } from '../../../shared/diary/reminders';
import { clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { formatDate, formatWallTime } from '../format';
import { OpenedAppointment } from './AppointmentDialog';
import { DiaryDialog } from './DiaryDialog';
import { ReminderPanel } from './ReminderPanel';

/** A due recall's reminder in a dialog: the patient is asked to book their next session. */
function RecallReminderDialog({
  recall,
  onClose,
}: {
  recall: RecallReminderDue | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DiaryDialog
      titleId="recall-reminder-title"
      title={
        recall
          ? t('diary.remind.recallTitle', { name: recall.patientName, indication: recall.indication })
          : null
      }
      onClose={onClose}
    >
      {recall && (
        <>
          <p className="muted">
            {recall.dueDate === recall.latestDate
              ? t('diary.remind.recallDueOn', {
                  number: recall.sessionNumber,
                  date: formatDate(recall.dueDate),
                })
              : t('diary.remind.recallDue', {
                  number: recall.sessionNumber,
                  from: formatDate(recall.dueDate),
                  to: formatDate(recall.latestDate),
                })}
          </p>
          <ReminderPanel target={{ kind: 'recall', courseId: recall.courseId }} />
        </>
      )}
    </DiaryDialog>
  );
}

/**
 * "To remind today": the coming appointments and the due recalls with nothing booked, of patients who
 * agreed to reminders, not yet reminded.
 */
export function RemindToday() {
  const { t } = useTranslation();
  const due = useQuery({
    queryKey: ['diary', 'remind-today'],
    queryFn: () => unwrap(clinic.reminders.due({})),
  });
  const [openId, setOpenId] = useState<number | null>(null);
  const [recall, setRecall] = useState<RecallReminderDue | null>(null);
  return (
    <Card id="remind-today-title" title={t('diary.remind.todayTitle')}>
      {due.data?.length === 0 && <p className="muted">{t('diary.remind.nothing')}</p>}
      {due.data && due.data.length > 0 && (
        <ul className="home-list" aria-labelledby="remind-today-title">
          {due.data.map((r) =>
            r.kind === 'appointment' ? (
              <li key={`a${r.appointmentId}`}>
                <button type="button" className="link-button" onClick={() => setOpenId(r.appointmentId)}>
                  {r.patientName}
                </button>{' '}
                <span className="muted small">
                  {formatDate(r.date)} {formatWallTime(r.time)} · {t(`diary.channels.${r.channel}`)}
                </span>
              </li>
            ) : (
              <li key={`r${r.courseId}`}>
                <button type="button" className="link-button" onClick={() => setRecall(r)}>
                  {r.patientName}
                </button>{' '}
                <span className="muted small">
                  {t('diary.remind.recallRow', { indication: r.indication, date: formatDate(r.dueDate) })} ·{' '}
                  {t(`diary.channels.${r.channel}`)}
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      <OpenedAppointment id={openId} onClose={() => setOpenId(null)} />
      <RecallReminderDialog recall={recall} onClose={() => setRecall(null)} />
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { formatDate } from '../format';
import { OpenedAppointment } from './AppointmentDialog';

/** "To remind today": the coming appointments of patients who agreed to reminders, not yet reminded. */
export function RemindToday() {
  const { t } = useTranslation();
  const due = useQuery({
    queryKey: ['diary', 'remind-today'],
    queryFn: () => unwrap(clinic.reminders.due({})),
  });
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <Card id="remind-today-title" title={t('diary.remind.todayTitle')}>
      {due.data?.length === 0 && <p className="muted">{t('diary.remind.nothing')}</p>}
      {due.data && due.data.length > 0 && (
        <ul className="home-list" aria-labelledby="remind-today-title">
          {due.data.map((r) => (
            <li key={r.appointmentId}>
              <button type="button" className="link-button" onClick={() => setOpenId(r.appointmentId)}>
                {r.patientName}
              </button>{' '}
              <span className="muted small">
                {formatDate(r.date)} {r.time} · {t(`diary.channels.${r.channel}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <OpenedAppointment id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}

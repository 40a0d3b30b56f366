import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../shared/diary/schema';
import { formatDate } from '../format';
import { OpenedAppointment } from './AppointmentDialog';
import { BookingDialog, type BookingStart } from './BookingDialog';
import { timeSpan, useWhatText } from './EntrySummary';
import { useDiaryClock, usePatientAppointments } from './queries';

function AppointmentList({ items, onOpen }: { items: Appointment[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const what = useWhatText();
  return (
    <ul className="session-list">
      {items.map((a) => (
        <li key={a.id}>
          <button type="button" className="link-button" onClick={() => onOpen(a.id)}>
            {formatDate(a.date)} {timeSpan(a)}
          </button>{' '}
          <span className="muted small">{what({ ...a, indication: null })}</span>{' '}
          <span className={`badge badge--status-${a.status}`}>{t(`diary.statuses.${a.status}`)}</span>
          {a.cancelReason && <span className="muted small"> · {a.cancelReason}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The patient's own appointments, coming and past, with booking. */
export function PatientAppointments({
  patientId,
  patientName,
  archived,
}: {
  patientId: number;
  patientName: string;
  archived: boolean;
}) {
  const { t } = useTranslation();
  const list = usePatientAppointments(patientId);
  const clock = useDiaryClock();
  const [booking, setBooking] = useState<BookingStart | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const now = new Date().toISOString();
  const items = list.data ?? [];
  const upcoming = items.filter((a) => a.endsAt >= now).reverse();
  const past = items.filter((a) => a.endsAt < now);
  return (
    <section className="card" aria-labelledby="patient-appointments-title">
      <div className="section-header">
        <h2 id="patient-appointments-title">{t('diary.patient.title')}</h2>
        {!archived && clock.data && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setBooking({ patientId, patientName, date: clock.data.today, time: '09:00' })}
          >
            {t('diary.patient.book')}
          </button>
        )}
      </div>
      {list.data && items.length === 0 && <p className="muted">{t('diary.patient.none')}</p>}
      {upcoming.length > 0 && (
        <>
          <h3 className="home-subtitle">{t('diary.patient.upcoming')}</h3>
          <AppointmentList items={upcoming} onOpen={setOpenId} />
        </>
      )}
      {past.length > 0 && (
        <>
          <h3 className="home-subtitle">{t('diary.patient.past')}</h3>
          <AppointmentList items={past} onOpen={setOpenId} />
        </>
      )}
      <BookingDialog start={booking} onDone={() => setBooking(null)} />
      <OpenedAppointment id={openId} onClose={() => setOpenId(null)} />
    </section>
  );
}

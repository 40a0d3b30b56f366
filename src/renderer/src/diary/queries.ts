import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery, clinic, unwrap } from '../api/clinic';

export const diaryKeys = {
  all: ['diary'] as const,
  clock: ['diary', 'clock'] as const,
  day: (date: string) => ['diary', 'day', date] as const,
  range: (from: string, to: string) => ['diary', 'range', from, to] as const,
  patient: (patientId: number) => ['diary', 'patient', patientId] as const,
  entry: (id: number) => ['diary', 'entry', id] as const,
};

/** The clinic's time zone and today's date in it. */
export const useDiaryClock = () =>
  useQuery({ queryKey: diaryKeys.clock, queryFn: () => unwrap(clinic.diary.timeZone({})) });

export const useDay = (date: string | undefined) =>
  useQuery({
    queryKey: diaryKeys.day(date ?? ''),
    queryFn: () => unwrap(clinic.appointments.day({ date: date as string })),
    enabled: Boolean(date),
  });

export const useRange = (from: string | undefined, to: string | undefined) =>
  useQuery({
    queryKey: diaryKeys.range(from ?? '', to ?? ''),
    queryFn: () => unwrap(clinic.appointments.range({ from: from as string, to: to as string })),
    enabled: Boolean(from && to),
  });

export const usePatientAppointments = (patientId: number) =>
  useQuery(apiQuery(diaryKeys.patient(patientId), () => clinic.appointments.forPatient({ patientId })));

/** The patient's booked appointments still to come (archiving cancels them, erasing removes them). */
export function useFutureAppointments(patientId: number) {
  const appointments = usePatientAppointments(patientId);
  return (appointments.data ?? []).filter(
    (a) => a.status === 'booked' && a.startsAt > new Date().toISOString(),
  );
}

export const useEntry = (id: number | null) =>
  useQuery({
    queryKey: diaryKeys.entry(id ?? 0),
    queryFn: () => unwrap(clinic.appointments.get({ id: id as number })),
    enabled: id !== null,
  });

export { useSettings } from '../settings/queries';

/** After a change to the diary: every diary list, the recall list and the timelines. */
export function useDiaryChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: diaryKeys.all }),
      client.invalidateQueries({ queryKey: ['treatments'] }),
    ]);
}

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionFields } from '../../../shared/treatments/schema';
import { apiQuery, clinic } from '../api/clinic';

export const treatmentKeys = {
  all: ['treatments'] as const,
  products: (includeArchived: boolean) => ['treatments', 'products', includeArchived] as const,
  lots: (productId: number | null) => ['treatments', 'lots', productId] as const,
  expiring: ['treatments', 'expiring'] as const,
  recall: ['treatments', 'recall'] as const,
  courses: (patientId: number) => ['treatments', 'courses', patientId] as const,
  sessions: (patientId: number) => ['treatments', 'sessions', patientId] as const,
  session: (id: number) => ['treatments', 'session', id] as const,
  precheck: (courseId: number, sessionId: number | null, fields: unknown) =>
    ['treatments', 'precheck', courseId, sessionId, fields] as const,
  verify: (id: number) => ['treatments', 'verify', id] as const,
  events: (patientId: number) => ['treatments', 'events', patientId] as const,
  timeline: (patientId: number) => ['treatments', 'timeline', patientId] as const,
};

export const useProducts = (includeArchived = false) =>
  useQuery(
    apiQuery(treatmentKeys.products(includeArchived), () => clinic.products.list({ includeArchived })),
  );

export const useLots = (productId: number | null) =>
  useQuery(apiQuery(treatmentKeys.lots(productId), () => clinic.lots.list({ productId })));

export const useExpiringLots = () =>
  useQuery(apiQuery(treatmentKeys.expiring, () => clinic.lots.expiring({})));

export const useRecallList = (aheadDays: number) =>
  useQuery(apiQuery([...treatmentKeys.recall, aheadDays], () => clinic.recall.list({ aheadDays })));

export const useCourses = (patientId: number) =>
  useQuery(apiQuery(treatmentKeys.courses(patientId), () => clinic.courses.list({ patientId })));

export const useSessions = (patientId: number) =>
  useQuery(apiQuery(treatmentKeys.sessions(patientId), () => clinic.sessions.list({ patientId })));

export const useSession = (id: number, enabled = true) =>
  useQuery({
    ...apiQuery(treatmentKeys.session(id), () => clinic.sessions.get({ id })),
    enabled,
  });

/** The pre-sign check on the chart as it stands; the last answer stays shown while the next is asked. */
export const usePrecheck = (courseId: number, sessionId: number | null, fields: SessionFields | null) =>
  useQuery({
    ...apiQuery(treatmentKeys.precheck(courseId, sessionId, fields), () =>
      clinic.sessions.precheck({ courseId, sessionId, fields: fields as SessionFields }),
    ),
    enabled: fields !== null,
    placeholderData: keepPreviousData,
  });

export const useSessionVerification = (id: number, enabled: boolean) =>
  useQuery({
    ...apiQuery(treatmentKeys.verify(id), () => clinic.sessions.verify({ id })),
    enabled,
  });

export const useAdverseEvents = (patientId: number) =>
  useQuery(apiQuery(treatmentKeys.events(patientId), () => clinic.adverseEvents.list({ patientId })));

export const useTimeline = (patientId: number) =>
  useQuery(
    apiQuery(treatmentKeys.timeline(patientId), () => clinic.timeline.forPatient({ patientId, limit: 200 })),
  );

/** After any treatment write: refresh every treatment list, plus screening and documents that depend on it. */
export function useInvalidateTreatments() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: treatmentKeys.all });
    await client.invalidateQueries({ queryKey: ['intakes'] });
    await client.invalidateQueries({ queryKey: ['documents'] });
  };
}

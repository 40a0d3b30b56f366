import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PatientSearchCursor, PatientSearchResult } from '../../../shared/patients/schema';
import { apiQuery, clinic, unwrap } from '../api/clinic';

export const PAGE_SIZE = 100;

export const patientKeys = {
  all: ['patients'] as const,
  search: (query: string, includeArchived: boolean) =>
    ['patients', 'search', query, includeArchived] as const,
  one: (id: number) => ['patients', 'one', id] as const,
  history: (id: number) => ['patients', 'history', id] as const,
};

export function usePatientSearch(query: string, includeArchived: boolean) {
  return useInfiniteQuery({
    queryKey: patientKeys.search(query, includeArchived),
    // Each page starts after the previous one's last patient (keyset); only the first page counts.
    queryFn: ({ pageParam }) =>
      unwrap(
        clinic.patients.search({
          query,
          includeArchived,
          limit: PAGE_SIZE,
          ...(pageParam ? { after: pageParam } : {}),
        }),
      ),
    initialPageParam: null as PatientSearchCursor | null,
    getNextPageParam: (last: PatientSearchResult) => last.next ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePatient(id: number) {
  return useQuery(apiQuery(patientKeys.one(id), () => clinic.patients.get({ id })));
}

export function usePatientHistory(id: number) {
  return useQuery(apiQuery(patientKeys.history(id), () => clinic.patients.history({ id })));
}

/** After any write: refresh the list, the record and its history. */
export function useInvalidatePatients() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: patientKeys.all });
}

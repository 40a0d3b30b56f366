import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PatientSearchResult } from '../../../shared/patients/schema';
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
    queryFn: ({ pageParam }) =>
      unwrap(clinic.patients.search({ query, includeArchived, offset: pageParam, limit: PAGE_SIZE })),
    initialPageParam: 0,
    getNextPageParam: (last: PatientSearchResult, pages: PatientSearchResult[]) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
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

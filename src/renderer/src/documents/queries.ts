import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentKind } from '../../../shared/documents/template-schema';
import type { Language } from '../../../shared/language/languages';
import { apiQuery, clinic } from '../api/clinic';

export const documentKeys = {
  all: ['documents'] as const,
  forPatient: (patientId: number) => ['documents', 'patient', patientId] as const,
  one: (id: number) => ['documents', 'one', id] as const,
  pdf: (id: number) => ['documents', 'pdf', id] as const,
};

export const templateKeys = {
  all: ['templates'] as const,
  list: (kind?: DocumentKind, language?: Language) =>
    ['templates', 'list', kind ?? 'all', language ?? 'all'] as const,
  versions: (key: string) => ['templates', 'versions', key] as const,
  one: (id: number) => ['templates', 'one', id] as const,
};

export function usePatientDocuments(patientId: number) {
  return useQuery(apiQuery(documentKeys.forPatient(patientId), () => clinic.documents.list({ patientId })));
}

export function useDocument(id: number) {
  return useQuery(apiQuery(documentKeys.one(id), () => clinic.documents.get({ id })));
}

/** The PDF of a stored document. It never changes, so it is fetched once per session. */
export function useDocumentPdf(id: number, enabled: boolean) {
  return useQuery({
    ...apiQuery(documentKeys.pdf(id), () => clinic.documents.pdf({ id })),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Templates, of one kind and in one language (a patient's) when given. */
export function useTemplates(kind?: DocumentKind, language?: Language, enabled = true) {
  return useQuery({
    ...apiQuery(templateKeys.list(kind, language), () => clinic.templates.list({ kind, language })),
    enabled,
  });
}

export function useTemplateVersions(key: string) {
  return useQuery(apiQuery(templateKeys.versions(key), () => clinic.templates.versions({ key })));
}

export function useTemplate(id: number | undefined) {
  return useQuery({
    ...apiQuery(templateKeys.one(id ?? 0), () => clinic.templates.get({ id: id ?? 0 })),
    enabled: id !== undefined,
  });
}

export function useAppInfo() {
  return useQuery({
    ...apiQuery(['app', 'info'], () => clinic.app.info({})),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInvalidate() {
  const client = useQueryClient();
  return (key: readonly unknown[]) => client.invalidateQueries({ queryKey: key });
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery, clinic, unwrap } from '../api/clinic';
import { treatmentKeys } from '../treatments/queries';

export const photoKeys = {
  all: ['photos'] as const,
  forPatient: (patientId: number) => ['photos', 'patient', patientId] as const,
  list: (patientId: number, includeArchived: boolean) =>
    ['photos', 'patient', patientId, includeArchived ? 'with-archived' : 'current'] as const,
  consent: (patientId: number) => ['photos', 'consent', patientId] as const,
  thumbnail: (id: number) => ['photos', 'thumbnail', id] as const,
  image: (id: number) => ['photos', 'image', id] as const,
};

/** The patient's photos; those archived as taken in error only when asked for. */
export const usePhotos = (patientId: number, includeArchived = false) =>
  useQuery(
    apiQuery(photoKeys.list(patientId, includeArchived), () =>
      clinic.photos.list({ patientId, includeArchived }),
    ),
  );

export const usePhotoConsent = (patientId: number) =>
  useQuery(apiQuery(photoKeys.consent(patientId), () => clinic.photos.consent({ patientId })));

const dataUrl = (image: { mime: string; data: string }) => `data:${image.mime};base64,${image.data}`;

/** A thumbnail as a data: URL; a stored photo never changes, so it is fetched once. */
export const useThumbnail = (id: number) =>
  useQuery({
    queryKey: photoKeys.thumbnail(id),
    queryFn: async () => dataUrl(await unwrap(clinic.photos.thumbnail({ id }))),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The full image (its opening is audited in main); dropped from memory soon after it is closed. */
export const useFullImage = (id: number | null) =>
  useQuery({
    queryKey: photoKeys.image(id ?? 0),
    queryFn: async () => dataUrl(await unwrap(clinic.photos.image({ id: id ?? 0 }))),
    enabled: id !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30_000,
  });

export function useInvalidatePhotos() {
  const client = useQueryClient();
  return (patientId: number) =>
    Promise.all([
      client.invalidateQueries({ queryKey: photoKeys.forPatient(patientId) }),
      client.invalidateQueries({ queryKey: treatmentKeys.timeline(patientId) }),
    ]);
}

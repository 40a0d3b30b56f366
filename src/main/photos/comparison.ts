import type { PhotoComparison, PhotoComparisonPdf, PhotoSummary } from '../../shared/photos/schema';
import { clinicSnapshot } from '../documents/merge-values';
import { AppError } from '../errors';
import type { Services } from '../services';
import { type ComparedPhoto, renderComparisonPdf } from './comparison-pdf';

/** The two photos of a comparison, older first; both must be the same patient's. */
function pair(s: Services, firstId: number, secondId: number): [PhotoSummary, PhotoSummary] {
  if (firstId === secondId) {
    throw new AppError('VALIDATION', 'errors.validation', { secondId: 'errors.photoSamePhoto' });
  }
  const a = s.photos.get(firstId);
  const b = s.photos.get(secondId);
  if (a.patientId !== b.patientId) {
    throw new AppError('VALIDATION', 'errors.validation', { secondId: 'errors.photoOtherPatient' });
  }
  return a.takenAt <= b.takenAt ? [a, b] : [b, a];
}

export function comparePhotos(s: Services, firstId: number, secondId: number): PhotoComparison {
  const [first, second] = pair(s, firstId, secondId);
  return { first: s.photos.image(first.id), second: s.photos.image(second.id) };
}

export async function comparisonPdf(
  s: Services,
  firstId: number,
  secondId: number,
  now: Date,
): Promise<PhotoComparisonPdf> {
  const photos = pair(s, firstId, secondId);
  const patient = s.patients.get(photos[0].patientId);
  const settings = s.settings.get();
  const clinic = clinicSnapshot(settings);
  const sides = photos.map(
    (photo): ComparedPhoto => ({
      photo,
      jpeg: s.photos.imageBytes(photo.id),
      session: s.photos.sessionPlace(photo),
    }),
  ) as [ComparedPhoto, ComparedPhoto];
  const pdf = await renderComparisonPdf({
    patient,
    clinic,
    logo: clinic.logoHash ? s.logos.bytes(clinic.logoHash) : null,
    paperSize: settings.paperSize,
    sides,
    generatedAt: now.toISOString(),
  });
  return {
    fileName: `photo-comparison-${patient.number}-${photos[0].view}.pdf`,
    data: pdf.toString('base64'),
  };
}

import type { PhotoConsentLevel } from '../../src/shared/documents/schema';
import { details, signature } from '../fixtures/documents';
import { courseFields } from '../fixtures/treatments';
import type { AppFixture } from './fixtures';

/** A patient made through the API; with `level`, a consent form with that photo level signed too. */
export async function photoPatient(app: AppFixture, level?: PhotoConsentLevel): Promise<{ id: number }> {
  const patient = await app.api<{ id: number }>('patients.create', {
    fields: { lastName: 'Lindqvist', firstName: 'Astrid', dateOfBirth: '1984-05-02', sex: 'female' },
  });
  if (level) await signPhotoConsent(app, patient.id, level);
  return patient;
}

/** Signs the first consent template for the patient with the given photo level, through the API. */
export async function signPhotoConsent(app: AppFixture, patientId: number, level: PhotoConsentLevel) {
  const [template] = await app.api<{ id: number }[]>('templates.list', { kind: 'consent' });
  if (!template) throw new Error('no consent template');
  const { content } = await app.api<{ content: { declarations: unknown[] } }>('templates.get', {
    id: template.id,
  });
  await app.api('documents.signConsent', {
    patientId,
    templateId: template.id,
    details: details(),
    acknowledged: content.declarations.map(() => true),
    photoConsent: level,
    signatures: [signature('patient', 'Astrid Lindqvist'), signature('practitioner', 'Dr Eleni Markou')],
  });
}

/** A patient with clinical photo consent, an under-eye course and a draft session on 1 March 2026 charting it. */
export async function underEyeSession(app: AppFixture) {
  const patient = await photoPatient(app, 'clinical');
  const course = await app.api<{ id: number }>('courses.create', {
    patientId: patient.id,
    fields: courseFields({ indication: 'Under-eye hollows', areas: ['face.under-eye'] }),
  });
  const session = await app.api<{ id: number }>('sessions.create', {
    courseId: course.id,
    fields: { date: '2026-03-01', time: '10:30', areas: ['face.under-eye'], items: [] },
  });
  return { patient, course, session };
}

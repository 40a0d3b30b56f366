import type { Media } from '../../shared/fhir/r4';
import type { Patient } from '../../shared/patients/schema';
import { PHOTO_MOMENT_LABELS, PHOTO_VIEW_LABELS, type PhotoSummary } from '../../shared/photos/schema';
import { FHIR_SYSTEM, refTo } from '../exports/fhir';
import { type ExportFile, listMapper, type PatientRecordKind } from './kind';
import { sessionResourceIds } from './session-resources';

/** The photo's file name inside a patient export: the date, view and moment, nothing of the patient. */
export const photoFileName = (p: PhotoSummary) =>
  `photos/${p.takenAt.slice(0, 10)}-${p.view}-${p.moment}-${p.uid.slice(-8)}.jpg`;

const day = (p: PhotoSummary) => p.takenAt.slice(0, 10);

function mediaResource(p: PhotoSummary, patient: Patient, jpeg: Buffer): Media {
  return {
    resourceType: 'Media',
    id: p.uid,
    identifier: [{ system: FHIR_SYSTEM.recordId, value: p.uid }],
    status: 'completed',
    type: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/media-type', code: 'image', display: 'Image' },
      ],
    },
    modality: { coding: [{ system: FHIR_SYSTEM.photoMoment, code: p.moment }], text: p.moment },
    view: { coding: [{ system: FHIR_SYSTEM.photoView, code: p.view }], text: p.view },
    subject: refTo(patient.uid),
    ...(p.sessionId !== null
      ? { encounter: refTo(sessionResourceIds(patient.uid, p.sessionId).encounter) }
      : {}),
    createdDateTime: p.takenAt,
    issued: p.createdAt,
    width: p.width,
    height: p.height,
    extension: [{ url: FHIR_SYSTEM.photoConsent, valueCode: p.consentLevel }],
    ...(p.note ? { note: [{ text: p.note }] } : {}),
    content: {
      contentType: 'image/jpeg',
      data: jpeg.toString('base64'),
      title: photoFileName(p).slice('photos/'.length),
      creation: p.takenAt,
    },
  };
}

const photos = listMapper('photos', {
  fhir: (items, patient, files) =>
    items.map((p) => {
      const jpeg = files.get(photoFileName(p));
      if (!jpeg) throw new Error(`The image of photo ${p.uid} was not written`);
      return mediaResource(p, patient, jpeg);
    }),
  csv: {
    file: 'photos.csv',
    header: [
      'patient_number',
      'photo_uid',
      'taken_at',
      'taken_at_source',
      'moment',
      'view',
      'session_id',
      'course_id',
      'consent_level',
      'amendment',
      'note',
      'width',
      'height',
      'file',
    ],
    rows: (p, patient) => [
      [
        patient.number,
        p.uid,
        p.takenAt,
        p.takenAtSource,
        p.moment,
        p.view,
        p.sessionId,
        p.courseId,
        p.consentLevel,
        p.amendment ? 'yes' : 'no',
        p.note,
        p.width,
        p.height,
        photoFileName(p),
      ],
    ],
  },
  pdf: (items) => ({
    heading: 'Photographs',
    empty: 'No photographs.',
    entries: items.map((p) => ({
      title: `${PHOTO_VIEW_LABELS[p.view] ?? p.view} · ${PHOTO_MOMENT_LABELS[p.moment]} · ${day(p)}${p.amendment ? ' · added after signing' : ''}`,
      image: p.thumbnail,
      lines: [
        ['File', photoFileName(p)],
        ['Consent', p.consentLevel],
        ...(p.note ? [['Note', p.note] as [string, string]] : []),
      ],
    })),
  }),
  async files(items, sources) {
    const files: ExportFile[] = [];
    for (const p of items) files.push({ name: photoFileName(p), bytes: sources.photos.imageBytes(p.id) });
    return files;
  },
});

export const photoRecords: PatientRecordKind = {
  table: 'photos',
  timeline: {
    kind: 'photo',
    select: `SELECT 'photo', id, taken_at, taken_at, moment, session_id, NULL FROM photos WHERE patient_id = @patientId`,
  },
  export: photos,
  fhirImport: {
    notIncluded:
      'a photo is kept under a signed consent held here, and consent forms are never re-imported (their signatures are not); the Media resources carry the image and its consent level for another system',
  },
  erasure: [
    {
      name: 'photoSkips',
      sql: 'DELETE FROM photo_skips WHERE session_id IN (SELECT id FROM sessions WHERE patient_id = ?)',
    },
    { name: 'photos', sql: 'DELETE FROM photos WHERE patient_id = ?' },
  ],
};

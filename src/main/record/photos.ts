import { createHash } from 'node:crypto';
import type { Media } from '../../shared/fhir/r4';
import type { Patient } from '../../shared/patients/schema';
import {
  PHOTO_MOMENT_LABELS,
  PHOTO_VIEW_LABELS,
  type PhotoSkipRecord,
  type PhotoSummary,
} from '../../shared/photos/schema';
import { FHIR_SYSTEM, refTo } from '../exports/fhir';
import { photoRecordPayload, photoSkipPayload } from '../photos/stored-records';
import { b64, derivedUuid, instant } from './export-text';
import {
  type ExportFile,
  eraseChildRows,
  erasePatientRows,
  fhirWithFiles,
  listMapper,
  type PatientRecordKind,
  partOfOtherRecords,
} from './kind';
import { sessionResourceIds } from './session-resources';
import { SESSION_TIMELINE_AT, SESSION_TIMELINE_SORT_AT } from './sessions';

/** The photo's file name inside a patient export: the date, view and moment, nothing of the patient. */
export const photoFileName = (p: PhotoSummary) =>
  `photos/${p.takenAt.slice(0, 10)}-${p.view}-${p.moment}-${p.uid.slice(-8)}.jpg`;

const day = (p: PhotoSummary) => p.takenAt.slice(0, 10);
const viewLabel = (view: string) => PHOTO_VIEW_LABELS[view] ?? view;

/** FHIR's Attachment.hash: the SHA-1 of the data, base64. A re-import refuses bytes that do not match. */
export const attachmentHash = (bytes: Buffer) => createHash('sha1').update(bytes).digest('base64');

const IMAGE_TYPE = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/media-type', code: 'image', display: 'Image' }],
};

function mediaResource(p: PhotoSummary, patient: Patient, jpeg: Buffer): Media {
  return {
    resourceType: 'Media',
    id: p.uid,
    identifier: [{ system: FHIR_SYSTEM.recordId, value: p.uid }],
    status: 'completed',
    type: IMAGE_TYPE,
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
    extension: [
      { url: FHIR_SYSTEM.photoConsent, valueCode: p.consentLevel },
      {
        url: FHIR_SYSTEM.photoRecord,
        valueAttachment: {
          contentType: 'application/json',
          data: b64(JSON.stringify(photoRecordPayload(p))),
        },
      },
    ],
    ...(p.note ? { note: [{ text: p.note }] } : {}),
    content: {
      contentType: 'image/jpeg',
      data: jpeg.toString('base64'),
      size: jpeg.length,
      hash: attachmentHash(jpeg),
      title: photoFileName(p).slice('photos/'.length),
      creation: p.takenAt,
    },
  };
}

const photos = listMapper('photos', {
  fhir: fhirWithFiles(photoFileName, (p) => `The image of photo ${p.uid} was not written`, mediaResource),
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
      title: `${viewLabel(p.view)} · ${PHOTO_MOMENT_LABELS[p.moment]} · ${day(p)}${p.amendment ? ' · added after signing' : ''}`,
      image: p.thumbnail,
      lines: [
        ['File', photoFileName(p)],
        ['Consent', p.consentLevel],
        ...(p.importedFrom
          ? [
              [
                'Imported',
                `from ${p.importedFrom.source} on ${p.importedFrom.importedAt.slice(0, 10)}, not taken in this clinic`,
              ] as [string, string],
            ]
          : []),
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

/** A photo archived as taken in error: part of the photo's own record. */
export const photoArchiveRecords = partOfOtherRecords('photo_archives', 'photoArchives', {
  timeline:
    "an archived photo leaves the gallery; its own timeline entry stays, marked with the archive's date and reason",
  export: 'an archived photo is left out of the exports with its archive',
  fhirImport: 'archived photos are not exported, so never re-imported',
});

/** A photo brought back from the archive: the photo is then shown and exported as any other. */
export const photoRestoreRecords = partOfOtherRecords('photo_restores', 'photoRestores', {
  timeline: 'a restored photo is back in the timeline as an ordinary photo; the archive it undid is kept',
  export: 'a restored photo is exported as any other; the archive and restore stay in this clinic',
  fhirImport: 'restores are not exported, so never re-imported',
});

const sessionText = (k: PhotoSkipRecord) =>
  `${k.sessionSequence ? `session ${k.sessionSequence}` : 'draft session'} on ${k.sessionDate}`;

function skipResource(k: PhotoSkipRecord, patient: Patient): Media {
  return {
    resourceType: 'Media',
    id: derivedUuid(`photo-skip:${k.sessionUid}:${k.view}`),
    status: 'not-done',
    type: IMAGE_TYPE,
    view: { coding: [{ system: FHIR_SYSTEM.photoView, code: k.view }], text: k.view },
    subject: refTo(patient.uid),
    encounter: refTo(sessionResourceIds(patient.uid, k.sessionId).encounter),
    issued: k.createdAt,
    note: [{ text: `Not taken: ${k.reason}` }],
    extension: [
      {
        url: FHIR_SYSTEM.photoSkipRecord,
        valueAttachment: { contentType: 'application/json', data: b64(JSON.stringify(photoSkipPayload(k))) },
      },
    ],
    content: { contentType: 'image/jpeg', title: `Not taken: ${viewLabel(k.view)}` },
  };
}

const photoSkips = listMapper('photoSkips', {
  fhir: (items, patient) => items.map((k) => skipResource(k, patient)),
  csv: {
    file: 'photo-skips.csv',
    header: ['patient_number', 'session_date', 'session_number', 'view', 'reason', 'recorded_at'],
    rows: (k, patient) => [[patient.number, k.sessionDate, k.sessionSequence, k.view, k.reason, k.createdAt]],
  },
  pdf: (items) => ({
    heading: 'Photographs not taken',
    empty: 'No standard view was skipped.',
    entries: items.map((k) => ({
      title: `${viewLabel(k.view)} · ${sessionText(k)}`,
      lines: [
        ['Reason', k.reason],
        ['Recorded', instant(k.createdAt)],
      ],
    })),
  }),
});

export const photoRecords: PatientRecordKind = {
  table: 'photos',
  timeline: [
    {
      // A photo archived as taken in error keeps its place, marked with the archive's date and reason.
      kind: 'photo',
      select: `SELECT 'photo', p.id, p.taken_at, p.taken_at, p.moment, p.session_id, NULL, a.reason, a.archived_at
      FROM photos p LEFT JOIN archived_photos a ON a.photo_id = p.id WHERE p.patient_id = @patientId`,
    },
    {
      // A view of the protocol skipped on purpose, on its session's date, with the reason.
      kind: 'photo-skip',
      select: `SELECT 'photo-skip', k.id, ${SESSION_TIMELINE_AT}, ${SESSION_TIMELINE_SORT_AT}, k.view, k.session_id,
        s.sequence, k.reason, NULL
      FROM sessions s JOIN photo_skips k ON k.session_id = s.id WHERE s.patient_id = @patientId`,
      count: `SELECT count(*) FROM sessions s JOIN photo_skips k ON k.session_id = s.id
        WHERE s.patient_id = @patientId`,
    },
  ],
  export: [photos, photoSkips],
  fhirImport: {
    resourceType: 'Media',
    run: (resource, patientId, importers) =>
      resource.status === 'not-done'
        ? importers.photos.skip(resource, patientId)
        : importers.photos.photo(resource, patientId),
  },
  erasure: [
    eraseChildRows('photoSkips', 'photo_skips', 'session_id', 'sessions'),
    erasePatientRows('photos', 'photos'),
  ],
};

import { erasePatientRows, type PatientRecordKind } from './kind';

/** The PDF kept when a document was signed (migration 8). */
export const signedPdfRecords: PatientRecordKind = {
  table: 'signed_pdfs',
  timeline: { notIncluded: 'shown as the document it was signed for' },
  export: { notIncluded: 'written beside the record as its document’s PDF' },
  fhirImport: { notIncluded: 'documents are not re-imported' },
  erasure: [erasePatientRows('signedPdfs', 'signed_pdfs')],
};

/** Where a record brought in by FHIR re-import came from (migration 8). */
export const importedRecordRecords: PatientRecordKind = {
  table: 'imported_records',
  timeline: { notIncluded: 'shown on the imported record’s own timeline entry' },
  export: { notIncluded: 'shown on the imported record in the record PDF' },
  fhirImport: { notIncluded: 'written by the import itself for every record it brings' },
  // Provenance names records of the other kinds, so it goes first.
  erasure: [erasePatientRows('importedRecords', 'imported_records')],
};

import { partOfOtherRecords } from './kind';

/** The PDF kept when a document was signed (migration 8). */
export const signedPdfRecords = partOfOtherRecords('signed_pdfs', 'signedPdfs', {
  timeline: 'shown as the document it was signed for',
  export: 'written beside the record as its document’s PDF',
  fhirImport: 'documents are not re-imported',
});

/**
 * Where a record brought in by FHIR re-import came from (migration 8). Provenance names records of the
 * other kinds, so it is erased first.
 */
export const importedRecordRecords = partOfOtherRecords('imported_records', 'importedRecords', {
  timeline: 'shown on the imported record’s own timeline entry',
  export: 'shown on the imported record in the record PDF',
  fhirImport: 'written by the import itself for every record it brings',
});

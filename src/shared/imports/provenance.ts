/** The kinds of record a FHIR re-import creates, as marked in imported_records. */
export type ImportedKind = 'intake' | 'session' | 'amendment' | 'adverse-event' | 'photo';

/**
 * Where an imported record came from. It was signed (if at all) elsewhere: the hash and signing time
 * are what the bundle claimed, kept for comparison, never shown as a signature made in this clinic.
 */
export interface ImportedFrom {
  /** The exporting clinic when the bundle names one, else the bundle's file name. */
  source: string;
  importedAt: string;
  /** The content hash the bundle carried (signed records only). */
  originalHash: string | null;
  /** The signing time the bundle claimed (signed records only). */
  originalSignedAt: string | null;
}

/**
 * What a verification of a signed record found: signed here and intact, signed here and changed since,
 * or imported (never "signed and verified here"; `originalHashMatches` says whether the content still
 * hashes to what the bundle claimed).
 */
export type SignedStatus = 'verified' | 'altered' | 'imported';

import { hash } from 'node:crypto';
import type { ImportedFrom } from '../../shared/imports/provenance';

/** A stable UUID for a resource derived from a record (e.g. the Consent that a signed form records). */
export function derivedUuid(name: string): string {
  // The one-shot hash: the whole-clinic export derives several ids per session (a Hash object each cost more).
  const h = hash('sha256', name, 'hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 17), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** An instant as printed in the record: 2026-03-01 09:00 UTC. */
export const instant = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** How the record PDF names a record brought in by FHIR re-import: never as signed in this clinic. */
export const importedText = (from: Pick<ImportedFrom, 'source' | 'importedAt'>) =>
  `imported from ${from.source} on ${from.importedAt.slice(0, 10)}, not signed in this clinic`;

/** Text as base64, for a stored record carried in a FHIR extension. */
export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

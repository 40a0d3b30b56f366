import type { FhirImporters } from '../imports/fhir-importers';
import { recordPayload } from '../imports/fhir-treatments';
import type { FhirImport } from './kind';

/**
 * The re-import of a resource that carries its record exactly as stored, in the extension `url`:
 * the payload of `format` goes to `recreate`; a resource without one is passed over.
 */
export function storedRecordImport<T extends { format: string }>(
  resourceType: string,
  url: string,
  format: T['format'],
  recreate: (importers: FhirImporters, payload: T, patientId: number) => void,
): FhirImport {
  return {
    resourceType,
    run: (resource, patientId, importers) => {
      const payload = recordPayload<T>(resource.extension as never, url, format);
      if (payload) recreate(importers, payload, patientId);
    },
  };
}

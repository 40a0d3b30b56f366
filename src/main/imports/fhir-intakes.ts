import type { AuditLog } from '../audit/repository';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { createIntakeRepository } from '../intake/repository';
import type { IntakeRecordPayload } from '../record/intakes';
import { createProvenanceRepository } from './provenance';

const PNG = /^data:image\/png;base64,/;

/**
 * Recreates intakes exactly as the exporting clinic stored them (their content hash still verifies),
 * with their signatures, marked imported (origin) and never signed here.
 */
export function createIntakeImporter(
  db: Db,
  audit: AuditLog,
  origin: { source: string; importedAt: string },
) {
  const intakes = createIntakeRepository(db);
  const provenance = createProvenanceRepository(db);
  const intakeTaken = db.prepare<[string], number>('SELECT count(*) FROM intakes WHERE uid = ?').pluck();
  const counts = { intakes: 0 };

  function intake(payload: IntakeRecordPayload, patientId: number): void {
    if (intakeTaken.get(payload.uid)) return;
    const signed = payload.status === 'signed';
    const intakeId = intakes.insertImported({
      uid: payload.uid,
      patientId,
      status: signed ? 'signed' : 'draft',
      definitionVersion: payload.definitionVersion,
      definitionJson: signed ? JSON.stringify(payload.definition) : null,
      contextJson: signed ? JSON.stringify(payload.context) : null,
      answersJson: JSON.stringify(payload.answers),
      declaration: payload.declaration,
      createdAt: payload.createdAt,
      updatedAt: payload.updatedAt,
      signedAt: payload.signedAt,
      contentHash: payload.contentHash,
    });
    for (const s of payload.signatures) {
      if (!PNG.test(s.imagePng))
        throw new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirSignature' });
      intakes.insertSignature(intakeId, s, Buffer.from(s.imagePng.replace(PNG, ''), 'base64'), s.signedAt);
    }
    provenance.mark({
      kind: 'intake',
      id: intakeId,
      patientId,
      ...origin,
      originalHash: signed ? payload.contentHash : null,
      originalSignedAt: signed ? payload.signedAt : null,
    });
    audit.append('import', 'intake', intakeId);
    counts.intakes += 1;
  }

  return { intake, counts };
}

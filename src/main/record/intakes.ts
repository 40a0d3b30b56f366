import type { QuestionnaireResponse, QuestionnaireResponseItem } from '../../shared/fhir/r4';
import { answerText } from '../../shared/intake/display';
import type { Intake } from '../../shared/intake/schema';
import { FHIR_SYSTEM, refTo } from '../exports/fhir';
import { b64, importedText } from './export-text';
import { eraseChildRows, erasePatientRows, listMapper, type PatientRecordKind } from './kind';

/** The full intake as stored, so a re-import recreates it exactly (its content hash still verifies). */
export interface IntakeRecordPayload {
  uid: string;
  status: Intake['status'];
  definitionVersion: number;
  definition: Intake['definition'];
  context: Intake['context'];
  answers: Intake['answers'];
  declaration: string | null;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  contentHash: string | null;
  signatures: Intake['signatures'];
}

/** A questionnaire's answers as QuestionnaireResponse items, section by section (intake, day check). */
export function questionnaireItems(
  definition: Intake['definition'],
  answers: Intake['answers'],
): QuestionnaireResponseItem[] {
  return definition.sections.flatMap((section) => {
    const answered = section.questions.filter((q) => answers[q.id] !== undefined);
    if (!answered.length) return [];
    return [
      {
        linkId: section.id,
        text: section.title,
        item: answered.map((q) => {
          const value = answers[q.id] as string | string[];
          const answer =
            q.type === 'yesNo'
              ? [{ valueBoolean: value === 'yes' }]
              : q.type === 'date'
                ? [{ valueDate: String(value) }]
                : (Array.isArray(value) ? value : [value]).map((v) =>
                    q.options
                      ? { valueCoding: { code: v, display: answerText(definition, q, v) } }
                      : { valueString: v },
                  );
          return { linkId: q.id, text: q.text, answer };
        }),
      },
    ];
  });
}

const intakes = listMapper('intakes', {
  fhir: (items, patient) =>
    items.map((intake): QuestionnaireResponse => {
      const payload: IntakeRecordPayload = {
        uid: intake.uid,
        status: intake.status,
        definitionVersion: intake.definitionVersion,
        definition: intake.definition,
        context: intake.context,
        answers: intake.answers,
        declaration: intake.declaration,
        createdAt: intake.createdAt,
        updatedAt: intake.updatedAt,
        signedAt: intake.signedAt,
        contentHash: intake.contentHash,
        signatures: intake.signatures,
      };
      return {
        resourceType: 'QuestionnaireResponse',
        id: intake.uid,
        meta: { lastUpdated: intake.updatedAt },
        identifier: { system: FHIR_SYSTEM.recordId, value: intake.uid },
        questionnaire: `https://mesodesk.app/fhir/Questionnaire/intake-v${intake.definitionVersion}`,
        status: intake.status === 'signed' ? 'completed' : 'in-progress',
        subject: refTo(patient.uid),
        authored: intake.signedAt ?? intake.updatedAt,
        item: questionnaireItems(intake.definition, intake.answers),
        extension: [
          {
            url: FHIR_SYSTEM.intakeRecord,
            valueAttachment: { contentType: 'application/json', data: b64(JSON.stringify(payload)) },
          },
        ],
      };
    }),
  csv: {
    file: 'intake-answers.csv',
    header: ['patient_number', 'intake_uid', 'status', 'signed_at', 'question_id', 'question', 'answer'],
    rows: (intake, p) =>
      intake.definition.sections.flatMap((section) =>
        section.questions
          .filter((q) => intake.answers[q.id] !== undefined)
          .map((q) => [
            p.number,
            intake.uid,
            intake.status,
            intake.signedAt,
            q.id,
            q.text,
            answerText(intake.definition, q, intake.answers[q.id]),
          ]),
      ),
  },
  pdf: (items) => ({
    heading: 'Intake questionnaires',
    empty: 'No intake questionnaires.',
    entries: items.map((intake) => ({
      title: `${intake.definition.title} · ${
        intake.imported
          ? importedText(intake.imported)
          : intake.status === 'signed'
            ? `signed ${intake.signedAt?.slice(0, 10)}`
            : 'draft, not signed'
      }`,
      lines: intake.definition.sections.flatMap((section) =>
        section.questions
          .filter((q) => intake.answers[q.id] !== undefined)
          .map((q): [string, string] => [q.text, answerText(intake.definition, q, intake.answers[q.id])]),
      ),
    })),
  }),
});

/** The stored intake a QuestionnaireResponse of our own export carries, or null. */
export function intakePayload(r: QuestionnaireResponse): IntakeRecordPayload | null {
  const data = r.extension?.find((e) => e.url === FHIR_SYSTEM.intakeRecord)?.valueAttachment?.data;
  if (!data) return null;
  const payload = JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as IntakeRecordPayload;
  if (!payload.uid || !payload.definition || !payload.answers || !Array.isArray(payload.signatures))
    return null;
  return payload;
}

export const intakeRecords: PatientRecordKind = {
  table: 'intakes',
  timeline: {
    kind: 'intake',
    select: `SELECT 'intake' AS kind, id, COALESCE(signed_at, created_at) AS at,
      COALESCE(signed_at, created_at) AS sort_at, status AS detail, NULL AS parent_id, NULL AS sequence,
      NULL AS note, NULL AS archived_at
    FROM intakes WHERE patient_id = @patientId AND discarded_at IS NULL`,
  },
  export: intakes,
  fhirImport: {
    resourceType: 'QuestionnaireResponse',
    run: (resource, patientId, importers) => {
      const payload = intakePayload(resource as unknown as QuestionnaireResponse);
      if (payload) importers.intakes.intake(payload, patientId);
    },
  },
  erasure: [
    eraseChildRows('signatures', 'intake_signatures', 'intake_id', 'intakes'),
    erasePatientRows('intakes', 'intakes'),
  ],
};

import { z } from 'zod';
import type { ClinicalTextReview } from '../clinical-texts/schema';
import { type Language, languageSchema } from '../language/languages';
import type { AreaGroup } from './areas';
import { unknownMergeFields } from './merge-fields';

export const DOCUMENT_KINDS = ['consent', 'aftercare'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const TEMPLATE_LIMITS = {
  title: 200,
  heading: 200,
  body: 8000,
  declaration: 600,
  sections: 30,
} as const;

const mergeText = (max: number, min = 0) =>
  z
    .string({ error: 'errors.text' })
    .trim()
    .min(min, { error: 'errors.required' })
    .max(max, { error: 'errors.tooLong' })
    .superRefine((value, ctx) => {
      const unknown = unknownMergeFields(value);
      if (unknown.length) ctx.addIssue({ code: 'custom', message: 'errors.unknownMergeField' });
    });

export const templateSectionSchema = z.strictObject({
  heading: mergeText(TEMPLATE_LIMITS.heading, 1),
  /** Paragraphs separated by a blank line; lines starting with "- " are list items. */
  body: mergeText(TEMPLATE_LIMITS.body, 1),
});

/** The editable text of a template. Consents add declarations and a photo-consent paragraph. */
export const templateContentSchema = z.strictObject({
  title: mergeText(TEMPLATE_LIMITS.title, 1),
  intro: mergeText(TEMPLATE_LIMITS.body),
  sections: z.array(templateSectionSchema).min(1, { error: 'errors.required' }).max(TEMPLATE_LIMITS.sections),
  declarations: z.array(mergeText(TEMPLATE_LIMITS.declaration, 1)).max(20),
  photoConsent: mergeText(TEMPLATE_LIMITS.body),
});
export type TemplateContent = z.output<typeof templateContentSchema>;

export const templateKeySchema = z
  .string()
  .max(80, { error: 'errors.id' })
  .regex(/^(builtin|custom)\.[a-z0-9-]{1,64}$/, { error: 'errors.id' });
export const templateListSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS).optional(),
  /** Only the templates written in this language (a patient's). */
  language: languageSchema.optional(),
  /** Archived templates too (Settings); new documents are offered only the others. */
  includeArchived: z.boolean().optional(),
});
export const templateKeyInputSchema = z.strictObject({ key: templateKeySchema });
export const templateUpdateSchema = z.strictObject({
  key: templateKeySchema,
  /** The version the user edited: editing an outdated version is refused. */
  baseVersion: z.number().int().positive(),
  content: templateContentSchema,
});

export interface TemplateSummary {
  id: number;
  key: string;
  version: number;
  kind: DocumentKind;
  areaGroup: AreaGroup | null;
  title: string;
  builtin: boolean;
  /** For a built-in: whether this version's text differs from the text shipped with the app. */
  modified: boolean;
  /** The language the text is written in: a patient is offered the templates in their language. */
  language: Language;
  /** Set while a built-in translation waits for the practitioner's approval ("review before first use"). */
  review: ClinicalTextReview | null;
  /** Set while a custom template is archived: not offered for new documents, still readable. */
  archivedAt: string | null;
  createdAt: string;
}

export interface TemplateVersion extends TemplateSummary {
  content: TemplateContent;
}

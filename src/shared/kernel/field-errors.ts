import type { z } from 'zod';

/** A field's path ("items.0.lotId", "_" for the whole input) to the i18n key of its first problem. */
export type FieldErrorMap = Record<string, string>;

/**
 * Our schemas give every issue a message key; zod's own messages are English and, for unknown keys,
 * list every key the sender made up (100,000 junk keys made a 1 MB error). Both become message keys.
 */
export function messageKey(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith('errors.')) return issue.message;
  return issue.code === 'unrecognized_keys' ? 'errors.unknownField' : 'errors.invalid';
}

/**
 * Maps zod issues to field -> message key, first message per field: the same map whether main checked
 * an API input (whose record fields sit under `fields`, left out of the path) or a form checked itself.
 */
export function fieldErrors(error: z.ZodError): FieldErrorMap {
  const fields: FieldErrorMap = {};
  for (const issue of error.issues) {
    // A made-up record key (an answer id full of control characters) is not echoed back as a field name.
    const key =
      issue.path
        .filter((p) => p !== 'fields')
        .map((p) => (typeof p === 'number' || /^\w{1,64}$/.test(String(p)) ? String(p) : '_'))
        .join('.') || '_';
    fields[key] ??= messageKey(issue);
  }
  return fields;
}

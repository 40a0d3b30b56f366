import { type FieldErrors, type FieldValues, type Resolver, set } from 'react-hook-form';
import type { z } from 'zod';
import { type FieldErrorMap, fieldErrors } from '../../../../shared/kernel/field-errors';

/** Field errors keyed by path, in the nested shape react-hook-form keeps them. */
export function toFormErrors<V extends FieldValues>(map: FieldErrorMap, type: string): FieldErrors<V> {
  const errors = {};
  for (const [path, message] of Object.entries(map))
    set(errors, path === '_' ? 'root' : path, { type, message });
  return errors as FieldErrors<V>;
}

export interface ResolverOptions<V, I> {
  /** What the form holds -> what the schema checks (for a form that keeps text drafts). */
  toInput?: (values: V) => I;
  /** Problems found before the schema runs (a price that does not parse), by the schema's field path. */
  precheck?: (values: V) => FieldErrorMap;
}

/**
 * A react-hook-form resolver on a shared zod schema, with the same field -> message-key mapping main
 * uses for API inputs: a field shows the same message whichever side found the problem. Error paths
 * are the schema's; on success the form submits the schema's output.
 */
export function zodFormResolver<S extends z.ZodType, V extends FieldValues>(
  schema: S,
  { toInput, precheck }: ResolverOptions<V, z.input<S>> = {},
): Resolver<V, unknown, z.output<S>> {
  return async (values) => {
    const found = precheck?.(values) ?? {};
    if (Object.keys(found).length) return { values: {}, errors: toFormErrors<V>(found, 'schema') };
    const parsed = schema.safeParse(toInput ? toInput(values) : values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    return { values: {}, errors: toFormErrors<V>(fieldErrors(parsed.error), 'schema') };
  };
}

import {
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  get,
  type Path,
  type PathValue,
  type RegisterOptions,
  type UseFormRegisterReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { type ResolverOptions, zodFormResolver } from './resolver';

/** A form control bound to its form: what `register` returns for it, and its current error. */
export interface BoundField {
  input: UseFormRegisterReturn;
  error: string | undefined;
}

/** The first error message at a path or anywhere under it ("initialInterval" finds "initialInterval.maxDays"). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const first = (node: unknown): string | undefined => {
    if (!node || typeof node !== 'object') return undefined;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'type') continue;
      const found = first(child);
      if (found) return found;
    }
    return undefined;
  };
  return first(get(errors, path));
}

/**
 * A form validated by a shared zod schema (the one main checks the same input with). Checked on
 * submit, then again as the user corrects it. `values`, `set` and `error` serve the controlled
 * inputs of richer forms (body charts, row lists); plain inputs can use `form.register`.
 */
export function useZodForm<S extends z.ZodType, V extends FieldValues = z.input<S> & FieldValues>(
  schema: S,
  defaultValues: V,
  options: ResolverOptions<V, z.input<S>> = {},
) {
  const form = useForm<V, unknown, z.output<S>>({
    defaultValues: defaultValues as DefaultValues<V>,
    resolver: zodFormResolver<S, V>(schema, options),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const values = form.watch() as V;
  const set = <P extends Path<V>>(path: P, value: PathValue<V, P>) =>
    form.setValue(path, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  const error = (path: string) => errorAt(form.formState.errors, path);
  /** A control bound by `register`, with its error: for InputField and TextAreaField. */
  const field = <P extends Path<V>>(path: P, options?: RegisterOptions<V, P>): BoundField => ({
    input: form.register(path, options),
    error: error(path),
  });
  /** Value, change handler and error for a controlled component (option buttons, ranges, charts). */
  const bind = <P extends Path<V>>(path: P) => ({
    value: get(values, path) as PathValue<V, P>,
    onChange: (value: PathValue<V, P>) => set(path, value),
    error: error(path),
  });
  return { form, values, set, error, field, bind };
}

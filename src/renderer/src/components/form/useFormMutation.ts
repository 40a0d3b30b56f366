import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiFailure } from '../../api/clinic';
import { toFormErrors } from './resolver';

/**
 * Sends a valid form to main. A failure with field errors puts each message next to its field (and
 * focuses the first one a control is registered for); any other failure becomes the form's alert.
 * `submit` resolves to what was saved, or undefined when something needs correcting.
 */
export function useFormMutation<V extends FieldValues, Out, T>(
  form: UseFormReturn<V, unknown, Out>,
  save: (values: Out) => Promise<T>,
  onSaved?: (saved: T) => unknown,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: save });

  /** Shows a failure from main: on the fields it names, else as the form's alert. */
  const showFailure = (failure: unknown) => {
    const error = failure instanceof ApiFailure ? failure.error : null;
    const fields = error?.fields ?? {};
    const names = Object.keys(fields);
    if (!names.length) return setFormError(error?.message ?? 'errors.internal');
    const nested = toFormErrors<V>(fields, 'server');
    for (const [name, value] of Object.entries(nested)) form.setError(name as never, value as never);
    const first = names[0];
    if (first && first !== '_') form.setFocus(first as never);
  };

  const submit = (event?: { preventDefault(): void }): Promise<T | undefined> => {
    event?.preventDefault();
    return new Promise((resolve) => {
      form
        .handleSubmit(
          async (values) => {
            setFormError(null);
            try {
              const saved = await mutation.mutateAsync(values);
              await onSaved?.(saved);
              resolve(saved);
            } catch (failure) {
              showFailure(failure);
              resolve(undefined);
            }
          },
          () => resolve(undefined),
        )()
        .catch(() => resolve(undefined));
    });
  };

  return { submit, formError, showFailure, pending: mutation.isPending };
}

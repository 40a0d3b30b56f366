import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiFailure } from '../../api/clinic';

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
  const [failure, setFailure] = useState<{ message: string; onFields: boolean } | null>(null);
  const mutation = useMutation({ mutationFn: save });

  /** Shows a failure from main: on the fields it names, else as the form's alert. */
  const showFailure = (thrown: unknown) => {
    const error = thrown instanceof ApiFailure ? thrown.error : null;
    const fields = error?.fields ?? {};
    const names = Object.keys(fields);
    setFailure({ message: error?.message ?? 'errors.internal', onFields: names.length > 0 });
    if (!names.length) return;
    for (const [path, message] of Object.entries(fields)) {
      form.setError((path === '_' ? 'root' : path) as Path<V>, { type: 'server', message });
    }
    const first = names[0];
    if (first && first !== '_') form.setFocus(first as Path<V>);
  };

  const submit = (event?: { preventDefault(): void }): Promise<T | undefined> => {
    event?.preventDefault();
    setFailure(null);
    return new Promise((resolve) => {
      form
        .handleSubmit(
          async (values) => {
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

  return {
    submit,
    /** The alert for a failure main did not pin on a field. */
    formError: failure && !failure.onFields ? failure.message : null,
    /** The message of the last failure from main, pinned on fields or not. */
    failureMessage: failure?.message ?? null,
    showFailure,
    pending: mutation.isPending,
  };
}

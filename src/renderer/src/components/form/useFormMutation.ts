import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiFailure } from '../../api/clinic';

interface MutationOptions<T> {
  /** After main saved: refresh lists, close the form, navigate. */
  onSaved?: (saved: T) => unknown;
  /** When the form's own check failed, before anything was sent. */
  onInvalid?: () => void;
  /** Where the form's fields sit in the API input ("patch."), left out to find them on the form. */
  fieldPrefix?: string;
}

/**
 * Sends a valid form to main. A failure with field errors puts each message next to its field (and
 * focuses the first one a control is registered for); any other failure becomes the form's alert.
 * `submit` resolves to what was saved, or undefined when something needs correcting.
 */
export function useFormMutation<V extends FieldValues, Out, T>(
  form: UseFormReturn<V, unknown, Out>,
  save: (values: Out) => Promise<T>,
  { onSaved, onInvalid, fieldPrefix }: MutationOptions<T> = {},
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
    const onForm = (path: string) =>
      path === '_'
        ? 'root'
        : fieldPrefix && path.startsWith(fieldPrefix)
          ? path.slice(fieldPrefix.length)
          : path;
    for (const [path, message] of Object.entries(fields)) {
      form.setError(onForm(path) as Path<V>, { type: 'server', message });
    }
    const first = names[0];
    if (first && first !== '_') form.setFocus(onForm(first) as Path<V>);
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
              // What was saved is the form's new clean state: leaving it no longer asks.
              form.reset(form.getValues());
              await onSaved?.(saved);
              resolve(saved);
            } catch (failure) {
              showFailure(failure);
              resolve(undefined);
            }
          },
          () => {
            onInvalid?.();
            resolve(undefined);
          },
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
    /** Changes typed since the form was loaded or last saved: leaving asks first (LeaveGuard). */
    unsaved: form.formState.isDirty,
  };
}

import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useFormMutation } from '../components/form/useFormMutation';
import { useInvalidateTreatments } from './queries';

/** Saves a treatment form; once main saved it, refreshes every treatment list, then `onDone`. */
export function useTreatmentSave<V extends FieldValues, Out, T>(
  form: UseFormReturn<V, unknown, Out>,
  save: (values: Out) => Promise<T>,
  onDone: (saved: T) => void,
) {
  const invalidate = useInvalidateTreatments();
  return useFormMutation(form, save, {
    onSaved: async (saved) => {
      await invalidate();
      onDone(saved);
    },
  });
}

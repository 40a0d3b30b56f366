import { ApiFailure } from '../api/clinic';

export interface FormError {
  message: string;
  fields: Record<string, string>;
}

/** An API failure as a form shows it: the message, and each field's message next to the field. */
export function formError(error: unknown): FormError {
  if (error instanceof ApiFailure) return { message: error.error.message, fields: error.error.fields ?? {} };
  return { message: 'errors.internal', fields: {} };
}

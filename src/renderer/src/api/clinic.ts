import type { ClinicApi } from '../../../shared/api/client';
import { createClinicClient } from '../../../shared/api/client';
import type { ApiError, Result } from '../../../shared/result';
import { webTransport } from './web-transport';

declare global {
  interface Window {
    clinic?: ClinicApi;
  }
}

/** window.clinic from the Electron preload, or the same client over the browser bridge. */
export const clinic: ClinicApi = window.clinic ?? createClinicClient(webTransport());

/** A failed call, thrown so React Query and forms can handle it; keeps the code and field messages. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

import type { ClinicApi } from '../../../shared/api/client';
import { createClinicClient } from '../../../shared/api/client';
import type { ApiError, Result } from '../../../shared/result';
import { webTransport } from './web-transport';

declare global {
  interface Window {
    clinic?: ClinicApi;
  }
}

export const LOCKED_EVENT = 'mesodesk:locked';

/** window.clinic from the Electron preload, or the same client over the browser bridge. */
const raw: ClinicApi = window.clinic ?? createClinicClient(webTransport());

/**
 * The client the screens use: every call goes to the raw client, and a LOCKED answer (the session
 * locked itself in main) tells the session gate to show the unlock screen.
 */
export const clinic: ClinicApi = createClinicClient(async (channel, input) => {
  const [ns, method] = channel.split('.') as [string, string];
  const call = (raw as unknown as Record<string, Record<string, (i: unknown) => Promise<Result<unknown>>>>)[
    ns
  ]?.[method];
  if (!call) return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.unknownChannel' } };
  const result = await call(input);
  if (!result.ok && result.error.code === 'LOCKED') window.dispatchEvent(new Event(LOCKED_EVENT));
  return result;
});

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

/** The options of a query that is one API call: `useQuery(apiQuery(key, () => clinic.x.y(input)))`. */
export const apiQuery = <K extends readonly unknown[], T>(queryKey: K, call: () => Promise<Result<T>>) => ({
  queryKey,
  queryFn: () => unwrap(call()),
});

/**
 * Saves a form's fields: an update of `existing` at the version the form read (a stale edit is refused
 * in main), or a new record when there is none.
 */
export function updateOrCreate<F, T>(
  existing: { id: number; version: number } | null | undefined,
  fields: F,
  update: (input: { id: number; version: number; fields: F }) => Promise<Result<T>>,
  create: (fields: F) => Promise<Result<T>>,
): Promise<T> {
  return unwrap(existing ? update({ id: existing.id, version: existing.version, fields }) : create(fields));
}

import type { z } from 'zod';
import { type Channel, contract, type OutputOf, type ParsedInputOf } from '../shared/api/contract';
import { fail, ok, type Result } from '../shared/result';
import type { Db } from './db/types';
import { AppError } from './errors';
import { createPatientService } from './patients/service';
import { createSettingsService } from './settings/service';

export interface ApiContext {
  db: Db;
  now?: () => Date;
  newId?: () => string;
  log?: (message: string, error: unknown) => void;
}

export function createServices(ctx: ApiContext) {
  const deps = {
    db: ctx.db,
    now: ctx.now ?? (() => new Date()),
    newId: ctx.newId ?? (() => crypto.randomUUID()),
  };
  return { patients: createPatientService(deps), settings: createSettingsService(deps) };
}
type Services = ReturnType<typeof createServices>;

/** Channels answered by the clinic session itself (they work while the data is locked). */
export type SessionChannel = Extract<Channel, `session.${string}` | 'app.info'>;
/** Channels answered by the services over an open database. */
export type ServiceChannel = Exclude<Channel, SessionChannel>;

type Handler<C extends ServiceChannel> = (
  services: Services,
  input: ParsedInputOf<C>,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handler table: one entry per service channel. No electron here, so tests call it directly. */
const handlers: { [C in ServiceChannel]: Handler<C> } = {
  'patients.search': (s, i) => s.patients.search(i.query, i.includeArchived, i.offset, i.limit),
  'patients.get': (s, i) => s.patients.get(i.id),
  'patients.create': (s, i) => s.patients.create(i.fields, i.allowDuplicate),
  'patients.update': (s, i) => s.patients.update(i.id, i.version, i.fields),
  'patients.archive': (s, i) => s.patients.archive(i.id),
  'patients.restore': (s, i) => s.patients.restore(i.id),
  'patients.history': (s, i) => s.patients.history(i.id),
  'settings.get': (s) => s.settings.get(),
  'settings.update': (s, i) => s.settings.update(i.patch),
};

export const isServiceChannel = (name: unknown): name is ServiceChannel =>
  typeof name === 'string' && Object.hasOwn(handlers, name);

/** Maps zod issues to field -> message key, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => p !== 'fields').join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Validates an input against the shared contract. */
export function parseInput<C extends Channel>(channel: C, input: unknown): Result<ParsedInputOf<C>> {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) return ok(parsed.data as ParsedInputOf<C>);
  return fail({ code: 'VALIDATION', message: 'errors.validation', fields: fieldErrors(parsed.error) });
}

/** Runs a handler and turns every outcome into a Result: expected failures keep their code. */
export async function settle<T>(
  label: string,
  run: () => T | Promise<T>,
  log: ApiContext['log'] = console.error,
): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof AppError) return fail(error.toApiError());
    log(`[api] ${label} failed`, error);
    return fail({ code: 'INTERNAL', message: 'errors.internal' });
  }
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Validates every input against the shared contract and turns every outcome into a Result. */
export function createApi(ctx: ApiContext): Dispatch {
  const services = createServices(ctx);
  return async (channel, input) => {
    if (!isServiceChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[channel] as Handler<ServiceChannel>;
    return settle(channel, () => handler(services, parsed.value as never), ctx.log);
  };
}

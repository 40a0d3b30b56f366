import type { z } from 'zod';
import { type Channel, contract, type OutputOf, type ParsedInputOf } from '../shared/api/contract';
import { fail, ok, type Result } from '../shared/result';
import type { Db } from './db/types';
import { AppError } from './errors';
import { createPatientService } from './patients/service';
import { createSettingsService } from './settings/service';

export interface ApiContext {
  db: Db;
  dataDir: string;
  schemaVersion: number;
  appVersion: string;
  transport: 'electron' | 'web';
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

type Handler<C extends Channel> = (
  services: Services,
  input: ParsedInputOf<C>,
  ctx: ApiContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handler table: one entry per contract channel. No electron here, so tests call it directly. */
const handlers: { [C in Channel]: Handler<C> } = {
  'app.info': (_s, _i, ctx) => ({
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    transport: ctx.transport,
  }),
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

const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);

/**
 * Our schemas give every issue a message key; zod's own messages are English and, for unknown keys,
 * list every key the sender made up (100,000 junk keys made a 1 MB error). Both become message keys.
 */
function messageKey(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith('errors.')) return issue.message;
  return issue.code === 'unrecognized_keys' ? 'errors.unknownField' : 'errors.invalid';
}

/** Maps zod issues to field -> message key, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => p !== 'fields').join('.') || '_';
    fields[key] ??= messageKey(issue);
  }
  return fields;
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Validates every input against the shared contract and turns every outcome into a Result. */
export function createApi(ctx: ApiContext): Dispatch {
  const services = createServices(ctx);
  return async (channel, input) => {
    if (!isChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    try {
      // Inside the try: an in-process caller can pass a getter or proxy that throws while zod reads it.
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) {
        return fail({ code: 'VALIDATION', message: 'errors.validation', fields: fieldErrors(parsed.error) });
      }
      const handler = handlers[channel] as Handler<Channel>;
      return ok(await handler(services, parsed.data as never, ctx));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toApiError());
      (ctx.log ?? console.error)(`[api] ${channel} failed`, error);
      return fail({ code: 'INTERNAL', message: 'errors.internal' });
    }
  };
}

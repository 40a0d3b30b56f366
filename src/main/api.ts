import { type Channel, type Contract, contract, type ParsedInputOf } from '../shared/api/contract';
import { fieldErrors } from '../shared/kernel/field-errors';
import { fail, ok, type Result } from '../shared/result';
import { runWithCallAudit } from './audit/call-audit';
import { auditRoutes } from './audit/routes';
import { catalogRoutes } from './catalog/routes';
import { clinicalTextRoutes } from './clinical-texts/routes';
import { diaryRoutes } from './diary/routes';
import { documentRoutes } from './documents/routes';
import { AppError, storageFailure } from './errors';
import { exportRoutes } from './exports/routes';
import { importRoutes } from './imports/routes';
import { intakeRoutes } from './intake/routes';
import { patientRoutes } from './patients/routes';
import { photoRoutes } from './photos/routes';
import { NOT_AUDITED, type Route, type ServiceChannel } from './route';
import { screeningRoutes } from './screening/routes';
import { type ApiContext, createServices } from './services';
import { settingsRoutes } from './settings/routes';
import { treatmentRoutes } from './treatments/routes';

export type { ServiceChannel, VaultChannel } from './route';
export { type ApiContext, createServices, practitionerActor } from './services';

/**
 * Every service channel's handler and audit rule. Each capability owns its routes
 * (src/main/<capability>/routes.ts); the compiler checks that together they answer every channel.
 * No electron here, so tests call it directly.
 */
const routes: { [C in ServiceChannel]: Route<C> } = {
  ...patientRoutes,
  ...intakeRoutes,
  ...screeningRoutes,
  ...settingsRoutes,
  ...auditRoutes,
  ...documentRoutes,
  ...catalogRoutes,
  ...treatmentRoutes,
  ...exportRoutes,
  ...importRoutes,
  ...diaryRoutes,
  ...photoRoutes,
  ...clinicalTextRoutes,
};

export const isServiceChannel = (name: unknown): name is ServiceChannel =>
  typeof name === 'string' && Object.hasOwn(routes, name);

export { fieldErrors };

/** Validates an input against the shared contract. */
export function parseInput<C extends Channel>(channel: C, input: unknown): Result<ParsedInputOf<C>> {
  let parsed: ReturnType<Contract[C]['input']['safeParse']>;
  try {
    parsed = contract[channel].input.safeParse(input) as typeof parsed;
  } catch {
    // An in-process caller can pass a getter or proxy that throws while zod reads it.
    return fail({ code: 'VALIDATION', message: 'errors.validation', fields: { _: 'errors.invalid' } });
  }
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
    const storage = storageFailure(error);
    if (storage) {
      log(`[api] ${label} failed`, error);
      return fail(storage.toApiError());
    }
    // The database's own guard on signed records (a trigger) is reported as LOCKED, never INTERNAL.
    if (error instanceof Error && error.message.startsWith('LOCKED:')) {
      return fail({ code: 'LOCKED', message: 'errors.locked' });
    }
    log(`[api] ${label} failed`, error);
    return fail({ code: 'INTERNAL', message: 'errors.internal' });
  }
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Validates every input against the shared contract and turns every outcome into a Result. */
export function createApi(ctx: ApiContext, services = createServices(ctx)): Dispatch {
  return async (channel, input) => {
    if (!isServiceChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    const [handle, rule] = routes[channel] as Route<ServiceChannel>;
    const run = () => handle(services, parsed.value as never, ctx);
    if (rule === NOT_AUDITED) return settle(channel, run, ctx.log);
    const record = (output: unknown) => {
      const entry = rule(parsed.value as never, output as never);
      if (entry) services.audit.append(...entry);
    };
    return settle(
      channel,
      () =>
        runWithCallAudit(record, async (finish) => {
          let output: unknown;
          ctx.db.transaction(() => {
            output = run();
            if (!(output instanceof Promise)) finish(output);
          })();
          if (!(output instanceof Promise)) return output;
          // A long-running call that stores a record has written its entry with it
          // (recordCallInTransaction); the others (exports, prints) are recorded once finished.
          const value = await output;
          ctx.db.transaction(() => finish(value))();
          return value;
        }),
      ctx.log,
    );
  };
}

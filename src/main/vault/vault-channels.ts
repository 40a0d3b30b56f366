import type { Result } from '../../shared/result';
import { type ApiContext, parseInput, settle } from '../api';
import type { SessionChannel, VaultHandlers } from '../route';
import type { createSerialQueue } from './serial';

/** Read-only questions answer at once; everything else waits its turn. */
const UNQUEUED = new Set<SessionChannel>([
  'app.info',
  'vault.status',
  'backups.list',
  'backups.preview',
  'backups.progress',
]);

/**
 * The channels the vault answers itself: each input checked against the contract, each call settled
 * to a Result, and every call that changes something run one at a time.
 */
export function createVaultChannels(
  handlers: VaultHandlers<SessionChannel>,
  queue: ReturnType<typeof createSerialQueue>,
  log: ApiContext['log'],
) {
  return {
    has: (name: unknown): name is SessionChannel => typeof name === 'string' && Object.hasOwn(handlers, name),
    call(channel: SessionChannel, input: unknown): Promise<Result<unknown>> {
      const parsed = parseInput(channel, input);
      if (!parsed.ok) return Promise.resolve(parsed);
      const handler = handlers[channel] as (i: unknown) => Promise<unknown>;
      const run = () => settle(channel, () => handler(parsed.value), log);
      return UNQUEUED.has(channel) ? run() : queue.run(run);
    },
  };
}

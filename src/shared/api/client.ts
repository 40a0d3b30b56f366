import type { Result } from '../result';
import { CHANNELS } from './channels';
import type { Channel, InputOf, OutputOf } from './contract';

export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

type Namespace<K> = K extends `${infer N}.${string}` ? N : never;
type Methods<N extends string> = {
  [K in Channel as K extends `${N}.${infer M}` ? M : never]: (
    input: InputOf<K>,
  ) => Promise<Result<OutputOf<K>>>;
};

/** window.clinic: one method per contract channel, grouped by namespace (clinic.patients.search). */
export type ClinicApi = { [N in Namespace<Channel>]: Methods<N> };

/**
 * Builds the client from the channel list. The preload (over IPC) and the browser bridge (over
 * loopback HTTP) both use this, so the two transports cannot drift apart.
 */
export function createClinicClient(transport: Transport): ClinicApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNELS) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (input: unknown) => transport(channel, input ?? {});
  }
  return api as unknown as ClinicApi;
}

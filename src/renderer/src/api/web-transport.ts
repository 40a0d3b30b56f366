import { BRIDGE_LAUNCH_PARAM, BRIDGE_LAUNCH_PATH, IPC_CHANNEL } from '../../../shared/api/channels';
import type { Transport } from '../../../shared/api/client';

const API_PATH = `/api/${IPC_CHANNEL.replace(':', '/')}`;
const NO_TOKEN = { ok: false, error: { code: 'FORBIDDEN', message: 'errors.noToken' } } as const;

/** Takes the one-time launch code from the address and strips it at once (the history keeps no code). */
function takeLaunchCode(): string | null {
  const params = new URLSearchParams(window.location.search);
  const code = params.get(BRIDGE_LAUNCH_PARAM);
  if (code === null) return null;
  params.delete(BRIDGE_LAUNCH_PARAM);
  const query = params.toString();
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
  );
  return code;
}

/** Trades the launch code for a session token; null when there is none or it was used or expired. */
async function exchange(code: string | null): Promise<string | null> {
  if (!code) return null;
  try {
    const response = await fetch(BRIDGE_LAUNCH_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    if (!response.ok) return null;
    const { token } = (await response.json()) as { token?: unknown };
    return typeof token === 'string' ? token : null;
  } catch {
    return null;
  }
}

/**
 * window.clinic over the browser bridge. The session token lives only in this closure: never in the
 * address, localStorage or sessionStorage, so a reload needs a new address from `npm run web`.
 */
export function webTransport(): Transport {
  const token = exchange(takeLaunchCode());
  return async (channel, input) => {
    const current = await token;
    if (!current) return NO_TOKEN;
    try {
      const response = await fetch(API_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Mesodesk-Token': current },
        body: JSON.stringify({ channel, input }),
      });
      if (response.status === 401) return NO_TOKEN;
      if (!response.ok) return { ok: false, error: { code: 'INTERNAL', message: 'errors.transport' } };
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'errors.transport' } };
    }
  };
}

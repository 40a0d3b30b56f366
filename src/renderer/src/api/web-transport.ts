import { IPC_CHANNEL } from '../../../shared/api/channels';
import type { Transport } from '../../../shared/api/client';

const TOKEN_KEY = 'mesodesk.bridge-token';
const API_PATH = `/api/${IPC_CHANNEL.replace(':', '/')}`;

/** Reads the bridge token from the launch URL once, keeps it for this tab, and strips it from the address. */
function takeToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function webTransport(): Transport {
  const token = takeToken();
  return async (channel, input) => {
    if (!token) return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.noToken' } };
    try {
      const response = await fetch(API_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Mesodesk-Token': token },
        body: JSON.stringify({ channel, input }),
      });
      if (response.status === 401)
        return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.noToken' } };
      if (!response.ok) return { ok: false, error: { code: 'INTERNAL', message: 'errors.transport' } };
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'errors.transport' } };
    }
  };
}

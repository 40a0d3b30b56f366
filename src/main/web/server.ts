import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BRIDGE_LAUNCH_PARAM, BRIDGE_LAUNCH_PATH, IPC_CHANNEL } from '../../shared/api/channels';
import { contentTypeOf } from '../content-types';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { tightenDataDir } from '../files/private';
import { createClinicSwitch } from '../sample/switch';
import type { KdfParams } from '../vault/keyfile';
import { createClinicVault } from '../vault/vault';

export interface BridgeOptions {
  dataDir: string;
  rendererDir: string;
  port?: number;
  /** A session token accepted without a launch code: tests only. */
  token?: string;
  /** How long a launch code stays valid: two minutes unless a test shortens it. */
  launchCodeTtlMs?: number;
  /** Told the fresh launch address each time the current one is used (the CLI prints it). */
  onLaunchAddress?: (url: string) => void;
  appVersion?: string;
  now?: () => Date;
  /** scrypt cost for the key file; only tests lower it. */
  kdf?: KdfParams;
  /** Start in the sample clinic of invented patients (`npm run web -- --sample`). */
  sample?: boolean;
}

export interface BridgeServer {
  url: string;
  /**
   * The address to open now. It carries a one-time launch code, not the session token: the page
   * exchanges the code for a token it keeps in memory, and the code stops working once used or after
   * `launchCodeTtlMs`. Read after that, it is a fresh address.
   */
  readonly launchUrl: string;
  /** Issues a new launch code (the previous one stops working) and returns its address. */
  newLaunchUrl(): string;
  port: number;
  close(): Promise<void>;
}

/** Two minutes to open the printed address; after that (or once used) a new one is needed. */
export const LAUNCH_CODE_TTL_MS = 2 * 60_000;

const MAX_BODY_BYTES = 25 * 1024 * 1024;
const API_PATH = `/api/${IPC_CHANNEL.replace(':', '/')}`;
const MAX_LAUNCH_BODY_BYTES = 1024;
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * Browser mode: the built renderer and the real handler table on 127.0.0.1, with window.clinic
 * carried over HTTP. Every API call needs a session token, a loopback Host and a same-origin request.
 * The printed address carries only a launch code, used once within minutes, so neither the terminal's
 * log nor the browser's history keeps a secret that still opens the clinic.
 */
export async function startBridgeServer(options: BridgeOptions): Promise<BridgeServer> {
  // Folders 0700, files 0600: also what an earlier version left readable to others.
  tightenDataDir(options.dataDir);
  const session = createClinicSwitch({
    realDataDir: options.dataDir,
    open: (dataDir, sample) =>
      createClinicVault({
        dataDir,
        sample,
        appVersion: options.appVersion ?? '0.0.0',
        transport: 'web',
        now: options.now,
        kdf: options.kdf,
      }),
    startInSample: options.sample,
    now: options.now,
  });
  const dispatch = session.dispatch;
  const tokens = createTokens(options.token);
  const launch = createLaunchCodes(options.launchCodeTtlMs ?? LAUNCH_CODE_TTL_MS, options.now);
  const rendererRoot = path.resolve(options.rendererDir);
  let port = 0;

  const server = http.createServer(async (req, res) => {
    try {
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'Misdirected request');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname === BRIDGE_LAUNCH_PATH || url.pathname === API_PATH) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
        const origin = req.headers.origin;
        if (origin && !allowedHosts.some((h) => origin === `http://${h}`)) return send(res, 403, 'Forbidden');
      }
      if (url.pathname === BRIDGE_LAUNCH_PATH) {
        const declared = Number(req.headers['content-length'] ?? 0);
        const body = declared > MAX_LAUNCH_BODY_BYTES ? null : await readBody(req, MAX_LAUNCH_BODY_BYTES);
        if (body === null) return send(res, 413, 'Request too large');
        if (!launch.redeem(launchCodeOf(body))) return send(res, 401, 'Unknown, used or expired launch code');
        // The used code is gone: a fresh address is printed, so there is always one to open.
        options.onLaunchAddress?.(launchUrlOf(launch.issue()));
        res.writeHead(200, { 'Content-Type': 'application/json', ...SECURITY_HEADERS });
        res.end(JSON.stringify({ token: tokens.issue() }));
        return;
      }
      if (url.pathname === API_PATH) {
        if (!tokens.accepts(String(req.headers['x-mesodesk-token'] ?? ''))) {
          return send(res, 401, 'Missing or wrong token');
        }
        const declared = Number(req.headers['content-length'] ?? 0);
        const body = declared > MAX_BODY_BYTES ? null : await readBody(req, MAX_BODY_BYTES);
        if (body === null) return send(res, 413, 'Request too large');
        let message: { channel?: unknown; input?: unknown };
        try {
          message = JSON.parse(body);
        } catch {
          return send(res, 400, 'Malformed JSON');
        }
        const result = await dispatch(message.channel, message.input);
        res.writeHead(200, { 'Content-Type': 'application/json', ...SECURITY_HEADERS });
        res.end(JSON.stringify(result));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      serveStatic(rendererRoot, url.pathname, res);
    } catch (error) {
      console.error('[web] request failed', error);
      if (!res.headersSent) send(res, 500, 'Internal error');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  const launchUrlOf = (code: string) => `${url}?${BRIDGE_LAUNCH_PARAM}=${code}`;
  return {
    url,
    get launchUrl() {
      return launchUrlOf(launch.current() ?? launch.issue());
    },
    newLaunchUrl: () => launchUrlOf(launch.issue()),
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          session.close();
          resolve();
        });
      }),
  };
}

const randomSecret = () => crypto.randomBytes(24).toString('base64url');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Session tokens handed out for launch codes, held in memory only (a restart ends every session). */
function createTokens(preset?: string) {
  const issued: string[] = preset ? [preset] : [];
  return {
    issue(): string {
      const token = randomSecret();
      issued.push(token);
      return token;
    },
    accepts: (given: string): boolean => given !== '' && issued.some((t) => sameSecret(given, t)),
  };
}

/** One launch code valid at a time: it works once, within `ttlMs` of being issued. */
function createLaunchCodes(ttlMs: number, now: () => Date = () => new Date()) {
  let code: { value: string; expiresAt: number } | null = null;
  const valid = () => (code && now().getTime() < code.expiresAt ? code : null);
  return {
    issue(): string {
      code = { value: randomSecret(), expiresAt: now().getTime() + ttlMs };
      return code.value;
    },
    current: (): string | null => valid()?.value ?? null,
    /** True (and the code is spent) when `given` is the current, unexpired code. */
    redeem(given: string): boolean {
      const live = valid();
      if (!live || !sameSecret(given, live.value)) return false;
      code = null;
      return true;
    },
  };
}

function launchCodeOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { code?: unknown };
    return typeof parsed.code === 'string' ? parsed.code : '';
  } catch {
    return '';
  }
}

function send(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(text);
}

/**
 * The body as text, or null once it passes the limit. Past the limit the rest is read and dropped
 * rather than the socket destroyed: a client still uploading would otherwise see a connection reset
 * instead of the 413.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks = [];
        req.off('data', collect);
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const notFound = (why = 'Not found') => send(res, 404, why);
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep)) {
    notFound();
    return;
  }
  let target = file;
  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
    // Unknown paths get the app shell (hash routing keeps routes out of the path anyway).
    if (path.extname(relative)) {
      notFound();
      return;
    }
    target = path.join(root, 'index.html');
    if (!fs.existsSync(target)) {
      notFound('The renderer is not built: run `npm run build`.');
      return;
    }
  }
  res.writeHead(200, {
    'Content-Type': contentTypeOf(target),
    ...SECURITY_HEADERS,
  });
  fs.createReadStream(target).pipe(res);
}

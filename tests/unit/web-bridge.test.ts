import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BridgeServer, startBridgeServer } from '../../src/main/web/server';

let dir: string;
let rendererDir: string;
let server: BridgeServer;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-bridge-'));
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Mesodesk</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  server = await startBridgeServer({
    dataDir: path.join(dir, 'data'),
    rendererDir,
    token: 'test-token',
    kdf: { N: 1024, r: 8, p: 1 },
  });
});
afterEach(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const invoke = (body: unknown, headers: Record<string, string> = { 'X-Mesodesk-Token': 'test-token' }) =>
  fetch(`${server.url}api/clinic/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('browser bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.launchUrl.startsWith(`${server.url}?launch=`)).toBe(true);
  });

  it('serves the real API with the token, behind the passphrase', async () => {
    const before = await invoke({ channel: 'patients.search', input: {} });
    expect(await before.json()).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const setup = await invoke({
      channel: 'vault.setup',
      input: { passphrase: 'a long enough passphrase', confirmation: 'a long enough passphrase' },
    });
    expect(await setup.json()).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    const created = await invoke({
      channel: 'patients.create',
      input: { fields: { firstName: 'Ирина', lastName: 'Смирнова', dateOfBirth: '1979-04-04' } },
    });
    expect(await created.json()).toMatchObject({ ok: true, value: { number: 'P-000001' } });
    const found = await invoke({ channel: 'patients.search', input: { query: 'ирин' } });
    expect(await found.json()).toMatchObject({ ok: true, value: { total: 1 } });
    expect(fs.existsSync(path.join(dir, 'data', 'mesodesk.db'))).toBe(true);
  });

  it('refuses calls without the right token, from another origin, or to another host name', async () => {
    const call = { channel: 'patients.search', input: {} };
    expect((await invoke(call, {})).status).toBe(401);
    expect((await invoke(call, { 'X-Mesodesk-Token': 'test-tokem' })).status).toBe(401);
    expect(
      (await invoke(call, { 'X-Mesodesk-Token': 'test-token', Origin: 'http://evil.example' })).status,
    ).toBe(403);
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name: refused.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request(
        `${server.url}api/clinic/invoke`,
        { method: 'POST', headers: { Host: 'evil.example', 'X-Mesodesk-Token': 'test-token' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(call));
    });
    expect(status).toBe(421);
  });

  it('answers malformed JSON and unknown channels without crashing', async () => {
    const bad = await fetch(`${server.url}api/clinic/invoke`, {
      method: 'POST',
      headers: { 'X-Mesodesk-Token': 'test-token' },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    expect(await (await invoke({ channel: 'fs.readFile', input: {} })).json()).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  const unlock = async () => {
    const passphrase = 'a long enough passphrase';
    const setup = await invoke({ channel: 'vault.setup', input: { passphrase, confirmation: passphrase } });
    expect(setup.status).toBe(200);
  };

  it('answers JSON nested 100,000 levels deep with a field error', async () => {
    await unlock();
    const depth = 100_000;
    const response = await fetch(`${server.url}api/clinic/invoke`, {
      method: 'POST',
      headers: { 'X-Mesodesk-Token': 'test-token' },
      body: `{"channel":"patients.create","input":{"fields":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a 50 MB body with 413 and keeps serving', async () => {
    await unlock();
    const notes = 'n'.repeat(50 * 1024 * 1024);
    const big = await invoke({
      channel: 'patients.create',
      input: { fields: { lastName: 'Big', dateOfBirth: '1990-01-01', notes } },
    });
    expect(big.status).toBe(413);
    expect(await big.text()).toBe('Request too large');
    const after = await invoke({ channel: 'patients.search', input: {} });
    expect(await after.json()).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refuses a streamed body without a declared length once it passes the limit', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request(
        `${server.url}api/clinic/invoke`,
        { method: 'POST', headers: { 'X-Mesodesk-Token': 'test-token', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'n');
      for (let i = 0; i < 30; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    expect((await invoke({ channel: 'app.info', input: {} })).status).toBe(200);
  });

  it('answers a note under the body limit but over the field limit with a field error', async () => {
    await unlock();
    const notes = 'n'.repeat(20 * 1024 * 1024);
    const result = await invoke({
      channel: 'patients.create',
      input: { fields: { lastName: 'Big', dateOfBirth: '1990-01-01', notes } },
    });
    expect(await result.json()).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'errors.validation', fields: { notes: 'errors.tooLong' } },
    });
  });

  it('serves the renderer with the CSP, and nothing outside its folder', async () => {
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${server.url}assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${server.url}..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}assets/..%2f..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
  });
});

describe('browser bridge launch codes', () => {
  let clock: number;
  let printed: string[];
  let bridge: BridgeServer;

  beforeEach(async () => {
    clock = Date.parse('2026-11-27T09:00:00Z');
    printed = [];
    bridge = await startBridgeServer({
      dataDir: path.join(dir, 'launch-data'),
      rendererDir,
      kdf: { N: 1024, r: 8, p: 1 },
      now: () => new Date(clock),
      onLaunchAddress: (url) => printed.push(url),
    });
  });
  afterEach(() => bridge.close());

  const codeOf = (launchUrl: string) => new URL(launchUrl).searchParams.get('launch') ?? '';
  const exchange = (code: string, headers: Record<string, string> = {}) =>
    fetch(`${bridge.url}api/launch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ code }),
    });
  const call = (token: string) =>
    fetch(`${bridge.url}api/clinic/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Mesodesk-Token': token },
      body: JSON.stringify({ channel: 'vault.status', input: {} }),
    });

  it('prints an address whose code is not itself a session token', async () => {
    const launchUrl = bridge.launchUrl;
    expect(launchUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]{20,}$/);
    expect(launchUrl).not.toContain('token');
    expect((await call(codeOf(launchUrl))).status).toBe(401);
    expect((await call('')).status).toBe(401);
  });

  it('trades the code once for a session token, then prints a fresh address', async () => {
    const code = codeOf(bridge.launchUrl);
    const first = await exchange(code);
    expect(first.status).toBe(200);
    const { token } = (await first.json()) as { token: string };
    expect(token).toMatch(/^[\w-]{20,}$/);
    expect(token).not.toBe(code);
    expect(await (await call(token)).json()).toMatchObject({ ok: true, value: { state: 'setup' } });

    // Used: the same code is refused, and the address printed now carries a new one.
    expect((await exchange(code)).status).toBe(401);
    expect(printed).toHaveLength(1);
    const next = codeOf(printed[0] as string);
    expect(next).not.toBe(code);
    expect(codeOf(bridge.launchUrl)).toBe(next);
    const second = (await (await exchange(next)).json()) as { token: string };
    expect(second.token).not.toBe(token);
    // Both tabs keep working.
    expect((await call(token)).status).toBe(200);
    expect((await call(second.token)).status).toBe(200);
  });

  it('refuses an unknown, empty or expired code', async () => {
    expect((await exchange('not-a-code')).status).toBe(401);
    expect((await exchange('')).status).toBe(401);
    const bad = await fetch(`${bridge.url}api/launch`, { method: 'POST', body: '{nope' });
    expect(bad.status).toBe(401);
    const code = codeOf(bridge.launchUrl);
    clock += 2 * 60_000 + 1;
    expect((await exchange(code)).status).toBe(401);
    expect(printed).toEqual([]);
    // Reading the address again gives a fresh code that works.
    const fresh = codeOf(bridge.launchUrl);
    expect(fresh).not.toBe(code);
    expect((await exchange(fresh)).status).toBe(200);
  });

  it('issues a new address on demand, and the previous code stops working', async () => {
    const old = codeOf(bridge.launchUrl);
    const fresh = codeOf(bridge.newLaunchUrl());
    expect((await exchange(old)).status).toBe(401);
    expect((await exchange(fresh)).status).toBe(200);
  });

  it('takes codes only by POST, from the same origin, under a loopback host name', async () => {
    const code = codeOf(bridge.launchUrl);
    expect((await fetch(`${bridge.url}api/launch?code=${code}`)).status).toBe(405);
    expect((await exchange(code, { Origin: 'http://evil.example' })).status).toBe(403);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request(
        `${bridge.url}api/launch`,
        { method: 'POST', headers: { Host: 'evil.example', 'Content-Type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ code }));
    });
    expect(status).toBe(421);
    // None of that spent the code.
    expect((await exchange(code, { Origin: bridge.url.replace(/\/$/, '') })).status).toBe(200);
  });
});

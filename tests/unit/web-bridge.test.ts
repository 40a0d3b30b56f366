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
    expect(server.launchUrl).toBe(`${server.url}?token=test-token`);
  });

  it('serves the real API with the token, behind the passphrase', async () => {
    const before = await invoke({ channel: 'patients.search', input: {} });
    expect(await before.json()).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const setup = await invoke({
      channel: 'session.setup',
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
    const setup = await invoke({ channel: 'session.setup', input: { passphrase, confirmation: passphrase } });
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

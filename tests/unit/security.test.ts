import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';
import {
  devContentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAllowedExternal,
  isTrustedSender,
  mainWindowOptions,
} from '../../src/main/security';

describe('window options', () => {
  it('are what DESIGN.md lists: isolation, sandbox, no node, no webview', () => {
    const prefs = mainWindowOptions('/app/preload.js').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('content security policy', () => {
  it('allows nothing from outside the app origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
  });

  it('relaxes only for the local dev server in development', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173');
    expect(dev).toContain('http://localhost:5173');
    expect(dev).toContain('ws://localhost:5173');
    expect(dev).not.toMatch(/https:|\*/);
  });
});

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}
const fire = (contents: FakeContents, event: string, url?: string) => {
  const e = { preventDefault: vi.fn() };
  contents.emit(event, e, url);
  return e.preventDefault.mock.calls.length > 0;
};

describe('web contents guards', () => {
  const setup = () => {
    const contents = new FakeContents();
    const shell = { openExternal: vi.fn(async () => {}) };
    hardenWebContents(contents as never, shell);
    return { contents, shell };
  };

  it('blocks navigation away from the app and allows in-app navigation', () => {
    const { contents } = setup();
    expect(fire(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://mesodesk/index.html#/patients/1')).toBe(false);
  });

  it('blocks <webview> attachment', () => {
    const { contents } = setup();
    expect(fire(contents, 'will-attach-webview')).toBe(true);
  });

  it('denies window.open, handing only allow-listed links to the OS', () => {
    const { contents, shell } = setup();
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'mailto:gp@example.com' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:gp@example.com');
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternal('file:///tmp/x')).toBe(false);
  });
});

describe('session guards', () => {
  it('denies every permission request and check, and sets the CSP on every response', () => {
    let request: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let headers: ((details: unknown, cb: (r: unknown) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => {
        request = h;
      },
      setPermissionCheckHandler: (h: typeof check) => {
        check = h;
      },
      webRequest: {
        onHeadersReceived: (h: typeof headers) => {
          headers = h;
        },
      },
    };
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      request?.(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(check?.()).toBe(false);
    // The camera alone, for the app's own page in the top frame: the photo capture screen.
    const asked = (permission: string, details: Record<string, unknown>) => {
      const cb = vi.fn();
      (request as unknown as (wc: unknown, p: string, cb: unknown, d: unknown) => void)(
        null,
        permission,
        cb,
        details,
      );
      return cb.mock.calls[0]?.[0];
    };
    const own = { requestingUrl: 'app://mesodesk/index.html', isMainFrame: true };
    expect(asked('media', { ...own, mediaTypes: ['video'] })).toBe(true);
    expect(asked('media', { ...own, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(asked('media', { ...own, mediaTypes: ['audio'] })).toBe(false);
    expect(asked('media', { ...own, mediaTypes: [] })).toBe(false);
    expect(asked('media', { ...own, mediaTypes: ['video'], isMainFrame: false })).toBe(false);
    expect(
      asked('media', { mediaTypes: ['video'], requestingUrl: 'https://evil.example/', isMainFrame: true }),
    ).toBe(false);
    expect(asked('geolocation', { ...own, mediaTypes: ['video'] })).toBe(false);
    const checked = check as unknown as (wc: unknown, p: string, origin: string, d: unknown) => boolean;
    expect(checked(null, 'media', 'app://mesodesk', { mediaType: 'video', isMainFrame: true })).toBe(true);
    expect(checked(null, 'media', 'app://mesodesk', { mediaType: 'audio', isMainFrame: true })).toBe(false);
    expect(checked(null, 'media', 'https://evil.example', { mediaType: 'video', isMainFrame: true })).toBe(
      false,
    );
    expect(checked(null, 'notifications', 'app://mesodesk', { isMainFrame: true })).toBe(false);
    const cb = vi.fn();
    headers?.({ responseHeaders: { 'X-Other': ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('IPC sender check', () => {
  it('accepts only the app page in the top frame', () => {
    expect(isTrustedSender({ url: 'app://mesodesk/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://mesodesk/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://mesodesk/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, 'http://localhost:5173')).toBe(
      true,
    );
  });
});

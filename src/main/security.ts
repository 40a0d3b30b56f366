import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Every Electron guard in one place. Only `import type` from electron here: the guards take the
 * objects they harden as arguments, so unit tests can check them without an Electron binary.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mesodesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Links the app may hand to the operating system. Nothing else leaves the window. */
export const EXTERNAL_ALLOW_LIST: readonly RegExp[] = [/^mailto:[^/]*$/i];

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Chromium's built-in PDF viewer (the only plugin Electron has) shows the in-app PDF preview.
    plugins: true,
    spellcheck: true,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Mesodesk',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** True when a URL belongs to the app's own page (the custom protocol, or the dev server in dev). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}

export const isAllowedExternal = (url: string): boolean => EXTERNAL_ALLOW_LIST.some((re) => re.test(url));

interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/** Navigation, new windows and <webview> are all refused; allow-listed links go to the OS. */
export function hardenWebContents(contents: WebContents, shell: ShellLike, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * The one permission the app grants: the camera (video only, never the microphone), to the app's own
 * page in the top frame, for the photo capture screen. Everything else is denied.
 */
export function isAllowedPermissionRequest(
  permission: string,
  details: { mediaTypes?: readonly string[]; requestingUrl?: string; isMainFrame?: boolean } | undefined,
  devServerUrl?: string,
): boolean {
  if (!details) return false;
  const types = details.mediaTypes ?? [];
  return (
    permission === 'media' &&
    types.length > 0 &&
    types.every((t) => t === 'video') &&
    details.isMainFrame === true &&
    isAppUrl(details.requestingUrl ?? '', devServerUrl)
  );
}

/** The synchronous check Chromium makes before a request (e.g. listing cameras): the same rule. */
export function isAllowedPermissionCheck(
  permission: string,
  requestingOrigin: string,
  details: { mediaType?: string; isMainFrame?: boolean } | undefined,
  devServerUrl?: string,
): boolean {
  if (!details) return false;
  return (
    permission === 'media' &&
    details.mediaType === 'video' &&
    details.isMainFrame !== false &&
    isAppUrl(requestingOrigin, devServerUrl)
  );
}

/** Permission requests and checks are denied but for the app's own camera use; every response carries the CSP. */
export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(isAllowedPermissionRequest(permission, details as never, devServerUrl)),
  );
  session.setPermissionCheckHandler((_wc, permission, origin, details) =>
    isAllowedPermissionCheck(permission, origin, details as never, devServerUrl),
  );
  session.setDevicePermissionHandler?.(() => false);
  const csp = devServerUrl ? devContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    });
  });
}

/** In `npm run dev` only: Vite's hot reload needs its inline preamble and a websocket. */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl).origin;
  const ws = origin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${origin}`)
    .replace("style-src 'self'", `style-src 'self' 'unsafe-inline' ${origin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${origin} ${ws}`);
}

/** The IPC sender check: only the app's own top-level page may call the API. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  devServerUrl?: string,
): boolean {
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url, devServerUrl);
}

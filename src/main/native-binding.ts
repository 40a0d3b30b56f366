import fs from 'node:fs';
import path from 'node:path';

/** Where the Electron build of better-sqlite3-multiple-ciphers lives, relative to its root folder. */
export const NATIVE_DIR = '.native';
export const nativeBindingFile = (electronVersion: string): string =>
  path.join(NATIVE_DIR, `electron-${electronVersion}`, 'better_sqlite3.node');

export interface NativeBindingHost {
  /** app.isPackaged */
  isPackaged: boolean;
  /** app.getAppPath(): the project folder in development. */
  appPath: string;
  /** process.resourcesPath: the packaged app's resources folder (electron-builder extraResources). */
  resourcesPath: string;
  /** process.versions.electron */
  electronVersion: string;
}

/**
 * better-sqlite3 for Electron's ABI lives apart from the Node copy in node_modules that tests use, so
 * `npm start` and `npm test` never break each other (scripts/electron-native.mjs builds it into
 * `.native/`). In development it is looked up beside the sources; where it has not been built yet,
 * undefined lets the module load its own build. A packaged app carries the same file in its resources
 * folder (electron-builder.yml, extraResources) and always loads that one: the copy in node_modules
 * is the Node build, left out of the package.
 */
export function electronNativeBinding(
  host: NativeBindingHost,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  const relative = nativeBindingFile(host.electronVersion);
  if (host.isPackaged) return path.join(host.resourcesPath, relative);
  const candidate = path.join(host.appPath, relative);
  return exists(candidate) ? candidate : undefined;
}

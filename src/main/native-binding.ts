import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 for Electron's ABI lives apart from the Node copy that tests use, so `npm start` and
 * `npm test` never break each other (scripts/electron-native.mjs builds it). Packaged apps have an
 * Electron build in node_modules already, so no override is needed there.
 */
export function electronNativeBinding(appRoot: string, electronVersion: string): string | undefined {
  const candidate = path.join(appRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

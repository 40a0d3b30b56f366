import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The Electron binary, if this machine has one (it is downloaded lazily, so often it has not). */
export function findElectronBinary(): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!fs.existsSync(pathFile) && !override) return null;
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = override ? path.join(override, relative) : path.join(pkg, 'dist', relative);
  return fs.existsSync(binary) ? binary : null;
}

export function electronNativeBuilt(): boolean {
  const version = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  return fs.existsSync(path.join(root, '.native', `electron-${version}`, 'better_sqlite3.node'));
}

/** Why the Electron smoke test cannot run here, or null when it can. */
export function electronSkipReason(): string | null {
  if (!findElectronBinary()) {
    return 'no Electron binary on this machine (node_modules/electron/dist is fetched on first `npm start` where there is internet)';
  }
  if (!electronNativeBuilt()) {
    return 'better-sqlite3 is not built for Electron yet (run `node scripts/electron-native.mjs`, needs internet once)';
  }
  if (!fs.existsSync(path.join(root, 'out/main/index.js')))
    return 'the app is not built (run `npm run build`)';
  return null;
}

export const MAIN_ENTRY = path.join(root, 'out/main/index.js');

#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers (SQLite with encryption) for Electron's ABI into .native/electron-<version>/, apart from the Node build
// in node_modules that the tests load. `npm start` and `npm test` therefore never break each other.
// Tries the project's published prebuilt binary first, then compiles against Electron's headers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = require('electron/package.json').version;
const outDir = path.join(root, '.native', `electron-${electronVersion}`);
const target = path.join(outDir, 'better_sqlite3.node');

if (fs.existsSync(target)) process.exit(0);

const source = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const work = path.join(root, '.native', 'build-sqlite');
fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(path.join(source, 'build')) });

// npm exports the user's nodedir (Node's headers) to scripts: that would build for Node, not Electron.
const env = { ...process.env };
for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];

const run = (label, args) => {
  console.log(`[electron-native] ${label}`);
  return spawnSync(process.execPath, args, { cwd: work, env, stdio: 'inherit' }).status === 0;
};

const common = [`--target=${electronVersion}`, `--arch=${process.arch}`];
const built =
  run(`fetching the prebuilt better-sqlite3-multiple-ciphers for Electron ${electronVersion}`, [
    require.resolve('prebuild-install/bin.js'),
    '--runtime=electron',
    ...common,
  ]) ||
  run(`compiling better-sqlite3-multiple-ciphers against Electron ${electronVersion} headers`, [
    require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
    ...common,
  ]);

const produced = path.join(work, 'build', 'Release', 'better_sqlite3.node');
if (!built || !fs.existsSync(produced)) {
  fs.rmSync(work, { recursive: true, force: true });
  console.error(
    '[electron-native] Could not build better-sqlite3-multiple-ciphers for Electron. This needs internet access once ' +
      '(prebuilt binary or Electron headers) and a C++ toolchain for the fallback. The tests and ' +
      '`npm run web` do not need it.',
  );
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(produced, target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`[electron-native] ready: ${path.relative(root, target)}`);

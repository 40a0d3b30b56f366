import fs from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { minimatch } from 'minimatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { nativeBindingFile } from '../../src/main/native-binding';

const root = path.resolve(__dirname, '../..');
let config: Configuration;

beforeAll(async () => {
  // electron-builder.yml read and validated by the installed electron-builder, as `npm run dist` does.
  config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
});

describe('electron-builder.yml', () => {
  it('flips the Electron fuses that keep the packaged app from running other code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar ?? true).toBe(true);
  });

  it('ships the Electron build of the SQLite module where the packaged app looks for it', () => {
    const electronVersion = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
    ).version as string;
    const [native, ...others] = config.extraResources as { from: string; to: string; filter: string[] }[];
    expect(others).toEqual([]);
    // The packaged app loads <resources>/<nativeBindingFile>: the copy must land exactly there.
    const [folder, ...rest] = nativeBindingFile(electronVersion).split(path.sep);
    expect(native).toMatchObject({ from: folder, to: folder });
    expect(native?.filter.some((pattern) => minimatch(rest.join('/'), pattern))).toBe(true);
  });

  it('leaves node_modules as it is (no rebuild in place) and the Node build out of the package', () => {
    expect(config.npmRebuild).toBe(false);
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    const excluded = (file: string) =>
      patterns.some((p) => p.startsWith('!') && minimatch(file, p.slice(1), { dot: true }));
    expect(excluded('node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node')).toBe(
      true,
    );
    expect(excluded('node_modules/better-sqlite3-multiple-ciphers/lib/database.js')).toBe(false);
  });

  it('unpacks sharp and its libvips binaries from the asar archive (native code cannot load from it)', () => {
    const unpacked = [config.asarUnpack ?? []].flat() as string[];
    const isUnpacked = (file: string) => unpacked.some((p) => minimatch(file, p, { dot: true }));
    expect(isUnpacked('node_modules/sharp/dist/index.cjs')).toBe(true);
    expect(isUnpacked('node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node')).toBe(true);
    expect(isUnpacked('node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.18.7')).toBe(true);
  });
});

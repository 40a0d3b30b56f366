import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding } from '../../src/main/native-binding';

const host = {
  appPath: path.join('/home', 'dev', 'mesodesk'),
  resourcesPath: path.join('/opt', 'Mesodesk', 'resources'),
  electronVersion: '45.4.1',
};
const devFile = path.join(host.appPath, '.native', 'electron-45.4.1', 'better_sqlite3.node');
const packagedFile = path.join(host.resourcesPath, '.native', 'electron-45.4.1', 'better_sqlite3.node');

describe('the Electron build of the SQLite module', () => {
  it('in development comes from .native beside the sources, when built', () => {
    const exists = (file: string) => file === devFile;
    expect(electronNativeBinding({ ...host, isPackaged: false }, exists)).toBe(devFile);
  });

  it('in development falls back to the module’s own build when .native has none', () => {
    expect(electronNativeBinding({ ...host, isPackaged: false }, () => false)).toBeUndefined();
  });

  it('in a packaged app always comes from the resources folder, never from node_modules', () => {
    const looked: string[] = [];
    const exists = (file: string) => {
      looked.push(file);
      return true;
    };
    expect(electronNativeBinding({ ...host, isPackaged: true }, exists)).toBe(packagedFile);
    expect(electronNativeBinding({ ...host, isPackaged: true }, () => false)).toBe(packagedFile);
    expect(looked).toEqual([]);
  });
});

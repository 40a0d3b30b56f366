import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { writePrivateJson } from '../../src/main/files/private-json';
import {
  readWindowState,
  rememberWindowState,
  restoreWindowState,
  type TrackedWindow,
  WINDOW_STATE_FILE,
} from '../../src/main/shell/window-state';

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 870 } };
const monitorRight = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };

/** A window as the state module sees it: bounds, maximised, and its close listeners. */
function fakeWindow(bounds: Rectangle, maximized: boolean) {
  const listeners: (() => void)[] = [];
  const win: TrackedWindow & { close(): void } = {
    getNormalBounds: () => bounds,
    isMaximized: () => maximized,
    on: (_event, listener) => listeners.push(listener),
    close: () => {
      for (const listener of listeners) listener();
    },
  };
  return win;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-window-'));
  dirs.push(dir);
  return path.join(dir, WINDOW_STATE_FILE);
};

describe('window state', () => {
  it('is saved on close, 0600, and read back', () => {
    const file = tempFile();
    const win = fakeWindow({ x: 100, y: 50, width: 1200, height: 800 }, true);
    rememberWindowState(win, (state) => writePrivateJson(file, state));
    win.close();
    expect(readWindowState(file)).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true });
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
  });

  it('a failed write does not stop the window closing', () => {
    const win = fakeWindow({ x: 0, y: 0, width: 1000, height: 700 }, false);
    rememberWindowState(win, () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    });
    expect(() => win.close()).not.toThrow();
  });

  it('missing, unreadable or malformed files give no state', () => {
    expect(readWindowState(tempFile())).toBeNull();
    expect(readWindowState('x', () => '{not json')).toBeNull();
    expect(readWindowState('x', () => '{"x":0,"y":0,"width":-5,"height":10,"maximized":false}')).toBeNull();
    expect(readWindowState('x', () => '{"x":0,"y":0,"width":800,"height":600}')).toBeNull();
  });

  it('restores bounds that fit a connected display, on any monitor', () => {
    const onLaptop = { x: 40, y: 30, width: 1280, height: 820, maximized: false };
    expect(restoreWindowState(onLaptop, [laptop])).toEqual({
      bounds: { x: 40, y: 30, width: 1280, height: 820 },
      maximized: false,
    });
    const onMonitor = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(restoreWindowState(onMonitor, [laptop, monitorRight])).toEqual({
      bounds: { x: 1600, y: 100, width: 1800, height: 1000 },
      maximized: true,
    });
  });

  it('drops bounds that fit no display now (monitor unplugged, screen smaller), keeps maximised', () => {
    const onMonitor = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(restoreWindowState(onMonitor, [laptop])).toEqual({ maximized: true });
    const tooBig = { x: 0, y: 0, width: 1600, height: 900, maximized: false };
    expect(restoreWindowState(tooBig, [laptop])).toEqual({ maximized: false });
    const across = { x: 1000, y: 0, width: 1000, height: 700, maximized: false };
    expect(restoreWindowState(across, [laptop, monitorRight])).toEqual({ maximized: false });
    expect(restoreWindowState(null, [laptop])).toEqual({ maximized: false });
  });
});

import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, COMMAND_ITEMS } from '../../src/main/shell/menu';
import { APP_COMMANDS } from '../../src/shared/shell/commands';

type Item = MenuItemConstructorOptions;

const build = (platform: NodeJS.Platform, isDev = false, send = vi.fn()) =>
  applicationMenuTemplate({ platform, isDev, send });
const submenu = (menu: Item[], label: string): Item[] =>
  (menu.find((m) => m.label === label)?.submenu as Item[] | undefined) ?? [];
const roles = (items: Item[]) => items.map((i) => i.role).filter(Boolean);

describe('application menu', () => {
  it('has the standard Edit roles on every platform (copy and paste need them on macOS)', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(submenu(build(platform), 'Edit'))).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
      );
    }
    expect(roles(submenu(build('darwin'), 'Edit'))).toContain('pasteAndMatchStyle');
  });

  it('has the app menu on macOS only, and Quit in File elsewhere', () => {
    expect(build('darwin')[0]).toEqual({ role: 'appMenu' });
    expect(build('win32').some((m) => m.role === 'appMenu')).toBe(false);
    expect(roles(submenu(build('linux'), 'File'))).toContain('quit');
    expect(roles(submenu(build('darwin'), 'File'))).not.toContain('quit');
  });

  it('offers reload and developer tools in development only; zoom and full screen always', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const view = roles(submenu(build(platform), 'View'));
      expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
      expect(roles(submenu(build(platform, true), 'View'))).toEqual([
        'reload',
        'forceReload',
        'toggleDevTools',
        ...view,
      ]);
    }
  });

  it('has a Window menu', () => {
    expect(roles(submenu(build('darwin'), 'Window'))).toEqual(['minimize', 'zoom', 'front']);
    expect(roles(submenu(build('win32'), 'Window'))).toEqual(['minimize', 'close']);
  });

  it('puts every app command in File with its accelerator, and sends it for the window it was used in', () => {
    const send = vi.fn();
    const file = submenu(build('linux', false, send), 'File');
    const items = file.filter((i) => i.id);
    expect(items.map((i) => [i.id, i.accelerator])).toEqual([
      ['patient.new', 'Alt+N'],
      ['patient.find', 'CmdOrCtrl+K'],
      ['backup.now', 'CmdOrCtrl+Shift+B'],
      ['lock', 'CmdOrCtrl+L'],
    ]);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(APP_COMMANDS));
    const window = { id: 7 } as unknown as BaseWindow;
    for (const item of items) {
      item.click?.({} as never, window, {} as never);
      expect(send).toHaveBeenLastCalledWith(item.id, window);
    }
    expect(send).toHaveBeenCalledTimes(APP_COMMANDS.length);
  });

  it('uses no accelerator twice', () => {
    const accelerators = COMMAND_ITEMS.map((c) => c.accelerator);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

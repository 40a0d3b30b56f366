import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/shell/commands';

/**
 * The application menu as a plain template: only `import type` from electron, so unit tests check it
 * without an Electron binary (index.ts hands it to Menu.buildFromTemplate).
 */
export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools only in `npm run dev`: a reload would drop the unlocked page state. */
  isDev: boolean;
  /** Delivers one of the app's commands to the page of the window the menu was used in. */
  send: (command: AppCommand, window: BaseWindow | undefined) => void;
}

/**
 * The app's own commands. Where the page has the same shortcut (App.tsx), a keydown the page handles
 * never reaches the menu (Electron runs menu accelerators only for keys the page left unhandled), so
 * one key press runs one action.
 */
export const COMMAND_ITEMS: readonly { command: AppCommand; label: string; accelerator: string }[] = [
  { command: 'patient.new', label: 'New Patient', accelerator: 'Alt+N' },
  { command: 'patient.find', label: 'Find Patient', accelerator: 'CmdOrCtrl+K' },
  { command: 'backup.now', label: 'Back Up Now', accelerator: 'CmdOrCtrl+Shift+B' },
  { command: 'lock', label: 'Lock', accelerator: 'CmdOrCtrl+L' },
];

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (id: AppCommand): MenuItemConstructorOptions => {
    const item = COMMAND_ITEMS.find((c) => c.command === id) as (typeof COMMAND_ITEMS)[number];
    return {
      id,
      label: item.label,
      accelerator: item.accelerator,
      click: (_item, window) => options.send(id, window),
    };
  };
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return [
    // macOS: About, Services, Hide, Quit live in the menu named after the app.
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        command('patient.new'),
        command('patient.find'),
        separator,
        command('backup.now'),
        separator,
        command('lock'),
        separator,
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // Copy and paste only work on macOS through these roles, whatever the page does.
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemConstructorOptions] : []),
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: mac
        ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
  ];
}

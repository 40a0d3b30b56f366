/**
 * The app's own commands in the desktop menu (File), sent from the main process to the page. The
 * page runs the same action as its keyboard shortcut or button. Kept free of electron and zod so the
 * sandboxed preload bundle stays tiny.
 */
export const APP_COMMANDS = ['patient.new', 'patient.find', 'backup.now', 'lock'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const isAppCommand = (value: unknown): value is AppCommand =>
  typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);

/** The one main -> page channel: webContents.send(APP_COMMAND_CHANNEL, command). */
export const APP_COMMAND_CHANNEL = 'clinic:command';

/** window.desktop, exposed by the Electron preload only (browser mode has no menu). */
export interface DesktopBridge {
  /** Calls the listener with each menu command; returns the function that stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

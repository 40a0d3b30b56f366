import type { IpcRendererEvent } from 'electron';
import { APP_COMMAND_CHANNEL, type DesktopBridge, isAppCommand } from '../shared/shell/commands';

/** The two ipcRenderer methods the bridge uses: passed in, so unit tests use a fake emitter. */
export interface CommandSource {
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

/**
 * window.desktop: menu commands reach the page as plain names from the fixed list. The page never
 * sees ipcRenderer or the IPC event, and anything that is not a known command is dropped.
 */
export function createDesktopBridge(source: CommandSource): DesktopBridge {
  return {
    onCommand(listener) {
      const relay = (_event: IpcRendererEvent, command: unknown) => {
        if (isAppCommand(command)) listener(command);
      };
      source.on(APP_COMMAND_CHANNEL, relay);
      return () => {
        source.removeListener(APP_COMMAND_CHANNEL, relay);
      };
    },
  };
}

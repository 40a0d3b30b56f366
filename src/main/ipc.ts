import type { IpcMain } from 'electron';
import { IPC_CHANNEL } from '../shared/api/channels';
import { fail } from '../shared/result';
import type { Dispatch } from './api';
import { isTrustedSender } from './security';

/** The thin IPC adapter: sender check, then the shared handler table. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, devServerUrl?: string): void {
  ipcMain.handle(IPC_CHANNEL, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, devServerUrl)) {
      return fail({ code: 'FORBIDDEN', message: 'errors.untrustedSender' });
    }
    return dispatch(channel, input);
  });
}

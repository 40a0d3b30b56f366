import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../shared/api/channels';
import { createClinicClient } from '../shared/api/client';
import type { Result } from '../shared/result';
import { createDesktopBridge } from './desktop-bridge';

// The page gets window.clinic (one method per contract channel) and window.desktop (menu commands
// by name) and nothing else: no ipcRenderer.
const clinic = createClinicClient(
  (channel, input) => ipcRenderer.invoke(IPC_CHANNEL, channel, input) as Promise<Result<unknown>>,
);
contextBridge.exposeInMainWorld('clinic', clinic);
contextBridge.exposeInMainWorld('desktop', createDesktopBridge(ipcRenderer));

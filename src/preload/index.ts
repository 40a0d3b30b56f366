import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../shared/api/channels';
import { createClinicClient } from '../shared/api/client';
import type { Result } from '../shared/result';

// The page gets window.clinic (one method per contract channel) and nothing else: no ipcRenderer.
const clinic = createClinicClient(
  (channel, input) => ipcRenderer.invoke(IPC_CHANNEL, channel, input) as Promise<Result<unknown>>,
);
contextBridge.exposeInMainWorld('clinic', clinic);

import { type BrowserWindow, dialog } from 'electron';
import type { FolderActions } from './actions';

/** The native "choose folder" dialog, e.g. for a backup on a USB stick or an export. */
export function createElectronFolderActions(parentWindow: () => BrowserWindow | null): FolderActions {
  return {
    async chooseFolder(title: string): Promise<string | null> {
      const options = {
        title,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const parent = parentWindow();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

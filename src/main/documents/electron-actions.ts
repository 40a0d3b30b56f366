import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { SaveOutcome } from '../../shared/documents/schema';
import { writePrivateFile } from '../files/private';
import type { DocumentActions } from './actions';

/**
 * The Electron side of printing and saving. Chromium cannot print its PDF viewer through
 * webContents.print() (it prints blank pages), so "Print" opens the PDF in its own viewer window,
 * whose print button brings up the system print dialog. "Save" is a native save dialog.
 */
export function createElectronDocumentActions(parentWindow: () => BrowserWindow | null): DocumentActions {
  return {
    async print(pdf: Buffer, title: string): Promise<void> {
      const file = path.join(app.getPath('temp'), `mesodesk-${crypto.randomUUID()}.pdf`);
      writePrivateFile(file, pdf);
      const win = new BrowserWindow({
        parent: parentWindow() ?? undefined,
        width: 900,
        height: 1000,
        title,
        autoHideMenuBar: true,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          // Chromium's built-in PDF viewer is the only plugin Electron still has.
          plugins: true,
        },
      });
      win.on('closed', () => fs.rm(file, { force: true }, () => undefined));
      await win.loadFile(file);
    },

    async save(pdf: Buffer, suggestedName: string): Promise<SaveOutcome> {
      const options = {
        title: 'Save PDF',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      };
      const parent = parentWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false, path: null };
      writePrivateFile(result.filePath, pdf);
      return { saved: true, path: result.filePath };
    },
  };
}

import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { createApi } from './api';
import { type OpenedDatabase, openDatabase } from './db/open';
import { createElectronDocumentActions } from './documents/electron-actions';
import { registerIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { databasePath, resolveDataDir } from './paths';
import { rendererResponse } from './protocol';
import { APP_ORIGIN, APP_SCHEME, hardenSession, hardenWebContents, mainWindowOptions } from './security';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let opened: OpenedDatabase | null = null;

function openClinicDatabase(dataDir: string): OpenedDatabase | null {
  try {
    const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron);
    return openDatabase(databasePath(dataDir), { nativeBinding });
  } catch (error) {
    dialog.showErrorBox(
      'Mesodesk cannot open its data',
      `${error instanceof Error ? error.message : String(error)}\n\nData folder: ${dataDir}`,
    );
    return null;
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, '../preload/index.js')));
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function focusExistingWindow(): void {
  const [win] = BrowserWindow.getAllWindows();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

// One instance per data folder: two processes writing one clinic database is never wanted.
if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', focusExistingWindow);

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell, devServerUrl));

app.whenReady().then(() => {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  opened = openClinicDatabase(dataDir);
  if (!opened) {
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession, devServerUrl);
  const rendererDir = path.join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
  const dispatch = createApi({
    db: opened.db,
    dataDir,
    schemaVersion: opened.schemaVersion,
    appVersion: app.getVersion(),
    transport: 'electron',
    documentActions: createElectronDocumentActions(
      () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
    ),
  });
  registerIpc(ipcMain, dispatch, devServerUrl);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  opened?.db.close();
  opened = null;
});

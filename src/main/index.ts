import path from 'node:path';
import {
  app,
  type BaseWindow,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { APP_COMMAND_CHANNEL, type AppCommand } from '../shared/shell/commands';
import { createElectronDocumentActions } from './documents/electron-actions';
import { createElectronFolderActions } from './files/electron-actions';
import { tightenDataDir } from './files/private';
import { keepDownloadsPrivate } from './files/private-downloads';
import { writePrivateJson } from './files/private-json';
import { registerIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { resolveDataDir } from './paths';
import { rendererResponse } from './protocol';
import { type ClinicSwitch, createClinicSwitch } from './sample/switch';
import { APP_ORIGIN, APP_SCHEME, hardenSession, hardenWebContents, mainWindowOptions } from './security';
import { applicationMenuTemplate } from './shell/menu';
import {
  readWindowState,
  rememberWindowState,
  restoreWindowState,
  WINDOW_STATE_FILE,
} from './shell/window-state';
import { FolderInUseError, folderInUseText } from './vault/folder-lock';
import { type ClinicVault, createClinicVault } from './vault/vault';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let clinicSession: ClinicSwitch | null = null;

function createWindow(): BrowserWindow {
  // Size, position and maximised state of the last session, if they fit a display connected now.
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const restored = restoreWindowState(readWindowState(stateFile), screen.getAllDisplays());
  const win = new BrowserWindow({
    ...mainWindowOptions(path.join(__dirname, '../preload/index.js')),
    ...restored.bounds,
  });
  rememberWindowState(win, (state) => writePrivateJson(stateFile, state));
  win.once('ready-to-show', () => {
    if (restored.maximized) win.maximize();
    win.show();
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** A menu command goes to the page of the window the menu was used in (or the only window). */
function sendCommand(command: AppCommand, window: BaseWindow | undefined): void {
  const target = window instanceof BrowserWindow ? window : BrowserWindow.getAllWindows()[0];
  target?.webContents.send(APP_COMMAND_CHANNEL, command);
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
  // Folders 0700, files 0600: also what an earlier version left readable to others.
  tightenDataDir(dataDir);
  // The database stays closed until the passphrase is entered: the session opens it.
  try {
    clinicSession = openClinicSession(dataDir);
  } catch (error) {
    if (!(error instanceof FolderInUseError)) throw error;
    dialog.showErrorBox('Mesodesk', folderInUseText(dataDir, error.owner));
    app.exit(1);
    return;
  }
  const dispatch = clinicSession.dispatch;
  hardenSession(session.defaultSession, devServerUrl);
  keepDownloadsPrivate(session.defaultSession);
  const rendererDir = path.join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
  registerIpc(ipcMain, dispatch, devServerUrl);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        platform: process.platform,
        isDev: Boolean(devServerUrl),
        send: sendCommand,
      }),
    ),
  );
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

/** The real clinic's session, or the sample clinic's while it is being explored. */
function openClinicSession(realDataDir: string): ClinicSwitch {
  return createClinicSwitch({
    realDataDir,
    open: (dataDir, sample) => openVault(dataDir, sample),
    startInSample: process.argv.includes('--sample'),
  });
}

function openVault(dataDir: string, sample: boolean): ClinicVault {
  return createClinicVault({
    dataDir,
    sample,
    appVersion: app.getVersion(),
    transport: 'electron',
    nativeBinding: electronNativeBinding({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      electronVersion: process.versions.electron,
    }),
    documentActions: createElectronDocumentActions(
      () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
    ),
    folderActions: createElectronFolderActions(
      () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
    ),
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', (event) => {
  const session = clinicSession;
  if (!session) return;
  clinicSession = null;
  // Quitting while unlocked takes the "on quit" backup (verified, rotated) before the data is closed;
  // it runs in a worker, so quitting waits for it and then quits again.
  event.preventDefault();
  void session
    .current()
    .backupOnQuit()
    .finally(() => session.close())
    .finally(() => app.quit());
});

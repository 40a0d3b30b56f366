import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-actions-'));
const windows: FakeWindow[] = [];
const saveDialog = vi.fn();

class FakeWindow {
  loaded: string | null = null;
  private closed: (() => void) | null = null;
  constructor(readonly options: { webPreferences: Record<string, unknown>; title: string }) {
    windows.push(this);
  }
  on(event: string, listener: () => void) {
    if (event === 'closed') this.closed = listener;
  }
  async loadFile(file: string) {
    this.loaded = file;
  }
  close() {
    this.closed?.();
  }
}

vi.mock('electron', () => ({
  app: { getPath: () => dir },
  BrowserWindow: FakeWindow,
  dialog: { showSaveDialog: saveDialog },
}));

const { createElectronDocumentActions } = await import('../../src/main/documents/electron-actions');
const PDF = Buffer.from('%PDF-1.7 test');

beforeEach(() => {
  windows.length = 0;
  saveDialog.mockReset();
});
afterEach(() => vi.clearAllMocks());

describe('Electron document actions', () => {
  it('prints by opening the PDF in a sandboxed viewer window and removes the file when it closes', async () => {
    const actions = createElectronDocumentActions(() => null);
    await actions.print(PDF, 'Consent');
    const [win] = windows;
    expect(win?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(win?.loaded && fs.readFileSync(win.loaded).equals(PDF)).toBe(true);
    win?.close();
    await vi.waitFor(() => expect(fs.existsSync(win?.loaded ?? '')).toBe(false));
  });

  it('saves to the chosen file, and does nothing when the dialog is cancelled', async () => {
    const actions = createElectronDocumentActions(() => null);
    const target = path.join(dir, 'chosen.pdf');
    saveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await actions.save(PDF, 'P-000001-consent.pdf')).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target).equals(PDF)).toBe(true);
    expect(saveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: path.join(dir, 'P-000001-consent.pdf'),
    });

    // Saved PDFs are private to the user, also when they replace a file others could read.
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    fs.chmodSync(target, 0o644);
    saveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await actions.save(PDF, 'P-000001-consent.pdf');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);

    saveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await actions.save(PDF, 'x.pdf')).toEqual({ saved: false, path: null });
  });
});

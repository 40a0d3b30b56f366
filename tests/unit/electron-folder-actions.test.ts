import { describe, expect, it, vi } from 'vitest';

const openDialog = vi.fn();
const parent = { id: 'main window' };

vi.mock('electron', () => ({ dialog: { showOpenDialog: openDialog } }));

const { createElectronFolderActions } = await import('../../src/main/files/electron-actions');

describe('the Electron folder picker', () => {
  it('asks for one folder (creating one allowed), attached to the window', async () => {
    openDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb'] });
    const actions = createElectronFolderActions(() => parent as never);
    expect(await actions.chooseFolder('Choose where to save the backup')).toBe('/media/usb');
    expect(openDialog).toHaveBeenCalledWith(parent, {
      title: 'Choose where to save the backup',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('answers null when the user cancels, and works without a window', async () => {
    openDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const actions = createElectronFolderActions(() => null);
    expect(await actions.chooseFolder('Choose')).toBeNull();
    expect(openDialog).toHaveBeenLastCalledWith({
      title: 'Choose',
      properties: ['openDirectory', 'createDirectory'],
    });
  });
});

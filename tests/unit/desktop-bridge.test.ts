import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createDesktopBridge } from '../../src/preload/desktop-bridge';
import { APP_COMMAND_CHANNEL } from '../../src/shared/shell/commands';

describe('window.desktop', () => {
  it('passes known menu commands to the page by name, never the IPC event', () => {
    const ipc = new EventEmitter();
    const listener = vi.fn();
    createDesktopBridge(ipc).onCommand(listener);
    const event = { sender: 'ipcRenderer' };
    ipc.emit(APP_COMMAND_CHANNEL, event, 'patient.new');
    ipc.emit(APP_COMMAND_CHANNEL, event, 'lock');
    expect(listener.mock.calls).toEqual([['patient.new'], ['lock']]);
  });

  it('drops anything that is not a known command', () => {
    const ipc = new EventEmitter();
    const listener = vi.fn();
    createDesktopBridge(ipc).onCommand(listener);
    for (const junk of ['patients.delete', '', 42, null, { command: 'lock' }, '__proto__']) {
      ipc.emit(APP_COMMAND_CHANNEL, {}, junk);
    }
    ipc.emit('clinic:invoke', {}, 'lock');
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops listening when asked', () => {
    const ipc = new EventEmitter();
    const listener = vi.fn();
    const stop = createDesktopBridge(ipc).onCommand(listener);
    stop();
    ipc.emit(APP_COMMAND_CHANNEL, {}, 'lock');
    expect(listener).not.toHaveBeenCalled();
    expect(ipc.listenerCount(APP_COMMAND_CHANNEL)).toBe(0);
  });
});

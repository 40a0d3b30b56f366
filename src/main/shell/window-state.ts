import fs from 'node:fs';
import type { Rectangle } from 'electron';
import { z } from 'zod';

/**
 * The main window's size, position and maximised state, kept across starts in a small JSON file.
 * Only `import type` from electron: the screen and the window are passed in, so unit tests use fakes.
 */
export const WINDOW_STATE_FILE = 'window-state.json';

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** The saved state, or null when there is none or it is unreadable (the window then opens centred). */
export function readWindowState(file: string, read: (file: string) => string = readText): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(read(file)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const readText = (file: string) => fs.readFileSync(file, 'utf8');

const inside = (bounds: Rectangle, area: Rectangle): boolean =>
  bounds.x >= area.x &&
  bounds.y >= area.y &&
  bounds.x + bounds.width <= area.x + area.width &&
  bounds.y + bounds.height <= area.y + area.height;

export interface RestoredWindow {
  /** Position and size to open with; absent when the saved ones fit no current display. */
  bounds?: Rectangle;
  maximized: boolean;
}

/**
 * What to open the window with: the saved bounds only if they lie wholly within the work area of a
 * display that is connected now (a monitor unplugged since, a smaller screen), so the window never
 * opens out of reach. The maximised state is kept either way.
 */
export function restoreWindowState(
  saved: WindowState | null,
  displays: readonly { workArea: Rectangle }[],
): RestoredWindow {
  if (!saved) return { maximized: false };
  const { maximized, ...bounds } = saved;
  const fits = displays.some((display) => inside(bounds, display.workArea));
  return fits ? { bounds, maximized } : { maximized };
}

/** The parts of a BrowserWindow the state is read from. */
export interface TrackedWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** The state to save: the un-maximised bounds, so restoring from maximised goes back to them. */
export function currentWindowState(win: TrackedWindow): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, maximized: win.isMaximized() };
}

/**
 * Saves the state when the window closes. The position is a convenience: a failed write (a full disk)
 * must not stop the window from closing, so it is ignored.
 */
export function rememberWindowState(win: TrackedWindow, save: (state: WindowState) => void): void {
  win.on('close', () => {
    try {
      save(currentWindowState(win));
    } catch {
      // Next start opens the window centred instead.
    }
  });
}

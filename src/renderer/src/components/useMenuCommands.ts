import { useEffect, useRef } from 'react';
import type { AppCommand, DesktopBridge } from '../../../shared/shell/commands';

declare global {
  interface Window {
    /** The desktop app's menu commands (Electron preload); absent in browser mode. */
    desktop?: DesktopBridge;
  }
}

/** Runs the page's action for each command chosen in the desktop menu, while mounted (unlocked). */
export function useMenuCommands(actions: Record<AppCommand, () => void>): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => window.desktop?.onCommand((command) => ref.current[command]()), []);
}

import path from 'node:path';

export const DATABASE_FILE = 'mesodesk.db';

/** The data folder: --data-dir, then MESODESK_DATA_DIR, then the platform default (Electron's userData). */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const flag = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (flag >= 0) {
    const arg = argv[flag] as string;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
    if (value) return path.resolve(value);
  }
  if (env.MESODESK_DATA_DIR) return path.resolve(env.MESODESK_DATA_DIR);
  return fallback;
}

export const databasePath = (dataDir: string): string => path.join(dataDir, DATABASE_FILE);

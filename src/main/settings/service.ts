import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  type Settings,
  storedSettingsShape,
} from '../../shared/settings/schema';
import type { Db } from '../db/types';

export interface SettingsDeps {
  db: Db;
  now: () => Date;
}

/** Reads settings with defaults filled in; a stored value that cannot be read falls back too. */
export function createSettingsService({ db, now }: SettingsDeps) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );

  function get(): Settings {
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of all.all()) {
      if (!(SETTING_KEYS as string[]).includes(row.key)) continue;
      const parsed = storedSettingsShape[row.key as keyof Settings].safeParse(JSON.parse(row.value));
      if (parsed.success) settings[row.key] = parsed.data;
    }
    return settings as Settings;
  }

  const updateTx = db.transaction((patch: Partial<Settings>): Settings => {
    const at = now().toISOString();
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value), at);
    }
    return get();
  });

  return { get, update: (patch: Partial<Settings>): Settings => updateTx(patch) };
}

export type SettingsService = ReturnType<typeof createSettingsService>;

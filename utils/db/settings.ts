import { DEFAULT_SCHOOL_DAY, type Settings, type SettingsInput } from '../schema/calendar';
import { nowIso } from '../schema/common';
import type { TandemDatabase } from './database';

const SETTINGS_ID = 'settings';

/** The settings record, or the defaults when the teacher never changed anything (nothing is written). */
export async function getSettings(db: TandemDatabase): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  if (stored) return stored;
  const epoch = new Date(0).toISOString();
  return { id: SETTINGS_ID, myName: '', schoolDay: DEFAULT_SCHOOL_DAY, createdAt: epoch, updatedAt: epoch };
}

/** Changes only the fields given. */
export async function saveSettings(db: TandemDatabase, input: SettingsInput): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const previous = await db.settings.get(SETTINGS_ID);
    const now = nowIso();
    const settings: Settings = {
      id: SETTINGS_ID,
      myName: input.myName?.trim() ?? previous?.myName ?? '',
      schoolDay: input.schoolDay ?? previous?.schoolDay ?? DEFAULT_SCHOOL_DAY,
      ...(previous?.lastBackupAt ? { lastBackupAt: previous.lastBackupAt } : {}),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.settings.put(settings);
    return settings;
  });
}

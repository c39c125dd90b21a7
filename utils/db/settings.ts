import { DEFAULT_SCHOOL_DAY } from '../schema/calendar';
import { nowIso } from '../schema/common';
import type { Settings, SettingsInput } from '../schema/settings';
import type { TandemDatabase } from './database';
import { applyFieldEdits } from './field-times';

const SETTINGS_ID = 'settings';

/** The settings record, or the defaults when the teacher never changed anything (nothing is written). */
export async function getSettings(db: TandemDatabase): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  if (stored) return stored;
  const epoch = new Date(0).toISOString();
  return { id: SETTINGS_ID, myName: '', schoolDay: DEFAULT_SCHOOL_DAY, createdAt: epoch, updatedAt: epoch };
}

/**
 * Changes only the fields given, each unless a later edit of it is already stored (`editedAt`: when the
 * teacher made this change; see utils/db/field-times.ts).
 */
export async function saveSettings(db: TandemDatabase, input: SettingsInput, editedAt = Date.now()): Promise<Settings> {
  return db.transaction('rw', db.settings, db.fieldTimes, async () => {
    const previous = await db.settings.get(SETTINGS_ID);
    const now = nowIso();
    const next: SettingsInput = {
      myName: previous?.myName ?? '',
      schoolDay: previous?.schoolDay ?? DEFAULT_SCHOOL_DAY,
    };
    const changes: SettingsInput = {
      ...(input.myName !== undefined ? { myName: input.myName.trim() } : {}),
      ...(input.schoolDay !== undefined ? { schoolDay: input.schoolDay } : {}),
    };
    const applied = await applyFieldEdits(db, SETTINGS_ID, next, changes, () => editedAt);
    if (previous && applied.length === 0) return previous;
    const settings: Settings = {
      id: SETTINGS_ID,
      myName: next.myName ?? '',
      schoolDay: next.schoolDay ?? DEFAULT_SCHOOL_DAY,
      ...(previous?.lastBackupAt ? { lastBackupAt: previous.lastBackupAt } : {}),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.settings.put(settings);
    return settings;
  });
}

import type { SchoolDay } from '../../schema/calendar';
import type { SessionStore } from './state';

// The teacher's own settings edited in the panel: shown at once, then saved.

export function createSettingsEditing(store: SessionStore, recompute: () => void) {
  return {
    async setMyName(myName: string): Promise<void> {
      const data = store.get().data;
      if (!data) return;
      store.set({ data: { ...data, settings: { ...data.settings, myName } } });
      const answer = await store.env.call('settings.save', { myName });
      if (!answer.ok) store.failed(answer.error);
    },

    async setSchoolDay(schoolDay: SchoolDay): Promise<void> {
      const data = store.get().data;
      if (!data) return;
      store.set({ data: { ...data, settings: { ...data.settings, schoolDay } } });
      recompute();
      const answer = await store.env.call('settings.save', { schoolDay });
      if (!answer.ok) store.failed(answer.error);
    },
  };
}

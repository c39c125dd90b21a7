import type { CalendarState } from '../../messaging/protocol';
import type { WeeklyWindow } from '../../schema/calendar';
import type { NewPerson, Person } from '../../schema/person';
import type { SessionStore } from './state';

// Choosing and editing the partner the panel plans with. The choice is also written to the tab's
// remembered choices, so the next week's view starts with the same partner.

export function createPartnerEditing(store: SessionStore, recompute: () => void) {
  const { env, choices } = store;
  return {
    /** The partner to start with once people are known: the remembered one if still there, else the first. */
    adoptKnown(data: CalendarState): string | null {
      const remembered = store.get().partnerId;
      const known = data.people.some((person) => person.id === remembered);
      const partnerId = known ? remembered : (data.people[0]?.id ?? null);
      choices.partnerId = partnerId;
      return partnerId;
    },

    setPartner(partnerId: string): void {
      choices.partnerId = partnerId;
      store.set({ partnerId, justBlocked: null });
      recompute();
    },

    /** Adds someone typed in the panel and makes them the partner; false when it could not be saved. */
    async addPartner(person: NewPerson): Promise<boolean> {
      const answer = await env.call('people.add', person);
      if (!answer.ok) {
        store.failed(answer.error);
        return false;
      }
      const data = store.get().data;
      if (!data) return false;
      const others = data.people.filter((known) => known.id !== answer.data.id);
      const people = [...others, answer.data].sort((a, b) => a.name.localeCompare(b.name));
      choices.partnerId = answer.data.id;
      store.set({ data: { ...data, people }, partnerId: answer.data.id, justBlocked: null });
      recompute();
      return true;
    },

    async updatePartner(update: { email?: string; freePeriods?: WeeklyWindow[] }): Promise<void> {
      const chosen = store.partner();
      const data = store.get().data;
      if (!chosen || !data) return;
      const next: Person = { ...chosen, ...update };
      if (update.email === '') delete next.email;
      const people = data.people.map((person) => (person.id === chosen.id ? next : person));
      store.set({ data: { ...data, people } });
      if (update.freePeriods) recompute();
      const answer = await env.call('people.update', { id: chosen.id, ...update });
      if (!answer.ok) store.failed(answer.error);
    },
  };
}

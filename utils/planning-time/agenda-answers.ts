import type { TandemDatabase } from '../db/database';
import { openAgendaNotes } from '../db/notes';
import { getSettings } from '../db/settings';
import { type Agenda, agendaText, buildAgenda, type Labels, type OpenItem } from './agenda';
import { addDays } from './dates';
import { formatDay } from './format';
import { icsEvent } from './ics';

// Agendas and .ics files are built here, in the background, where all lesson plans are at hand: the
// content script asks for the finished text instead of pulling every plan across the message channel.

export interface AgendaRequest {
  minutes: number;
  items: Array<{ date: string; since: string }>;
}

export interface AgendaAnswer {
  date: string;
  agenda: Agenda;
  /** Plain text for Calendar's event description and the .ics DESCRIPTION. */
  text: string;
}

export async function agendasFor(db: TandemDatabase, request: AgendaRequest, t: Labels): Promise<AgendaAnswer[]> {
  const [plans, people, notes] = await Promise.all([db.plans.toArray(), db.people.toArray(), openAgendaNotes(db)]);
  const peopleNames = new Map(people.map((person) => [person.id, person.name]));
  // Open agenda items and follow-ups go on every upcoming meeting until someone ticks them done.
  const openItems: OpenItem[] = notes.map((note) => ({
    text: note.text,
    kind: note.kind === 'follow-up' ? 'follow-up' : 'agenda',
  }));
  return request.items.map(({ date, since }) => {
    const agenda = buildAgenda({ minutes: request.minutes, blockDate: date, since, plans, peopleNames, openItems });
    return { date, agenda, text: agendaText(agenda, t, { formatDate: (day) => formatDay(day) }) };
  });
}

/** The .ics text for a recorded block, or null when the block no longer exists. */
export async function blockIcs(db: TandemDatabase, blockId: string, t: Labels): Promise<string | null> {
  const block = await db.blocks.get(blockId);
  if (!block) return null;
  const [partner, settings] = await Promise.all([db.people.get(block.partnerId), getSettings(db)]);
  const minutes = block.end - block.start;
  const [answer] = await agendasFor(
    db,
    { minutes, items: [{ date: block.firstDate, since: addDays(block.firstDate, -14) }] },
    t,
  );
  return icsEvent({
    uid: block.uid,
    title: block.title,
    date: block.firstDate,
    start: block.start,
    end: block.end,
    timeZone: block.timeZone,
    repeat: block.repeat,
    details: answer?.text ?? '',
    ...(settings.myName ? { organizerName: settings.myName } : {}),
    ...(partner?.email ? { guest: { name: partner.name, email: partner.email } } : {}),
  });
}

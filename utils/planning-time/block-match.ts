import type { PlanningBlock } from '../schema/calendar';
import { isOccurrence } from './occurrences';

// Recognising a recorded planning block's chip on the Calendar grid. Calendar gives the saved event its own
// id, which Tandem never learns, so a chip is a block's when:
// - it is a timed event (all-day events never match),
// - its date is one of the block's occurrence dates, and
// - its label contains the block's title, compared without case, with runs of whitespace read as one space
//   and both texts in Unicode NFC; the title must stand as whole words in the label (the character before
//   and after it may not continue a word or a name), so "… + Marcus Lee" is not found in "… + Marcus Leeds"
//   or "… + Marcus Lee-Smith", while text the user added after it ("…, Room 114", " (moved)") is fine.
// When several blocks could claim one chip, the longest title wins; between equal titles, the block whose
// time is the chip's (when the chip's time is known), then the first block given.

export const BLOCK_TITLE_MAX = 200;

export type MatchBlock = Pick<PlanningBlock, 'id' | 'title' | 'firstDate' | 'repeat' | 'start' | 'end'>;

/** A chip read from the grid: its label is the screen-reader text or the title. */
export interface GridEvent {
  key: string;
  date: string;
  label: string;
  allDay: boolean;
  /** Wall-clock minutes when the reader knows them; only used to choose between blocks with equal titles. */
  start?: number;
  end?: number;
}

/** event key → id of the block the chip belongs to; chips of no block are left out. */
export function matchBlocks(blocks: readonly MatchBlock[], events: readonly GridEvent[]): Map<string, string> {
  const prepared = blocks
    .map((block, index) => ({ block, index, title: normalizeText(block.title) }))
    .filter((entry) => entry.title.length > 0);
  const matches = new Map<string, string>();
  // A week has a few dates and hundreds of chips: which blocks happen on a date is worked out once per date,
  // and a chip's label is only normalised when some block happens on its date.
  const byDate = new Map<string, typeof prepared>();
  for (const event of events) {
    if (event.allDay) continue;
    let candidates = byDate.get(event.date);
    if (candidates === undefined) {
      candidates = prepared.filter(({ block }) => isOccurrence(block, event.date));
      byDate.set(event.date, candidates);
    }
    if (candidates.length === 0) continue;
    const label = normalizeText(event.label);
    let best: { id: string; length: number; time: number; index: number } | null = null;
    for (const { block, index, title } of candidates) {
      if (!containsTitle(label, title)) continue;
      const time = event.start === block.start ? (event.end === block.end ? 2 : 1) : 0;
      const better =
        best === null ||
        title.length > best.length ||
        (title.length === best.length && (time > best.time || (time === best.time && index < best.index)));
      if (better) best = { id: block.id, length: title.length, time, index };
    }
    if (best) matches.set(event.key, best.id);
  }
  return matches;
}

/**
 * "Co-planning: <you> + <partner>", or "Co-planning: <partner>" without a name of your own; ≤ 200 characters.
 * `word` is "Co-planning" in the teacher's language ("Co-planificación"): safe to translate, because a block is
 * recognised by the title stored with it when it was made, not by the word.
 */
export function blockTitle(myName: string, partnerName: string, word = 'Co-planning'): string {
  const me = cleanName(myName);
  const partner = cleanName(partnerName);
  const who = me && partner ? `${me} + ${partner}` : me || partner;
  return clip(who ? `${word}: ${who}` : word, BLOCK_TITLE_MAX);
}

/** Lower case, NFC, whitespace runs as one space, trimmed: the form titles and labels are compared in. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
}

const WORD_EDGE = /[\p{L}\p{N}]/u;
const WORD_CONTINUES = /[\p{L}\p{N}\p{M}'’-]/u;

/** Whether `title` occurs in `label` as whole words (both already normalised). */
function containsTitle(label: string, title: string): boolean {
  const checkBefore = WORD_EDGE.test(title.charAt(0));
  const checkAfter = WORD_EDGE.test(title.charAt(title.length - 1));
  for (let at = label.indexOf(title); at >= 0; at = label.indexOf(title, at + 1)) {
    const before = label.charAt(at - 1);
    const after = label.charAt(at + title.length);
    if (checkBefore && before && WORD_CONTINUES.test(before)) continue;
    if (checkAfter && after && WORD_CONTINUES.test(after)) continue;
    return true;
  }
  return false;
}

function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** At most `max` UTF-16 units (the schema's measure), never cutting a surrogate pair in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

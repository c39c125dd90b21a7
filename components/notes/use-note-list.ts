import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_PAGE, MAX_PAGE, type NoteQuery } from '../../utils/notes/query';
import type { Note } from '../../utils/schema/note';

// The list below the quick-note form: a page of notes for the current filters, more pages on demand,
// and a refresh after every change. Search text waits SEARCH_DELAY_MS after the last keystroke so a
// fast typist does not start a query per letter. Answers that arrive after a newer request are dropped.

export const SEARCH_DELAY_MS = 150;

export type NoteFilter = Omit<NoteQuery, 'limit' | 'before'>;

export interface NoteList {
  state: 'loading' | 'ready' | 'failed';
  notes: Note[];
  more: boolean;
  showMore: () => void;
  /** Reads the list again, keeping as many notes as are shown (after a save, an edit, an undo). */
  refresh: () => Promise<void>;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function useNoteList(
  list: (query: NoteQuery) => Promise<{ notes: Note[]; more: boolean }>,
  filter: NoteFilter,
): NoteList {
  const text = useDebounced(filter.text ?? '', SEARCH_DELAY_MS);
  const { kind, personId, lessonKey, includeDone } = filter;
  const [state, setState] = useState<NoteList['state']>('loading');
  const [page, setPage] = useState<{ notes: Note[]; more: boolean }>({ notes: [], more: false });
  const latest = useRef(0);
  const shown = useRef(0);
  shown.current = page.notes.length;

  const load = useCallback(
    async (query: NoteQuery, append: boolean) => {
      const request = ++latest.current;
      try {
        const answer = await list({ kind, personId, lessonKey, includeDone, text, ...query });
        if (request !== latest.current) return;
        setPage((previous) => (append ? { notes: [...previous.notes, ...answer.notes], more: answer.more } : answer));
        setState('ready');
      } catch (error) {
        if (request !== latest.current) return;
        console.warn('[Tandem] Could not list notes', error);
        setState('failed');
      }
    },
    [list, kind, personId, lessonKey, includeDone, text],
  );

  useEffect(() => {
    void load({ limit: DEFAULT_PAGE }, false);
  }, [load]);

  const refresh = useCallback(
    () => load({ limit: Math.min(MAX_PAGE, Math.max(DEFAULT_PAGE, shown.current)) }, false),
    [load],
  );

  const showMore = useCallback(() => {
    const last = page.notes.at(-1);
    if (last) void load({ limit: DEFAULT_PAGE, before: { createdAt: last.createdAt, id: last.id } }, true);
  }, [load, page.notes]);

  return { state, notes: page.notes, more: page.more, showMore, refresh };
}

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { linkKey } from '../../utils/db/note-rows';
import { t } from '../../utils/i18n';
import type { PopupActions, PopupStart } from '../../utils/popup/actions';
import type { Note, NoteLink, NoteUpdate } from '../../utils/schema/note';
import { teamPageUrl } from '../team/team-link';
import { SchoolMessage } from '../ui/SchoolMessage';
import { trusted } from '../ui/trusted';
import { useSchoolPolicy } from '../ui/use-school-policy';
import { LinkLine } from './LinkLine';
import { NO_FILTER, NoteFilters } from './NoteFilters';
import { NoteList, refocusAfterLeaving } from './NoteList';
import { QuickNoteForm, type QuickNoteInput } from './QuickNoteForm';
import { UndoStatus } from './UndoStatus';
import { useNoteList } from './use-note-list';

/**
 * The toolbar popup: a quick note (linked to the lesson or class open in the tab), and below it the
 * recent notes to search, tick done, edit and delete. It renders at once with the text box focused;
 * people and the page's link arrive a moment later.
 */
export function PopupApp(props: { actions: PopupActions }) {
  const { actions } = props;
  const [start, setStart] = useState<PopupStart | 'failed' | null>(null);
  const [pageLink, setPageLink] = useState<NoteLink | null>(null);
  const [linked, setLinked] = useState(true);
  const [filter, setFilter] = useState(NO_FILTER);
  const [deleted, setDeleted] = useState<Note | null>(null);
  /** A delete or undo that failed, said in plain words until the next one works. */
  const [problem, setProblem] = useState<{ failed: 'delete' } | { failed: 'restore'; text: string } | null>(null);
  // Asked once; saving waits for it, so a note typed very fast is still linked.
  const linkAnswer = useMemo(() => actions.pageLink().catch(() => null), [actions]);
  // The school's settings: its message, and "initials only". The read can take 250 ms (utils/school-policy/read.ts),
  // longer than a draft takes to arrive: until it answers, "initials only" is unknown (null) and a save waits.
  const policy = useSchoolPolicy(actions.schoolPolicy);
  const initialsOnly = policy === null ? null : policy.initialsOnly === true;

  useEffect(() => {
    actions.start().then(setStart, (error: unknown) => {
      console.warn('[Tandem] Could not read people', error);
      setStart('failed');
    });
    void linkAnswer.then(setPageLink);
  }, [actions, linkAnswer]);

  const people = useMemo(() => (start && start !== 'failed' ? start.people : []), [start]);
  const knownNames = useMemo(
    () => [...people.map((person) => person.name), ...(start && start !== 'failed' ? [start.myName] : [])],
    [people, start],
  );
  const knownPhrases = useMemo(() => (pageLink ? [pageLink.title, pageLink.courseName ?? ''] : []), [pageLink]);

  const draft = useMemo(() => ({ load: actions.loadDraft, save: actions.saveDraft }), [actions]);
  const list = useNoteList(actions.listNotes, {
    text: filter.text,
    kind: filter.kind || undefined,
    personId: filter.personId || undefined,
    lessonKey: pageLink && filter.thisPageOnly ? linkKey(pageLink) : undefined,
    includeDone: !filter.hideDone,
  });
  const filtered =
    filter.text.trim() !== '' || !!filter.kind || !!filter.personId || filter.thisPageOnly || filter.hideDone;

  const save = async (input: QuickNoteInput): Promise<boolean> => {
    const link = linked ? await linkAnswer : null;
    try {
      await actions.saveNote({ ...input, ...(link ? { link } : {}) });
    } catch (error) {
      console.warn('[Tandem] Could not save the note', error);
      return false;
    }
    await list.refresh();
    return true;
  };
  const update = async (change: NoteUpdate): Promise<boolean> => {
    const index = list.notes.findIndex((note) => note.id === change.id);
    try {
      const note = await actions.updateNote(change);
      await list.refresh();
      // After the list has re-rendered, possibly without this note.
      setTimeout(() => refocusAfterLeaving(index), 0);
      return note !== null;
    } catch (error) {
      console.warn('[Tandem] Could not change the note', error);
      return false;
    }
  };
  const remove = async (note: Note) => {
    try {
      const gone = await actions.deleteNote(note.id);
      setProblem(null);
      await list.refresh();
      setDeleted(gone);
    } catch (error) {
      console.warn('[Tandem] Could not delete the note', error);
      setProblem({ failed: 'delete' });
    }
  };
  const expireUndo = useCallback(() => setDeleted(null), []);
  const undo = async (note: Note) => {
    setDeleted(null);
    try {
      await actions.restoreNote(note);
      setProblem(null);
    } catch (error) {
      console.warn('[Tandem] Could not restore the note', error);
      setProblem({ failed: 'restore', text: note.text });
    }
    await list.refresh();
  };

  return (
    <>
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="button quiet" onClick={trusted(actions.openOptions)}>
          {t('popupOptions')}
        </button>
        <a class="button quiet" href={teamPageUrl()} target="_blank" rel="noopener">
          {t('teamLink')}
        </a>
      </header>
      <main>
        {start === 'failed' && (
          <p role="alert" class="notice warning">
            {t('popupPeopleFailed')}
          </p>
        )}
        <QuickNoteForm
          people={people}
          knownNames={knownNames}
          knownPhrases={knownPhrases}
          initialsOnly={initialsOnly}
          onSave={save}
          draft={draft}
        >
          {pageLink && <LinkLine link={pageLink} linked={linked} onLinked={setLinked} />}
        </QuickNoteForm>
        {/* After the note, not above it: a long message (up to 1000 characters) would push the text box and Save
            off the popup's first screen. */}
        <SchoolMessage policy={policy} />
        <section class="recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('notesHeading')}</h2>
          <NoteFilters value={filter} onChange={setFilter} people={people} link={pageLink} />
          <UndoStatus deleted={deleted} onUndo={undo} onExpired={expireUndo} />
          {problem?.failed === 'delete' && (
            <p role="alert" class="notice warning">
              {t('notesDeleteFailed')}
            </p>
          )}
          {problem?.failed === 'restore' && (
            // The note is gone from the database: its text is shown so it can be copied and saved again.
            <div role="alert" class="notice warning">
              <p>{t('notesRestoreFailed')}</p>
              <p class="note-text">{problem.text}</p>
            </div>
          )}
          <NoteList
            list={list}
            filtered={filtered}
            people={people}
            knownNames={knownNames}
            initialsOnly={initialsOnly === true}
            onUpdate={update}
            onDelete={remove}
          />
        </section>
      </main>
    </>
  );
}

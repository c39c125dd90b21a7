import { render } from 'preact';
import type { ReuseActions } from '@/components/lesson-plan/CopyPlanControl';
import { type FullPlanState, type LessonView, PlanPanel } from '@/components/lesson-plan/PlanPanel';
import { entryCss } from '@/utils/content/entry-css';
import { EXTENSION_GONE, type FeatureRun } from '@/utils/content/features';
import { loadChunk } from '@/utils/content/lazy';
import { nextTask, waitFor, whenIdle } from '@/utils/content/wait-for';
import { preloadMessages, t } from '@/utils/i18n';
import { createClassMeetingsState } from '@/utils/lesson-plan/class-meetings-state';
import { planId } from '@/utils/lesson-plan/defaults';
import { clipLessonText } from '@/utils/lesson-plan/lesson-text';
import { quickModels, readClassModels } from '@/utils/lesson-plan/quick-models';
import { createPlanSession } from '@/utils/lesson-plan/session';
import { call as callBackground } from '@/utils/messaging/client';
import { type DetailsField, type DetailsReading, readDetails } from '@/utils/pages/classroom/read-details';
import { parseClassroomUrl } from '@/utils/pages/classroom/urls';
import { localDate } from '@/utils/planning-time/dates';
import { browserOutbox } from '@/utils/saving/browser-outbox';
import type { LessonRef } from '@/utils/schema/plan';
import type { ModelId } from '@/utils/schema/vocabulary';
import { MODEL_IDS, ROLE_IDS, STATUS_IDS, vocabKey } from '@/utils/vocabulary';
import { createLessonNotes } from './lesson-notes';
import type { LessonEarly, PlanEditorModule } from './lesson-plan';
import { mountInMain } from './mount';
import { onNotesChanged } from './notes-changed';
import { readPanelOpen, savePanelOpen } from './panel-preference';
import type { PlanEditorView } from './plan-editor.chunk';

/** How long to wait for Classroom to render a lesson's header before saying what could not be read. */
const READ_TIMEOUT_MS = 4000;

const MISSING_KEYS: Record<DetailsField, string> = {
  title: 'missingTitle',
  course: 'missingCourse',
  due: 'missingDue',
};

/**
 * The co-teaching panel on a lesson's details page. A chunk (utils/build/lazy-chunks.ts): index.ts says
 * where it runs, and the editor's code is loaded only on lesson pages.
 */
export async function init({ url, signal, ctx }: FeatureRun, early?: LessonEarly): Promise<void> {
  // The content script asked for what the first paint needs while this chunk loaded (lesson-plan.ts).
  const call = early?.call ?? callBackground;
  void entryCss(ctx, early?.css);
  const route = parseClassroomUrl(url);
  if (route?.kind !== 'details') return;
  // Shown only after an update, when the i18n API no longer answers this (old) chunk. Not needed for the
  // first paint, so cached once the page is idle (long before a teacher could install an update).
  whenIdle(() =>
    preloadMessages([
      'extensionUpdated',
      'saveFailed',
      'retry',
      'fullPlanFailed',
      // The header's button and the wait say what they do whichever way the teacher turns it after an update.
      'openFullPlan',
      'closeFullPlan',
      'fullPlanLoading',
    ]),
  );
  whenIdle(cacheCompactMessages);
  // The ids come from the URL, never from the page: stale hidden views cannot mislead us.
  let lesson: LessonRef = {
    courseId: route.courseId,
    itemId: route.itemId,
    itemKind: route.itemKind,
    ...(route.account !== undefined ? { account: route.account } : {}),
    title: '',
    courseName: '',
  };
  let view: LessonView = { title: null, courseName: null, missing: [] };
  let container: HTMLElement | null = null;
  // Whether the full plan is open: the teacher's choice, remembered; the panel is first painted once it is
  // known (no flash of the other). A first visit shows the compact plan (issue 14).
  let open: boolean | undefined;
  // The models of the class's other lessons, for the compact plan's quick models; read once per page.
  let classModels: Array<ModelId | null> | undefined;
  // The full plan's chunk, loaded the first time it is opened (or at once when it was left open).
  let editorModule: PlanEditorModule | null = null;
  let editorLoading = false;
  let editorFailed = false;
  let editor: PlanEditorView | null = null;
  let editorHost: HTMLDivElement | null = null;
  let editorMountedIn: HTMLDivElement | null = null;
  const fullPlanHost = (element: HTMLDivElement | null) => {
    editorHost = element;
  };
  // The title the panel last showed with a loaded plan (for the mark below).
  let shownTitle: string | null = null;
  // A view the user left stays as it is, except the old panel after an update, which must still say so.
  const live = () => !signal.aborted || signal.reason === EXTENSION_GONE;
  const setOpen = (next: boolean) => {
    open = next;
    savePanelOpen(next);
    paint();
  };
  const loadEditor = (pending: Promise<PlanEditorModule | null> | undefined) => {
    editorLoading = true;
    editorFailed = false;
    void (pending ?? loadChunk<PlanEditorModule>('classroom', 'plan-editor'))
      .then((module) => {
        if (!module) throw new Error('not loaded');
        editorModule = module;
      })
      .catch(() => {
        // After an update the old tab cannot load chunks any more: say so instead of showing nothing.
        editorFailed = true;
      })
      .finally(() => {
        editorLoading = false;
        if (live()) paint();
      });
  };
  const fullPlanState = (): FullPlanState => (editorFailed ? 'failed' : editorModule ? 'shown' : 'loading');
  const paint = () => {
    if (!container || open === undefined || classModels === undefined) return;
    const state = session.getState();
    if (open && !editorModule && !editorLoading && !editorFailed) loadEditor(undefined);
    render(
      <PlanPanel
        lesson={view}
        state={state}
        actions={session.actions}
        open={open}
        onOpenChange={setOpen}
        models={quickModels(classModels, state.content.model)}
        fullPlan={fullPlanState()}
        fullPlanHost={fullPlanHost}
      />,
      container,
    );
    // For the bench (tests/bench/page-probe.mjs): the panel's root is closed, so the page's world cannot see
    // when it first shows this lesson's title with the loaded plan; performance marks are shared with it.
    if (state.load === 'ready' && view.title !== null && view.title !== shownTitle) {
      shownTitle = view.title;
      performance.mark('tandem:panel:plan-shown', { detail: { title: view.title, open } });
    }
    // The full plan renders into the element the panel left for it, with its own Preact (plan-editor.chunk.tsx).
    // Once built it is kept up to date while closed too, so reopening it keeps what was half-typed in it.
    // Classroom re-rendering the page drops the panel and it is mounted again, with a new element for the full plan.
    if (editor && editorMountedIn !== editorHost) {
      editor.unmount();
      editor = null;
    }
    if (editorModule && editorHost && (open || editor)) {
      if (!editor) {
        editor = editorModule.mountPlanEditor(editorHost, live);
        editorMountedIn = editorHost;
      }
      editor.update({
        state,
        actions: session.actions,
        notes: { ...notes.getView(), onRetry: () => void notes.refresh() },
        reuse,
        taughtOn: {
          ...(lesson.dueDate ? { dueDate: lesson.dueDate } : {}),
          today: localDate(new Date()),
          courseName: lesson.courseName,
          meetings: meetings.getState(),
          saveMeetings: (week) => meetings.save(lesson.courseName, week),
          openCards: (date) => meetings.openCards(planId(lesson.courseId, lesson.itemId), date),
        },
      });
    }
  };
  // Edits go through the outbox, which keeps them whatever happens to the worker or this tab (utils/saving/outbox.ts).
  const outbox = browserOutbox();
  const session = createPlanSession({ lesson: () => lesson, call, outbox, onChange: paint });
  // "Copy plan from…" and templates (issue 14): only the lists and the templates go through the background; a
  // copy is applied by the panel as the teacher's own edits, so it saves through the outbox above.
  const reuse: ReuseActions = {
    listSources: async () => {
      const result = await call('templates.sources', { courseId: route.courseId, itemId: route.itemId });
      return result.ok ? result.data : null;
    },
    saveTemplate: async (name, content) => (await call('templates.save', { name, content })).ok,
  };
  // The class's weekly meetings ("When it is taught"); a week entered here is saved through the same outbox.
  const meetings = createClassMeetingsState({
    courseId: route.courseId,
    call,
    outbox,
    onChange: () => {
      if (!signal.aborted) paint();
    },
  });
  // A load answered after this view was left must not paint into the removed panel.
  const notes = createLessonNotes({
    lesson: route,
    call,
    onChange: () => {
      if (!signal.aborted) paint();
    },
  });

  // Everything independent starts at once: the preference, the panel's CSS and mount, the plan and the
  // notes (the ids come from the URL, so none of it waits for the page).
  void (early?.open ?? readPanelOpen()).then((stored) => {
    open = stored;
    // Left open last time: its chunk was already asked for while this one loaded (lesson-plan.ts).
    if (stored && !editorModule && !editorLoading) loadEditor(early?.fullPlan);
    if (live()) paint();
  });
  void readClassModels(call, route).then((models) => {
    classModels = models;
    if (live()) paint();
  });
  const mounted = mountInMain(ctx, {
    name: 'tandem-plan',
    signal,
    render: (element) => {
      container = element;
      paint();
    },
    unrender: (element) => render(null, element),
  });
  void session.load();
  void notes.load();
  void meetings.load();
  signal.addEventListener(
    'abort',
    () => {
      if (signal.reason === EXTENSION_GONE) session.actions.markInvalidated();
      else void session.actions.flush({ immediate: true });
      session.dispose();
      meetings.dispose();
    },
    { once: true },
  );
  // A reload, a closed tab or a hidden tab (which a Chromebook may discard) within the save delay must not
  // lose the last edit: write it to the outbox right away (the write is issued before the page goes).
  const writeNow = () => void session.actions.flush({ immediate: true });
  window.addEventListener('pagehide', writeNow, { signal });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && writeNow(), { signal });
  // The popup saved a note (maybe about this lesson): show the lesson's notes as they are now.
  onNotesChanged(() => void notes.refresh(), signal);

  // Reading the page (it lays the page out) is not for the content script's first task.
  const read = nextTask()
    .then(() => (signal.aborted ? null : readWhenReady(route, signal)))
    .then((reading) => {
      if (reading === null || signal.aborted) return;
      lesson = {
        ...lesson,
        title: clipLessonText(reading.title ?? ''),
        courseName: clipLessonText(reading.courseName ?? ''),
        ...(reading.dueDate ? { dueDate: reading.dueDate } : {}),
      };
      // Materials have no due date at all, so only an assignment or question can be missing one.
      const missing = reading.missing.filter((field) => field !== 'due' || route.itemKind !== 'm');
      view = {
        title: reading.title,
        courseName: reading.courseName,
        missing: missing.map((field) => t(MISSING_KEYS[field])),
      };
      if (missing.length > 0) {
        console.warn(`[Tandem] Could not read ${missing.join(', ')} on this Classroom page; using the URL.`);
      }
      paint();
    });
  await Promise.all([mounted, read]);
}

/**
 * What the compact plan (components/lesson-plan/CompactPlan.tsx) says. A panel that opened with the full plan has
 * never shown it, and an old tab can no longer read its strings after an update: closing the full plan then would
 * show their keys.
 */
function cacheCompactMessages(): void {
  preloadMessages([
    'modelGroupLabel',
    'supportsTitle',
    'compactNoAdults',
    'compactAddAdult',
    'compactAddNewAdult',
    'compactAddAs',
    'compactMoreAdults',
    'compactMoreModels',
    'compactFewerModels',
    'compactStatus',
    'roleFor',
    'unknownPerson',
    ...MODEL_IDS.map((id) => vocabKey('model', id)),
    ...ROLE_IDS.map((id) => vocabKey('role', id)),
    ...STATUS_IDS.map((id) => vocabKey('status', id)),
  ]);
}

/** Classroom renders a lesson's header after the URL changes: wait (by observing) until the title is there. */
async function readWhenReady(route: Parameters<typeof readDetails>[1], signal: AbortSignal): Promise<DetailsReading> {
  const ready = await waitFor(
    () => {
      const reading = readDetails(document, route, new Date());
      return reading.title !== null ? reading : null;
    },
    { signal, timeoutMs: READ_TIMEOUT_MS },
  );
  return ready ?? readDetails(document, route, new Date());
}

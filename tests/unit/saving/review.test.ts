import { describe, expect, it, vi } from 'vitest';
import { deleteAllData } from '../../../utils/backup/snapshots';
import { getPlan } from '../../../utils/db/plans';
import { getSettings, saveSettings } from '../../../utils/db/settings';
import type { Call } from '../../../utils/lesson-plan/session';
import { clearOutbox } from '../../../utils/saving/clear-outbox';
import { durableCall } from '../../../utils/saving/durable-call';
import { LAB_REPORT } from '../db/sample';
import { planTab, saveRig } from './rig';

// A reviewer's attempts to break the outbox save path (issue 11). Every test here demonstrated a defect
// found in review (each failed for the reason its comment gives); they now hold the fixes in place.

const stored = (rig: ReturnType<typeof saveRig>) => getPlan(rig.db, LAB_REPORT.courseId, LAB_REPORT.itemId);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than LongText allows (utils/schema/common.ts): the background refuses the whole change. */
const TOO_LONG = 'x'.repeat(5000);

describe('review: refused changes', () => {
  // Scenario: a change is refused (its goal fails validation), the panel says so; the teacher then presses
  // Retry. flush() finds nothing unsent and nothing waiting (the refused key was dropped from `waiting`
  // and its fields were never put back in `unsent`, utils/lesson-plan/session.ts:138-140) and turns the error
  // into "Saved" (session.ts:209) although the goal on screen was never stored.
  it('Retry after a refusal never says "Saved" while the refused text is on screen and not stored', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    session.actions.update({ model: 'team' }); // the lesson has a stored plan (else Retry says 'idle')
    await vi.waitFor(() => expect(last().save).toBe('saved'));
    session.actions.update({ goal: TOO_LONG });
    await vi.waitFor(() => expect(last().save).toBe('error'));
    await session.actions.flush(); // the panel's Retry
    expect(last().content.goal).toBe(TOO_LONG);
    expect((await stored(rig))?.goal ?? '').not.toBe(TOO_LONG);
    expect(last().save).not.toBe('saved'); // fails: 'saved'
  });

  // Scenario: same refusal, then the teacher edits another field. That change is stored, and
  // settleIfDone (session.ts:107-113) sees nothing waiting and says "Saved" for the whole panel, while
  // the refused goal is still on screen and is gone on reload.
  it('an edit of another field after a refusal does not make the refused one look saved', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    session.actions.update({ goal: TOO_LONG });
    await vi.waitFor(() => expect(last().save).toBe('error'));
    session.actions.update({ model: 'team' });
    await vi.waitFor(async () => expect((await stored(rig))?.model).toBe('team'));
    await vi.waitFor(() => expect(rig.storage.outboxKeys()).toEqual([]));
    expect(last().content.goal).toBe(TOO_LONG);
    expect(last().save).not.toBe('saved'); // fails: 'saved'
  });

  // Scenario: one debounced burst edits a valid field (model) and an invalid one (goal). They travel as
  // ONE plan.change, the request runner refuses the whole payload (utils/messaging/handlers.ts:74-77),
  // the drain removes the key (utils/saving/drain.ts:57-60), so the valid model edit is lost too — and
  // with the Retry defect above, the panel can then say "Saved".
  it('a refused field does not take the valid fields written with it down too', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    session.actions.update({ model: 'team' });
    session.actions.update({ goal: TOO_LONG });
    await vi.waitFor(() => expect(last().save).toBe('error'));
    await vi.waitFor(() => expect(rig.storage.outboxKeys()).toEqual([]));
    expect((await stored(rig))?.model).toBe('team'); // fails: no plan stored at all
  });
});

describe('review: two tabs, same field, same millisecond', () => {
  // Scenario: two tabs edit the goal with the same clock reading (Date.now() ties; coarse clocks make it
  // likelier). Each tab sees the other's change with `at === mine` and keeps its own (session.ts:164,
  // `at > mine` is false for a tie: 'yours-kept'), while changePlan applies ties (utils/db/plans.ts:48,
  // `<` not `<=`), so the one drained last wins in the database. Both panels end on "Saved" showing
  // different goals; one of them shows text that is not stored. A tie needs one deterministic winner on
  // both sides (e.g. break ties by origin).
  it('both tabs end up showing what is stored', async () => {
    const rig = saveRig();
    const clock = Date.now() - 60_000;
    const now = () => clock;
    const first = planTab(rig, { now });
    const second = planTab(rig, { now });
    await Promise.all([first.session.load(), second.session.load()]);
    rig.worker.stopped = true; // both changes wait, so each tab hears the other's before either is stored
    first.session.actions.update({ goal: 'first tab' });
    second.session.actions.update({ goal: 'second tab' });
    await Promise.all([first.session.actions.flush(), second.session.actions.flush()]);
    await pause(5);
    rig.worker.stopped = false;
    await rig.drain();
    await vi.waitFor(() => expect([first.last().save, second.last().save]).toEqual(['saved', 'saved']));
    const goal = (await stored(rig))?.goal;
    expect(first.last().content.goal).toBe(goal);
    expect(second.last().content.goal).toBe(goal); // one of these fails
  });
});

describe('review: a page view that is gone', () => {
  // Scenario: Classroom navigates away (SPA) while the debounced flush is between writing its key and
  // nudging (or while a nudge is in flight). lesson-plan.chunk.tsx's abort handler flushes and calls dispose(),
  // which clears the nudge timer and unsubscribes from the outbox (session.ts:284-287). The pending
  // flush then nudges anyway (session.ts:238-239); the change IS stored, but the disposed session never
  // hears 'stored', so `waiting` never empties and nudge() reschedules itself forever (every 8 s,
  // session.ts:128-130): a message to the background every 8 s for the life of the tab, which keeps the
  // service worker from ever sleeping and runs a storage.local.get(null) drain each time.
  it('a disposed session stops asking the background', async () => {
    const rig = saveRig();
    let drains = 0;
    const call = (async (type: string, payload: unknown) => {
      if (type === 'outbox.drain') drains++;
      return rig.call(type as never, payload as never);
    }) as Call;
    const { session } = planTab(rig, { call });
    await session.load();
    session.actions.update({ goal: 'typed before leaving' });
    const flushing = session.actions.flush(); // the debounce fired; `written` is still settling
    void session.actions.flush({ immediate: true }); // the view is left (abort)
    session.dispose();
    await flushing;
    await vi.waitFor(async () => expect((await stored(rig))?.goal).toBe('typed before leaving'));
    const afterStored = drains;
    await pause(1800); // nudges at +0.5 s and +1 s would follow
    expect(drains).toBe(afterStored); // fails: the disposed session keeps nudging
  });
});

describe('review: Calendar settings through the outbox vs the options page', () => {
  // Scenario: a Calendar save (settings.save, partial) waits in the outbox (worker not yet running, or
  // the database failed once). The teacher then changes the same field on the options page, which writes
  // the database directly (README "How an edit is kept"). The drain later applies the older Calendar
  // save on top (utils/db/settings.ts saveSettings has no edit times; drain.ts orders only entries among
  // themselves), so the newer edit is overwritten by an older one. Plans are protected by fieldTimes;
  // settings and people are not.
  it('an older outbox save does not overwrite a newer direct edit of the same field', async () => {
    const rig = saveRig();
    rig.worker.stopped = true;
    const calendar = durableCall(rig.call, rig.outbox());
    const saving = calendar('settings.save', { myName: 'Older (Calendar)' });
    await pause(5);
    await pause(5);
    await saveSettings(rig.db, { myName: 'Newer (options page)' });
    rig.worker.stopped = false;
    await rig.drain();
    await saving;
    expect((await getSettings(rig.db)).myName).toBe('Newer (options page)'); // fails: 'Older (Calendar)'
  });
});

describe('review: "Delete all my data" with a change still in the outbox', () => {
  // Scenario: a lesson edit waits in the outbox (worker not running yet, or the database failed once and
  // the entry is kept for the next drain, drain.ts:61-62). The teacher deletes all data on the options
  // page: deleteAllData (utils/backup/snapshots.ts) clears the database only; the outbox in storage.local
  // is untouched (components/options/options-actions.ts clears storage.session, not the outbox). The next
  // drain runs changePlan, which creates the plan again: deleted data comes back, and the outbox entry
  // (lesson title, goal text) also outlived "delete all".
  it('a change written before "Delete all" does not bring the plan back', async () => {
    const rig = saveRig();
    const { session } = planTab(rig);
    await session.load();
    rig.worker.stopped = true;
    session.actions.update({ goal: 'written just before deleting' });
    await session.actions.flush();
    expect(rig.storage.outboxKeys()).toHaveLength(1);
    await clearOutbox(rig.storage); // as the options page's "Delete all my data" does first
    await deleteAllData(rig.db);
    rig.worker.stopped = false;
    await rig.drain();
    expect(await stored(rig)).toBeNull(); // fails: the plan is back
  });
});

describe('review: an edit time from a clock that was wrong', () => {
  // Scenario: the computer's clock was ahead (a wrong date, later corrected). An edit made then stores
  // its field's time in fieldTimes (utils/db/plans.ts:50, EditTime allows up to 2096). After the clock is
  // corrected (and the tab reloaded, so the session's own lastEdit guard is gone), every edit of that
  // field is "older" and changePlan skips it silently (plans.ts:48) — yet it answers ok, the drain removes
  // the key and the panel says "Saved". The field is frozen for good, with "Saved" every time. The
  // background should not trust edit times ahead of its own clock (clamp to now), or tell the tab.
  it('after the clock is corrected, a new edit is stored (not just shown as "Saved")', async () => {
    const rig = saveRig();
    const real = Date.now();
    const wrong = planTab(rig, { now: () => real + 30 * 24 * 60 * 60 * 1000 }); // a month ahead
    await wrong.session.load();
    wrong.session.actions.update({ goal: 'typed while the clock was wrong' });
    await vi.waitFor(() => expect(wrong.last().save).toBe('saved'));
    wrong.session.dispose();
    const fixed = planTab(rig, { now: () => real + 60_000 }); // the page reloaded, clock corrected
    await fixed.session.load();
    fixed.session.actions.update({ goal: 'typed today' });
    await vi.waitFor(() => expect(fixed.last().save).toBe('saved'));
    expect((await stored(rig))?.goal).toBe('typed today'); // fails: the old text, "Saved" on screen
  });
});

describe('review: an immediate write that storage did not take', () => {
  // Scenario: the tab is hidden (visibilitychange) and lesson-plan.chunk.tsx flushes with `immediate: true`.
  // That storage.set fails (disk full / quota, or the extension context is going away). flush() returned
  // before `written` settled (session.ts:224), so nobody handles the failure: the fields were already
  // removed from `unsent` (session.ts:213) and the key stays in `waiting` although it was never written.
  // The teacher comes back and types on: the goal is never written again (lost), the dead key keeps
  // `waiting` non-empty so the panel never reaches "Saved" and nudges forever — and the rejected
  // `written` is an unhandled promise rejection in the page. The non-immediate path (session.ts:225-236)
  // puts the fields back; the immediate path should do the same when `written` rejects.
  it('an edit whose hidden-tab write failed is written again once storage works', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    const set = rig.storage.set;
    rig.storage.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      session.actions.update({ goal: 'typed, then the tab was hidden' });
      void session.actions.flush({ immediate: true });
      await pause(20);
      rig.storage.set = set; // storage works again
      session.actions.update({ model: 'team' }); // the teacher comes back and goes on
      await vi.waitFor(async () => expect((await stored(rig))?.model).toBe('team'));
      await pause(50);
      expect((await stored(rig))?.goal).toBe('typed, then the tab was hidden'); // fails: never written
      expect(last().save).toBe('saved');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      session.dispose();
    }
  });
});

describe('review: a settings save retried after a newer one landed', () => {
  // Scenario: two Calendar tabs save the teacher's name one after the other. The database fails once on
  // the first (older) entry: the drain keeps it and goes on (drain.ts:61-62), storing the second (newer)
  // one. The next drain retries the older entry and saveSettings applies it on top (no edit times for
  // settings or people, unlike plans' fieldTimes), so the older name wins — against the README's "on the
  // same field the later save wins" for Calendar saves. Same for people.update.
  it('an older settings save retried later does not overwrite a newer one', async () => {
    const rig = saveRig();
    rig.worker.stopped = true;
    const first = durableCall(rig.call, rig.outbox());
    const second = durableCall(rig.call, rig.outbox());
    const older = first('settings.save', { myName: 'Older name' });
    await pause(5);
    const newer = second('settings.save', { myName: 'Newer name' });
    await pause(5);
    vi.spyOn(rig.db.settings, 'put').mockRejectedValueOnce(new Error('transient database failure'));
    rig.worker.stopped = false;
    await rig.drain(); // the older fails once, the newer is stored
    await rig.drain(); // the older is retried
    await Promise.all([older, newer]);
    expect((await getSettings(rig.db)).myName).toBe('Newer name'); // fails: 'Older name'
  });
});

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { paintClassSummary } from '../../../components/class-summary/class-summary-view';
import type { ClassSummary } from '../../../utils/lesson-plan/summary';

vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

// The class summary is built with DOM calls (not Preact): what it says, in which elements, and that a
// repaint replaces it.

const summary: ClassSummary = {
  upcoming: { planned: 2, unplanned: 3 },
  onPage: { planned: 4, total: 9 },
  modelMix: [
    { model: 'stations', count: 3 },
    { model: 'parallel', count: 1 },
  ],
  leadAndRoam: null,
};

function painted(value: ClassSummary | null): HTMLElement {
  const container = document.createElement('div');
  paintClassSummary(container, value);
  return container;
}

describe('paintClassSummary', () => {
  it('names the region and says the counts and the model mix', () => {
    const section = painted(summary).querySelector('section');
    expect(section?.getAttribute('aria-label')).toBe('Tandem class summary');
    const text = section?.textContent ?? '';
    expect(text).toContain('On this page: 4 of 9 lessons planned');
    expect([...(section?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'Station teaching × 3',
      'Parallel teaching × 1',
    ]);
  });

  it('says when nothing is due soon and no plan has a model yet', () => {
    const text = painted({
      upcoming: { planned: 0, unplanned: 0 },
      onPage: { planned: 0, total: 2 },
      modelMix: [],
      leadAndRoam: null,
    }).textContent;
    expect(text).toContain('0 of 2');
    expect(painted({ ...summary, modelMix: [] }).querySelector('ul')).toBeNull();
  });

  it('says plainly when the plans could not be loaded', () => {
    const container = painted(null);
    expect(container.querySelector('.notice.warning')?.textContent).toBeTruthy();
    expect(container.querySelector('ul')).toBeNull();
  });

  it('replaces what it painted before instead of adding a second summary', () => {
    const container = painted(summary);
    paintClassSummary(container, { ...summary, onPage: { planned: 5, total: 9 } });
    expect(container.querySelectorAll('section')).toHaveLength(1);
    expect(container.textContent).toContain('5 of 9');
  });
});

describe('the link to the Team page (issue 15)', () => {
  it('is a button that opens the Team page when the chunk gives a way to, and only on a real click', () => {
    const openTeam = vi.fn();
    const container = document.createElement('div');
    paintClassSummary(container, summary, openTeam);
    const button = container.querySelector('button');
    expect(button?.textContent).toBe('How the team works');
    expect(button?.type).toBe('button');
    button?.click(); // a page-made click (isTrusted false): ignored
    expect(openTeam).not.toHaveBeenCalled();
    expect(painted(summary).querySelector('button')).toBeNull();
  });

  it('says the Lead-and-roam nudge, in the Team page’s words, only when the class shows the pattern', () => {
    expect(painted(summary).querySelector('.summary-nudge')).toBeNull();
    const nudge = painted({ ...summary, leadAndRoam: { count: 8, of: 10 } }).querySelector('.summary-nudge');
    expect(nudge?.textContent).toContain('8 of the last 10 lessons');
  });
});

// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { HandOverActions } from '../../../components/card/HandOverActions';
import type { Card, CardStop } from '../../../utils/cards/card';
import { domRootPerTest } from '../dom-root';

// The hand-over actions with fake browser effects: the clipboard refused (the text is offered to copy by
// hand), the .ics with a stop that has no time (left out, and said), e-mail without an address, and the slot
// for one more action (the partner file).

// jsdom cannot make trusted events; the trusted-only guard (components/ui/trusted.ts) is not what is tested here.
vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const stop = (id: string, start: number | null): CardStop => ({
  id,
  planId: `plan:${id}`,
  date: '2026-09-15',
  start,
  end: start === null ? null : start + 50,
  time: start === null ? 'Time not set' : '8:30–9:20',
  room: 'Room 204',
  className: 'Grade 7 Science',
  lessonTitle: 'Lab',
  role: 'Circulates and assists',
  headline: `${id} — Circulates and assists`,
  lines: [],
});

const CARD: Card = {
  personId: 'person:zoe',
  personName: 'Zoe Park',
  language: 'en',
  range: 'day',
  from: '2026-09-15',
  to: '2026-09-15',
  title: 'Zoe Park — Tuesday, September 15',
  days: [{ date: '2026-09-15', heading: 'Tuesday, September 15', stops: [stop('a', 510), stop('b', null)] }],
  emptyDayText: 'Nothing with you this day',
  privacyConcerns: [],
};

const root = domRootPerTest();

const button = (name: string) =>
  [...root().querySelectorAll('button')].find((candidate) => candidate.textContent === name) as HTMLButtonElement;

describe('HandOverActions', () => {
  it('offers the text to copy by hand when the clipboard is refused', async () => {
    const actions = {
      print: vi.fn(),
      copyText: vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError'))),
      downloadIcs: vi.fn(),
    };
    render(<HandOverActions card={CARD} actions={actions} peopleUrl="options.html#people" />, root());
    await act(async () => button('Copy as text').click());
    expect(actions.copyText).toHaveBeenCalledWith(expect.stringContaining('Zoe Park — Tuesday, September 15'));
    expect(root().textContent).toContain('The browser did not let Tandem copy.');
    const fallback = root().querySelector('textarea') as HTMLTextAreaElement;
    expect(fallback.getAttribute('aria-label')).toBe('The card as text');
    expect(fallback.value).toContain('a — Circulates and assists');
  });

  it('leaves stops without a time out of the .ics and says so; e-mail without an address says where to add one', async () => {
    const actions = { print: vi.fn(), copyText: vi.fn(() => Promise.resolve()), downloadIcs: vi.fn() };
    render(
      <HandOverActions card={CARD} actions={actions} peopleUrl="options.html#people">
        <button type="button">Partner file</button>
      </HandOverActions>,
      root(),
    );
    expect(root().textContent).toContain('1 stop has no time (its class does not meet that weekday)');
    await act(async () => {
      button('Download .ics').click();
      await vi.waitFor(() => expect(actions.downloadIcs).toHaveBeenCalled());
    });
    const [text, fileName] = actions.downloadIcs.mock.calls[0] as unknown as [string, string];
    expect(fileName).toBe('tandem-zoe-park-2026-09-15.ics');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const mail = root().querySelector('a.button') as HTMLAnchorElement;
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=Zoe%20Park/);
    expect(root().textContent).toContain('No e-mail address for Zoe Park — add one in People.');
    // One more action fits as its own item.
    expect([...root().querySelectorAll('.handover-list > li')].map((item) => item.textContent)).toContain(
      'Partner file',
    );
    await act(async () => button('Print').click());
    expect(actions.print).toHaveBeenCalledTimes(1);
  });
});

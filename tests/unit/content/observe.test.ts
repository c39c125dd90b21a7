// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decorateBlockChips, isTandemNode } from '../../../entrypoints/calendar.content/block-badges';
import { onDomChange } from '../../../utils/content/observe';

// onDomChange: one call per frame while the page changes; opt-in, mutations made only by Tandem's own nodes
// are not changes, and the call can wait until the frame is rendered (so reading layout forces none).

vi.mock('../../../utils/content/shared-sheet', () => ({ sharedSheet: () => ({}) }));
vi.mock('../../../components/ui/trusted', () => ({ trusted: <T>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({ t: (key: string) => key }));

/** MutationObserver callbacks are microtasks: let them run. */
const mutationsDelivered = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('onDomChange', () => {
  it('calls once in the next frame for any number of changes, and not after abort', async () => {
    const onChange = vi.fn();
    onDomChange(onChange, controller.signal);
    document.body.append(document.createElement('div'), document.createElement('div'));
    await mutationsDelivered();
    document.body.append(document.createElement('p'));
    await mutationsDelivered();
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer(); // the animation frame
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    vi.runAllTimers();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('with `ignore`, a mutation that only adds or removes ignored nodes is no change', async () => {
    const onChange = vi.fn();
    const ours = (node: Node) => node.nodeType === 1 && (node as Element).localName === 'tandem-thing';
    onDomChange(onChange, controller.signal, { ignore: ours });
    const thing = document.createElement('tandem-thing');
    document.body.append(thing);
    await mutationsDelivered();
    thing.remove();
    await mutationsDelivered();
    vi.runAllTimers();
    expect(onChange).not.toHaveBeenCalled();
    // One record with a node of the page among ours still counts.
    document.body.append(document.createElement('tandem-thing'), document.createElement('div'));
    await mutationsDelivered();
    vi.runAllTimers();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("with timing 'after-frame', calls in a task after the frame's callbacks, not inside them", async () => {
    const onChange = vi.fn();
    onDomChange(onChange, controller.signal, { timing: 'after-frame' });
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    vi.advanceTimersToNextTimer(); // the animation frame: the browser renders it after its callbacks
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer(); // the task queued from it
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe("Calendar: Tandem's own nodes", () => {
  it('a mutation made only by block badges (adding or removing them) does not cause a re-read', async () => {
    document.body.innerHTML =
      '<div role="gridcell" data-column-index="0" data-datekey="1"><div data-eventid="a" data-eventchip>Co-planning</div></div>';
    const chip = document.querySelector<HTMLElement>('[data-eventid]') as HTMLElement;
    const reread = vi.fn();
    onDomChange(reread, controller.signal, { ignore: isTandemNode, timing: 'after-frame' });
    const events = [{ key: 'a', date: '2025-09-15', chip }];
    decorateBlockChips(events, new Map([['a', 'block:1']]), [], () => undefined);
    expect(chip.querySelector('tandem-block-badge')).not.toBeNull();
    await mutationsDelivered();
    vi.runAllTimers();
    decorateBlockChips(events, new Map(), [], () => undefined); // the badge comes off again
    expect(chip.querySelector('tandem-block-badge')).toBeNull();
    await mutationsDelivered();
    vi.runAllTimers();
    expect(reread).not.toHaveBeenCalled();
    // Calendar replacing the chip is a change.
    chip.replaceWith(chip.cloneNode(true));
    await mutationsDelivered();
    vi.runAllTimers();
    expect(reread).toHaveBeenCalledTimes(1);
  });

  it("recognises badges and UI hosts as Tandem's, and nothing else", () => {
    const host = document.createElement('tandem-planning');
    host.setAttribute('data-tandem-host', 'tandem-planning');
    expect(isTandemNode(document.createElement('tandem-block-badge'))).toBe(true);
    expect(isTandemNode(host)).toBe(true);
    expect(isTandemNode(document.createElement('div'))).toBe(false);
    expect(isTandemNode(document.createTextNode('tandem-block-badge'))).toBe(false);
  });
});

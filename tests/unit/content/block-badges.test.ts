// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decorateBlockChips } from '../../../entrypoints/calendar.content/block-badges';

// Calendar badges come back when Calendar copies a chip's markup: a copy of a badge has the same
// attributes but none of Tandem's content (no shadow root), so it is replaced, never taken for the badge.

vi.mock('../../../utils/content/shared-sheet', () => ({ sharedSheet: () => ({}) }));
vi.mock('../../../components/ui/trusted', () => ({ trusted: <T>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({ t: (key: string) => key }));

/** The badges' roots are closed: the test keeps them as they are made, to look inside. */
const roots = new Map<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
beforeEach(() => {
  document.body.replaceChildren();
  roots.clear();
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const blocks = [{ id: 'block:1', title: 'Co-planning: Dana Rivera + Marcus Lee' }] as never[];
const matches = new Map([['chip-a', 'block:1']]);

function chipOnPage(): HTMLElement {
  const chip = document.createElement('div');
  chip.setAttribute('data-eventchip', '');
  chip.textContent = '1pm Co-planning';
  document.body.append(chip);
  return chip;
}

function badgeText(chip: Element): (string | null | undefined)[] {
  return [...chip.querySelectorAll('tandem-block-badge')].map(
    (host) => roots.get(host)?.querySelector('button')?.textContent,
  );
}

describe('decorateBlockChips', () => {
  it('makes each badge in a closed shadow root and leaves a badged chip alone', () => {
    const chip = chipOnPage();
    decorateBlockChips([{ key: 'chip-a', date: '2025-09-16', chip }], matches, blocks, () => undefined);
    const badge = chip.querySelector('tandem-block-badge');
    expect(badge?.shadowRoot).toBeNull();
    expect(badgeText(chip)).toEqual(['blockBadgeText']);
    decorateBlockChips([{ key: 'chip-a', date: '2025-09-16', chip }], matches, blocks, () => undefined);
    expect(chip.querySelector('tandem-block-badge')).toBe(badge);
  });

  it('replaces the empty copy left when Calendar sets a chip\u2019s innerHTML to itself', () => {
    const chip = chipOnPage();
    decorateBlockChips([{ key: 'chip-a', date: '2025-09-16', chip }], matches, blocks, () => undefined);
    // biome-ignore lint/correctness/noSelfAssign: what Calendar's own code does to the chip.
    chip.innerHTML = chip.innerHTML;
    expect(badgeText(chip)).toEqual([undefined]);
    decorateBlockChips([{ key: 'chip-a', date: '2025-09-16', chip }], matches, blocks, () => undefined);
    expect(badgeText(chip)).toEqual(['blockBadgeText']);
  });

  it('replaces the empty copy in a chip Calendar cloned, and removes the old chip’s badge with it', () => {
    const chip = chipOnPage();
    decorateBlockChips([{ key: 'chip-a', date: '2025-09-16', chip }], matches, blocks, () => undefined);
    const clone = chip.cloneNode(true) as HTMLElement;
    chip.replaceWith(clone);
    decorateBlockChips([{ key: 'chip-a', date: '2025-09-16', chip: clone }], matches, blocks, () => undefined);
    expect(badgeText(clone)).toEqual(['blockBadgeText']);
    expect(document.querySelectorAll('tandem-block-badge')).toHaveLength(1);
  });
});

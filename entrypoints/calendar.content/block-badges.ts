import { trusted } from '@/components/ui/trusted';
import { HOST_ATTRIBUTE } from '@/utils/content/mount-ui';
import { sharedSheet } from '@/utils/content/shared-sheet';
import { t } from '@/utils/i18n';
import type { GridEvent } from '@/utils/pages/calendar/types';
import type { PlanningBlock } from '@/utils/schema/calendar';

/** Grid and month chips alike: what a badge needs. */
type BadgeableEvent = Pick<GridEvent, 'key' | 'date' | 'chip'>;

// A small badge on each event chip that is a planning block Tandem recorded. Built with createElement
// and textContent only (Calendar enforces Trusted Types), in its own closed shadow root so Calendar's CSS
// and scripts cannot reach it. Placed inside the chip, top right; its clicks and keys stop there so
// Calendar's own event-details popup does not open as well.

export const BLOCK_BADGE_TAG = 'tandem-block-badge';

const CSS = `
:host { position: absolute; top: 1px; right: 2px; z-index: 1; }
button { font: 500 10px/14px "Google Sans", Roboto, Arial, sans-serif; padding: 0 6px; border-radius: 8px;
  cursor: pointer; color-scheme: var(--tandem-page-scheme, light); /* the page's look: utils/content/page-theme.ts */
  border: 1px solid light-dark(#0b57d0, #a8c7fa); background: light-dark(#e8f0fe, #0842a0); color: light-dark(#0b57d0, #d3e3fd); }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }`;

type Activate = (blockId: string, date: string) => void;

/**
 * The badges Tandem made (the hosts of its closed shadow roots). When Calendar copies a chip's markup
 * (re-setting its HTML, or `cloneNode`), the copy carries a `<tandem-block-badge>` with the same
 * attributes but no shadow root, so nothing inside: an element not in this set is such a copy, to be
 * replaced by a real badge.
 */
const ownBadges = new WeakSet<Element>();

/**
 * Puts badges on the chips of recorded blocks and takes them off chips that no longer match. A chip
 * that already carries the right badge is left alone, so Calendar re-rendering never duplicates one; a
 * copy of a badge (Calendar copying a chip's markup) is replaced by a real one.
 */
export function decorateBlockChips(
  events: readonly BadgeableEvent[],
  matches: ReadonlyMap<string, string>,
  blocks: readonly PlanningBlock[],
  onActivate: Activate,
): void {
  const titles = new Map(blocks.map((block) => [block.id, block.title]));
  const kept = new Set<Element>();
  for (const event of events) {
    const blockId = matches.get(event.key);
    if (!blockId) continue;
    const existing = [...event.chip.querySelectorAll<HTMLElement>(`:scope > ${BLOCK_BADGE_TAG}`)].find(
      (badge) => ownBadges.has(badge) && badge.dataset.blockId === blockId && badge.dataset.date === event.date,
    );
    if (existing) {
      kept.add(existing);
      continue;
    }
    const badge = createBlockBadge(blockId, event.date, titles.get(blockId) ?? '', onActivate);
    kept.add(badge);
    event.chip.append(badge);
  }
  // Badges of chips that are no longer blocks', and copies of badges (below): each chip keeps one of ours.
  for (const badge of document.querySelectorAll(BLOCK_BADGE_TAG)) {
    if (!kept.has(badge)) badge.remove();
  }
}

/** Tandem's own nodes in Calendar's DOM: block badges and UI hosts. Adding or removing them changes no reading. */
export function isTandemNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return element.localName === BLOCK_BADGE_TAG || element.hasAttribute(HOST_ATTRIBUTE);
}

export function removeBlockBadges(): void {
  for (const badge of document.querySelectorAll(BLOCK_BADGE_TAG)) badge.remove();
}

function createBlockBadge(blockId: string, date: string, title: string, onActivate: Activate): HTMLElement {
  const host = document.createElement(BLOCK_BADGE_TAG);
  host.dataset.blockId = blockId;
  host.dataset.date = date;
  // Closed: the page's scripts cannot reach the button to read it or script it.
  const shadow = host.attachShadow({ mode: 'closed' });
  ownBadges.add(host);
  shadow.adoptedStyleSheets = [sharedSheet(CSS)];
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('blockBadgeText');
  button.setAttribute('aria-label', t('blockBadgeName', title));
  button.addEventListener(
    'click',
    trusted((event: MouseEvent) => {
      event.stopPropagation();
      event.preventDefault();
      onActivate(blockId, date);
    }),
  );
  // Calendar opens the event on Enter/Space on the chip and on mouse down: keep those to the badge.
  for (const type of ['keydown', 'mousedown', 'pointerdown', 'dblclick'] as const) {
    button.addEventListener(type, (event) => event.stopPropagation());
  }
  shadow.append(button);
  return host;
}

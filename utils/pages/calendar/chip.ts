import { decodeLooseBase64 } from '../base64';

// What a chip says about itself, in any language: its id (data-eventid) and its screen-reader text. The
// label is for display and title matching only; times and dates never come from text, which is localized
// and clock-dependent (tests/fixtures/README.md B.2).

/**
 * The event id inside a chip's `data-eventid`: base64 of "<eventId>[_<instance>] <calendar>" (tests/fixtures/README.md
 * B.2 [C]). Padding is stripped in the wild and the alphabet (`+/` or `-_`) was never observed, so both are accepted.
 * Null when the attribute is not base64 or does not decode to a printable id (task chips `tasks_…`, garbage).
 */
export function decodeEventId(dataEventId: string): string | null {
  const known = decoded.get(dataEventId);
  if (known !== undefined) return known;
  const text = decodeLooseBase64(dataEventId.trim());
  const id = text === null ? '' : (text.split(' ', 1)[0] ?? '');
  const result = /^[\x21-\x7e]{1,1024}$/.test(id) ? id : null;
  // Calendar re-renders the same chips again and again: each id is decoded once (bounded, for a long day).
  if (decoded.size >= DECODED_MAX) decoded.clear();
  decoded.set(dataEventId, result);
  return result;
}

const DECODED_MAX = 5000;
const decoded = new Map<string, string | null>();

/**
 * The chip's screen-reader text: its `aria-label` when the build puts it there, else the first child that is
 * not aria-hidden (calendar-plus: a custom-coloured event has a decorative aria-hidden first child). All-day
 * and month chips wrap that text in a role=button child next to an aria-hidden title, so aria-hidden parts
 * inside the child are skipped too. Whitespace collapsed; '' when the chip has no readable text.
 */
export function chipLabel(chip: Element): string {
  const own = clean(chip.getAttribute('aria-label') ?? '');
  if (own) return own;
  for (const child of chip.children) {
    if (child.getAttribute('aria-hidden') === 'true') continue;
    return clean(child.getAttribute('aria-label') ?? '') || clean(readableText(child));
  }
  return '';
}

const ELEMENT = 1;
const TEXT = 3;

/** Text nodes under `element`, skipping aria-hidden subtrees (visible duplicates of the label, icons). */
function readableText(element: Element): string {
  // Most chips hide nothing: then the browser's own textContent is the same text, without the walk.
  if (element.querySelector(ARIA_HIDDEN) === null) return element.textContent ?? '';
  return textOutside(element);
}

const ARIA_HIDDEN = '[aria-hidden="true"]';

function textOutside(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT) text += child.textContent ?? '';
    else if (child.nodeType === ELEMENT && (child as Element).getAttribute('aria-hidden') !== 'true') {
      text += textOutside(child);
    }
  }
  return text;
}

/**
 * Whitespace collapsed. Calendar re-renders the same chips again and again, and on a full week this regex
 * was the largest part of a re-read (issue 5 bench): each distinct text is cleaned once (bounded, like ids).
 */
function clean(text: string): string {
  if (text === '') return text;
  const known = cleaned.get(text);
  if (known !== undefined) return known;
  const result = text.replace(/\s+/g, ' ').trim();
  if (cleaned.size >= CLEANED_MAX) cleaned.clear();
  cleaned.set(text, result);
  return result;
}

const CLEANED_MAX = 5000;
const cleaned = new Map<string, string>();

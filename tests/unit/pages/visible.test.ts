import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isVisible } from '../../../utils/pages/visible';
import { loadFixture } from './classroom/fixtures';

function page(body: string): Document {
  return new JSDOM(`<style>.gone { display: none }</style><body>${body}</body>`).window.document;
}
const byId = (document: Document, id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(id);
  return element;
};

describe('isVisible (jsdom fallback: no layout, no checkVisibility)', () => {
  it('sees a plain element', () => expect(isVisible(byId(page('<p id="p">x</p>'), 'p'))).toBe(true));

  it.each([
    ['inline display:none on an ancestor', '<div style="display:none"><p id="p">x</p></div>'],
    ['a stylesheet display:none on an ancestor', '<div class="gone"><p id="p">x</p></div>'],
    ['the hidden attribute', '<div hidden><p id="p">x</p></div>'],
    ['aria-hidden="true" on an ancestor', '<div aria-hidden="true"><p id="p">x</p></div>'],
    ['display:none on itself', '<p id="p" class="gone">x</p>'],
  ])('hides under %s', (_, body) => expect(isVisible(byId(page(body), 'p'))).toBe(false));

  it('aria-hidden="false" does not hide', () =>
    expect(isVisible(byId(page('<div aria-hidden="false"><p id="p">x</p></div>'), 'p'))).toBe(true));

  it('a detached element is not visible', () => expect(isVisible(page('').createElement('p'))).toBe(false));

  it('the stale view of classroom-assignment.html is hidden, the real header is not', () => {
    const document = loadFixture('assignment');
    expect(isVisible(document.querySelector('[data-stream-item-id="638600123458"]') as Element)).toBe(false);
    expect(isVisible(document.querySelector('[data-stream-item-id="638600123456"]') as Element)).toBe(true);
  });
});

describe('isVisible prefers checkVisibility when the browser has it', () => {
  it('trusts checkVisibility over attributes', () => {
    const document = page('<div aria-hidden="true"><p id="p">x</p></div>');
    const element = byId(document, 'p');
    // A real browser ignores aria-hidden (a modal may set it on visible content): checkVisibility decides.
    Object.defineProperty(element, 'checkVisibility', { value: () => true });
    expect(isVisible(element)).toBe(true);
  });

  it('and its "no"', () => {
    const element = byId(page('<p id="p">x</p>'), 'p');
    Object.defineProperty(element, 'checkVisibility', { value: () => false });
    expect(isVisible(element)).toBe(false);
  });
});

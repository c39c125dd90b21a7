import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * For jsdom component tests: a fresh element in the document's body for each test, unmounted and removed
 * after it, so one test's component never answers another test's query. Returns the current test's element.
 */
export function domRootPerTest(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(async () => {
    render(null, root);
    root.remove();
    await afterPreactPaint();
  });
  return () => root;
}

/**
 * Preact runs effects after paint: a frame, or a 35 ms timer when no frame comes (preact/hooks afterPaint).
 * A timer still pending when the test file ends fires after jsdom is gone and throws "cancelAnimationFrame is
 * not defined" into the run. Timers fire in order of their due time, so waiting 40 ms after the last render
 * lets that one fire first, however slow the machine.
 */
export function afterPreactPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 40));
}

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
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}

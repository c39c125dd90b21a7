// Shared by the Classroom and Calendar readers, so it knows nothing of either page. Both keep views the user
// cannot see in the DOM: Classroom leaves the previous view, hidden, after an in-app navigation, and wide
// layouts render some blocks twice (tests/fixtures/README.md A.2 [S]; the trap in
// tests/fixtures/classroom-assignment.html); Calendar keeps the neighbouring week during its paging animation. Readers
// only trust what the user can see.

/**
 * Is the element rendered? In browsers this is `checkVisibility()` (display:none anywhere up the tree,
 * content-visibility). jsdom has no layout and no checkVisibility, so there we approximate it: no ancestor
 * (self included) is `hidden`, `aria-hidden="true"` or computed `display: none` (jsdom computes display
 * from stylesheets, but not inherited from a hidden ancestor, hence the walk).
 */
export function isVisible(element: Element): boolean {
  try {
    if (!element.isConnected) return false;
    if (typeof element.checkVisibility === 'function') return element.checkVisibility();
    const view = element.ownerDocument.defaultView;
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
      if (view && view.getComputedStyle(node).display === 'none') return false;
    }
    return true;
  } catch {
    return false; // a reader must never throw; an element we cannot inspect is not trusted
  }
}

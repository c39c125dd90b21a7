/**
 * Wraps an event handler so only events from the person at the keyboard or pointer act. The panel's
 * shadow root is open (screen readers and tests reach it), so the Google page's own scripts could
 * dispatch synthetic events into it; those have isTrusted === false and are ignored — and a synthetic
 * click on a radio or checkbox is cancelled so the control does not look changed either.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    if (!event.isTrusted) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    handler(event);
  };
}

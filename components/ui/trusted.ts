/**
 * Wraps an event handler so only events from the person at the keyboard or pointer act. In Google's pages
 * Tandem's shadow roots are closed and refuse every page-made event at the root already
 * (utils/content/trusted-events.ts); this is the same rule on a single handler: events with
 * isTrusted === false are ignored — and a synthetic click on a radio or checkbox is cancelled so the
 * control does not look changed either.
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

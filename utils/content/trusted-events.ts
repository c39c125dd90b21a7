// Defence in depth for Tandem's UI in Google's pages. The UI lives in closed shadow roots, so the page's
// own scripts hold no reference to any control inside; should one leak all the same (a browser bug, a
// future API), this guard makes an event the page creates (dispatchEvent, element.click(): isTrusted is
// false) die at the shadow root, in the capture phase, before any handler of Tandem's sees it. Cancelling
// a synthetic click also undoes its default action: a radio or checkbox flips back and the browser fires
// no (trusted) `change` after it, a button submits no form.
//
// Events the browser makes for the person at the keyboard, pointer or assistive technology (which acts
// through the browser's accessibility API) are trusted and pass. Focus events are left alone: the
// browser makes them trusted even for element.focus(), and no Tandem handler stores anything on them.

/** Every kind of event a Tandem handler acts on, or that leads to one through a default action. */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'input',
  'beforeinput',
  'change',
  'keydown',
  'keyup',
  'keypress',
  'submit',
  'reset',
  'paste',
  'cut',
  'drop',
] as const;

function refuseUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  if (event.cancelable) event.preventDefault();
}

/** Stops every page-made event of GUARDED_EVENTS at `root` (a shadow root of Tandem's) for good. */
export function refuseUntrustedEvents(root: ShadowRoot): void {
  for (const type of GUARDED_EVENTS) root.addEventListener(type, refuseUntrusted, { capture: true });
}

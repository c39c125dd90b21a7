import { sharedSheet } from '@/utils/content/shared-sheet';
import { refuseUntrustedEvents } from '@/utils/content/trusted-events';
import { t } from '@/utils/i18n';
import { badgeParts } from '@/utils/lesson-plan/badge-text';
import type { PlanSummary } from '@/utils/schema/plan';
import { vocabKey } from '@/utils/vocabulary';

// One small badge per Classroom row: built with createElement/textContent only (Trusted Types), inside
// its own closed shadow root so Classroom's CSS cannot reach it and its scripts cannot read or drive it
// (as the panel, utils/content/mount-ui.ts), sharing one constructed stylesheet. Light or dark as the page
// is shown (utils/content/page-theme.ts).

export const BADGE_TAG = 'tandem-badge';

const CSS = `
:host { display: block; margin: 2px 0 8px 56px; font: 500 12px/16px "Google Sans", Roboto, Arial, sans-serif; }
a { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px; border-radius: 12px; text-decoration: none;
    color-scheme: var(--tandem-page-scheme, light);
    color: light-dark(#0b57d0, #a8c7fa); background: light-dark(#e8f0fe, #0842a0); border: 1px solid light-dark(#c2d7fb, #284f8f); }
a.none { color: light-dark(#5f6368, #c4c7c5); background: transparent; border: 1px dashed light-dark(#c4c7c5, #8e918f); font-weight: 400; }
a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
a:hover { text-decoration: underline; }`;

/** Each badge's link, kept here because a closed root gives no way back to it from the host. */
const links = new WeakMap<HTMLElement, HTMLAnchorElement>();

export function createBadge(itemId: string, href: string): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.dataset.itemId = itemId;
  const shadow = host.attachShadow({ mode: 'closed' });
  refuseUntrustedEvents(shadow);
  shadow.adoptedStyleSheets = [sharedSheet(CSS)];
  const link = document.createElement('a');
  link.href = href;
  // The row itself expands on click in Classroom; the badge only opens the lesson.
  link.addEventListener('click', (event) => event.stopPropagation());
  link.addEventListener('keydown', (event) => event.stopPropagation());
  shadow.append(link);
  links.set(host, link);
  return host;
}

/** Updates an existing badge in place, so a new plan shows without re-creating nodes. */
export function paintBadge(host: HTMLElement, plan: PlanSummary | undefined): void {
  const link = links.get(host);
  if (!link) return;
  if (!plan) {
    link.className = 'none';
    link.textContent = t('badgeNoPlan');
    link.setAttribute('aria-label', t('badgeNoPlanName'));
    return;
  }
  const parts = badgeParts(plan, (model) => t(vocabKey('model', model)), t('badgeNoModel'));
  link.className = 'planned';
  link.textContent = parts.visible;
  link.setAttribute('aria-label', t('badgePlanned', parts.spoken));
}

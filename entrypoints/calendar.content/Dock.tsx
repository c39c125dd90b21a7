import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { PANEL_BODY_ID } from '@/components/planning-time/PlanningPanel';
import { trusted } from '@/components/ui/trusted';
import { t } from '@/utils/i18n';

/**
 * The launcher at the bottom right and, when open, the panel above it (after it in the DOM, so Tab goes
 * from the launcher into the panel; the CSS shows it above). Closing (✕ or Escape) returns
 * focus to the launcher; opening from a block badge moves focus into the panel.
 */
export function Dock(props: { open: boolean; onToggle: () => void; focusPanel: boolean; children: ComponentChildren }) {
  const launcher = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(props.open);
  useEffect(() => {
    if (props.open && props.focusPanel) panel.current?.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    // Closing removes the panel; if focus was in it, it would fall to the page: give it to the launcher.
    const root = launcher.current?.getRootNode() as ShadowRoot | undefined;
    if (wasOpen.current && !props.open && !root?.activeElement) launcher.current?.focus();
    wasOpen.current = props.open;
  });
  return (
    <div class="dock">
      <button
        ref={launcher}
        type="button"
        class="launcher"
        aria-expanded={props.open}
        aria-controls={props.open ? PANEL_BODY_ID : undefined}
        onClick={trusted(() => props.onToggle())}
      >
        {t('planningLauncher')}
      </button>
      {props.open && (
        <div ref={panel} class="dock-panel">
          {props.children}
        </div>
      )}
    </div>
  );
}

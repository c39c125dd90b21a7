import type { ComponentChildren } from 'preact';

/**
 * One part of the options page: a region named by its heading (screen readers list it with the landmarks;
 * the page's nav links to its id), with a polite status line for what the last action did.
 */
export function OptionsSection(props: { id: string; title: string; status?: string; children: ComponentChildren }) {
  const headingId = `${props.id}-heading`;
  return (
    <section id={props.id} class="options-section section" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
      <p class="status-line" role="status">
        {props.status ?? ''}
      </p>
    </section>
  );
}

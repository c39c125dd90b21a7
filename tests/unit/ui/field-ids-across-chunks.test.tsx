// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { domRootPerTest } from '../dom-root';

// The lesson panel's chunk and the full plan's chunk each compile their own copy of components/ui/fields.tsx
// and render into one shadow root (entrypoints/classroom.content/plan-editor.chunk.tsx): ids must not repeat.

const root = domRootPerTest();

function Probe(props: { use: () => string }) {
  return <span data-id={props.use()} />;
}

describe('useFieldId across two copies of the module', () => {
  it('gives ids that differ between the copies', async () => {
    const panelCopy = await import('../../../components/ui/fields');
    vi.resetModules();
    const editorCopy = await import('../../../components/ui/fields');
    expect(editorCopy).not.toBe(panelCopy);
    render(
      <>
        <Probe use={() => panelCopy.useFieldId()} />
        <Probe use={() => editorCopy.useFieldId()} />
        <Probe use={() => panelCopy.useFieldId()} />
        <Probe use={() => editorCopy.useFieldId()} />
      </>,
      root(),
    );
    const shown = [...root().querySelectorAll('span')].map((span) => span.dataset.id);
    expect(new Set(shown).size).toBe(4);
  });
});

// @vitest-environment jsdom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../../components/ui/fields';
import { domRootPerTest } from '../dom-root';

// Button's focus fallback (components/ui/fields.tsx keepFocusNear): a button that removes its own row sends
// focus to the first control of its section, unless the action has already put focus somewhere.

// jsdom's clicks are script-made (isTrusted false), which Tandem's guard refuses: let them through here.
vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));

const root = domRootPerTest();
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function Row(props: { focusElsewhere: boolean }) {
  const [shown, setShown] = useState(true);
  return (
    <section class="section">
      <input aria-label="First field" />
      <input aria-label="Elsewhere" id="elsewhere" />
      {shown && (
        <Button
          onPress={() => {
            setShown(false);
            // The action moves focus itself, as archiving a person does ("Show archived people").
            if (props.focusElsewhere) queueMicrotask(() => document.getElementById('elsewhere')?.focus());
          }}
        >
          Remove
        </Button>
      )}
    </section>
  );
}

async function press(focusElsewhere: boolean): Promise<string | null | undefined> {
  render(<Row focusElsewhere={focusElsewhere} />, root());
  const button = root().querySelector('button') as HTMLButtonElement;
  button.focus();
  await act(async () => button.click());
  await act(nextFrame);
  return document.activeElement?.getAttribute('aria-label');
}

describe('Button keeps keyboard focus near a removed row', () => {
  it('takes focus to the first control of the section when the row went with the focused button', async () => {
    expect(await press(false)).toBe('First field');
  });

  it('leaves focus where the action put it, even when that happened before its frame', async () => {
    expect(await press(true)).toBe('Elsewhere');
  });
});

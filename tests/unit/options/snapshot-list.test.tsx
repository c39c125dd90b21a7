// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SnapshotList } from '../../../components/options/SnapshotList';
import type { SnapshotInfo } from '../../../utils/backup/snapshots';
import { afterPreactPaint } from '../dom-root';

// Restoring a snapshot keeps the data it replaces as a new snapshot; when that pushes the restored one out of
// the list (it was the oldest of three), keyboard focus must not fall to the top of the page.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const snapshot = (n: number): SnapshotInfo => ({
  id: `snapshot:${n}`,
  createdAt: `2026-11-0${n}T10:00:00.000Z`,
  reason: 'before-replace',
  counts: { people: n },
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await afterPreactPaint();
});

const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('ul button')];

describe('SnapshotList', () => {
  it('after restoring the oldest of three, focuses the newest snapshot (the way back)', async () => {
    const onRestore = vi.fn(async () => true);
    const show = (snapshots: SnapshotInfo[]) =>
      render(<SnapshotList snapshots={snapshots} onRestore={onRestore} />, root);
    await act(() => show([snapshot(3), snapshot(2), snapshot(1)]));
    const oldest = buttons()[2] as HTMLButtonElement;
    oldest.focus();
    await act(async () => oldest.click());
    const confirm = [...root.querySelectorAll('dialog button')].find((b) => b.textContent === 'Restore snapshot');
    await act(async () => (confirm as HTMLButtonElement).click());
    expect(onRestore).toHaveBeenCalledWith('snapshot:1');
    expect(document.activeElement).toBe(oldest);

    // The live query brings the list with the new snapshot first and the restored one gone.
    await act(() => show([snapshot(4), snapshot(3), snapshot(2)]));
    expect(oldest.isConnected).toBe(false);
    expect(document.activeElement).toBe(buttons()[0]);
    expect(document.activeElement?.textContent).toMatch(/^Restore the snapshot from /);
  });

  it('leaves focus alone when the restored snapshot is still listed', async () => {
    const onRestore = vi.fn(async () => true);
    const show = (snapshots: SnapshotInfo[]) =>
      render(<SnapshotList snapshots={snapshots} onRestore={onRestore} />, root);
    await act(() => show([snapshot(1)]));
    const only = buttons()[0] as HTMLButtonElement;
    only.focus();
    await act(async () => only.click());
    const confirm = [...root.querySelectorAll('dialog button')].find((b) => b.textContent === 'Restore snapshot');
    await act(async () => (confirm as HTMLButtonElement).click());
    await act(() => show([snapshot(2), snapshot(1)]));
    expect(document.activeElement).toBe(only);
  });
});

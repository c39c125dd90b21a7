// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ImportActions, ImportPanel } from '../../../components/options/ImportPanel';
import { ImportPreviewView } from '../../../components/options/ImportPreviewView';
import type { BackupFile } from '../../../utils/backup/format';
import type { ImportPreview } from '../../../utils/backup/merge';
import type { ParseResult } from '../../../utils/backup/parse';
import { afterPreactPaint } from '../dom-root';

// The import steps with fake backup functions: progress while checking, a refused file, the preview,
// and that nothing is written before Merge or a confirmed Replace.

// jsdom cannot make trusted events; the trusted-only guard (components/ui/trusted.ts) is not what is tested here.
vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const FILE: BackupFile = {
  format: 'tandem-backup',
  version: 4,
  exportedAt: '2026-11-20T15:00:00.000Z',
  records: { people: [], plans: [], classMeetings: [], templates: [], notes: [], blocks: [], lost: [], settings: [] },
};
const zero = { added: 0, updated: 0, kept: 0, unchanged: 0 };
const PREVIEW: ImportPreview = {
  tables: {
    people: { ...zero, added: 2, kept: 1 },
    plans: { ...zero, updated: 3 },
    classMeetings: zero,
    templates: zero,
    notes: zero,
    blocks: zero,
    lost: zero,
    settings: zero,
  },
  conflicts: [{ table: 'people', id: 'person:1', label: 'Marcus <b>Lee</b>', winner: 'yours' }],
  incomingTotal: 6,
  existingTotal: 4,
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  // jsdom has no <dialog> methods; the element and its open state are enough here.
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

function fakeActions(parse: Promise<ParseResult>, onProgress: (report: (done: number, total: number) => void) => void) {
  const actions: ImportActions = {
    parseBackup: vi.fn(async (_file: Blob, report) => {
      onProgress(report);
      return parse;
    }),
    describeProblem: (result) => `problem: ${result.problem.code}`,
    previewImport: vi.fn(async () => PREVIEW),
    importBackup: vi.fn(async () => ({ preview: PREVIEW })),
  };
  return actions;
}

async function choose(name: string) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  const file = new File(['{}'], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const text = () => root.textContent ?? '';

/** Lets the panel's awaited fake calls finish and Preact re-render. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('ImportPanel', () => {
  it('shows named progress while checking, then the merge preview; nothing is written yet', async () => {
    const parse = deferred<ParseResult>();
    let report: (done: number, total: number) => void = () => undefined;
    const actions = fakeActions(parse.promise, (r) => {
      report = r;
    });
    await act(() => render(<ImportPanel actions={actions} />, root));
    expect(root.querySelector('label')?.textContent).toBe('Backup file');
    await choose('tandem-backup-2026-11-20.json');
    await act(() => report(4000, 10000));
    const progress = root.querySelector('progress');
    expect(progress?.getAttribute('aria-label')).toBe('Checking the backup file');
    expect(progress?.value).toBe(4000);
    expect(progress?.max).toBe(10000);
    expect(text()).toContain('Checking records… 4,000 of 10,000');

    await act(async () => parse.resolve({ ok: true, file: FILE, counts: { ...PREVIEW.tables, people: 0 } as never }));
    await settle();
    expect(text()).toContain('What importing tandem-backup-2026-11-20.json would do');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows[0]).toBe('people2010');
    expect(rows[1]).toBe('lesson plans0300');
    // A label from the file is text, never markup.
    expect(root.querySelector('.conflict-label')?.textContent).toBe('Marcus <b>Lee</b>');
    expect(root.querySelector('b')).toBeNull();
    expect(actions.importBackup).not.toHaveBeenCalled();
  });

  it('says what is wrong with a refused file, in an alert, and offers no Merge', async () => {
    const actions = fakeActions(Promise.resolve({ ok: false, problem: { code: 'truncated' } }), () => undefined);
    await act(() => render(<ImportPanel actions={actions} />, root));
    await choose('cut.json');
    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Tandem cannot import cut.json');
    expect(alert?.textContent).toContain('problem: truncated');
    expect(alert?.textContent).toContain('Nothing was changed.');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Merge');
    expect(actions.previewImport).not.toHaveBeenCalled();
    expect(actions.importBackup).not.toHaveBeenCalled();
  });

  it('writes only after Replace is confirmed in the dialog', async () => {
    const actions = fakeActions(Promise.resolve({ ok: true, file: FILE, counts: {} as never }), () => undefined);
    await act(() => render(<ImportPanel actions={actions} />, root));
    await choose('backup.json');
    const button = (name: string) => {
      const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
      if (!found) throw new Error(`no button ${name}`);
      return found;
    };
    const press = async (element: HTMLElement) => {
      await act(async () => {
        element.click();
      });
    };
    await press(button('Replace everything'));
    const dialog = root.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(dialog?.textContent).toContain('records: 4');
    expect(actions.importBackup).not.toHaveBeenCalled();
    const confirm = [...(dialog?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Replace everything');
    if (!confirm) throw new Error('no confirm button');
    await press(confirm);
    await settle();
    expect(actions.importBackup).toHaveBeenCalledWith(FILE, 'replace', expect.any(Function));
    expect(text()).toContain("Replaced: Tandem now holds the file's records (6).");
  });
});

describe('ImportPreviewView', () => {
  it('says your own settings are kept, not that your version is newer (the file may hold newer ones)', async () => {
    const preview: ImportPreview = {
      ...PREVIEW,
      tables: { ...PREVIEW.tables, settings: { ...zero, kept: 1 } },
      conflicts: [
        { table: 'people', id: 'person:1', label: 'Marcus Lee', winner: 'yours' },
        { table: 'settings', id: 'settings', label: 'Ms. Diaz', winner: 'yours' },
      ],
    };
    await act(() =>
      render(<ImportPreviewView fileName="partner.json" exportedAt={FILE.exportedAt} preview={preview} />, root),
    );
    const lines = [...root.querySelectorAll('.conflicts li')].map((item) => item.textContent);
    expect(lines).toEqual([
      'Marcus Lee (people): your version is newer and is kept',
      'Ms. Diaz (settings): your own name and school day are kept',
    ]);
  });
});

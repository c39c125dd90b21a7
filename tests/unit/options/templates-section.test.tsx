// @vitest-environment jsdom
import '../db/test-db';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionsActions } from '../../../components/options/options-actions';
import { TemplatesSection } from '../../../components/options/TemplatesSection';
import { FRIDAY_TEMPLATE } from '../backup/sample';
import { freshDatabase } from '../db/test-db';
import { afterPreactPaint } from '../dom-root';

// Issue 14 item 2: the options page lists the plan templates; Delete removes one, Undo brings it back whole.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat()})` : ''}`,
}));

const root = document.createElement('div');
document.body.append(root);
afterEach(async () => {
  render(null, root);
  await afterPreactPaint();
});

const until = async (check: () => boolean) => {
  for (let tries = 0; tries < 200 && !check(); tries++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};
const button = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);

describe('TemplatesSection', () => {
  it('lists templates by name, deletes one, and Undo puts it back whole', async () => {
    const db = freshDatabase();
    await db.templates.put(FRIDAY_TEMPLATE);
    const actions = optionsActions(db);
    render(
      <TemplatesSection
        listTemplates={actions.listTemplates}
        deleteTemplate={actions.deleteTemplate}
        restoreTemplate={actions.restoreTemplate}
      />,
      root,
    );
    await until(() => root.textContent?.includes('Friday lab stations') ?? false);
    button('templateDeleteOf(Friday lab stations)')?.click();
    await until(() => root.textContent?.includes('templateDeleted(Friday lab stations)') ?? false);
    expect(await db.templates.count()).toBe(0);
    button('templateUndoOf(Friday lab stations)')?.click();
    await until(() => root.textContent?.includes('templateRestored(Friday lab stations)') ?? false);
    expect(await db.templates.get(FRIDAY_TEMPLATE.id)).toEqual(FRIDAY_TEMPLATE);
    await until(() => root.querySelector('li')?.textContent?.includes('Friday lab stations') ?? false);
    expect(button('templateUndoOf(Friday lab stations)')).toBeNull();
  });

  it('is not shown while there are no templates', async () => {
    const actions = optionsActions(freshDatabase());
    render(
      <TemplatesSection
        listTemplates={actions.listTemplates}
        deleteTemplate={actions.deleteTemplate}
        restoreTemplate={actions.restoreTemplate}
      />,
      root,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.innerHTML).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { badgeParts, initials } from '../../../utils/lesson-plan/badge-text';

describe('badge text', () => {
  it.each([
    ['Marcus Lee', 'ML'],
    ['Zoë  Ångström', 'ZÅ'],
    ['ana', 'A'],
    ['Mary Jo Van Dyke', 'MJV'],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));

  it('names the model and the adults', () => {
    const parts = badgeParts(
      { itemId: '1', model: 'stations', status: 'ready', supportNames: ['Marcus Lee', 'Zoe Park'] },
      (model) => (model === 'stations' ? 'Station teaching' : model),
      'no model',
    );
    expect(parts).toEqual({ visible: 'Station teaching · ML · ZP', spoken: 'Station teaching, ML, ZP' });
  });

  it('says when no model was chosen', () => {
    expect(badgeParts({ itemId: '1', model: null, status: 'draft', supportNames: [] }, String, 'no model').spoken).toBe(
      'no model',
    );
  });
});

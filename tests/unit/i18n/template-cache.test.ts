import { describe, expect, it, vi } from 'vitest';

// After an extension update the old tab's i18n API throws. A message read once must still read then, with
// substitutions it has never been given (utils/i18n.ts keeps each message's template, not its filled-in text).

const MESSAGES: Record<string, string> = {
  compactAddAs: 'Add $1 as: $2',
  compactStatus: 'Status: $1',
  closeFullPlan: 'Close full plan',
};
let updated = false;
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      // As Chrome does: $1…$9 filled from the substitutions, missing ones empty.
      getMessage: (key: string, substitutions?: string | string[]) => {
        if (updated) throw new Error('Extension context invalidated.');
        const values = substitutions === undefined ? [] : [substitutions].flat();
        return (MESSAGES[key] ?? '').replace(/\$([1-9])/g, (_, slot: string) => values[Number(slot) - 1] ?? '');
      },
    },
  },
}));

const { preloadMessages, t } = await import('../../../utils/i18n');

describe('t', () => {
  it('fills substitutions, leaves missing ones empty, and names a missing key', () => {
    expect(t('compactAddAs', ['Marcus Lee', 'Lead a station'])).toBe('Add Marcus Lee as: Lead a station');
    expect(t('compactStatus')).toBe('Status: ');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('after an update, still reads a message read once, with new substitutions, and one only preloaded', () => {
    preloadMessages(['compactStatus', 'closeFullPlan']);
    updated = true;
    expect(t('compactAddAs', ['Zoe Park', 'Observe and collect data'])).toBe(
      'Add Zoe Park as: Observe and collect data',
    );
    expect(t('compactStatus', 'Ready')).toBe('Status: Ready');
    expect(t('closeFullPlan')).toBe('Close full plan');
    // A value holding what looks like a slot marker is taken as it is.
    expect(t('compactAddAs', ['\uE0002', 'x'])).toBe('Add \uE0002 as: x');
  });
});

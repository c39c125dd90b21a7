import { describe, expect, it } from 'vitest';
import { endsEarly } from '../../../utils/backup/json-prefix';

describe('endsEarly', () => {
  it('recognises JSON that stops in the middle', () => {
    const cut = [
      '{',
      '{"a"',
      '{"a":',
      '{"a": [1, 2',
      '{"a": tru',
      '{"a": n',
      '"abc',
      '"ab\\',
      '"\\u00',
      '[1, -',
      '[1.',
      '[1e',
      '{"a": {}, "b": [{"c": "d"}',
      '[[[]',
    ];
    for (const text of cut) expect(endsEarly(text), text).toBe(true);
  });

  it('does not mistake broken JSON for a cut one', () => {
    const broken = [
      '{"a": trux',
      '{"a": 1}}',
      '{"a" 1}',
      '"\\x"',
      '{a: 1',
      "{'a': 1",
      '[1,]',
      '[1 2',
      '{"a": 1,}',
      '[01x',
      'nul!',
      '"\u0001',
      'not json',
    ];
    for (const text of broken) expect(endsEarly(text), text).toBe(false);
  });

  it('says complete JSON did not end early', () => {
    for (const text of ['{}', '[1, 2.5e3, "x", true, null]', '  12  ', '"done"'])
      expect(endsEarly(text), text).toBe(false);
  });

  it('copes with very deep nesting without overflowing the stack', () => {
    expect(endsEarly('['.repeat(1_000_000))).toBe(true);
    expect(endsEarly(`${'['.repeat(1_000_000)}x`)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseGroupCodes, rotation } from '../../../components/lesson-plan/rotation';

describe('station rotation', () => {
  it('moves every group one station on per round, each station once', () => {
    expect(rotation(3, ['A', 'B', 'C'])).toEqual([
      ['A', 'B', 'C'],
      ['C', 'A', 'B'],
      ['B', 'C', 'A'],
    ]);
  });

  it('leaves a station empty in a round when there are fewer groups', () => {
    expect(rotation(3, ['A', 'B'])).toEqual([
      ['A', 'B', null],
      [null, 'A', 'B'],
      ['B', null, 'A'],
    ]);
  });

  it('parses group codes typed freely', () => {
    expect(parseGroupCodes(' a, b ;c  d,,A ')).toEqual(['A', 'B', 'C', 'D']);
    expect(parseGroupCodes('')).toEqual([]);
  });
});

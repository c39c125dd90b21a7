import { describe, expect, it } from 'vitest';
import { rotationLine, stationLine } from '../../../utils/cards/station-lines';
import { en } from '../../../utils/cards/words/en';
import type { Station } from '../../../utils/schema/plan';
import { MARCUS, plan } from './week';

const station = (n: number, leader: string, minutes = 15, name = ''): Station => ({
  id: `s${n}`,
  name,
  leader,
  minutes,
});

describe('station lines', () => {
  it.each([
    {
      name: 'three stations, three groups, Marcus at station 3',
      stations: [station(1, 'teacher'), station(2, 'independent'), station(3, MARCUS.id, 15, 'Graphs')],
      groups: ['A', 'B', 'C'],
      mine: 'Station 3, Graphs, 15 min — groups C, B, A, in that order',
      rotation: 'Groups A, B, C; 15 min per station; start: A at station 1, B at station 2, C at station 3',
    },
    {
      name: 'more stations than groups: a round with nobody at a station is skipped',
      stations: [station(1, 'teacher', 10), station(2, MARCUS.id, 20), station(3, 'independent', 10)],
      groups: ['Red', 'Blue'],
      mine: 'Station 2, 20 min — groups Blue, Red, in that order',
      rotation: 'Groups Red, Blue; start: Red at station 1, Blue at station 2',
    },
    {
      name: 'Marcus leads two stations',
      stations: [station(1, MARCUS.id), station(2, MARCUS.id)],
      groups: ['A', 'B'],
      mine: 'Station 1, 15 min — groups A, B, in that order; Station 2, 15 min — groups B, A, in that order',
      rotation: 'Groups A, B; 15 min per station; start: A at station 1, B at station 2',
    },
    {
      name: 'no groups yet',
      stations: [station(1, 'teacher'), station(2, MARCUS.id)],
      groups: [],
      mine: 'Station 2, 15 min',
      rotation: null,
    },
  ])('$name', ({ stations, groups, mine, rotation }) => {
    const lesson = plan('science', 'Graphing motion', { model: 'stations', stations, groups });
    expect(stationLine(lesson, MARCUS.id, en)?.text).toBe(mine);
    expect(rotationLine(lesson, en)?.text ?? null).toBe(rotation);
  });

  it('has no rotation when the lesson does not use stations', () => {
    const lesson = plan('science', 'Graphing motion', {
      model: 'team',
      stations: [station(1, 'teacher')],
      groups: ['A'],
    });
    expect(rotationLine(lesson, en)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { blockTitle, type GridEvent, type MatchBlock, matchBlocks } from '../../../utils/planning-time/block-match';
import { hm } from './week-fixture';

const TITLE = 'Co-planning: Dana Rivera + Marcus Lee';
const block = (id: string, overrides: Partial<MatchBlock> = {}): MatchBlock => ({
  id,
  title: TITLE,
  firstDate: '2025-09-02', // Tuesdays
  repeat: 'weekly',
  start: hm('13:00'),
  end: hm('13:45'),
  ...overrides,
});
/** The screen-reader text of a week-view chip (tests/fixtures/README.md). */
const label = (title: string, date = 'September 16, 2025') =>
  `1pm to 1:45pm, ${title}, Dana Rivera, Accepted, Location: Room 114, ${date}`;
const chip = (key: string, title: string, overrides: Partial<GridEvent> = {}): GridEvent => ({
  key,
  date: '2025-09-16',
  label: label(title),
  allDay: false,
  ...overrides,
});
const matched = (blocks: MatchBlock[], events: GridEvent[]) => Object.fromEntries(matchBlocks(blocks, events));

describe('matchBlocks', () => {
  it('finds a block’s title inside the chip’s screen-reader label on an occurrence date', () => {
    expect(matched([block('b1')], [chip('e1', TITLE)])).toEqual({ e1: 'b1' });
    // The title alone (a reader that only found the title) matches too.
    expect(matched([block('b1')], [chip('e1', TITLE, { label: TITLE })])).toEqual({ e1: 'b1' });
  });

  it('matches only on the block’s occurrence dates', () => {
    const events = [
      chip('wed', TITLE, { date: '2025-09-17' }),
      chip('before', TITLE, { date: '2025-08-26' }), // a Tuesday before the first date
      chip('next', TITLE, { date: '2025-09-23' }),
    ];
    expect(matched([block('b1')], events)).toEqual({ next: 'b1' });
    const biweekly = block('b2', { repeat: 'biweekly' }); // Sep 2, 16, 30
    expect(matched([biweekly], [chip('on', TITLE), chip('off', TITLE, { date: '2025-09-23' })])).toEqual({
      on: 'b2',
    });
    const once = block('b3', { repeat: 'once', firstDate: '2025-09-16' });
    expect(matched([once], [chip('on', TITLE), chip('later', TITLE, { date: '2025-09-23' })])).toEqual({ on: 'b3' });
  });

  it('keeps each date’s blocks apart when chips of many dates come interleaved (a busy week)', () => {
    const tuesday = block('tue'); // Tuesdays from Sep 2
    const wednesday = block('wed', { title: 'Co-planning: Dana Rivera + Ana Ortiz', firstDate: '2025-09-03' });
    const ana = 'Co-planning: Dana Rivera + Ana Ortiz';
    const events = [
      chip('t1', TITLE),
      chip('w1', ana, { date: '2025-09-17' }),
      chip('t-ana', ana), // Ana's title on a Tuesday: not her block's day
      chip('w-marcus', TITLE, { date: '2025-09-17' }), // Marcus's title on a Wednesday
      chip('t2', TITLE, { key: 't2' }),
      chip('w2', ana, { date: '2025-09-17' }),
      chip('thu', TITLE, { date: '2025-09-18' }), // nobody's day
    ];
    expect(matched([tuesday, wednesday], events)).toEqual({ t1: 'tue', w1: 'wed', t2: 'tue', w2: 'wed' });
  });

  it('never matches all-day events', () => {
    const allDay = chip('e1', TITLE, {
      label: `All day, ${TITLE}, Dana Rivera, No location, September 16, 2025`,
      allDay: true,
    });
    expect(matched([block('b1')], [allDay])).toEqual({});
  });

  it('ignores case, runs of whitespace and Unicode composition', () => {
    expect(matched([block('b1')], [chip('e1', 'CO-PLANNING: dana rivera + MARCUS LEE')])).toEqual({ e1: 'b1' });
    expect(matched([block('b1')], [chip('e1', 'Co-planning:  Dana\u00a0Rivera +\n Marcus\u202fLee')])).toEqual({
      e1: 'b1',
    });
    const composed = 'Co-planning: Zoë Müller + Marcus Lee'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(matched([block('b1', { title: composed })], [chip('e1', decomposed)])).toEqual({ e1: 'b1' });
    expect(matched([block('b1', { title: decomposed })], [chip('e1', composed)])).toEqual({ e1: 'b1' });
  });

  it('handles commas inside titles', () => {
    const title = 'Co-planning: Lee, Marcus + Rivera, Dana';
    expect(matched([block('b1', { title })], [chip('e1', title)])).toEqual({ e1: 'b1' });
    // The label's own commas do not make a partial title match.
    expect(matched([block('b1', { title })], [chip('e1', 'Co-planning: Lee')])).toEqual({});
  });

  it('rejects near misses', () => {
    const nearMisses = [
      'Co-planning with Marcus', // the fixture's own hand-made event
      'Co-planning: Dana Rivera + Marcus Leeds',
      'Co-planning: Dana Rivera + Marcus Lee-Smith',
      'Co-planning: Dana Rivera + Marcus',
      'Co planning: Dana Rivera + Marcus Lee',
      'Co-planning: Dana Rivera & Marcus Lee',
      'Co-planning: Dana Rivera + Marcus Lea',
      'Pre-Co-planning: Dana Rivera + Marcus Lee',
    ];
    const events = nearMisses.map((title, i) => chip(`e${i}`, title));
    expect(matched([block('b1')], events)).toEqual({});
  });

  it('still recognises a chip whose title the teacher added to', () => {
    const events = [
      chip('moved', `${TITLE} (moved to library)`),
      chip('unit', `${TITLE} – Unit 4`, { date: '2025-09-23' }),
      chip('prefixed', `Moved: ${TITLE}`, { date: '2025-09-30' }),
    ];
    expect(matched([block('b1')], events)).toEqual({ moved: 'b1', unit: 'b1', prefixed: 'b1' });
  });

  it('prefers the longest title when two blocks could match', () => {
    const marcus = block('marcus', { title: 'Co-planning: Dana Rivera + Marcus' });
    const marcusLee = block('marcus-lee');
    const events = [chip('lee', TITLE), chip('plain', 'Co-planning: Dana Rivera + Marcus')];
    expect(matched([marcus, marcusLee], events)).toEqual({ lee: 'marcus-lee', plain: 'marcus' });
    expect(matched([marcusLee, marcus], events)).toEqual({ lee: 'marcus-lee', plain: 'marcus' });
  });

  it('tells blocks with the same title apart by the chip’s time when it is known', () => {
    const early = block('early');
    const late = block('late', { start: hm('15:00'), end: hm('15:45') });
    const events = [
      chip('e13', TITLE, { start: hm('13:00'), end: hm('13:45') }),
      chip('e15', TITLE, { start: hm('15:00'), end: hm('15:45') }),
      chip('e15b', TITLE, { start: hm('15:00'), end: hm('16:00') }), // start matches only
      chip('unknown', TITLE),
    ];
    expect(matched([early, late], events)).toEqual({ e13: 'early', e15: 'late', e15b: 'late', unknown: 'early' });
    expect(matched([late, early], events)).toEqual({ e13: 'early', e15: 'late', e15b: 'late', unknown: 'late' });
  });

  it('matches the fixture week’s own planning events by title', () => {
    const unit4 = block('unit4', { title: 'Co-planning: Unit 4 launch', firstDate: '2025-09-19', start: hm('13:00') });
    const events: GridEvent[] = [
      {
        key: 'czM3bzI4OXNoaGlqZnVncWNhNGhxdmlodWUgZGFuYS5yaXZlcmFAbGluY29sbi1tcy5leGFtcGxl',
        date: '2025-09-19',
        label: '1pm to 2pm, Co-planning: Unit 4 launch, Dana Rivera, No location, September 19, 2025',
        allDay: false,
      },
      {
        key: 'ZDA2cm5oZWJkcGRvbTNkYWFoNXRraWkzZW0gZGFuYS5yaXZlcmFAbGluY29sbi1tcy5leGFtcGxl',
        date: '2025-09-15',
        label:
          '9am to 9:45am, Co-planning with Marcus, Dana Rivera, Accepted, Location: Room 114, Color: Grape, September 15, 2025',
        allDay: false,
      },
    ];
    expect(matched([unit4, block('b1')], events)).toEqual({
      czM3bzI4OXNoaGlqZnVncWNhNGhxdmlodWUgZGFuYS5yaXZlcmFAbGluY29sbi1tcy5leGFtcGxl: 'unit4',
    });
  });

  it('never matches a block without a title, and returns nothing for no blocks', () => {
    expect(matched([block('blank', { title: '  ' })], [chip('e1', TITLE)])).toEqual({});
    expect(matched([], [chip('e1', TITLE)])).toEqual({});
  });
});

describe('blockTitle', () => {
  it('names both adults, or only the partner', () => {
    expect(blockTitle('Dana Rivera', 'Marcus Lee')).toBe(TITLE);
    expect(blockTitle('', 'Marcus Lee')).toBe('Co-planning: Marcus Lee');
    expect(blockTitle('   ', 'Marcus Lee')).toBe('Co-planning: Marcus Lee');
    expect(blockTitle('Dana Rivera', ' ')).toBe('Co-planning: Dana Rivera');
    expect(blockTitle('', '')).toBe('Co-planning');
  });

  it('opens with the word in the teacher’s language, and a block made so is still recognised by its stored title', () => {
    const title = blockTitle('Dana Rivera', 'Marcus Lee', 'Co-planificación');
    expect(title).toBe('Co-planificación: Dana Rivera + Marcus Lee');
    expect(matched([block('b1', { title })], [chip('e1', `${title}, 13:00 – 13:45`)])).toEqual({ e1: 'b1' });
  });

  it('tidies whitespace and composes Unicode', () => {
    expect(blockTitle('  Dana\u00a0 Rivera ', '\tMarcus\nLee ')).toBe(TITLE);
    expect(blockTitle('Zoe\u0308', 'Marcus Lee')).toBe('Co-planning: Zo\u00eb + Marcus Lee');
  });

  it('clips to 200 characters without splitting a character', () => {
    const long = blockTitle('A'.repeat(300), 'Marcus Lee');
    expect(long).toHaveLength(200);
    expect(long.startsWith('Co-planning: AAA')).toBe(true);
    // 'Co-planning: ' is 13 units; 186 x's reach 199, and the emoji's two units would straddle 200.
    const emoji = blockTitle(`${'x'.repeat(186)}😀`, 'Marcus Lee');
    expect(emoji).toBe(`Co-planning: ${'x'.repeat(186)}`);
    expect(emoji).toHaveLength(199);
  });

  it('gives titles that the matcher recognises', () => {
    const title = blockTitle('Dana Rivera', 'Lee, Marcus (Speech)');
    expect(matched([block('b1', { title })], [chip('e1', title)])).toEqual({ e1: 'b1' });
  });
});

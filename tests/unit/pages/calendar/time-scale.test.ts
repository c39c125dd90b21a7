import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FALLBACK_PX_PER_HOUR, parsePx, pxPerHourOf, pxToMinutes } from '../../../../utils/pages/calendar/time-scale';

describe('parsePx', () => {
  it.each([
    ['384px', 384],
    [' 389.6px ', 389.6],
    ['-12px', -12],
    ['.5px', 0.5],
  ])('%s → %s', (text, px) => expect(parsePx(text)).toBe(px));

  it.each(['', 'banana', '10%', '2em', 'calc(10px + 2px)', '12', 'px'])('%s → null', (text) =>
    expect(parsePx(text)).toBeNull(),
  );
});

describe('pxToMinutes at 48 px/hour (one pixel = 1.25 minutes)', () => {
  it('reads exact positions exactly', () => {
    expect(pxToMinutes(384, 48)).toBe(480);
    expect(pxToMinutes(588, 48)).toBe(735);
    expect(pxToMinutes(389.6, 48)).toBe(487); // 8:07, far from a 5-minute mark
  });

  it('snaps a pixel of rounding error to the 5-minute mark', () => {
    expect(pxToMinutes(959, 48)).toBe(1200); // 19:58.75 → 20:00
    expect(pxToMinutes(961, 48)).toBe(1200);
    expect(pxToMinutes(390, 48)).toBe(488); // 8:07.5 is 2.5 minutes from any mark: the nearest minute instead
  });

  it('absorbs a slightly wrong measured scale (a border pixel on 1152)', () => {
    expect(pxToMinutes(960, 1153 / 24)).toBe(1200);
  });

  it('clamps to the day', () => {
    expect(pxToMinutes(-20, 48)).toBe(0);
    expect(pxToMinutes(1200, 48)).toBe(1440);
  });
});

describe('pxPerHourOf', () => {
  const column = (style: string, css = '') => {
    const document = new JSDOM(`<style>${css}</style><div id="c" style="${style}"></div>`).window.document;
    return document.getElementById('c') as HTMLElement;
  };

  it('inline height first, then the stylesheet, then the fallback', () => {
    expect(pxPerHourOf(column('height: 1440px', '#c { height: 1152px }'))).toBe(60);
    expect(pxPerHourOf(column('', '#c { height: 1152px }'))).toBe(48);
    expect(pxPerHourOf(column(''))).toBe(FALLBACK_PX_PER_HOUR);
  });

  it('ignores implausible heights (a collapsed column, a percentage)', () => {
    expect(pxPerHourOf(column('height: 20px'))).toBe(FALLBACK_PX_PER_HOUR);
    expect(pxPerHourOf(column('height: 100%'))).toBe(FALLBACK_PX_PER_HOUR);
  });
});

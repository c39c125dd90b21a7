import { describe, expect, it } from 'vitest';
import { isTimeGridView, readView } from '../../../../utils/pages/calendar/view';
import { loadFixture, loadHtml } from './fixtures';

const page = (url: string, viewKey?: string) =>
  loadHtml(`<body${viewKey ? ` data-viewkey="${viewKey}"` : ''}></body>`, url);

describe('readView', () => {
  it('reads the fixtures', () => {
    expect(readView(loadFixture('week'))).toBe('week');
    expect(readView(loadFixture('month'))).toBe('month');
  });

  it('trusts the URL over body[data-viewkey], which lags behind it', () => {
    expect(readView(page('https://calendar.google.com/calendar/u/0/r/month/2025/9/1', 'WEEK'))).toBe('month');
  });

  it.each([
    ['WEEK', 'week'],
    ['DAY', 'day'],
    ['CUSTOM_DAYS', 'customday'],
    ['CUSTOM_WEEKS', 'customweek'],
    ['AGENDA', 'agenda'],
    ['month', 'month'],
  ])('bare /r with data-viewkey=%s → %s', (key, view) => {
    expect(readView(page('https://calendar.google.com/calendar/u/0/r', key))).toBe(view);
  });

  it('null without a view, or off grid pages', () => {
    expect(readView(page('https://calendar.google.com/calendar/r'))).toBeNull();
    expect(readView(page('https://calendar.google.com/calendar/r', 'SOMETHING_NEW'))).toBeNull();
    expect(readView(page('https://calendar.google.com/calendar/u/0/r/settings', 'WEEK'))).toBeNull();
    expect(readView(page('https://calendar.google.com/calendar/u/0/r/eventedit', 'WEEK'))).toBeNull();
  });
});

describe('isTimeGridView', () => {
  it('day, week and custom days have day columns; the others do not', () => {
    expect(['day', 'week', 'customday'].every((view) => isTimeGridView(view as never))).toBe(true);
    expect(['month', 'year', 'agenda', 'customweek'].some((view) => isTimeGridView(view as never))).toBe(false);
    expect(isTimeGridView(null)).toBe(false);
  });
});

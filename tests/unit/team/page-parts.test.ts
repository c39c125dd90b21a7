import { describe, expect, it } from 'vitest';
import { parseTeamQuery, rangeOf, teamQueryString } from '../../../components/team/team-query';
import type { TeamTable } from '../../../utils/team/report-tables';
import { tableCsv } from '../../../utils/team/table-csv';

// Issue 15: the Team page's address (what the popup, options page and class summary open) and its CSV files.

describe('the Team page address', () => {
  const TODAY = '2026-12-06';
  it.each([
    ['', { courseId: '', period: 'month', month: '2026-12' }],
    ['?class=638595247147&period=term&month=2026-09', { courseId: '638595247147', period: 'term', month: '2026-09' }],
    ['?class=../x&period=year&month=2026-13', { courseId: '', period: 'month', month: '2026-12' }],
  ])('%s', (search, expected) => {
    expect(parseTeamQuery(search, TODAY)).toMatchObject(expected);
  });

  it('reads a custom range, an end before the start as one day, and writes back what it read', () => {
    const query = parseTeamQuery('?period=custom&month=2026-09&from=2026-09-10&to=2026-09-01', TODAY);
    expect(rangeOf(query)).toEqual({ from: '2026-09-10', to: '2026-09-10' });
    const round = parseTeamQuery(teamQueryString({ ...query, to: '2026-10-31' }), TODAY);
    expect(rangeOf(round)).toEqual({ from: '2026-09-10', to: '2026-10-31' });
    expect(rangeOf(parseTeamQuery('?period=term&month=2027-02', TODAY))).toEqual({
      from: '2027-01-01',
      to: '2027-07-31',
    });
  });
});

describe('tableCsv', () => {
  it('writes the table as the page shows it, with a BOM, CRLF, quoting and no formula cells', () => {
    const table: TeamTable = {
      id: 'thanks',
      title: 'Thank-yous',
      note: '',
      columns: ['Adult', 'Thank-you notes'],
      rows: [
        { label: '=HYPERLINK("x")', values: [2] },
        { label: 'Lee, Marcus', values: [0.5] },
      ],
      charted: [0],
      chart: 'bar',
    };
    expect(tableCsv(table)).toBe('\uFEFFAdult,Thank-you notes\r\n"\'=HYPERLINK(""x"")",2\r\n"Lee, Marcus",0.5\r\n');
  });
});

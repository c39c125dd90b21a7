import type { Labels } from '../planning-time/agenda';
import type { Person } from '../schema/person';
import { ROLE_IDS, vocabKey } from '../vocabulary';
import { adultName } from './adults';
import type { TeamReport } from './team-report';
import { TEACHER } from './who-leads';

// The Team page's tables (issue 15): each chart is drawn from one of these, the text table beside it shows it,
// and its CSV file is written from it, so the three can never disagree.

export type TableId = 'mix' | 'roles' | 'leads' | 'planning' | 'coverage' | 'thanks';

export interface TeamTable {
  id: TableId;
  title: string;
  /** A line under the table saying how it is counted; '' for none. */
  note: string;
  /** Header of the row-label column, then one per value column. */
  columns: string[];
  rows: Array<{ label: string; values: number[] }>;
  /** The value columns the chart draws (indices into `values`); the others are only in the table. */
  charted: number[];
  /** `bar`: one horizontal bar per row; `column`: upright bars, rows along the bottom (time). */
  chart: 'bar' | 'column';
}

export interface TableFormat {
  t: Labels;
  people: readonly Pick<Person, 'id' | 'name' | 'archived'>[];
  /** "September 2026" for '2026-09'. */
  month: (month: string) => string;
  /** "Sep 7" for a Monday. */
  day: (date: string) => string;
}

export function reportTables(report: TeamReport, format: TableFormat): TeamTable[] {
  const { t } = format;
  const name = (personId: string) => {
    const adult = adultName(format.people, personId);
    if (!adult.known) return t('unknownPerson');
    return adult.archived ? t('teamArchived', adult.name) : adult.name;
  };
  const leaders = [...new Set(report.leads.flatMap((month) => [...month.led.keys()]))].filter((id) => id !== TEACHER);
  const thanked = [...report.thanks.keys()];
  return [
    {
      id: 'mix',
      title: t('teamMixTitle'),
      note: t('teamMixNote'),
      columns: [t('teamMixModel'), t('teamLessons')],
      rows: report.mix
        .filter((row) => row.model !== 'none' || row.lessons > 0)
        .map((row) => ({
          label: row.model === 'none' ? t('teamMixNone') : t(vocabKey('model', row.model)),
          values: [row.lessons],
        })),
      charted: [0],
      chart: 'bar',
    },
    {
      id: 'roles',
      title: t('teamRolesTitle'),
      note: t('teamRolesNote'),
      columns: [t('teamAdult'), t('teamLessons'), ...ROLE_IDS.map((role) => t(vocabKey('role', role)))],
      rows: report.roles.map((row) => ({
        label: name(row.personId),
        values: [row.lessons, ...ROLE_IDS.map((role) => row.roles[role])],
      })),
      charted: ROLE_IDS.map((_, index) => index + 1),
      // Ten roles side by side per adult: upright and thin keeps the chart as tall as the others.
      chart: 'column',
    },
    {
      id: 'leads',
      title: t('teamLeadsTitle'),
      note: t('teamLeadsNote'),
      columns: [t('teamMonth'), t('teamLessons'), t('teamTeacher'), ...leaders.map(name)],
      rows: report.leads.map((month) => ({
        label: format.month(month.month),
        values: [month.lessons, month.led.get(TEACHER) ?? 0, ...leaders.map((id) => month.led.get(id) ?? 0)],
      })),
      charted: [1, ...leaders.map((_, index) => index + 2)],
      chart: 'column',
    },
    {
      id: 'planning',
      title: t('teamPlanningTitle'),
      note: t('teamPlanningNote'),
      columns: [t('teamWeekOf'), t('teamPlanned'), t('teamLost')],
      rows: report.planning.map((week) => ({ label: format.day(week.week), values: [week.planned, week.lost] })),
      charted: [0, 1],
      chart: 'column',
    },
    {
      id: 'coverage',
      title: t('teamCoverageTitle'),
      note: '',
      columns: [t('teamAdult'), ...report.months.map(format.month), t('teamTotal')],
      rows: report.coverage.map((row) => ({
        label: name(row.personId),
        values: [...report.months.map((month) => row.minutes[month] ?? 0), row.total],
      })),
      charted: [report.months.length],
      chart: 'bar',
    },
    {
      id: 'thanks',
      title: t('teamThanksTitle'),
      note: '',
      columns: [t('teamAdult'), t('teamThanks')],
      rows: thanked.map((personId) => ({ label: name(personId), values: [report.thanks.get(personId) ?? 0] })),
      charted: [0],
      chart: 'bar',
    },
  ];
}

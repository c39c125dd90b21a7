import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { adultName } from '../../utils/team/adults';
import { reportTables, type TeamTable } from '../../utils/team/report-tables';
import { type TeamData, teamReport } from '../../utils/team/team-report';
import { useLiveQuery } from '../options/use-live-query';
import { Button } from '../ui/fields';
import { NudgeList } from './NudgeList';
import { TeamControls } from './TeamControls';
import { TeamSection } from './TeamSection';
import { formatDay, formatDayWithYear, formatMonth, formatNumber } from './team-format';
import { rangeOf, type TeamQuery, teamQueryString } from './team-query';

/** A performance mark: the Team page's first data drawn on screen (read by tests/bench/team.mjs). */
export const TEAM_DRAWN_MARK = 'tandem-team-drawn';

export interface TeamPageActions {
  load: () => Promise<TeamData>;
  downloadCsv: (table: TeamTable) => void;
  print: () => void;
}

/**
 * The Team page (issue 15): how the team works over time, for one class or all and a month, term or range. Data
 * is read live (an edit in Classroom or Calendar meanwhile redraws it); the choice only recomputes in memory.
 */
export function TeamPage(props: { initial: TeamQuery; actions: TeamPageActions }) {
  const [query, setQuery] = useState(props.initial);
  const data = useLiveQuery(props.actions.load, []);
  useEffect(() => history.replaceState(null, '', teamQueryString(query)), [query]);
  return (
    <main class="team-page">
      <h1 class="team-title">{t('teamHeading')}</h1>
      <p class="team-intro">{t('teamIntro')}</p>
      {data.state === 'failed' ? (
        <p class="notice warning" role="alert">
          {t('teamLoadFailed')}
        </p>
      ) : data.state === 'loading' ? (
        <p class="loading">{t('teamLoading')}</p>
      ) : (
        <TeamReportView
          data={data.value}
          query={query}
          onQuery={(change) => setQuery({ ...query, ...change })}
          actions={props.actions}
        />
      )}
    </main>
  );
}

function TeamReportView(props: {
  data: TeamData;
  query: TeamQuery;
  onQuery: (change: Partial<TeamQuery>) => void;
  actions: TeamPageActions;
}) {
  const { data, query } = props;
  const { from, to } = rangeOf(query);
  const courseId = query.courseId || null;
  const report = useMemo(() => teamReport(data, { courseId, range: { from, to } }), [data, courseId, from, to]);
  const tables = useMemo(
    () => reportTables(report, { t, people: data.people, month: formatMonth, day: formatDay }),
    [report, data.people],
  );
  const classes = useMemo(() => classesOf(data), [data]);
  // `npm run bench` (tests/bench/team.mjs) reads this mark: from opening the page to its tables drawn (effects
  // run after the browser painted). Only the first one counts; later redraws add marks nobody reads.
  useEffect(() => {
    performance.mark(TEAM_DRAWN_MARK);
  }, []);
  const name = (personId: string) => {
    const adult = adultName(data.people, personId);
    return adult.known ? adult.name : t('unknownPerson');
  };
  return (
    <>
      <TeamControls classes={classes} query={query} onQuery={props.onQuery} />
      <p class="team-summary" aria-live="polite">
        {t('teamRangeSummary', [String(report.lessons), formatDayWithYear(from), formatDayWithYear(to)])}
        {report.undated > 0 && ` ${t('teamUndated', String(report.undated))}`}
      </p>
      <div class="team-print">
        <Button kind="primary" onPress={props.actions.print}>
          {t('teamPrint')}
        </Button>
      </div>
      <NudgeList nudges={report.nudges} name={name} month={formatMonth} />
      <div class="team-sections">
        {tables.map((table) => (
          <TeamSection key={table.id} table={table} format={formatNumber} onCsv={props.actions.downloadCsv} />
        ))}
      </div>
    </>
  );
}

/** Every class with a plan, named by its latest-saved plan (a class renamed in Classroom shows its new name). */
function classesOf(data: TeamData): Array<{ courseId: string; name: string }> {
  const latest = new Map<string, { name: string; at: string }>();
  for (const plan of data.plans) {
    const known = latest.get(plan.lesson.courseId);
    if (!known || plan.updatedAt > known.at)
      latest.set(plan.lesson.courseId, { name: plan.lesson.courseName, at: plan.updatedAt });
  }
  return [...latest]
    .map(([courseId, { name }]) => ({ courseId, name: name || courseId }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

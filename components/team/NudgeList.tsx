import { t } from '../../utils/i18n';
import type { Nudge } from '../../utils/team/nudges';

/** The gentle nudges in plain words (thresholds: utils/team/nudge-thresholds.ts); never blocking anything. */
export function NudgeList(props: {
  nudges: readonly Nudge[];
  name: (personId: string) => string;
  month: (month: string) => string;
}) {
  return (
    <section class="team-nudges" aria-labelledby="team-nudges-heading">
      <h2 id="team-nudges-heading">{t('teamNudgesTitle')}</h2>
      {props.nudges.length === 0 ? (
        <p class="hint">{t('teamNudgesNone')}</p>
      ) : (
        <ul>
          {props.nudges.map((nudge) => {
            const text = nudgeText(nudge, props.name, props.month);
            return <li key={text}>{text}</li>;
          })}
        </ul>
      )}
    </section>
  );
}

export function nudgeText(nudge: Nudge, name: (personId: string) => string, month: (month: string) => string): string {
  switch (nudge.kind) {
    case 'lead-and-roam':
      return t('teamNudgeLeadAndRoam', [String(nudge.count), String(nudge.of)]);
    case 'not-leading':
      return t('teamNudgeNotLeading', [name(nudge.personId), String(nudge.lessons)]);
    case 'planning-lost':
      return t('teamNudgePlanningLost', [String(nudge.weeks), String(nudge.minutes)]);
    case 'coverage':
      return t('teamNudgeCoverage', [name(nudge.personId), month(nudge.month), String(nudge.minutes)]);
  }
}

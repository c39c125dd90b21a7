import { rotation } from '../../components/lesson-plan/rotation';
import type { LessonPlan, Station } from '../schema/plan';
import type { CardLine } from './card';
import { type CardWords, fill } from './words';

// A station rotation as one adult needs it: the stations they lead, the groups that come to them in order, and
// which group starts where. The rotation itself is the panel's (components/lesson-plan/rotation.ts): group g
// starts at station g and moves one station on per round, so the card and the panel never disagree.

export interface LedStation {
  station: Station;
  /** 1-based, as the panel numbers stations. */
  number: number;
  index: number;
}

export function ledStations(plan: LessonPlan, leader: string): LedStation[] {
  return plan.stations.flatMap((station, index) =>
    station.leader === leader ? [{ station, number: index + 1, index }] : [],
  );
}

function groupCount(plan: LessonPlan, words: CardWords): string {
  const count = plan.groups.length;
  if (count === 0) return '';
  return fill(count === 1 ? words.timesGroupsOne : words.timesGroupsOther, { count });
}

/** "Leads station 2, Measure volume, 15 min × 3 groups". */
export function leadsStationText(plan: LessonPlan, led: LedStation, words: CardWords): string {
  const minutes = [fill(words.minutes, { minutes: led.station.minutes }), groupCount(plan, words)]
    .filter(Boolean)
    .join(' ');
  return [fill(words.leadsStation, { number: led.number }), led.station.name.trim(), minutes]
    .filter(Boolean)
    .join(', ');
}

/** "Station 2, Measure volume, 15 min — groups B, A, C, in that order". */
export function stationLine(plan: LessonPlan, personId: string, words: CardWords): CardLine | null {
  const led = ledStations(plan, personId);
  if (led.length === 0) return null;
  const table = rotation(plan.stations.length, plan.groups);
  const texts = led.map((one) => {
    const arriving = table.map((round) => round[one.index]).filter((group): group is string => Boolean(group));
    const order = arriving.length > 0 ? fill(words.groupsInOrder, { list: arriving.join(', ') }) : '';
    const station = [
      fill(words.station, { number: one.number }),
      one.station.name.trim(),
      fill(words.minutes, { minutes: one.station.minutes }),
    ]
      .filter(Boolean)
      .join(', ');
    return [station, order].filter(Boolean).join(' — ');
  });
  return { label: led.length > 1 ? words.labels.yourStations : words.labels.yourStation, text: texts.join('; ') };
}

/** "Groups A, B, C; 15 min per station; start: A at station 1, B at station 2, C at station 3". */
export function rotationLine(plan: LessonPlan, words: CardWords): CardLine | null {
  const usesStations = plan.model === 'stations' || plan.phases.some((phase) => phase.model === 'stations');
  if (!usesStations || plan.stations.length === 0 || plan.groups.length === 0) return null;
  const first = rotation(plan.stations.length, plan.groups)[0] ?? [];
  const starts = first.flatMap((group, index) =>
    group ? [fill(words.groupAtStation, { group, number: index + 1 })] : [],
  );
  const minutes = new Set(plan.stations.map((station) => station.minutes));
  const parts = [
    fill(words.rotationGroups, { list: plan.groups.join(', ') }),
    minutes.size === 1 ? fill(words.minutesPerStation, { minutes: [...minutes][0] as number }) : '',
    starts.length > 0 ? fill(words.rotationStart, { list: starts.join(', ') }) : '',
  ];
  return { label: words.labels.rotation, text: parts.filter(Boolean).join('; ') };
}

import { t } from '../../utils/i18n';
import { INDEPENDENT, TEACHER } from '../../utils/lesson-plan/defaults';
import type { Person } from '../../utils/schema/person';
import type { Support } from '../../utils/schema/plan';
import type { Option } from '../ui/fields';

/** Names by person id; a person removed since keeps a readable placeholder instead of an id. */
export function nameOf(people: readonly Person[], personId: string): string {
  return people.find((person) => person.id === personId)?.name ?? t('unknownPerson');
}

/** Who can lead or own something in this lesson: you, the supporting adults, optionally nobody. */
export function leaderOptions(
  people: readonly Person[],
  supports: readonly Support[],
  extra: { independent?: boolean; none?: boolean } = {},
): Option[] {
  return [
    ...(extra.none ? [{ value: '', label: t('leaderNone') }] : []),
    { value: TEACHER, label: t('leaderTeacher') },
    ...supports.map((support) => ({ value: support.personId, label: nameOf(people, support.personId) })),
    ...(extra.independent ? [{ value: INDEPENDENT, label: t('leaderIndependent') }] : []),
  ];
}

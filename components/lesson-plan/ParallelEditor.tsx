import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import type { ParallelGroup, Support } from '../../utils/schema/plan';
import { SelectField, TextField } from '../ui/fields';
import { leaderOptions } from './leaders';

/** Parallel teaching: the class split in two, each half with the adult who teaches it. */
export function ParallelEditor(props: {
  groups: ParallelGroup[];
  people: Person[];
  supports: Support[];
  onGroups: (groups: ParallelGroup[]) => void;
}) {
  const leaders = leaderOptions(props.people, props.supports);
  const change = (index: number, patch: Partial<ParallelGroup>) =>
    props.onGroups(props.groups.map((group, i) => (i === index ? { ...group, ...patch } : group)));
  return (
    <ol class="rows parallel">
      {props.groups.map((group, index) => {
        const n = String(index + 1);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: always exactly two halves, by position
          <li key={index} class="row">
            <TextField
              label={t('parallelGroupCode', n)}
              value={group.code}
              maxLength={12}
              onValue={(code) => change(index, { code })}
            />
            <SelectField
              label={t('parallelGroupLeader', n)}
              value={group.leader}
              options={leaders}
              onValue={(leader) => change(index, { leader })}
            />
          </li>
        );
      })}
    </ol>
  );
}

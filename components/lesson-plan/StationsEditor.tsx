import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import type { Station, Support } from '../../utils/schema/plan';
import { Button, NumberField, SelectField, TextField } from '../ui/fields';
import { leaderOptions } from './leaders';
import { newLocalId } from './local-id';
import { RemovalUndo, useRemovalUndo } from './RemovalUndo';
import { parseGroupCodes, rotation } from './rotation';

const MAX_STATIONS = 12;

export function StationsEditor(props: {
  stations: Station[];
  groups: string[];
  people: Person[];
  supports: Support[];
  onStations: (stations: Station[]) => void;
  onGroups: (groups: string[]) => void;
}) {
  const { stations } = props;
  const leaders = leaderOptions(props.people, props.supports, { independent: true });
  const undo = useRemovalUndo(stations, props.onStations, { max: MAX_STATIONS, keyOf: (station) => station.id });
  const change = (id: string, patch: Partial<Station>) =>
    props.onStations(stations.map((station) => (station.id === id ? { ...station, ...patch } : station)));
  // The text box keeps what the user typed ("A, B, ") while the plan keeps clean codes; when the plan's
  // groups change from elsewhere (choosing the model fills in A, B, C), the box shows those instead.
  const [typed, setTyped] = useState(props.groups.join(', '));
  const groupsText = parseGroupCodes(typed).join() === props.groups.join() ? typed : props.groups.join(', ');

  return (
    <div class="stations">
      <ol class="rows">
        {stations.map((station, index) => {
          const n = String(index + 1);
          return (
            <li key={station.id} class="row station" data-undo-row>
              <TextField
                label={t('stationName', n)}
                value={station.name}
                onValue={(name) => change(station.id, { name })}
              />
              <SelectField
                label={t('stationLeader', n)}
                value={station.leader}
                options={leaders}
                onValue={(leader) => change(station.id, { leader })}
              />
              <NumberField
                label={t('stationMinutes', n)}
                value={station.minutes}
                min={1}
                max={240}
                onValue={(minutes) => change(station.id, { minutes })}
              />
              <Button
                label={t('removeStation', n)}
                onPress={() =>
                  undo.remove(
                    index,
                    station.name.trim() ? t('removedStation', [n, station.name.trim()]) : t('removedStationNumber', n),
                  )
                }
              >
                {t('remove')}
              </Button>
            </li>
          );
        })}
      </ol>
      <RemovalUndo state={undo} />
      <Button
        disabled={stations.length >= MAX_STATIONS}
        onPress={() =>
          props.onStations([
            ...stations,
            {
              id: newLocalId('station'),
              name: t('stationDefaultName', String(stations.length + 1)),
              leader: 'independent',
              minutes: 15,
            },
          ])
        }
      >
        {t('addStation')}
      </Button>
      <TextField
        label={t('groupsLabel')}
        hint={t('groupsHint')}
        value={groupsText}
        maxLength={100}
        onValue={(text) => {
          setTyped(text);
          props.onGroups(parseGroupCodes(text));
        }}
      />
      {stations.length > 0 && props.groups.length > 0 && <RotationTable stations={stations} groups={props.groups} />}
    </div>
  );
}

function RotationTable(props: { stations: Station[]; groups: string[] }) {
  const rounds = rotation(props.stations.length, props.groups);
  return (
    <table class="rotation">
      <caption>{t('rotationCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rotationRound')}</th>
          {props.stations.map((station) => (
            <th scope="col" key={station.id}>
              {station.name || t('stationUnnamed')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rounds.map((row, round) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rounds are positions, not entities
          <tr key={round}>
            <th scope="row">{t('rotationRoundN', String(round + 1))}</th>
            {row.map((group, station) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions in the grid
              <td key={station}>{group ?? '—'}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {props.groups.length > props.stations.length && (
        <tfoot>
          <tr>
            <td colSpan={props.stations.length + 1}>{t('rotationTooManyGroups')}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

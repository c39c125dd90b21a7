import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { NewPerson, Person } from '../../utils/schema/person';
import type { Support } from '../../utils/schema/plan';
import type { PersonKind, RoleId } from '../../utils/schema/vocabulary';
import { Button, SelectField, TextField } from '../ui/fields';
import { nameOf } from './leaders';
import { RemovalUndo, useRemovalUndo } from './RemovalUndo';
import { kindOptions, roleOptions } from './vocabulary-options';

const DEFAULT_ROLE: RoleId = 'circulate';
/** The plan schema's limit (utils/schema/plan.ts): beyond it a save would be refused. */
const MAX_SUPPORTS = 20;

/** The supporting adults of this lesson, each with a push-in role; picked from People or added here. */
export function SupportsEditor(props: {
  supports: Support[];
  people: Person[];
  onSupports: (supports: Support[]) => void;
  onAddPerson: (person: NewPerson, role: RoleId) => Promise<boolean>;
}) {
  const { supports, people } = props;
  const available = people.filter((person) => !supports.some((support) => support.personId === person.id));
  const [picked, setPicked] = useState('');
  const [newName, setNewName] = useState('');
  const [newKind, setNewKind] = useState<PersonKind>('paraprofessional');
  const undo = useRemovalUndo(supports, props.onSupports, { max: MAX_SUPPORTS, keyOf: (support) => support.personId });
  const pickedId = available.some((person) => person.id === picked) ? picked : (available[0]?.id ?? '');

  const setRole = (personId: string, role: RoleId) =>
    props.onSupports(supports.map((support) => (support.personId === personId ? { ...support, role } : support)));

  const addNew = async () => {
    if (!newName.trim()) return;
    if (await props.onAddPerson({ name: newName.trim(), kind: newKind }, DEFAULT_ROLE)) setNewName('');
  };

  return (
    <div class="supports">
      {supports.length === 0 ? (
        <p class="empty">{t('supportsEmpty')}</p>
      ) : (
        <ul class="rows">
          {supports.map((support, index) => {
            const name = nameOf(people, support.personId);
            return (
              <li key={support.personId} class="row" data-undo-row>
                <span class="person-name">{name}</span>
                <SelectField
                  label={t('roleFor', name)}
                  hideLabel
                  value={support.role}
                  options={roleOptions()}
                  onValue={(role) => setRole(support.personId, role as RoleId)}
                />
                <Button label={t('removePerson', name)} onPress={() => undo.remove(index, name)}>
                  {t('remove')}
                </Button>
                {support.role === 'prepare-materials' && <p class="nudge">{t('nudgePrepareOnly', name)}</p>}
              </li>
            );
          })}
        </ul>
      )}
      <RemovalUndo state={undo} />
      {available.length > 0 && supports.length < MAX_SUPPORTS && (
        <div class="inline-form">
          <SelectField
            label={t('pickPerson')}
            value={pickedId}
            options={available.map((person) => ({ value: person.id, label: person.name }))}
            onValue={setPicked}
          />
          <Button
            kind="primary"
            onPress={() => pickedId && props.onSupports([...supports, { personId: pickedId, role: DEFAULT_ROLE }])}
          >
            {t('addSupport')}
          </Button>
        </div>
      )}
      <div class="inline-form">
        <TextField label={t('newPersonName')} value={newName} onValue={setNewName} maxLength={120} />
        <SelectField
          label={t('newPersonKind')}
          value={newKind}
          options={kindOptions()}
          onValue={(kind) => setNewKind(kind as PersonKind)}
        />
        <Button onPress={() => void addNew()} disabled={!newName.trim() || supports.length >= MAX_SUPPORTS}>
          {t('addNewPerson')}
        </Button>
      </div>
    </div>
  );
}

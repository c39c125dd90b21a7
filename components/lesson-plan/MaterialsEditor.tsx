import { t } from '../../utils/i18n';
import { TEACHER } from '../../utils/lesson-plan/defaults';
import type { Person } from '../../utils/schema/person';
import type { Material, Support } from '../../utils/schema/plan';
import { Button, SelectField, TextField } from '../ui/fields';
import { leaderOptions } from './leaders';
import { newLocalId } from './local-id';
import { RemovalUndo, useRemovalUndo } from './RemovalUndo';

/** The plan schema's limit (utils/schema/plan.ts): beyond it a save would be refused. */
const MAX_MATERIALS = 40;

/** What must be prepared before the lesson, each with the adult who prepares it. */
export function MaterialsEditor(props: {
  materials: Material[];
  people: Person[];
  supports: Support[];
  onMaterials: (materials: Material[]) => void;
}) {
  const owners = leaderOptions(props.people, props.supports);
  const undo = useRemovalUndo(props.materials, props.onMaterials, {
    max: MAX_MATERIALS,
    keyOf: (material) => material.id,
  });
  const change = (id: string, patch: Partial<Material>) =>
    props.onMaterials(props.materials.map((material) => (material.id === id ? { ...material, ...patch } : material)));
  return (
    <div class="materials">
      {props.materials.length === 0 && <p class="empty">{t('materialsEmpty')}</p>}
      <ol class="rows">
        {props.materials.map((material, index) => {
          const n = String(index + 1);
          return (
            <li key={material.id} class="row" data-undo-row>
              <TextField
                label={t('materialWhat', n)}
                value={material.what}
                onValue={(what) => change(material.id, { what })}
              />
              <SelectField
                label={t('materialOwner', n)}
                value={material.owner}
                options={owners}
                onValue={(owner) => change(material.id, { owner })}
              />
              <Button
                label={t('removeMaterial', n)}
                onPress={() =>
                  undo.remove(
                    index,
                    material.what.trim()
                      ? t('removedMaterial', [n, material.what.trim()])
                      : t('removedMaterialNumber', n),
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
        disabled={props.materials.length >= MAX_MATERIALS}
        onPress={() =>
          props.onMaterials([...props.materials, { id: newLocalId('material'), what: '', owner: TEACHER }])
        }
      >
        {t('addMaterial')}
      </Button>
    </div>
  );
}

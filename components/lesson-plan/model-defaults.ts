import { t } from '../../utils/i18n';
import { INDEPENDENT, TEACHER } from '../../utils/lesson-plan/defaults';
import type { PlanContent } from '../../utils/schema/plan';
import type { ModelId } from '../../utils/schema/vocabulary';
import { newLocalId } from './local-id';

/**
 * Choosing a model gives the teacher a sensible starting point instead of an empty form: three
 * 15-minute stations (you, the first supporting adult, independent) with groups A–C; or two parallel
 * halves. Nothing already planned is overwritten.
 */
export function applyModel(content: PlanContent, model: ModelId): Partial<PlanContent> {
  const patch: Partial<PlanContent> = { model };
  const partner = content.supports[0]?.personId ?? TEACHER;
  if (model === 'stations' && content.stations.length === 0) {
    patch.stations = [TEACHER, partner === TEACHER ? INDEPENDENT : partner, INDEPENDENT].map((leader, index) => ({
      id: newLocalId('station'),
      name: t('stationDefaultName', String(index + 1)),
      leader,
      minutes: 15,
    }));
    if (content.groups.length === 0) patch.groups = ['A', 'B', 'C'];
  }
  if (model === 'parallel' && content.parallelGroups.length === 0) {
    patch.parallelGroups = [
      { code: 'A', leader: TEACHER },
      { code: 'B', leader: partner },
    ];
  }
  return patch;
}

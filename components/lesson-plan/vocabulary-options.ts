import { t } from '../../utils/i18n';
import { MODEL_IDS, PERSON_KINDS, PHASE_IDS, ROLE_IDS, STATUS_IDS, vocabKey } from '../../utils/vocabulary';

// The vocabulary as labelled options, in the order of .github/CONTRIBUTING.md "Vocabulary" (the three everyday
// models first).

export const modelOptions = () =>
  MODEL_IDS.map((id) => ({ value: id, label: t(vocabKey('model', id)), hint: t(vocabKey('model', id, '_hint')) }));
export const roleOptions = () => ROLE_IDS.map((id) => ({ value: id, label: t(vocabKey('role', id)) }));
export const kindOptions = () => PERSON_KINDS.map((id) => ({ value: id, label: t(vocabKey('kind', id)) }));
export const phaseLabel = (id: string) => t(vocabKey('phase', id));
export const phaseIds = PHASE_IDS;
export const statusOptions = () => STATUS_IDS.map((id) => ({ value: id, label: t(vocabKey('status', id)) }));

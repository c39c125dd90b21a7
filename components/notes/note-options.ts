import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import { NOTE_KINDS, vocabKey } from '../../utils/vocabulary';
import type { Option } from '../ui/fields';

// Labels for the choices the popup offers, translated once per render.

export function kindLabel(kind: string): string {
  return t(vocabKey('note', kind));
}

export function kindOptions(): Option[] {
  return NOTE_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));
}

/** Active people to pick from, after a "nobody" choice ('' = no person). */
export function personOptions(people: readonly Person[], none: string, keep?: string): Option[] {
  const active = people.filter((person) => !person.archived || person.id === keep);
  return [{ value: '', label: none }, ...active.map((person) => ({ value: person.id, label: person.name }))];
}

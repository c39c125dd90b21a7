import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_IDS, PERSON_KINDS, PHASE_IDS, ROLE_IDS, STATUS_IDS, vocabKey } from '../../../utils/vocabulary';
import { projectRoot as root, sourceFiles } from '../source-files';

const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

describe('English messages', () => {
  it('has every key the code asks for with t()', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('components', 'entrypoints', 'utils')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !messages[key])).toEqual([]);
  });

  it('labels every vocabulary id, and explains every model', () => {
    const keys = [
      ...MODEL_IDS.flatMap((id) => [vocabKey('model', id), vocabKey('model', id, '_hint')]),
      ...ROLE_IDS.map((id) => vocabKey('role', id)),
      ...PERSON_KINDS.map((id) => vocabKey('kind', id)),
      ...PHASE_IDS.map((id) => vocabKey('phase', id)),
      ...STATUS_IDS.map((id) => vocabKey('status', id)),
    ];
    expect(keys.filter((key) => !messages[key]?.message)).toEqual([]);
  });

  it('uses the names the issue asks for', () => {
    expect(messages.panelName?.message).toBe('Tandem co-teaching plan');
    expect(messages.modelGroupLabel?.message).toBe('Co-teaching model');
    expect(MODEL_IDS.map((id) => messages[vocabKey('model', id)]?.message)).toEqual([
      'Lead and roam',
      'Parallel teaching',
      'Station teaching',
      'Alternative teaching',
      'Team teaching',
      'One teach, one observe',
    ]);
  });
});

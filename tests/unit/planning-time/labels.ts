import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Labels } from '../../../utils/planning-time/agenda';
import { projectRoot } from '../source-files';

const messages = JSON.parse(readFileSync(join(projectRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

/** The English strings, substituted as browser.i18n.getMessage does ($1…$9); a missing key throws. */
export const english: Labels = (key, substitutions) => {
  const message = messages[key]?.message;
  if (message === undefined) throw new Error(`no English message ${key}`);
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return message.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
};

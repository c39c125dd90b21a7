import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot as root, sourceFiles } from './source-files';

// Page text, notes and imported files are untrusted and must render as text (.github/CONTRIBUTING.md rule 3). The
// page's Trusted Types policy does not bind content scripts (their isolated world is exempt, seen in
// Chromium 156), so nothing at run time would catch an HTML sink in Tandem's own code: this does.

const SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment)\b/;

describe('no raw HTML sinks in Tandem code', () => {
  const files = sourceFiles('entrypoints', 'components', 'utils');

  it('scans the whole extension source', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('finds no innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML or document.write', () => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => SINKS.test(line) && !line.trim().startsWith('//'))
        .map(({ index }) => `${relative(root, file)}:${index + 1}`),
    );
    expect(offenders).toEqual([]);
  });
});

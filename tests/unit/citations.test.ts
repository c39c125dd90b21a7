import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot as root, sourceFiles } from './source-files';

// Comments cite the design by file (".github/CONTRIBUTING.md rule 4", "tests/fixtures/README.md A.5"). A
// citation of a file that is not in the repository cannot be followed by someone who clones it, as the
// design notes once kept outside it could not (.github/CONTRIBUTING.md habit 12). This reads every comment in
// the source and fixtures and checks that each `.md` file it names exists, from the repository root or
// from the citing file's folder.

/** Where comments are read: the extension, its tests and fixtures, and the top-level config files. */
function citingFiles(): string[] {
  const configs = ['wxt.config.ts', 'playwright.config.ts', 'vitest.config.ts', 'web-ext.config.ts'];
  const fixtures = readdirSync(join(root, 'tests/fixtures'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(root, 'tests/fixtures', name));
  return [
    ...sourceFiles('entrypoints', 'components', 'utils', 'tests'),
    ...fixtures,
    ...configs.map((name) => join(root, name)).filter((path) => existsSync(path)),
    join(root, '.ci/run'),
  ];
}

/**
 * The comments of a JavaScript or TypeScript source, with the line each starts on. A small scanner, not a
 * parser: it skips string and template literals (so `'https://…'` is not a `//` comment) and regex
 * literals after an operator, which is all Tandem's sources need.
 */
function scriptComments(source: string): Array<{ line: number; text: string }> {
  const comments: Array<{ line: number; text: string }> = [];
  let line = 1;
  let previous = '';
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '\n') line++;
    if (char === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      comments.push({ line, text: source.slice(i, stop) });
      i = stop - 1;
    } else if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      const text = source.slice(i, stop);
      comments.push({ line, text });
      line += text.split('\n').length - 1;
      i = stop - 1;
    } else if (char === "'" || char === '"' || char === '`') {
      i = skipQuoted(source, i, char, (newlines) => {
        line += newlines;
      });
    } else if (char === '/' && /[(,=:[!&|?{};+\-*%<>~^]|^$/.test(previous)) {
      i = skipRegex(source, i);
    }
    if (!/\s/.test(char)) previous = source.charAt(i);
  }
  return comments;
}

function skipQuoted(source: string, start: number, quote: string, countLines: (newlines: number) => void): number {
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\') i++;
    else if (source[i] === '\n') countLines(1);
    i++;
  }
  return i;
}

function skipRegex(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '\\') i++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if ((char === '/' && !inClass) || char === '\n') return i;
  }
  return source.length;
}

/** HTML comments, and `#` comments in shell scripts. */
function otherComments(path: string, source: string): Array<{ line: number; text: string }> {
  if (path.endsWith('.html')) {
    return [...source.matchAll(/<!--[\s\S]*?-->/g)].map((match) => ({
      line: source.slice(0, match.index).split('\n').length,
      text: match[0],
    }));
  }
  return source
    .split('\n')
    .map((text, index) => ({ line: index + 1, text: text.slice(Math.max(0, text.indexOf('#'))) }))
    .filter(({ text }) => text.startsWith('#'));
}

/** `.md` file names in a comment, web addresses left out (they are not files of this repository). */
function citedMarkdown(comment: string): string[] {
  const withoutUrls = comment.replace(/\b[a-z]+:\/\/\S+/gi, ' ');
  return [...withoutUrls.matchAll(/(?:[\w.-]+\/)*[\w-]+\.md\b/g)].map((match) => match[0]);
}

function exists(cited: string, citingFile: string): boolean {
  return existsSync(join(root, cited)) || existsSync(join(dirname(citingFile), cited));
}

describe('comments cite only files that exist in the repository', () => {
  const files = citingFiles();

  it('reads the whole source', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.every((file) => statSync(file).isFile())).toBe(true);
  });

  it('finds every .md file a comment names in the repository', () => {
    const missing: string[] = [];
    let citations = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const comments = /\.(ts|tsx|js|mjs)$/.test(file) ? scriptComments(source) : otherComments(file, source);
      for (const { line, text } of comments) {
        for (const cited of citedMarkdown(text)) {
          citations++;
          if (!exists(cited, file)) missing.push(`${relative(root, file)}:${line} cites ${cited}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The design is cited from many files; finding almost none would mean the scanner lost the comments.
    expect(citations).toBeGreaterThan(100);
  });

  it('can fail: a citation of a file that is not here is found, one in a string or a URL is not', () => {
    const source = [
      "const url = 'https://example.com/a//b.md'; // see .github/CONTRIBUTING.md rule 4",
      '/* NOT-IN-REPO.md rule 1 */ const pattern = /\\/\\/ not-a-comment.md/;',
      "it('names elsewhere.md in a string', () => {});",
      '// docs: https://github.com/wxt-dev/wxt/blob/main/README.md',
    ].join('\n');
    const cited = scriptComments(source).flatMap(({ text }) => citedMarkdown(text));
    expect(cited).toEqual(['.github/CONTRIBUTING.md', 'NOT-IN-REPO.md']);
    expect(cited.filter((name) => !exists(name, join(root, 'utils/x.ts')))).toEqual(['NOT-IN-REPO.md']);
  });
});

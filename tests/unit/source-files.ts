import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, for tests that read the project's own files. */
export const projectRoot = join(__dirname, '../..');

/** Tandem's own source files (TypeScript and JavaScript) under the given top-level folders. */
export function sourceFiles(...folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
    });
  return folders.flatMap((folder) => walk(join(projectRoot, folder)));
}

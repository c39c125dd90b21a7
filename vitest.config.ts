import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Vitest 5's reporter prints failures with Map.groupBy, which Node 20 lacks (Node 21+): without this,
// a failing test crashes the summary instead of showing what failed. Runs in the main process.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

// Unit tests only (tests/unit). WxtVitest applies wxt.config.ts (aliases such as `@/`, the Preact plugin)
// and swaps `wxt/browser` for an in-memory fake. The end-to-end tests in tests/e2e belong to Playwright.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});

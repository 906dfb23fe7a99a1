import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Whole-library checks play every path of every case: seconds on a busy 2-core CI machine,
    // where Vitest's 5 s default failed them. A hang still fails, just later.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores, which on the 2-core CI machine is a
    // single worker: the unit tier ran on one core while the other mostly waited.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Dexie looks for IndexedDB when it is first imported, so the fake must load before any test.
    setupFiles: ['fake-indexeddb/auto', 'test/operator-session.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Dexie looks for IndexedDB when it is first imported, so the fake must load before any test.
    setupFiles: ['fake-indexeddb/auto', 'test/operator-session.ts'],
  },
});

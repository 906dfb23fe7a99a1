import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-test',
      'dist-bench',
      'dist-scorm',
      'reports',
      '.shots',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine is the pure core: no React, no storage, no browser.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                '@xstate/react',
                'framer-motion',
                'react-i18next',
                'wouter',
                'wouter/*',
              ],
              message: 'src/engine stays free of React.',
            },
            {
              group: ['dexie', 'dexie-*', 'fake-indexeddb'],
              message: 'src/engine stays free of storage.',
            },
            {
              group: ['**/ui/**', '**/storage/**', '**/scenarios/**'],
              message: 'src/engine depends on nothing else in src.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // Only the storage module talks to Dexie.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'test/storage/**', 'src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Import storage through src/storage.' },
          ],
        },
      ],
    },
  },
);

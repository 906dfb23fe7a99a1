import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The data folders: content, typed by the engine and nothing else. */
const DATA = ['scenarios', 'quiz', 'handbook'];

/**
 * The layers of src and what each may import. `uses`: any export of these folders; `types`: only
 * their types. Everything else in src is out of bounds. ui is the shell that starts the LMS adapters,
 * so it may import lms; nothing imports ui, and only ui imports lms.
 */
const LAYERS = {
  engine: { uses: [], types: [] },
  scenarios: { uses: [], types: ['engine'] },
  quiz: { uses: [], types: ['engine'] },
  handbook: { uses: [], types: ['engine'] },
  storage: { uses: ['engine'], types: [] },
  app: { uses: ['engine', 'storage', ...DATA], types: [] },
  ui: { uses: ['app', 'engine', 'lms', ...DATA], types: [] },
  lms: { uses: ['app'], types: ['engine'] },
  cli: { uses: ['app', 'engine', ...DATA], types: [] },
};

/**
 * Engine modules that score a call or decide a rule. Storage stores what the application layer
 * decided with them, so it may import their types but never call them.
 */
const POLICY_MODULES = [
  'scoring/.+',
  'call-progress',
  'compile-scenario',
  'call-lifecycle',
  'replay',
  'analyse-paths',
  'attempt-log',
  'demo-org',
  'mood',
  'cue-moment',
  'reactions',
  'pass-mark',
  'certification/evaluate',
  'certification/quiz-sitting',
  'pin-policy',
  'group-session',
  'observer-checklist',
  'grade-override',
  'assignment-status',
  'roster',
  'authoring/check-draft',
  'validation/validate-pack',
  'xapi/.+',
];

// A specifier that climbs out of its folder into another layer of src (no folder inside a layer
// shares a layer's name, so `../../storage/x` can only mean src/storage).
const intoLayer = (layer) => `^(\\.\\./)+${layer}(/|$)`;
const intoPolicy = `^(\\.\\./)+engine/(${POLICY_MODULES.join('|')})$`;

/**
 * The compiled machine is the one router of a call (src/engine/compile-scenario.ts): only it may
 * route on the customer's mood, and only it decides when dead air makes the customer give up.
 * call-progress keeps the count of silences that the compiler's guard reads.
 */
const ROUTER = 'src/engine/compile-scenario.ts';
const SILENCE_COUNT = ['src/engine/compile-scenario.ts', 'src/engine/call-progress.ts'];
const moodRouting = {
  regex: '(^|/)mood$',
  importNames: ['moodMatches'],
  message: 'Mood routing belongs to the compiled machine (engine/compile-scenario.ts).',
};
const silenceRule = {
  selector: "MemberExpression[property.name='silences']",
  message:
    'When dead air ends a call is decided by the compiled machine (engine/compile-scenario.ts).',
};

/**
 * The boundary of one layer, for static imports and for dynamic `import()` alike, with the one
 * router's rules; `router` lifts them for the router's own files.
 */
function boundary(layer, router = { mood: false, silence: false }) {
  const { uses, types } = LAYERS[layer];
  const others = Object.keys(LAYERS).filter((other) => other !== layer && !uses.includes(other));
  const patterns = others.map((other) => ({
    regex: intoLayer(other),
    allowTypeImports: types.includes(other),
    message: types.includes(other)
      ? `src/${layer} may import only types from src/${other}.`
      : `src/${layer} may not import src/${other}.`,
  }));
  if (layer === 'storage') {
    patterns.push({
      regex: intoPolicy,
      allowTypeImports: true,
      message: 'src/storage stores; the scoring and policy modules are called by src/app.',
    });
  }
  // An `import()` always loads code, types or not. esquery's regex literals cannot hold a slash,
  // so there it is written \x2F.
  const dynamic = patterns.map((pattern) => ({
    selector: `ImportExpression[source.value=/${pattern.regex.replaceAll('/', '\\x2F')}/]`,
    message: pattern.message,
  }));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: router.mood ? patterns : [...patterns, moodRouting] },
      ],
      'no-restricted-syntax': ['error', ...dynamic, ...(router.silence ? [] : [silenceRule])],
    },
  };
}

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
      'dist-test*',
      'dist-bench*',
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
  ...Object.keys(LAYERS).map((layer) => boundary(layer)),
  { ...boundary('engine', { mood: false, silence: true }), files: SILENCE_COUNT },
  { ...boundary('engine', { mood: true, silence: true }), files: [ROUTER] },
  {
    // A cycle makes load order decide what a module sees; type-only imports do not count.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
);

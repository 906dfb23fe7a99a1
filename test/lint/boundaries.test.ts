import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const BOUNDARY_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repo, overrideConfigFile: path.join(repo, 'eslint.config.js') });
});

/** Lints `lines` as if they were the file at `file` (relative to src); nothing is written to disk. */
async function lint(file: string, lines: readonly string[]) {
  const [result] = await eslint.lintText(lines.join('\n') + '\n', {
    filePath: path.join(repo, 'src', file),
  });
  return result!.messages;
}

interface Zone {
  file: string;
  /** Imports the layer may make; the fixture uses every name so that nothing else is reported. */
  allowed: string[];
  forbidden: string;
}

/** One fixture per layer: allowed imports, then the one forbidden import on the last import line. */
const ZONES: Record<string, Zone> = {
  engine: {
    file: 'engine/certification/fixture.ts',
    allowed: ["import { mixSeed } from '../seeded-shuffle';", "import { moodOf } from '../mood';"],
    forbidden: "import { QUIZ_BANK } from '../../quiz/bank';",
  },
  scenarios: {
    file: 'scenarios/fixture.ts',
    allowed: ["import type { Scenario } from '../engine/scenario-schema';"],
    forbidden: "import { contentHash } from '../engine/content-hash';",
  },
  quiz: {
    file: 'quiz/fixture.ts',
    allowed: ["import type { QuizItem } from '../engine/certification/quiz-item';"],
    forbidden: "import { drawSitting } from '../engine/certification/quiz-sitting';",
  },
  handbook: {
    file: 'handbook/fixture.ts',
    allowed: ["import type { LocalizedText } from '../engine/scenario-schema';"],
    forbidden: "import { QUIZ_BANK } from '../quiz/bank';",
  },
  storage: {
    file: 'storage/fixture.ts',
    allowed: [
      "import { contentHash } from '../engine/content-hash';",
      "import type { AttemptScore } from '../engine/scoring/score-attempt';",
      "import { database } from './database';",
    ],
    forbidden: "import { scoreAttempt } from '../engine/scoring/score-attempt';",
  },
  app: {
    file: 'app/profiles/fixture.ts',
    allowed: [
      "import { contentHash } from '../../engine/content-hash';",
      "import { listProfiles } from '../../storage/profiles';",
      "import { BUNDLED_SCENARIOS } from '../../scenarios/bundled';",
    ],
    forbidden: "import { useLoaded } from '../../ui/hooks/use-loaded';",
  },
  ui: {
    file: 'ui/screens/fixture.tsx',
    allowed: [
      "import { listProfiles } from '../../app/profiles/profiles';",
      "import { moodOf } from '../../engine/mood';",
      "import { QUIZ_BANK } from '../../quiz/bank';",
      "import { scormConnection } from '../../lms/scorm-runtime';",
    ],
    forbidden: "import { getAttempt } from '../../storage/attempts';",
  },
  lms: {
    file: 'lms/fixture.ts',
    allowed: [
      "import { listProfiles } from '../app/profiles/profiles';",
      "import type { ScormVersion } from '../engine/scorm/report';",
    ],
    forbidden: "import { oldestQueued } from '../storage/outbox';",
  },
  cli: {
    file: 'cli/fixture.ts',
    allowed: [
      "import { listProfiles } from '../app/profiles/profiles';",
      "import { moodOf } from '../engine/mood';",
      "import { BUNDLED_SCENARIOS } from '../scenarios/bundled';",
    ],
    forbidden: "import { useLoaded } from '../ui/hooks/use-loaded';",
  },
};

const names = (line: string) => /import (?:type )?\{ (\w+) \}/.exec(line)![1]!;
const use = (lines: readonly string[]) =>
  `export const used: unknown[] = [${lines
    .filter((line) => !line.startsWith('import type'))
    .map(names)
    .join(', ')}];`;
const typeUse = (lines: readonly string[]) =>
  lines
    .filter((line) => line.startsWith('import type'))
    .map((line, i) => `export type T${i} = ${names(line)};`);

describe('layer boundaries', () => {
  for (const [layer, zone] of Object.entries(ZONES)) {
    it(`src/${layer}: the one forbidden import is reported on its line, and nothing without it`, async () => {
      const withFault = [...zone.allowed, zone.forbidden];
      const faulty = await lint(zone.file, [...withFault, use(withFault), ...typeUse(withFault)]);
      expect(faulty.map((m) => [m.ruleId, m.line])).toEqual([
        [BOUNDARY_RULES[0], zone.allowed.length + 1],
      ]);

      const clean = await lint(zone.file, [
        ...zone.allowed,
        use(zone.allowed),
        ...typeUse(zone.allowed),
      ]);
      expect(clean).toEqual([]);
    });
  }

  it('a dynamic import across a boundary is reported too', async () => {
    const lines = ["export const load = () => import('../../storage/demo-org');"];
    const messages = await lint('ui/hr/fixture.ts', lines);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([[BOUNDARY_RULES[1], 1]]);
    expect(
      await lint('ui/hr/fixture.ts', ["export const load = () => import('../../app/demo');"]),
    ).toEqual([]);
  });

  // The brief's list of what storage must never call; each may still be imported for its types.
  const POLICY = [
    'scoring/score-attempt',
    'scoring/grade-turn',
    'call-progress',
    'compile-scenario',
    'call-lifecycle',
    'replay',
    'analyse-paths',
    'demo-org',
    'certification/evaluate',
    'pin-policy',
    'group-session',
    'observer-checklist',
    'grade-override',
  ];
  it.each(POLICY)('src/storage may import only types from engine/%s', async (module) => {
    const called = await lint('storage/fixture.ts', [
      `import { rule } from '../engine/${module}';`,
      'export const used = rule;',
    ]);
    expect(called.map((m) => m.ruleId)).toEqual([BOUNDARY_RULES[0]]);
    const typed = await lint('storage/fixture.ts', [
      `import type { Rule } from '../engine/${module}';`,
      'export type Used = Rule;',
    ]);
    expect(typed).toEqual([]);
  });
});

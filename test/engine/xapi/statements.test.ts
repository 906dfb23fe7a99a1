import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { walkPaths } from '../../../src/engine/analyse-paths';
import { scoreAttempt } from '../../../src/engine/scoring/score-attempt';
import { callReport } from '../../../src/engine/xapi/call-report';
import {
  stepStatements,
  type StatementSource,
  type XapiStatement,
} from '../../../src/engine/xapi/statements';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';
import type { Scenario } from '../../../src/engine/scenario-schema';

const learner = {
  name: '演示学员 Demo',
  employeeId: 'DEMO-001',
  homePage: 'https://hr.example.com',
};

function sourceFor(scenario: Scenario): StatementSource {
  let n = 0;
  return {
    scenario,
    learner,
    attempt: {
      attemptId: '8d0f1c2e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      startedAt: Date.UTC(2026, 0, 5, 9),
      practice: false,
      contentHash: 'ab'.repeat(32),
    },
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

const problems = (statement: XapiStatement) =>
  validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);

describe('xAPI statements for every bundled case', () => {
  for (const scenario of BUNDLED_SCENARIOS) {
    it(`${scenario.id}: every transition and every ending validates`, () => {
      const source = sourceFor(scenario);
      const seen = new Set<string>();
      let checked = 0;
      walkPaths(scenario, (path) => {
        path.turns.forEach((turn, i) => {
          const last = i === path.turns.length - 1;
          const key = `${turn.node}:${turn.choice}->${turn.next}${last ? `#${path.endingId}` : ''}`;
          if (seen.has(key)) return;
          seen.add(key);
          const statements = stepStatements(source, {
            first: i === 0,
            decision: {
              ...turn,
              turn: i + 1,
              grade: turn.grade.grade,
              earned: turn.grade.earned,
              expert: turn.grade.expert,
            },
            at: source.attempt.startedAt + 60_000 * (i + 1),
            ending: last
              ? {
                  endingId: path.endingId,
                  outcome: path.outcome,
                  score: scoreAttempt(
                    path.turns.map((t) => t.grade),
                    path.outcome,
                  ),
                  finishedAt: source.attempt.startedAt + 60_000 * (i + 2),
                  report: callReport(scenario, path.turns),
                }
              : null,
          });
          for (const statement of statements) {
            expect(problems(statement), `${key} ${statement.verb.id}`).toEqual([]);
            checked += 1;
          }
        });
      });
      expect(checked).toBeGreaterThan(scenario.nodes.length);
    });
  }
});

describe('statement content', () => {
  const scenario = BUNDLED_SCENARIOS[0]!;
  const source = sourceFor(scenario);
  const played: XapiStatement[][] = [];
  walkPaths(scenario, (path) => {
    if (played.length > 0) return;
    played.push(
      path.turns.flatMap((turn, i) =>
        stepStatements(source, {
          first: i === 0,
          decision: {
            ...turn,
            turn: i + 1,
            grade: turn.grade.grade,
            earned: turn.grade.earned,
            expert: turn.grade.expert,
          },
          at: 1,
          ending:
            i === path.turns.length - 1
              ? {
                  endingId: path.endingId,
                  outcome: path.outcome,
                  score: scoreAttempt(
                    path.turns.map((t) => t.grade),
                    path.outcome,
                  ),
                  finishedAt: 2,
                }
              : null,
        }),
      ),
    );
  });
  const statements = played[0]!;

  it('opens with attempted, answers each decision, and closes with completed and a verdict', () => {
    const verbs = statements.map((s) => s.verb.id.split('/').pop());
    expect(verbs[0]).toBe('attempted');
    expect(verbs.slice(1, -2).every((v) => v === 'answered')).toBe(true);
    expect(verbs.at(-2)).toBe('completed');
    expect(['passed', 'failed']).toContain(verbs.at(-1));
  });

  it('gives every statement its own id and the attempt as registration', () => {
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(statements.map((s) => s.context.registration))).toEqual(
      new Set([source.attempt.attemptId]),
    );
  });

  it('describes a decision as a choice interaction answered with the reply id', () => {
    const answered = statements[1]!;
    const definition = answered.object.definition as {
      interactionType: string;
      choices: Array<{ id: string }>;
    };
    expect(definition.interactionType).toBe('choice');
    const response = (answered.result as { response: string }).response;
    expect(definition.choices.map((c) => c.id)).toContain(response);
    expect(Object.keys(answered.result!.extensions as object)).toHaveLength(7);
  });

  it('names the learner by 工号 and the case by id, version and content hash', () => {
    const s = statements[0]!;
    expect(s.actor.account).toEqual({ homePage: learner.homePage, name: 'DEMO-001' });
    expect(s.context.extensions[`${learner.homePage}/xapi/extensions/scenario`]).toEqual({
      id: scenario.id,
      version: scenario.version,
      contentHash: source.attempt.contentHash,
    });
  });
});

describe('the validator used above', () => {
  it('does reject a broken statement, so the checks above can fail', () => {
    const [statement] = stepStatements(sourceFor(BUNDLED_SCENARIOS[0]!), {
      first: true,
      decision: {
        turn: 1,
        node: BUNDLED_SCENARIOS[0]!.start,
        choice: 'x',
        grade: 0,
        earned: {} as never,
        expert: {} as never,
      },
      at: 0,
      ending: null,
    });
    expect(
      problems({ ...statement!, context: { ...statement!.context, registration: 'not-a-uuid' } }),
    ).not.toEqual([]);
  });
});

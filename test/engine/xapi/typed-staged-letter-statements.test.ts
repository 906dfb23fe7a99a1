import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { expertPath } from '../../../src/engine/attempt-log';
import { replayChoices } from '../../../src/engine/replay';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { scoreAttempt } from '../../../src/engine/scoring/score-attempt';
import { callReport } from '../../../src/engine/xapi/call-report';
import {
  stepStatements,
  type DecisionFacts,
  type StatementSource,
  type XapiStatement,
} from '../../../src/engine/xapi/statements';
import { bundledScenario } from '../../../src/scenarios/bundled';

const HOME = 'https://hr.example.com';
const ext = (name: string) => `${HOME}/xapi/extensions/${name}`;

function sourceFor(scenario: Scenario, replyMode?: 'type'): StatementSource {
  let n = 0;
  return {
    scenario,
    learner: { name: '演示学员', employeeId: 'DEMO-001', homePage: HOME },
    attempt: {
      attemptId: '8d0f1c2e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      startedAt: Date.UTC(2026, 0, 5, 9),
      practice: false,
      contentHash: 'ab'.repeat(32),
      ...(replyMode ? { replyMode } : {}),
    },
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

/** Every statement of a whole call played along `choices`, typed turns as given. */
function callStatements(
  scenario: Scenario,
  choices: readonly string[],
  options: { replyMode?: 'type'; typed?: (i: number) => DecisionFacts['typed'] } = {},
): XapiStatement[] {
  const source = sourceFor(scenario, options.replyMode);
  const { turns, outcome, endingId } = played(scenario, choices);
  return turns.flatMap((turn, i) => {
    const typed = options.typed?.(i);
    return stepStatements(source, {
      first: i === 0,
      decision: {
        ...turn,
        turn: i + 1,
        grade: turn.grade.grade,
        earned: turn.grade.earned,
        expert: turn.grade.expert,
        ...(typed ? { typed } : {}),
      },
      at: source.attempt.startedAt + 60_000 * (i + 1),
      ending:
        i === turns.length - 1
          ? {
              endingId,
              outcome,
              score: scoreAttempt(
                turns.map((t) => t.grade),
                outcome,
              ),
              finishedAt: source.attempt.startedAt + 60_000 * (i + 2),
              report: callReport(scenario, turns),
            }
          : null,
    });
  });
}

function played(scenario: Scenario, choices: readonly string[]) {
  const { turns } = replayChoices(scenario, choices);
  const ending = scenario.nodes.find((n) => n.id === turns.at(-1)!.next);
  if (ending?.kind !== 'ending') throw new Error('the path does not end the call');
  return { turns, outcome: ending.outcome, endingId: ending.id };
}

const verb = (s: XapiStatement) => s.verb.id.split('/').pop();
const resultExtension = (s: XapiStatement, name: string) =>
  (s.result?.extensions as Record<string, unknown> | undefined)?.[ext(name)];
const problems = (s: XapiStatement) =>
  validateStatement(s).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);
const expertChoices = (scenario: Scenario) => expertPath(scenario).steps.map((s) => s.choice);

describe('a typed turn in the statements', () => {
  const scenario = bundledScenario('manager-demand');
  const choices = expertChoices(scenario);
  const words = '真对不起，让您久等了，我马上帮您查清楚。';
  const statements = callStatements(scenario, choices, {
    replyMode: 'type',
    typed: (i) =>
      i === 0
        ? {
            text: words,
            lang: 'zh-CN',
            behaviours: ['apologize', 'acknowledge-emotion'],
            listsVersion: 'detect-2026.12-6',
            matchedChoiceId: choices[0]!,
            matchChosenBy: 'trainee',
          }
        : undefined,
  });
  const typedTurn = statements.find((s) => verb(s) === 'answered')!;

  it('carries the trainee’s words as the response of a long-fill-in, not the matched reply’s id', () => {
    expect(typedTurn.result!.response).toBe(words);
    expect(typedTurn.object.definition.interactionType).toBe('long-fill-in');
    expect(typedTurn.object.definition.choices).toBeUndefined();
    expect(typedTurn.context.language).toBe('zh-CN');
  });

  it('names the behaviours heard, the reply matched and who picked it, and the lists’ version', () => {
    expect(typedTurn.result!.extensions).toMatchObject({
      [ext('behaviours')]: ['acknowledge-emotion', 'apologize'],
      [ext('matched-reply')]: { id: choices[0], chosenBy: 'trainee' },
      [ext('expert-reply')]: choices[0],
    });
    expect(typedTurn.context.extensions[ext('phrase-lists')]).toBe('detect-2026.12-6');
  });

  it('marks every statement of the call as said in own words; a chosen turn stays a choice', () => {
    expect(statements.every((s) => s.context.extensions[ext('reply-mode')] === 'type')).toBe(true);
    const chosen = statements.filter((s) => verb(s) === 'answered')[1]!;
    expect(chosen.object.definition.interactionType).toBe('choice');
    expect(chosen.result!.response).toBe(choices[1]);
    expect(resultExtension(chosen, 'behaviours')).toBeUndefined();
  });

  it('validates, and a chosen call says nothing of a reply mode', () => {
    for (const s of statements) expect(problems(s), verb(s)).toEqual([]);
    const chosenCall = callStatements(scenario, choices);
    expect(chosenCall.some((s) => ext('reply-mode') in s.context.extensions)).toBe(false);
  });
});

describe('a call that spans several contacts', () => {
  const scenario = bundledScenario('dismissed-at-the-counter');
  const statements = callStatements(scenario, expertChoices(scenario));

  it('is one attempt: one attempted, one completed and one verdict, under one registration', () => {
    expect(statements.filter((s) => verb(s) === 'attempted')).toHaveLength(1);
    expect(statements.filter((s) => verb(s) === 'completed')).toHaveLength(1);
    expect(statements.filter((s) => ['passed', 'failed'].includes(verb(s)!))).toHaveLength(1);
    expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
  });

  it('names each reply’s stage, in the order the stages come', () => {
    const stages = statements
      .filter((s) => verb(s) === 'answered')
      .map((s) => s.context.extensions[ext('stage')] as { id: string; index: number; of: number });
    expect(stages.every((s) => s.of === 3)).toBe(true);
    expect([...new Set(stages.map((s) => s.id))]).toEqual(['counter', 'callback', 'public-post']);
    expect(stages.map((s) => s.index)).toEqual([...stages.map((s) => s.index)].sort());
  });

  it('closes with the promises kept or broken and each stage, on completed and the verdict', () => {
    const kept = statements.filter((s) => ['completed', 'passed', 'failed'].includes(verb(s)!));
    for (const s of kept) {
      expect(resultExtension(s, 'promises')).toEqual([
        expect.objectContaining({ fact: 'callback-thursday', stage: 'callback', status: 'kept' }),
      ]);
      expect((resultExtension(s, 'stages') as Array<{ id: string }>).map((x) => x.id)).toEqual([
        'counter',
        'callback',
        'public-post',
      ]);
    }
    const broken = callStatements(scenario, [
      'own-the-brush-off',
      'promise-only',
      ...followOn(scenario, ['own-the-brush-off', 'promise-only']),
    ]).find((s) => verb(s) === 'completed')!;
    expect(
      (resultExtension(broken, 'promises') as Array<{ status: string }>).map((p) => p.status),
    ).toEqual(['broken']);
  });

  it('validates', () => {
    for (const s of statements) expect(problems(s), verb(s)).toEqual([]);
  });
});

/** The expert's replies from where `choices` leave the call, to its end. */
function followOn(scenario: Scenario, choices: readonly string[]): string[] {
  const rest: string[] = [];
  for (;;) {
    const { turns } = replayChoices(scenario, [...choices, ...rest]);
    const node = scenario.nodes.find((n) => n.id === turns.at(-1)!.next)!;
    if (node.kind !== 'decision') return rest;
    rest.push((node.choices.find((c) => c.recommended) ?? node.choices[0]!).id);
  }
}

describe('a written reply', () => {
  const scenario = bundledScenario('hospital-written-reply');
  const choices = expertChoices(scenario);
  const statements = callStatements(scenario, choices);
  const answered = statements.filter((s) => verb(s) === 'answered');

  it('says it is a letter on every statement and on its activity, never a call', () => {
    expect(
      statements.every((s) => s.context.extensions[ext('case-kind')] === 'written-reply'),
    ).toBe(true);
    const activity = statements[0]!.object.definition.description as Record<string, string>;
    expect(activity['zh-CN']).toContain('回信');
    expect(activity.en).toContain('letter');
    // What the report itself says (the case's own words may mention a nurse's call).
    for (const s of statements) {
      const said = JSON.stringify(s.object.definition.description).toLowerCase();
      expect(said).not.toMatch(/\bcall\b|电话|通话/);
    }
  });

  it('describes each slot as a paragraph of the letter, numbered, the last one sending it', () => {
    answered.forEach((s, i) => {
      const description = s.object.definition.description as Record<string, string>;
      expect(description['zh-CN']).toContain(`第 ${i + 1} 段`);
      expect(description.en).toContain(`Paragraph ${i + 1}`);
      expect(s.context.extensions[ext('paragraph')]).toBe(i + 1);
    });
    expect(answered.map((s) => resultExtension(s, 'sends-letter') === true)).toEqual(
      choices.map((_, i) => i === choices.length - 1),
    );
  });

  it('closes with the letter as sent', () => {
    const completed = statements.find((s) => verb(s) === 'completed')!;
    const letter = resultExtension(completed, 'letter') as Array<{ reply: string }>;
    expect(letter.map((p) => p.reply)).toEqual(choices);
    for (const s of statements) expect(problems(s), verb(s)).toEqual([]);
  });

  it('is told apart from a call, which says so', () => {
    const call = callStatements(
      bundledScenario('manager-demand'),
      expertChoices(bundledScenario('manager-demand')),
    );
    expect(call.every((s) => s.context.extensions[ext('case-kind')] === 'call')).toBe(true);
    expect(call.some((s) => ext('paragraph') in s.context.extensions)).toBe(false);
  });
});

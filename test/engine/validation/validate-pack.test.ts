import { describe, expect, it } from 'vitest';
import { validatePackText, validatePackValue } from '../../../src/engine/validation/validate-pack';
import { cloneScenario, fakeScenario } from '../../fakes';
import { oneDecisionCase } from '../../support/one-decision-case';
import type { Problem } from '../../../src/engine/validation/problem';

const pack = (scenarios: unknown[]) => ({
  format: 'complaint-desk-pack',
  formatVersion: 1,
  scenarios,
  media: {},
});

/** Where and what, in the English the CLI prints. */
const located = (problems: readonly Problem[]) =>
  problems.map(({ path, message }) => ({ path, message }));

/** Structure only: the small fixture is not meant to meet the teaching thresholds. */
function problemsOf(value: unknown) {
  const result = validatePackValue(value);
  return result.ok ? [] : located(result.problems);
}

function textProblems(text: string) {
  const result = validatePackText(text);
  return result.ok ? [] : located(result.problems);
}

describe('pack validation', () => {
  it('accepts a well-formed pack', () => {
    expect(validatePackValue(pack([fakeScenario()])).ok).toBe(true);
  });

  it('says a file that is not a case pack is not one, once, with what to choose instead', () => {
    const result = validatePackValue({ hello: 'world' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['$.format']);
    expect(!result.ok && result.problems[0]!.text!['zh-CN']).toContain('这不是案例包');
    expect(!result.ok && result.problems[0]!.todo!.en).toContain('exported from this app');
  });

  it('says a pack from a newer version of the app needs the app updated, not the file edited', () => {
    const result = validatePackValue({ ...pack([fakeScenario()]), formatVersion: 3 });
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['$.formatVersion']);
    expect(!result.ok && result.problems[0]!.text!.en).toContain(
      'made by a newer version of the app',
    );
    expect(!result.ok && result.problems[0]!.todo!['zh-CN']).toContain('先更新这台机器上的应用');
  });

  it('locates a reply that points at a missing node', () => {
    const s = cloneScenario(fakeScenario());
    const facts = s.nodes[1]!;
    if (facts.kind !== 'decision') throw new Error('fixture changed');
    facts.choices[1]!.next = 'nowhere';
    expect(problemsOf(pack([s]))).toEqual([
      { path: '$.scenarios[0].nodes[1].choices[1].next', message: 'no node has the id "nowhere"' },
    ]);
  });

  it('locates a missing translation', () => {
    const s = cloneScenario(fakeScenario()) as unknown as {
      nodes: Array<{ lines: Array<{ text: Record<string, string> }> }>;
    };
    delete s.nodes[2]!.lines[0]!.text.en;
    const problems = problemsOf(pack([s]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$.scenarios[0].nodes[2].lines[0].text.en');
  });

  it('locates a channel outside the closed list', () => {
    const problems = problemsOf(pack([{ ...fakeScenario(), channel: 'fax' }]));
    expect(problems.map((p) => p.path)).toEqual(['$.scenarios[0].channel']);
  });

  it('locates a behaviour outside the vocabulary', () => {
    const s = cloneScenario(fakeScenario()) as unknown as {
      nodes: Array<{ choices: Array<{ behaviours: string[] }> }>;
    };
    s.nodes[0]!.choices[2]!.behaviours = ['shout'];
    expect(problemsOf(pack([s])).map((p) => p.path)).toEqual([
      '$.scenarios[0].nodes[0].choices[2].behaviours[0]',
    ]);
  });

  it('requires exactly one recommended reply per decision', () => {
    const s = cloneScenario(fakeScenario());
    const fix = s.nodes[2]!;
    if (fix.kind !== 'decision') throw new Error('fixture changed');
    fix.choices[1]!.recommended = true;
    expect(problemsOf(pack([s]))).toEqual([
      {
        path: '$.scenarios[0].nodes[2].choices',
        message: 'exactly one reply must be recommended (found 2)',
      },
    ]);
  });

  it('rejects duplicate reply ids across the scenario', () => {
    const s = cloneScenario(fakeScenario());
    const fix = s.nodes[2]!;
    if (fix.kind !== 'decision') throw new Error('fixture changed');
    fix.choices[1]!.id = 'calm';
    const problems = problemsOf(pack([s]));
    expect(problems[0]).toEqual({
      path: '$.scenarios[0].nodes[2].choices[1].id',
      message: 'duplicate reply id "calm" (first at .nodes[0].choices[0])',
    });
  });

  it('rejects a cycle, because every call must end', () => {
    const s = cloneScenario(fakeScenario());
    const fix = s.nodes[2]!;
    if (fix.kind !== 'decision') throw new Error('fixture changed');
    fix.choices[1]!.next = 'opening';
    const problems = problemsOf(pack([s]));
    expect(
      problems.some((p) => p.message.startsWith('cycle: opening → facts → fix-it → opening')),
    ).toBe(true);
  });

  it('reports a node nothing leads to', () => {
    const s = cloneScenario(fakeScenario());
    const opening = s.nodes[0]!;
    if (opening.kind !== 'decision') throw new Error('fixture changed');
    opening.choices[1]!.next = 'facts';
    expect(problemsOf(pack([s]))).toEqual([
      { path: '$.scenarios[0].nodes[3]', message: 'node "flare-up" is unreachable from the start' },
    ]);
  });

  it('reports a node that the mood never lets anyone reach', () => {
    const s = cloneScenario(fakeScenario());
    s.persona.startingMood = { anger: 10, trust: 50 };
    const problems = problemsOf(pack([s]));
    expect(problems).toContainEqual({
      path: '$.scenarios[0].nodes[3]',
      message: 'node "flare-up" is never reached by any sequence of replies',
    });
  });

  it('requires a promised callback to be kept by some later reply', () => {
    const s = cloneScenario(fakeScenario());
    const fix = s.nodes[2]!;
    if (fix.kind !== 'decision') throw new Error('fixture changed');
    fix.choices[1]!.behaviours = ['callback-promise'];
    expect(problemsOf(pack([s]))).toEqual([
      {
        path: '$.scenarios[0].nodes[2].choices[1].behaviours',
        message: 'a callback is promised here, but no later reply follows up to keep it',
      },
    ]);
    // The fix names the tags that keep a promise, as the editor shows them.
    const result = validatePackValue(pack([s]));
    expect(!result.ok && result.problems[0]!.todo!['zh-CN']).toContain('“跟进回访”或“通报进展”');
  });

  it('allows at most one key cue', () => {
    const s = cloneScenario(fakeScenario());
    s.nodes[0]!.lines[0]!.keyCue = true;
    expect(problemsOf(pack([s]))).toEqual([
      {
        path: '$.scenarios[0].nodes[1].lines[0].keyCue',
        message: 'only one line per scenario may be the key cue',
      },
    ]);
  });

  it('accepts a bare scenario and reports its paths from $', () => {
    expect(validatePackValue(fakeScenario()).ok).toBe(true);
    expect(problemsOf({ ...fakeScenario(), difficulty: 9 }).map((p) => p.path)).toEqual([
      '$.difficulty',
    ]);
  });

  it('gives the teaching checks as advice, each with why it matters, and passes the case', () => {
    const result = validatePackValue(pack([fakeScenario()]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.advice.map((a) => [a.check, a.message])).toEqual([
      ['size', 'the recommended path has 3 decision points; a case teaches best with at least 6'],
      ['branchUsed', 'no call ever takes opening:explain-early->facts'],
    ]);
    for (const advice of result.advice) {
      expect(advice.why.en.length).toBeGreaterThan(20);
      expect(advice.why['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('holds a case to the teaching checks as problems when asked (the bundled library’s gate)', () => {
    const result = validatePackValue(pack([fakeScenario()]), { teaching: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      'the recommended path has 3 decision points; a case teaches best with at least 6',
      'no call ever takes opening:explain-early->facts',
    ]);
  });

  it('advises, not refuses, when the recommended path is not the best one', () => {
    const s = cloneScenario(fakeScenario());
    const fix = s.nodes[2]!;
    if (fix.kind !== 'decision') throw new Error('fixture changed');
    fix.choices[0]!.recommended = undefined;
    fix.choices[1]!.recommended = true;
    const result = validatePackValue(pack([s]));
    expect(result.ok).toBe(true);
    expect(result.ok && result.advice.map((a) => a.check)).toContain('expertBest');
  });

  it('passes a case with one decision point and no key cue, with advice', () => {
    const result = validatePackValue(oneDecisionCase());
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.advice.map((a) => a.check)).toEqual(
      expect.arrayContaining(['size', 'keyCue', 'moodBranch', 'endings']),
    );
  });

  it('advises above 120 / 300 characters a reply and refuses only above 200 / 400', () => {
    const withReply = (zh: number, en: number) => {
      const s = oneDecisionCase();
      const reply = s.nodes[0]!.kind === 'decision' ? s.nodes[0]!.choices[1]! : null;
      reply!.text = { 'zh-CN': '好'.repeat(zh), en: 'a'.repeat(en) };
      return validatePackValue(s);
    };
    const lengthAdvice = (r: ReturnType<typeof withReply>) =>
      (r.advice ?? []).filter((a) => a.check === 'text-length').map((a) => a.path);
    expect(withReply(120, 300)).toMatchObject({ ok: true });
    expect(lengthAdvice(withReply(120, 300))).toEqual([]);
    expect(lengthAdvice(withReply(121, 10))).toEqual(['$.nodes[0].choices[1].text']);
    expect(lengthAdvice(withReply(10, 301))).toEqual(['$.nodes[0].choices[1].text']);
    expect(withReply(200, 400)).toMatchObject({ ok: true });
    for (const [zh, en] of [
      [201, 10],
      [10, 401],
    ] as const) {
      const refused = withReply(zh, en);
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.problems.map((p) => p.path)).toEqual([
        '$.nodes[0].choices[1].text',
      ]);
      expect(lengthAdvice(refused)).toEqual([]);
    }
  });

  it.each([
    ['', 'the file is empty'],
    ['[]', 'expected a JSON object (a scenario pack)'],
    ['42', 'expected a JSON object (a scenario pack)'],
  ])('rejects %j at the root', (text, message) => {
    expect(validatePackText(text).ok).toBe(false);
    expect(textProblems(text)).toEqual([{ path: '$', message }]);
  });

  it('rejects keys that could pollute prototypes, wherever they are', () => {
    const text = JSON.stringify(pack([fakeScenario()])).replace(
      '"media":{}',
      '"media":{"a":[{"__proto__":{"x":1}}]}',
    );
    expect(textProblems(text)).toEqual([
      { path: '$.media.a[0]["__proto__"]', message: 'key not allowed (prototype pollution)' },
    ]);
  });

  it('words every problem in Chinese as well, for the app, keeping English for the CLI', () => {
    const s = fakeScenario();
    s.start = 'nowhere';
    const structural = validatePackValue(pack([s]));
    const schema = validatePackValue(pack([{ ...fakeScenario(), channel: 'fax' }]));
    const problems = [structural, schema].flatMap((r) => (r.ok ? [] : r.problems));
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const problem of problems) {
      expect(problem.message).toMatch(/^[\x20-\x7e“”‘’]+$/);
      expect(problem.text?.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(problem.text?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    // A schema failure is worded plainly for the screen; the CLI keeps the schema's own words.
    const channel = problems.at(-1)!;
    expect(channel.text?.en).toMatch(/^must be one of: /);
    expect(channel.text?.['zh-CN']).toMatch(/^只能是：/);
    expect(problems[0]!.text?.['zh-CN']).toBe('没有 id 为“nowhere”的节点');
  });

  it('rejects 20,000-deep nesting with a message, not a crash', () => {
    const deep = `{"format":"complaint-desk-pack","formatVersion":1,"media":{},"scenarios":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    const result = validatePackText(deep);
    expect(result.ok).toBe(false);
  });

  it('gives line and column for JSON that does not parse', () => {
    const result = validatePackText('{\n  "format": "complaint-desk-pack",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe('$');
    expect(result.problems[0]!.message).toMatch(/^invalid JSON at 3:3/);
  });
});

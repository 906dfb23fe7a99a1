import { describe, expect, it } from 'vitest';
import { measureAgreement } from '../../../src/engine/calibration/agreement';
import type { GradeFile } from '../../../src/engine/calibration/grade-file';
import { replayChoices } from '../../../src/engine/replay';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { DIMENSION_IDS } from '../../../src/engine/scoring/dimensions';
import { cloneScenario, fakeChoice, fakeScenario } from '../../fakes';

/**
 * The harness's counting, on the fake call. The expert's bands are set relative to what the
 * engine grades (on a scale of one band per point), so the figures below are counted by hand and
 * hold whatever the scoring model: only the ordering of plainly better and worse calls is assumed
 * (the recommended call above a premature close above blaming the customer).
 */

/** The fake call plus "calm-twin", a reply identical to "calm": any scoring model ties the two. */
function fakeWithTwin(id = 'fake-call'): Scenario {
  const scenario = cloneScenario(fakeScenario({ id }));
  const opening = scenario.nodes.find((n) => n.id === 'opening');
  if (opening?.kind !== 'decision') throw new Error('the fake call starts at a decision point');
  const calm = opening.choices.find((c) => c.id === 'calm')!;
  opening.choices.push(fakeChoice({ ...calm, id: 'calm-twin', recommended: false }));
  return scenario;
}

const fake = fakeWithTwin();
const cases = new Map([fake, fakeWithTwin('fake-two')].map((s) => [s.id, s]));
const findCase = (id: string) => cases.get(id);

/** One band per point, p0 … p100: a grade's band is `p<grade>`, its neighbours one point away. */
const SCALE = Object.fromEntries(
  Array.from({ length: 101 }, (_, n) => [`p${n}`, [n, n] as [number, number]]),
);
/** The band `apart` bands from a score's own (towards the middle of the scale). */
const band = (score: number, apart = 0) => `p${score <= 50 ? score + apart : score - apart}`;

const turn = (choices: string[]) => replayChoices(fake, choices).turns.at(-1)!.grade;
const call = (choices: string[]) => replayChoices(fake, choices);
const nudge = (score: number) => (score <= 50 ? score + 12 : score - 12);

const file = (overrides: Partial<GradeFile>): GradeFile => ({
  case: 'fake-call',
  caseVersion: 1,
  scale: SCALE,
  replies: [],
  transcripts: [],
  pairs: [],
  ...overrides,
});

const transcript = (
  id: string,
  choices: string[],
  score: number,
  band: string,
  outcome: GradeFile['transcripts'][number]['outcome'],
  dimensions: GradeFile['transcripts'][number]['dimensions'] = {},
) => ({ id, choices, score, band, outcome, dimensions });

describe('agreement with expert grades: replies', () => {
  const report = measureAgreement(
    [
      {
        file: 'replies.json',
        grades: file({
          replies: [
            {
              node: 'opening',
              prefix: [],
              grades: {
                calm: { band: band(turn(['calm']).grade) },
                argue: { band: band(turn(['argue']).grade, 1) },
                'explain-early': { band: band(turn(['explain-early']).grade, 2) },
              },
            },
            {
              node: 'facts',
              prefix: ['calm'],
              grades: { ask: { band: band(turn(['calm', 'ask']).grade) }, fix: { band: 'p50' } },
            },
            { node: 'nowhere', prefix: [], grades: { calm: { band: 'p50' } } },
            { node: 'facts', prefix: [], grades: { ask: { band: 'p50' } } },
          ],
        }),
      },
    ],
    findCase,
  );

  it('counts a reply in band, one band off, or further; an unplayable one misses both', () => {
    expect(report.figures).toMatchObject({
      repliesInBand: 2,
      repliesWithinOneBand: 3,
      repliesTotal: 7,
    });
  });

  it('lists the replies it cannot play, where and why', () => {
    expect(report.unplayable).toEqual([
      {
        case: 'fake-call',
        kind: 'reply',
        id: 'facts/fix',
        atChoice: 'fix',
        reason: expect.stringContaining('reply "fix" is not available at node "facts"'),
      },
      {
        case: 'fake-call',
        kind: 'reply',
        id: 'nowhere/calm',
        atChoice: 'calm',
        reason: 'the case has no decision point "nowhere"',
      },
      {
        case: 'fake-call',
        kind: 'reply',
        id: 'facts/ask',
        atChoice: 'ask',
        reason: 'after the prefix the call is at "opening", not at "facts"',
      },
    ]);
  });

  it('lists every reply out of band with its grade and the rules that fired on it', () => {
    const argue = turn(['argue']);
    expect(report.disagreements).toEqual([
      {
        case: 'fake-call',
        kind: 'reply',
        id: 'opening/argue',
        node: 'opening',
        prefix: [],
        choice: 'argue',
        expertBand: band(argue.grade, 1),
        engineScore: argue.grade,
        engineBand: band(argue.grade),
        rules: argue.rules,
      },
      expect.objectContaining({ id: 'opening/explain-early', choice: 'explain-early' }),
    ]);
  });
});

describe('agreement with expert grades: whole calls', () => {
  const best = ['calm', 'ask', 'fix'];
  const grudging = ['calm', 'ask', 'close-early'];
  const blaming = ['explain-early', 'blame'];
  const unfinished = ['calm', 'ask'];
  const bestCall = call(best);
  const report = measureAgreement(
    [
      {
        file: 'calls.json',
        grades: file({
          transcripts: [
            transcript(
              'T1',
              best,
              95,
              band(bestCall.score.total),
              'resolved-satisfied',
              // The expert is 12 points off the engine on every dimension.
              Object.fromEntries(
                DIMENSION_IDS.map((d) => [d, nudge(bestCall.score.dimensions[d]!)]),
              ),
            ),
            transcript(
              'T2',
              grudging,
              70,
              band(call(grudging).score.total, 3),
              'resolved-grudging',
            ),
            transcript('T3', blaming, 10, band(call(blaming).score.total), 'customer-hung-up'),
            transcript('T4', unfinished, 40, 'p40', 'resolved-grudging', {
              listen: 50,
              apologize: 50,
            }),
          ],
        }),
      },
    ],
    findCase,
  );

  it('counts totals in band and matching outcomes; a call that does not end misses both', () => {
    expect(call(blaming).outcome).toBe('escalated');
    expect(report.figures).toMatchObject({
      totalsInBand: 2,
      outcomesMatched: 2,
      transcriptsTotal: 4,
    });
    expect(report.unplayable).toEqual([
      {
        case: 'fake-call',
        kind: 'transcript',
        id: 'T4',
        atChoice: null,
        reason: 'the call has not ended after its 2 replies (it is at "fix-it")',
      },
    ]);
  });

  it('orders pairs of calls within the case; pairs with the unplayed call are misses', () => {
    // T1 > T2 > T3 as the expert has it: 3 pairs ordered, 3 with T4 missed; tau (3 − 3) / 6.
    expect(report.figures).toMatchObject({
      transcriptPairsOrdered: 3,
      transcriptPairsTotal: 6,
      kendallTauB: 0,
    });
  });

  it('measures dimension error where both scored, and counts an unplayed call against coverage', () => {
    expect(report.figures.dimensionMeanAbsError).toBe(12);
    // T1: the engine scores all 7 of the expert's dimensions; T4 was not played: 0 of 2.
    expect(report.figures.dimensionCoverage).toBe(0.778);
  });

  it('counts a dimension the engine leaves null against coverage, and not in the error', () => {
    // A call that ends before any reply is the one call the engine scores on no dimension.
    const unanswered = fakeScenario({ id: 'fake-unanswered', start: 'end-good' });
    expect(replayChoices(unanswered, []).score.dimensions.listen).toBeNull();
    const nulls = measureAgreement(
      [
        {
          file: 'nulls.json',
          grades: file({
            case: 'fake-unanswered',
            transcripts: [
              transcript('T1', [], 50, 'p0', 'resolved-satisfied', { listen: 50, apologize: 60 }),
            ],
          }),
        },
        {
          file: 'calls.json',
          grades: file({
            transcripts: [
              transcript('T1', best, 95, 'p100', 'resolved-satisfied', {
                listen: nudge(bestCall.score.dimensions.listen!),
              }),
            ],
          }),
        },
      ],
      (id) => (id === unanswered.id ? unanswered : findCase(id)),
    );
    expect(nulls.unplayable).toEqual([]);
    expect(nulls.perCase['fake-unanswered']).toMatchObject({
      dimensionCoverage: 0,
      dimensionMeanAbsError: null,
    });
    // Overall: 1 of the expert's 3 dimensions scored by both, 12 points off.
    expect(nulls.figures).toMatchObject({ dimensionCoverage: 0.333, dimensionMeanAbsError: 12 });
  });

  it('lists a total out of band with the ending reached and the rules that fired', () => {
    const played = call(grudging);
    expect(report.disagreements).toEqual([
      {
        case: 'fake-call',
        kind: 'transcript',
        id: 'T2',
        node: 'end-grudging',
        prefix: grudging,
        choice: null,
        expertBand: band(played.score.total, 3),
        engineScore: played.score.total,
        engineBand: band(played.score.total),
        rules: [...new Set(played.turns.flatMap((t) => t.grade.rules))],
      },
    ]);
  });

  it('names a call the expert scores higher that reaches a worse ending', () => {
    const inverted = measureAgreement(
      [
        {
          file: 'inverted.json',
          grades: file({
            transcripts: [
              transcript('Ta', grudging, 80, 'p80', 'resolved-grudging'),
              transcript(
                'Tb',
                ['explain-early', 'recover', 'ask', 'fix'],
                60,
                'p60',
                'resolved-satisfied',
              ),
            ],
          }),
        },
      ],
      findCase,
    );
    expect(inverted.outcomeInversions).toEqual([{ case: 'fake-call', higher: 'Ta', lower: 'Tb' }]);
    expect(report.outcomeInversions).toEqual([]);
  });

  it('does not rank the ways a customer is lost: a public post above an escalation is no inversion', () => {
    const lostCase = cloneScenario(fake);
    lostCase.id = 'fake-lost';
    const escalated = lostCase.nodes.find((n) => n.id === 'end-escalated')!;
    if (escalated.kind !== 'ending') throw new Error('the fake call ends at end-escalated');
    lostCase.nodes.push({ ...escalated, id: 'end-public', outcome: 'public-complaint' });
    for (const node of lostCase.nodes)
      if (node.kind === 'decision')
        for (const choice of node.choices) if (choice.id === 'blame') choice.next = 'end-public';
    const publicPost = ['explain-early', 'blame'];
    expect(replayChoices(lostCase, publicPost).outcome).toBe('public-complaint');
    expect(replayChoices(lostCase, ['argue']).outcome).toBe('escalated');
    const lost = measureAgreement(
      [
        {
          file: 'lost.json',
          grades: file({
            case: 'fake-lost',
            transcripts: [
              transcript('Ta', publicPost, 30, 'p30', 'public-complaint'),
              transcript('Tb', ['argue'], 10, 'p10', 'escalated'),
            ],
          }),
        },
      ],
      (id) => (id === 'fake-lost' ? lostCase : undefined),
    );
    expect(lost.outcomeInversions).toEqual([]);
  });
});

describe('agreement with expert grades: pairs of replies', () => {
  const report = measureAgreement(
    [
      {
        file: 'pairs.json',
        grades: file({
          pairs: [
            { id: 'P1', prefix: [], better: 'calm', worse: 'argue' },
            { id: 'P2', prefix: [], better: 'calm-twin', worse: 'calm' },
            { id: 'P3', prefix: ['calm'], better: 'fix', worse: 'ask' },
          ],
        }),
      },
    ],
    findCase,
  );

  it('agrees only when the better reply grades strictly higher; a tie and an unplayable pair miss', () => {
    expect(report.figures).toMatchObject({ pairsAgreed: 1, pairsTotal: 3 });
    expect(report.unplayable).toEqual([
      expect.objectContaining({ kind: 'pair', id: 'P3', atChoice: 'fix' }),
    ]);
  });

  it('lists a tie with both grades, bands and rules', () => {
    const calm = turn(['calm']);
    expect(report.disagreements).toEqual([
      {
        case: 'fake-call',
        kind: 'pair',
        id: 'P2',
        node: 'opening',
        prefix: [],
        choice: { better: 'calm-twin', worse: 'calm' },
        expertBand: null,
        engineScore: { better: calm.grade, worse: calm.grade },
        engineBand: { better: band(calm.grade), worse: band(calm.grade) },
        rules: { better: calm.rules, worse: calm.rules },
      },
    ]);
  });
});

describe('agreement with expert grades: files and cases', () => {
  const calls = [
    transcript('T1', ['calm', 'ask', 'fix'], 95, 'p95', 'resolved-satisfied'),
    transcript('T2', ['explain-early', 'blame'], 10, 'p10', 'escalated'),
  ];
  const reversed = calls.map((t) => ({ ...t, score: 100 - t.score }));
  const report = measureAgreement(
    [
      { file: 'one.json', grades: file({ transcripts: calls }) },
      // A second expert on the same case, with the order reversed.
      { file: 'one-again.json', grades: file({ transcripts: reversed }) },
      // The same calls with the expert's order reversed, on a second case with the same content.
      {
        file: 'two.json',
        grades: file({
          case: 'fake-two',
          caseVersion: 3,
          transcripts: reversed,
        }),
      },
      {
        file: 'elsewhere.json',
        grades: file({
          case: 'no-such-case',
          replies: [{ node: 'opening', prefix: [], grades: { calm: { band: 'p90' } } }],
          transcripts: [calls[0]!],
          pairs: [{ id: 'P1', prefix: [], better: 'calm', worse: 'argue' }],
        }),
      },
    ],
    findCase,
  );

  it('adds files up per case, and averages tau over the files of a case, then over cases', () => {
    expect(Object.keys(report.perCase)).toEqual(['fake-call', 'fake-two', 'no-such-case']);
    expect(report.perCase['fake-call']).toMatchObject({
      kendallTauB: 0,
      transcriptPairsOrdered: 1,
      transcriptPairsTotal: 2,
    });
    expect(report.perCase['fake-two']!.kendallTauB).toBe(-1);
    expect(report.perCase['no-such-case']!.kendallTauB).toBeNull();
    // (0 + −1) / 2 over the cases, not (1 − 1 − 1) / 3 over the files.
    expect(report.figures.kendallTauB).toBe(-0.5);
    expect(report.figures).toMatchObject({ transcriptPairsOrdered: 1, transcriptPairsTotal: 3 });
  });

  it('counts every item of a case it does not know as unplayable', () => {
    expect(report.perCase['no-such-case']).toMatchObject({
      repliesInBand: 0,
      repliesTotal: 1,
      transcriptsTotal: 1,
      totalsInBand: 0,
      pairsTotal: 1,
      pairsAgreed: 0,
    });
    const unknown = { case: 'no-such-case', atChoice: null, reason: 'unknown case "no-such-case"' };
    expect(report.unplayable).toEqual([
      { ...unknown, kind: 'reply', id: 'opening/calm' },
      { ...unknown, kind: 'transcript', id: 'T1' },
      { ...unknown, kind: 'pair', id: 'P1' },
    ]);
  });

  it('warns when a file graded another version of the case', () => {
    expect(report.versionWarnings).toEqual([
      'two.json: case "fake-two" was graded at version 3 and plays at version 1',
    ]);
  });
});

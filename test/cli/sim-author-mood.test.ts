import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The author-mood pack (see test/engine/author-mood-pack.test.ts) through the command line. */
const PACK = 'test/fixtures/author-mood-pack.json';

function sim(...args: string[]) {
  const run = spawnSync('node', ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Each test starts Node with tsx: seconds on a busy two-core machine. */
const CLI_TIMEOUT_MS = 30_000;

describe("sim on a case with the author's own mood model", { timeout: CLI_TIMEOUT_MS }, () => {
  it('`sim paths` plays all twenty paths and reaches every ending', () => {
    const { code, out } = sim('paths', PACK, '--json');
    expect(code).toBe(0);
    const analysis = JSON.parse(out) as { pathCount: number; endings: Record<string, boolean> };
    expect(analysis.pathCount).toBe(20);
    expect(analysis.endings).toEqual({
      satisfied: true,
      grudging: true,
      escalated: true,
      'public-post': true,
    });
  });

  it('`sim play` follows the branch on the mood after the reply and adds no reaction', () => {
    // 60 + 10 = 70 ≥ 70 after the policy reply: the manager; 50/30 at the offer, then 40/45: 45 < 50.
    const { code, out } = sim(
      'play',
      PACK,
      '--choices',
      'open-policy,manager-own,offer-bounded',
      '--json',
    );
    expect(code).toBe(0);
    const played = JSON.parse(out) as {
      outcome: string;
      turns: Array<{ node: string; mood: { anger: number; trust: number }; reactions: string[] }>;
    };
    expect(played.turns.map((t) => [t.node, t.mood.anger, t.mood.trust, t.reactions])).toEqual([
      ['opening', 70, 20, []],
      ['demand-manager', 50, 30, []],
      ['offer', 40, 45, []],
    ]);
    expect(played.outcome).toBe('resolved-grudging');
  });
});

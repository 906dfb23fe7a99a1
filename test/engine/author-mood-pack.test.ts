import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkPaths } from '../../src/engine/analyse-paths';
import { playReply, startTestPlay } from '../../src/engine/authoring/test-play';
import { follow, groupPosition, openDecision } from '../../src/engine/group-session';
import { replayChoices } from '../../src/engine/replay';
import type { Mood, Scenario } from '../../src/engine/scenario-schema';
import { validatePackText } from '../../src/engine/validation/validate-pack';

/**
 * An externally written case with its own mood model (issue 18): long replies, each reply's mood
 * effect already the customer's whole reaction (`reactions: 'author'`), branches tested on the mood
 * after the reply (`branchMood: 'after-reply'`), thresholds five points from where the author's
 * numbers land. The table below is the author's arithmetic done by hand, not by the engine.
 */
const PACK_TEXT = readFileSync('test/fixtures/author-mood-pack.json', 'utf8');

/**
 * Start: anger 60, trust 30. Effects (anger, trust):
 *   opening:  open-empathy −15 +10 → hear-need · open-policy +10 −10 → demand-manager if anger ≥ 70,
 *             else hear-need · open-ask +5 0 → hear-need
 *   hear-need: need-probe −10 +15 · need-skip +5 −5 → offer · need-argue +20 −15 → public-post if
 *             anger ≥ 75, else offer
 *   demand-manager: manager-own −20 +10 → offer · manager-deflect +10 −10 → escalated
 *   offer: offer-bounded −10 +15 → satisfied if trust ≥ 50, else grudging · offer-vague +5 −5 →
 *          escalated if anger ≥ 55, else grudging · offer-close +5 −10 → escalated if anger ≥ 60,
 *          else grudging
 * Arriving at the offer: empathy·probe 35/55, empathy·skip 50/35, empathy·argue 65/25 (65 < 75),
 * ask·probe 55/45, ask·skip 70/25, policy (70 ≥ 70)·own 50/30.
 */
interface Row {
  path: string;
  mood: Mood;
  ending: string;
}
const row = (path: string, anger: number, trust: number, ending: string): Row => ({
  path,
  mood: { anger, trust },
  ending,
});

const AUTHOR_TABLE: readonly Row[] = [
  // from 35/55
  row('open-empathy need-probe offer-bounded', 25, 70, 'satisfied'), // 70 ≥ 50
  row('open-empathy need-probe offer-vague', 40, 50, 'grudging'), // 40 < 55
  row('open-empathy need-probe offer-close', 40, 45, 'grudging'), // 40 < 60
  // from 50/35
  row('open-empathy need-skip offer-bounded', 40, 50, 'satisfied'), // 50 ≥ 50
  row('open-empathy need-skip offer-vague', 55, 30, 'escalated'), // 55 ≥ 55
  row('open-empathy need-skip offer-close', 55, 25, 'grudging'), // 55 < 60
  // from 65/25
  row('open-empathy need-argue offer-bounded', 55, 40, 'grudging'), // 40 < 50
  row('open-empathy need-argue offer-vague', 70, 20, 'escalated'), // 70 ≥ 55
  row('open-empathy need-argue offer-close', 70, 15, 'escalated'), // 70 ≥ 60
  // from 55/45
  row('open-ask need-probe offer-bounded', 45, 60, 'satisfied'), // 60 ≥ 50
  row('open-ask need-probe offer-vague', 60, 40, 'escalated'), // 60 ≥ 55
  row('open-ask need-probe offer-close', 60, 35, 'escalated'), // 60 ≥ 60
  // from 70/25
  row('open-ask need-skip offer-bounded', 60, 40, 'grudging'), // 40 < 50
  row('open-ask need-skip offer-vague', 75, 20, 'escalated'), // 75 ≥ 55
  row('open-ask need-skip offer-close', 75, 15, 'escalated'), // 75 ≥ 60
  // from 65/30, the argument: 85 ≥ 75
  row('open-ask need-argue', 85, 15, 'public-post'),
  // from 70/20, the branch having seen the policy reply's own +10
  row('open-policy manager-deflect', 80, 10, 'escalated'),
  // from 50/30
  row('open-policy manager-own offer-bounded', 40, 45, 'grudging'), // 45 < 50
  row('open-policy manager-own offer-vague', 55, 25, 'escalated'), // 55 ≥ 55
  row('open-policy manager-own offer-close', 55, 20, 'grudging'), // 55 < 60
];

const authorCase = (): Scenario => {
  const checked = validatePackText(PACK_TEXT);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.pack.scenarios[0]!;
};

/** Every path the machine can play, as "reply reply …" → where it ended and the final mood. */
function playedPaths(scenario: Scenario) {
  const played = new Map<string, { ending: string; mood: Mood }>();
  walkPaths(scenario, (path) => {
    played.set(path.choices.join(' '), { ending: path.endingId, mood: path.turns.at(-1)!.mood });
  });
  return played;
}

describe("a case with the author's own mood model", () => {
  it('imports with no problem in the structural gate, and declares both settings', () => {
    const checked = validatePackText(PACK_TEXT);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(authorCase().moodModel).toEqual({ reactions: 'author', branchMood: 'after-reply' });
    const replies = authorCase().nodes.flatMap((n) => (n.kind === 'decision' ? n.choices : []));
    expect(replies.filter((c) => [...c.text['zh-CN']].length >= 150).length).toBeGreaterThan(3);
  });

  it("reaches, on every path, the ending and the mood of the author's hand-computed table", () => {
    const played = playedPaths(authorCase());
    expect([...played.keys()].sort()).toEqual(AUTHOR_TABLE.map((row) => row.path).sort());
    for (const row of AUTHOR_TABLE) {
      expect({ path: row.path, ...played.get(row.path) }).toEqual(row);
    }
  });

  it('plays each path of the table the same when replayed reply by reply (as `sim play` does)', () => {
    const scenario = authorCase();
    for (const row of AUTHOR_TABLE) {
      const replay = replayChoices(scenario, row.path.split(' '));
      expect(replay.complete).toBe(true);
      expect({ path: row.path, ending: replay.turns.at(-1)!.next }).toEqual({
        path: row.path,
        ending: row.ending,
      });
      expect(replay.turns.every((t) => t.reactions.length === 0)).toBe(true);
    }
  });

  it("ends the same on every path in a group session and in the author's test-play", () => {
    const scenario = authorCase();
    for (const row of AUTHOR_TABLE) {
      const replies = row.path.split(' ');
      const decided = replies.reduce(
        (done, id) => follow(scenario, done, openDecision(), id),
        [] as ReturnType<typeof follow>,
      );
      const trial = replies.reduce(
        (play, id) => playReply(scenario, play, id),
        startTestPlay(scenario, scenario.start),
      );
      expect([row.path, groupPosition(scenario, decided).endingId, trial.ending?.id]).toEqual([
        row.path,
        row.ending,
        row.ending,
      ]);
    }
  });

  it('ends elsewhere on some paths once the declaration is taken away, and with each setting alone', () => {
    const { moodModel, ...undeclared } = authorCase();
    const differing = (scenario: Scenario) => {
      const played = playedPaths(scenario);
      return AUTHOR_TABLE.filter((row) => played.get(row.path)?.ending !== row.ending).map(
        (row) => row.path,
      );
    };
    expect(differing(undeclared)).not.toEqual([]);
    // Tested before the reply, the policy reply meets anger 60 < 70 and never reaches the manager.
    expect(differing({ ...undeclared, moodModel: { reactions: moodModel!.reactions } })).toContain(
      'open-policy manager-deflect',
    );
    // With the engine's reactions on top, letting the key cue pass bristles (+10 anger, −5 trust).
    expect(
      differing({ ...undeclared, moodModel: { branchMood: moodModel!.branchMood } }),
    ).toContain('open-empathy need-skip offer-bounded');
  });
});

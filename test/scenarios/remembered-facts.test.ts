import { describe, expect, it } from 'vitest';
import { walkPaths } from '../../src/engine/analyse-paths';
import { openingTranscript, turnTranscript } from '../../src/engine/attempt-log';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

/**
 * The customer says what is true on the path taken. For each line the expert graders found said
 * when it was not true, the condition is stated here in the case's own reply ids (not through the
 * facts that implement it), and every path of the case is played: the line is said only on a path
 * that meets the condition, and on both sides of the condition the call reaches the line's node.
 */
interface Remembered {
  caseId: string;
  node: string;
  /** A phrase of the line, as the customer says it in Chinese. */
  phrase: string;
  /** Whether the replies so far make the line true. */
  holds: (replies: readonly string[]) => boolean;
}

const REMEMBERED: Remembered[] = [
  {
    caseId: 'air-conditioner-remote',
    node: 'closing',
    phrase: '等你电话',
    holds: (r) => r.includes('confirm-and-callback'),
  },
  {
    caseId: 'air-conditioner-remote',
    node: 'ending-satisfied',
    phrase: '等你电话',
    holds: (r) => r.includes('confirm-and-callback'),
  },
  {
    caseId: 'manager-demand',
    node: 'close',
    phrase: '钱也给我退了',
    holds: (r) => r.includes('refund-checked'),
  },
  {
    caseId: 'card-annual-fee',
    node: 'haggle',
    phrase: '一桶油可打发不了我',
    holds: (r) => !r.includes('refund-plus-interest'),
  },
  {
    caseId: 'card-annual-fee',
    node: 'haggle',
    phrase: '连本带利全退，这可是你说的',
    holds: (r) => r.includes('refund-plus-interest'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'signs',
    phrase: '哭的时候有眼泪',
    holds: (r) => r.includes('read-and-ask'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'summary',
    phrase: '喂水……脱衣服',
    holds: (r) => r.includes('two-things'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'summary',
    phrase: '这会儿真能再喂吗',
    holds: (r) => r.includes('more-medicine'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'ending-grudging',
    phrase: '那药我可不敢再乱喂了',
    holds: (r) => r.includes('more-medicine'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'ending-grudging',
    phrase: '到底是找你还是找医生，我还是不知道',
    holds: (r) => r.includes('nod-along'),
  },
  {
    caseId: 'tour-multi-day',
    node: 'remedy',
    phrase: '次日 11:40',
    holds: (r) => r.includes('update-no-news') || r.includes('late-sorry-update'),
  },
  {
    caseId: 'tour-multi-day',
    node: 'remedy',
    phrase: '你说的方案',
    holds: (r) => r.includes('update-no-news') || r.includes('late-sorry-update'),
  },
  {
    caseId: 'tour-multi-day',
    node: 'remedy',
    phrase: '这都两天了',
    holds: (r) => !r.includes('update-no-news') && !r.includes('late-sorry-update'),
  },
];

/**
 * A reply that repeats what the customer told earlier in the call: on every path that offers it,
 * the customer said it before.
 */
const TOLD = [{ caseId: 'anxious-parent-clinic', choice: 'plain-answer', told: '泪' }];

/**
 * A safety-critical reply whose call can never end satisfied, whatever the mood: re-dosing
 * unchecked, or leaving unanswered a parent's question about whom to call if the child won't wake.
 */
const UNSAFE = [
  { caseId: 'anxious-parent-clinic', choice: 'more-medicine' },
  { caseId: 'anxious-parent-clinic', choice: 'nod-along' },
];

/** A reply that answers what the customer just said: it is offered only after they said it. */
const ANSWERS = [{ caseId: 'manager-demand', choice: 'anything-else', answers: '谢谢' }];

describe.each(REMEMBERED.map((r) => [`${r.caseId} ${r.node} “${r.phrase}”`, r] as const))(
  '%s',
  (_label, { caseId, node, phrase, holds }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('is said only when true, and the call reaches its node on both sides of that', () => {
      const reached = { said: 0, silent: 0 };
      const untrue: string[][] = [];
      walkPaths(scenario, (path) => {
        path.turns.forEach((turn, i) => {
          if (turn.next !== node) return;
          const replies = path.choices.slice(0, i + 1);
          const said = turnTranscript(scenario, turn, i + 1).some(
            (e) => e.speaker === 'customer' && e.text['zh-CN'].includes(phrase),
          );
          if (said && !holds(replies)) untrue.push([...replies]);
          if (said) reached.said += 1;
          else if (!holds(replies)) reached.silent += 1;
        });
      });
      expect(untrue).toEqual([]);
      expect(reached.said).toBeGreaterThan(0);
      expect(reached.silent).toBeGreaterThan(0);
      expect(openingTranscript(scenario).some((e) => e.text['zh-CN'].includes(phrase))).toBe(false);
    });
  },
);

describe.each(ANSWERS.map((a) => [`${a.caseId} ${a.choice}`, a] as const))(
  '%s',
  (_label, { caseId, choice, answers }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('answers something the customer said just before it, on every path', () => {
      let offered = 0;
      const unanswered: string[][] = [];
      walkPaths(scenario, (path) => {
        const at = path.choices.indexOf(choice);
        if (at < 0) return;
        offered += 1;
        const before =
          at === 0
            ? openingTranscript(scenario)
            : turnTranscript(scenario, path.turns[at - 1]!, at);
        const said = before.some(
          (e) => e.speaker === 'customer' && e.text['zh-CN'].includes(answers),
        );
        if (!said) unanswered.push(path.choices.slice(0, at + 1));
      });
      expect(offered).toBeGreaterThan(0);
      expect(unanswered).toEqual([]);
    });
  },
);

describe.each(TOLD.map((t) => [`${t.caseId} ${t.choice}`, t] as const))(
  '%s',
  (_label, { caseId, choice, told }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('repeats only what the customer said earlier, on every path', () => {
      let offered = 0;
      const untold: string[][] = [];
      walkPaths(scenario, (path) => {
        const at = path.choices.indexOf(choice);
        if (at < 0) return;
        offered += 1;
        const before = [
          ...openingTranscript(scenario),
          ...path.turns.slice(0, at).flatMap((turn, i) => turnTranscript(scenario, turn, i + 1)),
        ];
        const said = before.some((e) => e.speaker === 'customer' && e.text['zh-CN'].includes(told));
        if (!said) untold.push(path.choices.slice(0, at + 1));
      });
      expect(offered).toBeGreaterThan(0);
      expect(untold).toEqual([]);
    });
  },
);

describe.each(UNSAFE.map((u) => [`${u.caseId} ${u.choice}`, u] as const))(
  '%s',
  (_label, { caseId, choice }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('never ends satisfied once played, while the case can', () => {
      const outcomes = { after: new Set<string>(), without: new Set<string>() };
      walkPaths(scenario, (path) => {
        outcomes[path.choices.includes(choice) ? 'after' : 'without'].add(path.outcome);
      });
      expect(outcomes.after.size).toBeGreaterThan(0);
      expect(outcomes.after.has('resolved-satisfied')).toBe(false);
      expect(outcomes.without.has('resolved-satisfied')).toBe(true);
    });
  },
);

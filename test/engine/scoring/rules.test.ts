import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../src/engine/behaviours';
import { zeroPoints } from '../../../src/engine/scoring/dimensions';
import { gradeTurn } from '../../../src/engine/scoring/grade-turn';
import type { FiringRule, TurnFacts } from '../../../src/engine/scoring/rule';
import { FIRING_RULES, ORDERING_RULES, ruleById } from '../../../src/engine/scoring/rules';
import { facts, note } from './turn-facts';

const rule = (id: string) => ruleById(id) as FiringRule;

/** For each firing rule: a turn on which it fires, and the nearest turn on which it does not. */
const CASES: Record<string, [fires: TurnFacts, doesNot: TurnFacts]> = {
  'mood-before-matter': [
    facts(['offer-solution'], { agitated: true, earlier: new Set(['ask-facts']) }),
    facts(['offer-solution'], { agitated: true, earlier: new Set(['ask-facts', 'apologize']) }),
  ],
  'hear-before-solve': [
    facts(['commit-deadline'], { earlier: new Set(['apologize']) }),
    facts(['commit-deadline'], { earlier: new Set(['apologize', 'paraphrase']) }),
  ],
  'bank-seven-steps': [
    facts(['ask-facts'], { bankSevenSteps: true, earlier: new Set(['apologize']) }),
    facts(['ask-facts'], { bankSevenSteps: true, earlier: new Set(['apologize', 'isolate']) }),
  ],
  'angry-customer-order': [
    facts(['ask-facts'], { agitated: true, turn: 1, earlier: new Set() }),
    facts(['acknowledge-emotion', 'ask-facts'], { agitated: true, turn: 1, earlier: new Set() }),
  ],
  'due-date-before-root-cause': [facts(['root-cause']), facts(['commit-deadline', 'root-cause'])],
  'respond-before-investigation-ends': [
    facts(['investigate']),
    facts(['investigate', 'progress-update']),
  ],
  'apology-timing': [
    facts(['check-satisfaction'], { endsCall: true, earlier: new Set(['ask-facts']) }),
    facts(['check-satisfaction'], {
      endsCall: true,
      companyAtFault: false,
      earlier: new Set(['ask-facts']),
    }),
  ],
  'question-phase': [
    facts(['bounded-offer', 'open-question']),
    facts(['bounded-offer', 'closed-question']),
  ],
  'ignored-key-cue': [
    facts(['offer-solution'], { keyCueHere: true }),
    facts(['probe-expectation'], { keyCueHere: true }),
  ],
  'surface-fix': [
    facts(['offer-solution'], { keyCueOutstanding: true }),
    facts(['probe-expectation', 'offer-solution'], { keyCueOutstanding: true }),
  ],
  'broken-callback': [
    facts(['check-satisfaction'], { endsCall: true, callbackOwed: true }),
    facts(['follow-up', 'check-satisfaction'], { endsCall: true, callbackOwed: true }),
  ],
  'avoid-premature-close': [
    facts(['premature-close']),
    facts(['premature-close'], { resignedHere: true }),
  ],
  'closing-on-resignation': [
    facts(['premature-close'], { resignedHere: true }),
    facts(['check-satisfaction'], { resignedHere: true }),
  ],
  'dead-air': [facts([], { timedOut: true }), facts(['ask-facts'])],
  'no-self-identification': [
    facts(['apologize'], { turn: 1, opensContact: true }),
    facts(['self-identify', 'apologize'], { turn: 1, opensContact: true }),
  ],
};

describe('firing rules', () => {
  it('has a case for every ordering rule and situational penalty', () => {
    const behaviourPenalties = FIRING_RULES.filter(
      (r) => r.kind.startsWith('penalty') && !(r.id in CASES),
    );
    expect(ORDERING_RULES).toHaveLength(8);
    for (const r of ORDERING_RULES) expect(CASES).toHaveProperty(r.id);
    // Every other penalty is a behaviour tag, covered below.
    for (const r of behaviourPenalties) expect(r.fires(facts([]))).toBe(false);
  });

  it.each(Object.entries(CASES))(
    '%s fires on its case and not on the nearest good turn',
    (id, [fires, doesNot]) => {
      expect(rule(id).fires(fires)).toBe(true);
      expect(rule(id).fires(doesNot)).toBe(false);
    },
  );

  it('counts every ordering rule once a call: broken earlier, it does not fire again', () => {
    for (const [id, [fires]] of Object.entries(CASES)) {
      if (rule(id).kind !== 'ordering') continue;
      const again = { ...fires, orderingBroken: new Set([id]) };
      expect(gradeTurn(fires, [], note).rules, id).toContain(id);
      expect(gradeTurn(again, [], note).rules, id).not.toContain(id);
    }
  });
});

/**
 * Each behaviour penalty, shown in a reply that also apologizes, against an expert who only
 * apologizes. The expert's net is 2 (apologize 1, kept composure 1); the reply's is the same less
 * the penalty (critical 2, major 1, minor 0.5) and, for a lapse of composure, the kept-composure
 * point. The grade is the band's low end plus its width times net ÷ 2.
 */
const PENALTIES: Record<
  string,
  { tag: Behaviour; lapse: boolean; dimension: string; grade: number }
> = {
  // Critical, 0–29: net 1 − 2 = −1 → 0.
  'no-arguing': { tag: 'argue', lapse: true, dimension: 'composure', grade: 0 },
  'no-blaming': { tag: 'blame', lapse: true, dimension: 'apologize', grade: 0 },
  'no-threats': { tag: 'threaten', lapse: true, dimension: 'composure', grade: 0 },
  'no-denying-emotion': { tag: 'deny-emotion', lapse: true, dimension: 'apologize', grade: 0 },
  'no-refusing-apology': { tag: 'refuse-apology', lapse: true, dimension: 'apologize', grade: 0 },
  'no-disclosing': { tag: 'disclose-private', lapse: true, dimension: 'composure', grade: 0 },
  // Harmful major, 30–59: net 2 − 1 = 1 → 30 + 29 · ½ = 44.5 → 45.
  'avoid-deflecting': { tag: 'deflect', lapse: false, dimension: 'resolve', grade: 45 },
  'avoid-policy-first': { tag: 'policy-first', lapse: false, dimension: 'resolve', grade: 45 },
  'avoid-over-promise': {
    tag: 'over-promise',
    lapse: false,
    dimension: 'expectations',
    grade: 45,
  },
  'avoid-open-ended-offer': {
    tag: 'open-ended-offer',
    lapse: false,
    dimension: 'expectations',
    grade: 45,
  },
  'avoid-blame-hunting': {
    tag: 'investigate-blame',
    lapse: false,
    dimension: 'resolve',
    grade: 45,
  },
  // Harmful major and a lapse: net 1 − 1 = 0 → the band's floor, 30, never 0.
  'avoid-disparaging-competitors': {
    tag: 'disparage-competitor',
    lapse: true,
    dimension: 'composure',
    grade: 30,
  },
  'avoid-keeping-waiting': { tag: 'keep-waiting', lapse: true, dimension: 'composure', grade: 30 },
  // "Yes, but…" heads the phrases to avoid, so it is a lapse of service language too.
  'avoid-yes-but': { tag: 'yes-but', lapse: true, dimension: 'listen', grade: 30 },
  // Minor, 45–89: net 1.5 → 45 + 44 · ¾ = 78; with a lapse net 0.5 → 45 + 44 · ¼ = 56.
  'avoid-fillers': { tag: 'filler', lapse: false, dimension: 'listen', grade: 78 },
  'avoid-rough-hold': { tag: 'rough-hold', lapse: true, dimension: 'composure', grade: 56 },
  'avoid-over-affection': {
    tag: 'over-affectionate',
    lapse: true,
    dimension: 'composure',
    grade: 56,
  },
};
const WEIGHT = { 'penalty-critical': 2, 'penalty-major': 1, 'penalty-minor': 0.5 } as const;

describe('behaviour penalties', () => {
  const penalties = FIRING_RULES.filter((r) => r.kind.startsWith('penalty') && !(r.id in CASES));

  it('has an expectation for every behaviour penalty', () => {
    expect(penalties.map((r) => r.id).sort()).toEqual(Object.keys(PENALTIES).sort());
  });

  it.each(Object.entries(PENALTIES))(
    '%s costs its points, lands in its band, and is reported',
    (id, { tag, lapse, dimension, grade }) => {
      const r = rule(id);
      expect(r.dimension).toBe(dimension);
      const turn = gradeTurn(facts(['apologize', tag]), ['apologize'], note);
      const expected = { ...zeroPoints(), apologize: 1, composure: lapse ? 0 : 1 };
      expected[r.dimension] -= WEIGHT[r.kind as keyof typeof WEIGHT];
      expect(turn.rules).toEqual([id]);
      expect(turn.earned).toEqual(expected);
      expect(turn.grade).toBe(grade);
      expect(turn.critical).toEqual(r.kind === 'penalty-critical' ? [id] : []);
    },
  );

  it('grades the same reply without the mistake at full marks', () => {
    const turn = gradeTurn(facts(['apologize']), ['apologize'], note);
    expect(turn.rules).toEqual([]);
    expect(turn.earned).toEqual({ ...zeroPoints(), apologize: 1, composure: 1 });
    expect(turn.grade).toBe(100);
  });
});

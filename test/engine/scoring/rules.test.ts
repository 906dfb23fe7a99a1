import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../src/engine/behaviours';
import { gradeTurn } from '../../../src/engine/scoring/grade-turn';
import type { FiringRule, TurnFacts } from '../../../src/engine/scoring/rule';
import { FIRING_RULES, ORDERING_RULES, ruleById } from '../../../src/engine/scoring/rules';

const note = { 'zh-CN': '评语。', en: 'Note.' };

/** A calm phone call, mid-way, after empathy and listening: nothing fires unless a case says so. */
function facts(behaviours: Behaviour[], overrides: Partial<TurnFacts> = {}): TurnFacts {
  return {
    channel: 'phone',
    bankSevenSteps: false,
    companyAtFault: true,
    turn: 3,
    behaviours,
    timedOut: false,
    moodBefore: { anger: 40, trust: 40 },
    agitated: false,
    earlier: new Set<Behaviour>([
      'acknowledge-emotion',
      'apologize',
      'ask-facts',
      'paraphrase',
      'isolate',
      'record',
    ]),
    keyCueHere: false,
    callbackOwed: false,
    endsCall: false,
    ...overrides,
  };
}

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
  'broken-callback': [
    facts(['check-satisfaction'], { endsCall: true, callbackOwed: true }),
    facts(['follow-up', 'check-satisfaction'], { endsCall: true, callbackOwed: true }),
  ],
  'dead-air': [facts([], { timedOut: true }), facts(['ask-facts'])],
  'no-self-identification': [
    facts(['apologize'], { turn: 1 }),
    facts(['self-identify', 'apologize'], { turn: 1 }),
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
});

describe('behaviour penalties', () => {
  const penalties = FIRING_RULES.filter((r) => r.kind.startsWith('penalty') && !(r.id in CASES));
  it.each(penalties.map((r) => [r.id, r] as const))(
    '%s costs points on its dimension',
    (_id, r) => {
      const tag = (
        [
          'argue',
          'blame',
          'threaten',
          'deny-emotion',
          'refuse-apology',
          'disclose-private',
          'yes-but',
          'deflect',
          'policy-first',
          'premature-close',
          'over-promise',
          'disparage-competitor',
          'open-ended-offer',
          'investigate-blame',
          'keep-waiting',
          'filler',
          'rough-hold',
          'over-affectionate',
        ] as Behaviour[]
      ).find((b) => r.fires(facts([b])));
      expect(tag).toBeDefined();
      const withMistake = gradeTurn(facts(['apologize', tag!]), ['apologize'], note);
      const without = gradeTurn(facts(['apologize']), ['apologize'], note);
      expect(withMistake.rules).toContain(r.id);
      expect(without.rules).toEqual([]);
      expect(withMistake.earned[r.dimension]).toBe(without.earned[r.dimension] - r.weight);
      expect(withMistake.critical.includes(r.id)).toBe(r.kind === 'penalty-critical');
    },
  );
});

describe('turn grading', () => {
  const expert: Behaviour[] = ['offer-solution', 'commit-deadline'];

  it('gives the expert reply full marks when it is in order', () => {
    const turn = gradeTurn(facts(expert), expert, note);
    expect(turn.grade).toBe(100);
    expect(turn.rules).toEqual([]);
    expect(turn.credits).toEqual(['offer-solution', 'commit-deadline']);
  });

  it('scores the same reply low when it solves before calming and hearing', () => {
    const turn = gradeTurn(facts(expert, { agitated: true, earlier: new Set() }), expert, note);
    expect(turn.rules).toEqual(['mood-before-matter', 'hear-before-solve']);
    expect(turn.grade).toBe(6);
  });

  it('explains every fired rule in both languages after the reply note', () => {
    const turn = gradeTurn(
      facts(['offer-solution'], { agitated: true, earlier: new Set() }),
      expert,
      note,
    );
    expect(turn.feedback.en.startsWith('Note.')).toBe(true);
    expect(turn.feedback.en).toContain('Handle the mood before the matter');
    expect(turn.feedback['zh-CN']).toContain('先处理心情，再处理事情');
    expect(turn.feedback['zh-CN']).toContain('先听清问题，再解决问题');
  });

  it('credits acting on the key cue on the diagnose dimension', () => {
    const turn = gradeTurn(
      facts(['probe-expectation'], { keyCueHere: true }),
      ['probe-expectation'],
      note,
    );
    expect(turn.credits).toEqual(['probe-expectation', 'acted-on-key-cue']);
    expect(turn.earned.diagnose).toBe(2);
    expect(turn.grade).toBe(100);
  });

  it('grades a critical mistake zero and reports it', () => {
    const turn = gradeTurn(facts(['apologize', 'argue']), expert, note);
    expect(turn.grade).toBe(0);
    expect(turn.critical).toEqual(['no-arguing']);
  });

  it('grades a timeout zero with the dead-air rule', () => {
    const turn = gradeTurn(facts([], { timedOut: true }), expert, note);
    expect(turn.grade).toBe(0);
    expect(turn.rules).toEqual(['dead-air']);
  });
});

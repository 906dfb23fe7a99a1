import type { Behaviour } from '../../../src/engine/behaviours';
import type { LocalizedText } from '../../../src/engine/scenario-schema';
import type { TurnFacts } from '../../../src/engine/scoring/rule';

export const note: LocalizedText = { 'zh-CN': '评语。', en: 'Note.' };

/**
 * A calm phone call, mid-way, after empathy and listening, with no rule broken yet and no cue
 * outstanding: nothing fires unless a test says so.
 */
export function facts(behaviours: Behaviour[], overrides: Partial<TurnFacts> = {}): TurnFacts {
  return {
    channel: 'phone',
    bankSevenSteps: false,
    companyAtFault: true,
    turn: 3,
    opensContact: false,
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
    orderingBroken: new Set<string>(),
    keyCueOutstanding: false,
    resignedHere: false,
    ...overrides,
  };
}

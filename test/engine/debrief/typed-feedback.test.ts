import { describe, expect, it } from 'vitest';
import { turnRecord } from '../../../src/engine/attempt-log';
import { answeredCall, lastTurn, reply } from '../../../src/engine/conversation';
import { typedFeedback } from '../../../src/engine/debrief/typed-feedback';
import { DEFAULT_LISTS } from '../../../src/engine/detect/default-lists';
import { ruleById } from '../../../src/engine/scoring/rules';
import { readTypedReply } from '../../../src/engine/typed-turn';
import { fakeScenario } from '../../fakes';

const scenario = fakeScenario();

function typedTurn(text: string, matchedChoiceId?: string) {
  const call = answeredCall(scenario);
  const { detection, match } = readTypedReply(scenario, call, text, 'en');
  const choiceId = matchedChoiceId ?? match.best;
  const next = reply(scenario, call, choiceId, {
    text,
    lang: 'en',
    behaviours: detection.behaviours,
    evidence: detection.evidence,
    listsVersion: detection.listsVersion,
    matchedChoiceId: choiceId,
    matchChosenBy: 'detector',
  });
  return turnRecord(scenario, lastTurn(next)!, 1);
}

describe('feedback on a typed turn', () => {
  it('puts each rule on the words it rests on, with the rubric’s points', () => {
    const text = "That's not true. I'm sorry you had this trouble.";
    const turn = typedTurn(text, 'calm');
    const feedback = typedFeedback(turn)!;
    const argue = feedback.highlights.find((h) => h.behaviour === 'argue')!;
    expect(text.slice(argue.start, argue.end)).toBe(argue.text);
    expect(argue.tone).toBe('cost');
    expect(argue.rules.length).toBeGreaterThan(0);
    for (const rule of argue.rules) {
      expect(turn.rules).toContain(rule.id);
      expect(rule.points).toBe(-ruleById(rule.id)!.weight);
    }
    const sorry = feedback.highlights.find((h) => h.behaviour === 'apologize')!;
    expect(sorry.text.toLowerCase()).toContain('sorry');
    expect(sorry.tone).toBe('earned');
    expect(sorry.rules.map((r) => r.id)).toContain('apologize');
  });

  it('names the matched scripted reply and the expert reply', () => {
    const feedback = typedFeedback(typedTurn("That's not true.", 'argue'))!;
    expect(feedback.matched).toEqual({
      choiceId: 'argue',
      reply: { 'zh-CN': '【reply argue】', en: 'reply argue' },
      chosenBy: 'detector',
    });
    expect(feedback.expert).toEqual({
      choiceId: 'calm',
      reply: { 'zh-CN': '【reply calm】', en: 'reply calm' },
    });
  });

  it('names the phrase lists the words were heard with', () => {
    const feedback = typedFeedback(typedTurn("That's not true.", 'argue'))!;
    expect(feedback.listsVersion).toBe(DEFAULT_LISTS.version);
  });

  it('keeps rules no single word carries beside the words', () => {
    const turn = typedTurn("I'm so sorry, I can hear how frustrating this is.");
    const feedback = typedFeedback(turn)!;
    const onWords = new Set(feedback.highlights.flatMap((h) => h.rules.map((r) => r.id)));
    for (const rule of feedback.unsaid) expect(onWords.has(rule.id)).toBe(false);
    // Every rule of the grade is shown somewhere: on words or beside them.
    expect(new Set([...onWords, ...feedback.unsaid.map((r) => r.id)])).toEqual(
      new Set([...turn.credits, ...turn.rules]),
    );
  });

  it('is null for a chosen reply', () => {
    const turn = turnRecord(
      scenario,
      lastTurn(reply(scenario, answeredCall(scenario), 'calm'))!,
      1,
    );
    expect(typedFeedback(turn)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { typedMoodEffect } from '../../src/engine/call-progress';
import { answeredCall, lastTurn, nodeOf, reply } from '../../src/engine/conversation';
import { detectBehaviours } from '../../src/engine/detect/detect';
import { DEFAULT_LISTS } from '../../src/engine/detect/default-lists';
import { knownListsVersions, listsAt } from '../../src/engine/detect/lists-registry';
import type { TypedReply } from '../../src/engine/detect/typed-reply';
import { replayChoices } from '../../src/engine/replay';
import type { DecisionNode, Scenario } from '../../src/engine/scenario-schema';
import {
  customerLastLine,
  readTypedReply,
  recordedReplies,
  rederiveTypedReply,
  resolveUnclearMatch,
  TypedTurnError,
} from '../../src/engine/typed-turn';
import type { Locale } from '../../src/engine/vocabulary';
import { fakeScenario } from '../fakes';

const scenario = fakeScenario();
const practice = { certification: false };
const certification = { certification: true };

/** The trainee's words where the call stands, matched as the app would on a clear match. */
function typedAt(
  call: ReturnType<typeof answeredCall>,
  text: string,
  lang: Locale = 'en',
  on: Scenario = scenario,
): TypedReply {
  const { detection, match } = readTypedReply(on, call, text, lang);
  return {
    text,
    lang,
    behaviours: detection.behaviours,
    evidence: detection.evidence,
    listsVersion: detection.listsVersion,
    matchedChoiceId: match.best,
    matchChosenBy: 'detector',
  };
}

const SORRY = "I'm so sorry, I can hear how frustrating this is.";

describe('a typed turn through the call machine', () => {
  it('is graded by the same rubric as a chosen reply with the same behaviours', () => {
    const call = answeredCall(scenario);
    const typed = { ...typedAt(call, SORRY), matchedChoiceId: 'explain-early' };
    expect(typed.behaviours).toEqual(['acknowledge-emotion', 'apologize']);
    const said = lastTurn(reply(scenario, call, 'explain-early', typed))!;
    // The same moves as a scripted reply carrying exactly these tags, at the same moment.
    const tagged = structuredClone(scenario);
    const opening = tagged.nodes[0] as DecisionNode;
    opening.choices[1]!.behaviours = ['acknowledge-emotion', 'apologize'];
    const chosen = lastTurn(reply(tagged, answeredCall(tagged), 'explain-early'))!;
    expect(said.grade.grade).toBe(chosen.grade.grade);
    expect(said.grade.earned).toEqual(chosen.grade.earned);
    expect(said.grade.expert).toEqual(chosen.grade.expert);
    expect(said.grade.rules).toEqual(chosen.grade.rules);
    expect(said.grade.credits).toEqual(chosen.grade.credits);
    expect(said.choice).toBe('explain-early');
    expect(said.next).toBe(chosen.next);
    expect(said.typed).toMatchObject({ text: SORRY, matchChosenBy: 'detector' });
    expect(said.grade.feedback.en).toMatch(/^This turn is graded on your own words\./);
  });

  it('grades the words, not the reply it is routed along', () => {
    const call = answeredCall(scenario);
    const words = "That's not true. I'm sorry, but you used it wrong.";
    const typed = { ...typedAt(call, words), matchedChoiceId: 'calm' };
    const said = lastTurn(reply(scenario, call, 'calm', typed))!;
    const chosen = lastTurn(reply(scenario, call, 'calm'))!;
    expect(typed.behaviours).toContain('argue');
    expect(said.next).toBe(chosen.next);
    expect(said.grade.grade).toBeLessThan(chosen.grade.grade);
    expect(said.grade.critical.length + said.grade.rules.length).toBeGreaterThan(0);
    // The argue span is what each rule fired on it rests on.
    const argueRules = said.typed!.causes.filter((c) => c.behaviours.includes('argue'));
    expect(argueRules.length).toBeGreaterThan(0);
    expect(argueRules.every((c) => said.grade.rules.includes(c.rule))).toBe(true);
  });

  it('refuses a typed reply sent as another reply than it was matched to', () => {
    const call = answeredCall(scenario);
    expect(() => reply(scenario, call, 'argue', typedAt(call, SORRY))).toThrow(/matched to "calm"/);
  });

  it('moves the mood by the engine reactions and the share of the matched reply’s effect', () => {
    const calm = (scenario.nodes[0] as DecisionNode).choices[0]!;
    const all = { ...typedAt(answeredCall(scenario), SORRY), behaviours: calm.behaviours };
    expect(typedMoodEffect(calm, all)).toEqual({ anger: -20, trust: 10 });
    const none = { ...all, behaviours: ['explain' as const] };
    expect(typedMoodEffect(calm, none)).toEqual({ anger: 0, trust: 0 });
    const some = typedAt(answeredCall(scenario), SORRY);
    // Two of the three moves shared: two thirds of the authored effect.
    expect(typedMoodEffect(calm, some)).toEqual({ anger: -13, trust: 7 });
    const said = lastTurn(reply(scenario, answeredCall(scenario), 'calm', some))!;
    expect(said.mood.anger).toBe(scenario.persona.startingMood.anger - 13);
  });
});

describe('re-deriving a recorded typed turn', () => {
  it('gives back the recorded turn when its words show what it records', () => {
    const call = answeredCall(scenario);
    const typed = typedAt(call, SORRY);
    expect(rederiveTypedReply(scenario, call, typed, practice)).toEqual(typed);
    // A record read back with its keys in another order (a canonicalised bundle) is the same turn.
    const reordered = {
      ...typed,
      evidence: typed.evidence.map(({ end, start, text, behaviour }) => ({
        end,
        start,
        text,
        behaviour,
      })),
    };
    expect(rederiveTypedReply(scenario, call, reordered, practice)).toEqual(typed);
  });

  it('refuses a forged turn whose behaviours its words do not show', () => {
    const call = answeredCall(scenario);
    const forged = { ...typedAt(call, "That's not true."), behaviours: ['apologize' as const] };
    expect(() => rederiveTypedReply(scenario, call, forged, practice)).toThrowError(
      expect.objectContaining({ problem: 'detection-differs' }),
    );
  });

  it('refuses phrase lists this build does not know, with the version in the reason', () => {
    const call = answeredCall(scenario);
    const typed = { ...typedAt(call, SORRY), listsVersion: 'detect-1999.01-1' };
    expect(() => rederiveTypedReply(scenario, call, typed, practice)).toThrow(
      /phrase lists "detect-1999.01-1" are not known here/,
    );
  });

  it('holds the current lists in the registry', () => {
    expect(listsAt(DEFAULT_LISTS.version)).toBe(DEFAULT_LISTS);
    expect(knownListsVersions()).toContain(DEFAULT_LISTS.version);
    expect(listsAt('nope')).toBeUndefined();
  });

  it('refuses a clear match routed along another reply, and a trainee’s pick of a clear match', () => {
    const call = answeredCall(scenario);
    const typed = typedAt(call, SORRY);
    const elsewhere = { ...typed, matchedChoiceId: 'argue' };
    expect(() => rederiveTypedReply(scenario, call, elsewhere, practice)).toThrowError(
      TypedTurnError,
    );
    const picked = { ...typed, matchChosenBy: 'trainee' as const };
    expect(() => rederiveTypedReply(scenario, call, picked, practice)).toThrowError(
      expect.objectContaining({ problem: 'match-differs' }),
    );
  });

  it('accepts a trainee’s pick of an unclear match in practice only', () => {
    const call = answeredCall(scenario);
    const typed = { ...typedAt(call, 'hmm ok'), matchedChoiceId: 'explain-early' };
    const picked = { ...typed, matchChosenBy: 'trainee' as const };
    expect(rederiveTypedReply(scenario, call, picked, practice)).toEqual(picked);
    expect(() => rederiveTypedReply(scenario, call, picked, certification)).toThrowError(
      TypedTurnError,
    );
  });

  it('routes an unclear certification turn along the lower-scoring nearest reply', () => {
    const call = answeredCall(scenario);
    const { match } = readTypedReply(scenario, call, 'hmm ok', 'en');
    expect(match.clear).toBe(false);
    const lowest = resolveUnclearMatch(scenario, call, match);
    const grades = match.candidates.map(
      (c) => lastTurn(reply(scenario, call, c.choiceId))!.grade.grade,
    );
    expect(lastTurn(reply(scenario, call, lowest))!.grade.grade).toBe(Math.min(...grades));
    const typed = {
      ...typedAt(call, 'hmm ok'),
      matchedChoiceId: lowest,
      matchChosenBy: 'lower-scoring' as const,
    };
    expect(rederiveTypedReply(scenario, call, typed, certification)).toEqual(typed);
    const kinder = match.candidates.find((c) => c.choiceId !== lowest)!.choiceId;
    expect(() =>
      rederiveTypedReply(scenario, call, { ...typed, matchedChoiceId: kinder }, certification),
    ).toThrowError(TypedTurnError);
  });

  it('replays a call of typed and chosen replies to the same grades as it was played', () => {
    let call = answeredCall(scenario);
    const first = typedAt(call, '真对不起，让您着急了，我是客服小李。', 'zh-CN');
    call = reply(scenario, call, first.matchedChoiceId, first);
    expect(nodeOf(call)).toBe('facts');
    call = reply(scenario, call, 'ask');
    const third = typedAt(call, "I'll send a technician to replace it by 5 pm tomorrow.");
    call = reply(scenario, call, third.matchedChoiceId, third);
    const played = call.context.turns;
    const replies = recordedReplies({
      choices: played.map((t) => t.choice),
      turns: played.map((t) => (t.typed ? { typed: t.typed } : {})),
    });
    expect(replies[1]).toEqual({ choiceId: 'ask' });
    const replayed = replayChoices(scenario, replies);
    expect(replayed.turns).toEqual(played);
    expect(replayed.outcome).toBe('resolved-satisfied');
    const forged = replies.map((r, i) =>
      i === 2
        ? {
            ...r,
            typed: { ...r.typed!, behaviours: [...r.typed!.behaviours, 'follow-up' as const] },
          }
        : r,
    );
    expect(() => replayChoices(scenario, forged)).toThrowError(TypedTurnError);
  });

  it('reads the customer’s last line for a premature close, and dead air after a silence', () => {
    const call = reply(scenario, reply(scenario, answeredCall(scenario), 'calm'), 'ask');
    expect(customerLastLine(scenario, call, 'en')).toBe('So what will you do?');
    const silent = reply(scenario, answeredCall(scenario), '@timeout');
    expect(customerLastLine(scenario, silent, 'en')).toBe('Hello? Hello? Are you still there?');
    const closing = detectBehaviours({
      lang: 'en',
      reply: 'Anything else I can help with?',
      customerSaid: customerLastLine(scenario, call, 'en'),
    });
    expect(closing.behaviours).toContain('premature-close');
  });
});

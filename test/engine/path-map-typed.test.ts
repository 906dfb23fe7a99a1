import { describe, expect, it } from 'vitest';
import { answeredCall, reply } from '../../src/engine/conversation';
import { pathMap } from '../../src/engine/path-map';
import { readTypedReply, recordedReplies } from '../../src/engine/typed-turn';
import type { TypedReply } from '../../src/engine/detect/typed-reply';
import { fakeScenario } from '../fakes';

const scenario = fakeScenario();

describe('the path map of a typed call', () => {
  it('draws the route the call took, typed turns included', () => {
    let call = answeredCall(scenario);
    const text = "I'm so sorry, I can hear how frustrating this is.";
    const { detection, match } = readTypedReply(scenario, call, text, 'en');
    const typed: TypedReply = {
      text,
      lang: 'en',
      behaviours: detection.behaviours,
      evidence: detection.evidence,
      listsVersion: detection.listsVersion,
      matchedChoiceId: match.best,
      matchChosenBy: 'detector',
    };
    call = reply(scenario, reply(scenario, call, 'calm', typed), 'ask');
    const turns = call.context.turns;
    const replies = recordedReplies({
      choices: turns.map((t) => t.choice),
      turns: turns.map((t) => (t.typed ? { typed: t.typed } : {})),
    });
    const map = pathMap(scenario, replies);
    const walked = map.edges
      .filter((e) => e.onTrainee)
      .map((e) => `${e.from}:${e.choice}->${e.to}`);
    expect(walked.sort()).toEqual(['facts:ask->fix-it', 'opening:calm->facts']);
    expect(pathMap(scenario, ['calm', 'ask']).edges).toEqual(map.edges);
  });
});

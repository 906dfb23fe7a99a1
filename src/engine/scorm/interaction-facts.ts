import type { TurnRecord } from '../attempt-log';
import type { Scenario } from '../scenario-schema';
import { stageIndexOf } from '../stages';
import type { InteractionFacts } from './report';

/**
 * One recorded reply as a SCORM interaction. A call's reply is turn `t<n>`; a written reply's is
 * paragraph `p<n>` of the letter, so even SCORM 1.2, which has no description, does not report a
 * letter as a call; a staged case puts the stage in the id and names it as the interaction's
 * objective. SCORM's choice interaction holds reply ids only: a typed turn reports the reply its
 * words were matched to and says so in the description; the words themselves go to xAPI only.
 */
export function interactionFacts(
  scenario: Scenario,
  attempt: { id: string; scenarioId: string },
  turn: Pick<TurnRecord, 'turn' | 'node' | 'choice' | 'expertChoice' | 'grade' | 'typed'>,
  at: number,
): InteractionFacts {
  const letter = scenario.kind === 'written-reply';
  const stages = scenario.stages;
  const k = stages ? stageIndexOf(scenario, turn.node) : -1;
  const stage = stages?.[k];
  const sends = letter && isSend(scenario, turn.choice);
  const words = [
    letter
      ? `letter paragraph ${turn.turn}${sends ? ', sending the letter' : ''}`
      : `call turn ${turn.turn}`,
    ...(stage ? [`stage ${k + 1} of ${stages!.length} (${stage.id})`] : []),
    ...(turn.typed ? [`said in own words, matched to reply ${turn.choice}`] : []),
  ];
  return {
    id: [
      attempt.scenarioId,
      attempt.id.slice(0, 8),
      ...(stage ? [stage.id] : []),
      `${letter ? 'p' : 't'}${turn.turn}`,
    ].join('.'),
    response: turn.choice,
    expert: turn.expertChoice,
    grade: turn.grade,
    at,
    ...(stage ? { objective: `${attempt.scenarioId}.${stage.id}` } : {}),
    description: words.join(', '),
  };
}

const isSend = (scenario: Scenario, choiceId: string) =>
  scenario.nodes.some(
    (n) => n.kind === 'decision' && n.choices.some((c) => c.id === choiceId && c.send),
  );

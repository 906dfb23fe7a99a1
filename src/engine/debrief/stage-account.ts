import { replayChoices } from '../replay';
import type { LocalizedText, Scenario, Stage } from '../scenario-schema';
import {
  meanStageGrade,
  promiseOutcomes,
  stagesPlayed,
  stageWeights,
  type PromiseOutcome,
} from '../stages';

/** One contact of a call that spans several, as the debrief tells it. */
export interface StageAccount {
  id: string;
  title: LocalizedText;
  channel: Stage['channel'];
  /** The simulated time that passed before it; null for the first. */
  elapsed: LocalizedText | null;
  reached: boolean;
  /** The call's turn numbers (from 1) played in this stage. */
  turns: number[];
  /** Its share of the call's score, in percent: the stages weigh by their decision points. */
  weight: number;
  /** The mean grade of its replies; null when the call never reached it. */
  meanGrade: number | null;
}

/** A promise the case checks, and what became of it. */
export interface PromiseAccount {
  fact: string;
  text: LocalizedText;
  /** The stage that checks it. */
  checkedAt: LocalizedText;
  status: PromiseOutcome['status'];
}

export interface StagesDebrief {
  stages: StageAccount[];
  promises: PromiseAccount[];
}

/**
 * The stages of a finished call and each promise with whether it was kept, rebuilt by replaying
 * its recorded replies through the case's machine (the recorded replies are the truth). Null for a
 * case that is one call.
 */
export function stagesDebrief(
  scenario: Scenario,
  choices: readonly string[],
): StagesDebrief | null {
  if (!scenario.stages) return null;
  const { turns } = replayChoices(scenario, choices);
  const played = stagesPlayed(scenario, turns);
  const weights = stageWeights(played);
  const numbered = new Map(turns.map((t, i) => [t, i + 1]));
  return {
    stages: played.map(({ stage, turns: own, reached }, k) => ({
      id: stage.id,
      title: stage.title,
      channel: stage.channel,
      elapsed: stage.elapsed ?? null,
      reached,
      turns: own.map((t) => numbered.get(t)!),
      weight: Math.round(weights[k]! * 100),
      meanGrade: meanStageGrade(own),
    })),
    promises: promiseOutcomes(scenario, turns).map(({ promise, stage, status }) => ({
      fact: promise.fact,
      text: promise.text,
      checkedAt: stage.title,
      status,
    })),
  };
}

import { ownWords } from '../attempt-log';
import { SILENCE, TIMEOUT, type Turn } from '../call-progress';
import { indexScenario } from '../scenario-index';
import type { LocalizedText, Scenario } from '../scenario-schema';
import { meanStageGrade, promiseOutcomes, stagesPlayed, type PromiseOutcome } from '../stages';

/** One contact of a call that spans several, as a report tells it. */
export interface StageReport {
  id: string;
  reached: boolean;
  /** Replies given in this stage. */
  turns: number;
  /** The mean grade of those replies; null when the call ended before the stage. */
  meanGrade: number | null;
}

/** A promise the case checks, and whether it was kept. */
export interface PromiseReport {
  fact: string;
  /** The stage that checks it. */
  stage: string;
  status: PromiseOutcome['status'];
  text: LocalizedText;
}

/** One paragraph of a written reply as it was sent. */
export interface LetterParagraph {
  /** 1-based, in the order written. */
  paragraph: number;
  /** The candidate paragraph chosen. */
  reply: string;
  text: LocalizedText;
  /** This paragraph closed the letter and sent it. */
  sends: boolean;
}

/**
 * What a finished call tells an LMS beyond its score: each stage and each promise of a case that
 * spans several contacts, and the letter itself of a written reply. A plain call has none.
 */
export interface CallReport {
  stages?: StageReport[];
  promises?: PromiseReport[];
  letter?: LetterParagraph[];
}

/**
 * Composed from the call's turns as the machine graded them (every turn, a retry's replayed ones
 * too): pure, so it is worked out before the step's transaction opens.
 */
export function callReport(scenario: Scenario, turns: readonly Turn[]): CallReport {
  return {
    ...(scenario.stages
      ? {
          stages: stagesPlayed(scenario, turns).map(({ stage, turns: own, reached }) => ({
            id: stage.id,
            reached,
            turns: own.length,
            meanGrade: meanStageGrade(own),
          })),
          promises: promiseOutcomes(scenario, turns).map(({ promise, stage, status }) => ({
            fact: promise.fact,
            stage: stage.id,
            status,
            text: promise.text,
          })),
        }
      : {}),
    ...(scenario.kind === 'written-reply' ? { letter: letterOf(scenario, turns) } : {}),
  };
}

function letterOf(scenario: Scenario, turns: readonly Turn[]): LetterParagraph[] {
  const index = indexScenario(scenario);
  return turns.map((turn, i) => {
    const choice = turn.choice === TIMEOUT ? undefined : index.choice(turn.choice)?.choice;
    return {
      paragraph: i + 1,
      reply: turn.choice,
      text: turn.typed ? ownWords(turn.typed) : (choice?.text ?? SILENCE),
      sends: choice?.send === true,
    };
  });
}

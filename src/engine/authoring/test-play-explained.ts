import { followRecommended } from '../analyse-paths';
import { turnRecord, turnTranscript, type TranscriptEntry, type TurnRecord } from '../attempt-log';
import { composeDebrief, type TurnDebrief } from '../debrief/compose-debrief';
import { rulePoints, type RulePoints } from '../debrief/rule-points';
import { linesSaid } from '../facts';
import { agitationThreshold } from '../mood';
import { replayChoices } from '../replay';
import { indexScenario } from '../scenario-index';
import type { Scenario } from '../scenario-schema';
import type { Outcome } from '../vocabulary';
import type { TestPlay } from './test-play';

/** A reply of a trial call, explained as the debrief explains it. */
export interface ExplainedTurn {
  record: TurnRecord;
  /** The debrief's own comment and cited rules for the reply. */
  said: TurnDebrief;
  /** Every rule behind the grade with its points. */
  points: RulePoints[];
  /**
   * The reply is the one marked as the expert's, yet it lost points: the rules in `points` that
   * fired on it are why (the expert reply is graded by the same rules as any other).
   */
  expertShortfall: boolean;
}

/** What the customer said where the trial call began, given what it was taken to have established. */
function openingLines(draft: Scenario, play: TestPlay): TranscriptEntry[] {
  const node = indexScenario(draft).node(play.from);
  if (!node) return [];
  return linesSaid(node, play.heldAtStart).map(({ line, index }) => ({
    speaker: 'customer',
    text: line.text,
    turn: 0,
    line: { node: node.id, index },
    ...(line.cue ? { cue: line.cue } : {}),
    ...(line.keyCue ? { keyCue: true } : {}),
  }));
}

/**
 * Each reply of a trial call with the debrief's explanation of its grade (composeDebrief, the same
 * composer a trainee's call goes through) and the points of every rule behind it. Null when the
 * draft was edited under the trial so its turns no longer fit it (restart the trial).
 */
export function explainTestPlay(draft: Scenario, play: TestPlay): ExplainedTurn[] | null {
  let records: TurnRecord[];
  let transcript: TranscriptEntry[];
  try {
    records = play.turns.map((turn, i) => turnRecord(draft, turn, i + 1));
    transcript = [
      ...openingLines(draft, play),
      ...play.turns.flatMap((turn, i) => turnTranscript(draft, turn, i + 1)),
    ];
  } catch {
    return null;
  }
  const { persona } = draft;
  const debrief = composeDebrief(
    {
      outcome: play.ending?.outcome ?? null,
      choices: play.turns.map((t) => t.choice),
      transcript,
      turns: records,
      customer: {
        name: persona.name,
        surfaceComplaint: persona.surfaceComplaint,
        realExpectation: persona.realExpectation,
        startingMood: persona.startingMood,
        agitatedAt: agitationThreshold(persona),
      },
      score: null,
    },
    { kind: draft.kind, scenario: draft },
  );
  return records.map((record, i) => ({
    record,
    said: debrief.turns[i]!,
    points: rulePoints(record),
    expertShortfall: record.choice === record.expertChoice && record.grade < 100,
  }));
}

/** A rule that cost the expert's path points, at the reply where it fired. */
export interface ExpertLoss {
  turn: number;
  node: string;
  choice: string;
  rule: RulePoints;
}

/** The expert's call through the draft: its total and what kept it from 100. */
export interface ExpertPathAccount {
  total: number;
  outcome: Outcome;
  /** Caps that lowered the total: a critical mistake, or how the call ended. */
  caps: Array<'critical' | Outcome>;
  losses: ExpertLoss[];
}

/**
 * The recommended reply at every decision point, played and scored as a trainee's call: below 100
 * only because rules fired on the way or a cap applied, so `losses` and `caps` say where the points
 * went. Null while the recommended path cannot be played to an ending.
 */
export function expertPathAccount(draft: Scenario): ExpertPathAccount | null {
  try {
    const { choices } = followRecommended(draft);
    const replay = replayChoices(draft, choices);
    if (!replay.outcome) return null;
    return {
      total: replay.score.total,
      outcome: replay.outcome,
      caps: replay.score.caps,
      losses: replay.turns.flatMap((turn, i) =>
        rulePoints({ credits: [], rules: turn.grade.rules }).map((rule) => ({
          turn: i + 1,
          node: turn.node,
          choice: turn.choice,
          rule,
        })),
      ),
    };
  } catch {
    return null;
  }
}

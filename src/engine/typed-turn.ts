import { DEAD_AIR_LINE, TIMEOUT, UnavailableChoiceError } from './call-progress';
import { lastTurn, nodeOf, reply, type CallSnapshot } from './conversation';
import { detectBehaviours, type Detection } from './detect/detect';
import { listsAt, type ListsResolver } from './detect/lists-registry';
import { matchTypedReply, nearestCandidates, type ReplyMatch } from './detect/match-reply';
import { DEFAULT_LISTS } from './detect/default-lists';
import type { PhraseLists } from './detect/phrase-lists';
import type { TypedReply } from './detect/typed-reply';
import { linesSaid } from './facts';
import { indexScenario } from './scenario-index';
import type { DecisionNode, Scenario } from './scenario-schema';
import type { Locale } from './vocabulary';

/** The decision point a call stands on; throws when it stands on none (ringing, or ended). */
export function decisionAt(scenario: Scenario, call: CallSnapshot): DecisionNode {
  const at = nodeOf(call);
  const node = at === null ? undefined : indexScenario(scenario).node(at);
  if (node?.kind !== 'decision' || typeof call.value !== 'object') {
    throw new UnavailableChoiceError('(typed)', at ?? scenario.start, []);
  }
  return node;
}

/**
 * What the customer said last, in the trainee's language: the detector reads it where a behaviour
 * depends on it (a close is premature only while the matter is open). After dead air it is the
 * customer's "are you still there?".
 */
export function customerLastLine(scenario: Scenario, call: CallSnapshot, lang: Locale): string {
  const node = decisionAt(scenario, call);
  const last = lastTurn(call);
  if (last?.choice === TIMEOUT && last.next === node.id) return DEAD_AIR_LINE[lang];
  const said = linesSaid(node, call.context.progress.facts);
  return said.at(-1)?.line.text[lang] ?? '';
}

/** The trainee's words where the call stands: what the detector finds, and the nearest reply. */
export function readTypedReply(
  scenario: Scenario,
  call: CallSnapshot,
  text: string,
  lang: Locale,
  lists: PhraseLists = DEFAULT_LISTS,
): { detection: Detection; match: ReplyMatch } {
  const node = decisionAt(scenario, call);
  const customerSaid = customerLastLine(scenario, call, lang);
  const detection = detectBehaviours({ lang, reply: text, customerSaid }, lists);
  return { detection, match: matchTypedReply(node, detection, text, lang) };
}

/**
 * The reply a certification run routes an unclear match along, where no scripted reply is shown
 * to pick from: of the nearest replies, the one that would grade lowest if chosen here (played
 * through the call's machine), the nearer one on a tie. The trainee's benefit of the doubt is
 * never a better branch than their words earned.
 */
export function resolveUnclearMatch(
  scenario: Scenario,
  call: CallSnapshot,
  match: ReplyMatch,
): string {
  const graded = nearestCandidates(match).map((candidate) => ({
    choiceId: candidate.choiceId,
    grade: lastTurn(reply(scenario, call, candidate.choiceId))!.grade.grade,
  }));
  return graded.reduce((low, c) => (c.grade < low.grade ? c : low)).choiceId;
}

/**
 * How recorded replies are replayed: a certification run's rules, and where the phrase lists a
 * typed turn names are found — the released ones unless the app passes a resolver that also knows
 * the organisation lists it keeps (the engine reads no storage).
 */
export interface ReplayOptions {
  readonly certification: boolean;
  readonly lists?: ListsResolver;
}

/** Why a recorded typed turn could not be re-derived from its words. */
export type TypedTurnProblem =
  /** The phrase lists it names are neither released in this build nor kept on this machine. */
  | 'unknown-lists'
  /** The words at those lists show other behaviours or evidence than recorded. */
  | 'detection-differs'
  /** The reply it was routed along is not what its match (and who picked it) allows. */
  | 'match-differs';

export class TypedTurnError extends Error {
  constructor(
    readonly problem: TypedTurnProblem,
    readonly nodeId: string,
    detail: string,
  ) {
    super(`typed turn at "${nodeId}": ${detail}`);
  }
}

/** A detection's findings in a form that compares whatever order a record's keys came back in. */
const findings = (d: Pick<Detection, 'behaviours' | 'evidence'>) =>
  JSON.stringify([d.behaviours, d.evidence.map((e) => [e.behaviour, e.start, e.end, e.text])]);

/**
 * A recorded typed turn, re-derived from its words where the replayed call stands: the detector
 * re-run at the recorded lists' version must find the recorded behaviours and evidence, and the
 * matched reply must be the one the match allows — the clear match (picked by the detector), one
 * of the nearest (picked by the trainee, never in a certification run, where none is shown), or
 * the lower-scoring nearest (a certification run's rule). Returns the turn as re-derived; throws
 * TypedTurnError naming what does not hold, so a forged turn is refused, not regraded.
 */
export function rederiveTypedReply(
  scenario: Scenario,
  call: CallSnapshot,
  recorded: TypedReply,
  options: ReplayOptions,
): TypedReply {
  const node = decisionAt(scenario, call);
  const refuse = (problem: TypedTurnProblem, detail: string) =>
    new TypedTurnError(problem, node.id, detail);
  const lists = (options.lists ?? listsAt)(recorded.listsVersion);
  if (!lists) {
    throw refuse('unknown-lists', `phrase lists "${recorded.listsVersion}" are not known here`);
  }
  const { detection, match } = readTypedReply(scenario, call, recorded.text, recorded.lang, lists);
  if (findings(detection) !== findings(recorded)) {
    throw refuse(
      'detection-differs',
      `its words show ${detection.behaviours.join(', ') || 'nothing'}, ` +
        `recorded ${recorded.behaviours.join(', ') || 'nothing'}`,
    );
  }
  const allowed = (() => {
    switch (recorded.matchChosenBy) {
      case 'detector':
        return match.clear && match.best === recorded.matchedChoiceId;
      case 'trainee':
        return (
          !match.clear &&
          !options.certification &&
          nearestCandidates(match).some((c) => c.choiceId === recorded.matchedChoiceId)
        );
      case 'lower-scoring':
        return (
          !match.clear &&
          options.certification &&
          resolveUnclearMatch(scenario, call, match) === recorded.matchedChoiceId
        );
    }
  })();
  if (!allowed) {
    throw refuse(
      'match-differs',
      `routed along "${recorded.matchedChoiceId}" (${recorded.matchChosenBy}); ` +
        `the match ${match.clear ? `is clear: "${match.best}"` : 'is unclear'}`,
    );
  }
  return { ...recorded, behaviours: detection.behaviours, evidence: detection.evidence };
}

/** One recorded reply: a chosen reply's id, or a typed reply with the reply it was matched to. */
export interface RecordedReply {
  readonly choiceId: string;
  readonly typed?: TypedReply;
}

/** A typed reply as it is replayed: the fields the trainee's turn was sent with, no more. */
const sentAs = (typed: TypedReply): TypedReply => ({
  text: typed.text,
  lang: typed.lang,
  behaviours: typed.behaviours,
  evidence: typed.evidence,
  listsVersion: typed.listsVersion,
  matchedChoiceId: typed.matchedChoiceId,
  matchChosenBy: typed.matchChosenBy,
});

/**
 * The replies an attempt recorded, in order: its reply ids (the truth of the call) with the typed
 * words its turn records kept, where the trainee typed.
 */
export function recordedReplies(attempt: {
  choices: readonly string[];
  turns: readonly { typed?: TypedReply }[];
}): RecordedReply[] {
  return attempt.choices.map((choiceId, i) => {
    const typed = attempt.turns[i]?.typed;
    return typed ? { choiceId, typed: sentAs(typed) } : { choiceId };
  });
}

/**
 * Plays one recorded reply through the call's machine. A typed one is first re-derived from its
 * words (rederiveTypedReply), so a replayed call reaches the grade its words earn at the lists'
 * version it names, or is refused.
 */
export function replayReply(
  scenario: Scenario,
  call: CallSnapshot,
  recorded: RecordedReply | string,
  options: ReplayOptions,
): CallSnapshot {
  if (typeof recorded === 'string') return reply(scenario, call, recorded);
  if (!recorded.typed) return reply(scenario, call, recorded.choiceId);
  if (recorded.typed.matchedChoiceId !== recorded.choiceId) {
    throw new TypedTurnError(
      'match-differs',
      nodeOf(call) ?? scenario.start,
      `recorded as "${recorded.choiceId}" but matched to "${recorded.typed.matchedChoiceId}"`,
    );
  }
  const typed = rederiveTypedReply(scenario, call, recorded.typed, options);
  return reply(scenario, call, recorded.choiceId, typed);
}

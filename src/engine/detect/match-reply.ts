import { COMPOSURE_LAPSES, type Behaviour } from '../behaviours';
import type { DecisionNode } from '../scenario-schema';
import type { Locale } from '../vocabulary';
import type { Detection } from './detect';
import { normalise } from './normalise';

/**
 * Moves that cost a reply most. Sharing one with a scripted reply (or missing one it has) says
 * more about which reply the trainee meant than any courtesy they share: 是的，但是 typed after a
 * warm opening is the yes-but reply, not the warm one.
 */
export const HARMFUL_MOVES: readonly Behaviour[] = [
  ...COMPOSURE_LAPSES,
  'deflect',
  'yes-but',
  'policy-first',
  'premature-close',
  'over-promise',
  'investigate-blame',
];

/** How much more a harmful move weighs than any other in the behaviour similarity. */
const HARMFUL_WEIGHT = 2;

/** Top two replies nearer than this in behaviours: the trainee is asked which one they meant. */
export const MATCH_MARGIN = 0.15;

/**
 * Words this close to one scripted reply (character-bigram overlap), and no other reply near, make
 * the match clear whatever the behaviours say: the trainee said that reply nearly word for word.
 */
export const VERBATIM_WORDING = 0.75;
const OTHER_WORDING_BELOW = 0.5;

/** Why a scripted reply is as near as it is, in terms a trainer can check. */
export interface MatchReason {
  /** Behaviours the typed reply and the scripted reply both show. */
  readonly shared: Behaviour[];
  /** Behaviours only the typed reply shows. */
  readonly onlyTyped: Behaviour[];
  /** Behaviours only the scripted reply shows. */
  readonly onlyScripted: Behaviour[];
  /** 0–1: character-bigram overlap (Dice) with the scripted reply's text in the trainee's language. */
  readonly wording: number;
  /** The words were nearly the scripted reply's own: the match is clear on wording alone. */
  readonly verbatim: boolean;
}

export interface MatchCandidate {
  readonly choiceId: string;
  /** 0–1: weighted Jaccard over behaviour tags, harmful moves weighing HARMFUL_WEIGHT. */
  readonly similarity: number;
  readonly reason: MatchReason;
}

export interface ReplyMatch {
  /** The top reply stands clear of the next by MATCH_MARGIN, or was said nearly verbatim. */
  readonly clear: boolean;
  /** The nearest scripted reply (candidates[0]). */
  readonly best: string;
  /** Every scripted reply of the decision point, nearest first. */
  readonly candidates: MatchCandidate[];
}

const weight = (b: Behaviour) => (HARMFUL_MOVES.includes(b) ? HARMFUL_WEIGHT : 1);
const weigh = (list: readonly Behaviour[]) => list.reduce((sum, b) => sum + weight(b), 0);

/** Weighted Jaccard: the weight of the shared behaviours over the weight of all shown by either. */
function behaviourSimilarity(shared: readonly Behaviour[], union: readonly Behaviour[]): number {
  const total = weigh(union);
  return total === 0 ? 0 : weigh(shared) / total;
}

/** 0–1: how much of two replies' moves they share (the similarity a match is ranked by). */
export function behaviourOverlap(
  typed: readonly Behaviour[],
  scripted: readonly Behaviour[],
): number {
  const shared = typed.filter((b) => scripted.includes(b));
  return round(behaviourSimilarity(shared, [...new Set([...typed, ...scripted])]));
}

/** The characters that carry wording: letters and digits, lower case, full width folded. */
const wordingOf = (text: string) => normalise(text).text.replace(/[^\p{L}\p{N}]+/gu, '');

function bigrams(text: string): Map<string, number> {
  const chars = [...wordingOf(text)];
  const counts = new Map<string, number>();
  // A single character is its own bigram, so a one-character reply still compares.
  const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/** Dice coefficient of two texts' character bigrams (as multisets), 0–1. */
export function wordingOverlap(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let size = 0;
  let common = 0;
  for (const n of left.values()) size += n;
  for (const n of right.values()) size += n;
  for (const [gram, n] of left) common += Math.min(n, right.get(gram) ?? 0);
  return size === 0 ? 0 : (2 * common) / size;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The scripted reply of this decision point the trainee's own words come nearest to: by the
 * behaviours they show, with the wording (in the trainee's language) ordering replies that tie on
 * behaviours. The match decides only where the call goes; the turn's grade is that of the
 * trainee's own behaviours.
 */
export function matchTypedReply(
  node: Pick<DecisionNode, 'choices'>,
  detection: Pick<Detection, 'behaviours'>,
  text: string,
  lang: Locale,
): ReplyMatch {
  const typed = new Set(detection.behaviours);
  const scored = node.choices.map((choice, order) => {
    const scripted = new Set(choice.behaviours);
    const shared = [...typed].filter((b) => scripted.has(b)).sort();
    const union = [...new Set([...typed, ...scripted])];
    return {
      order,
      choiceId: choice.id,
      similarity: round(behaviourSimilarity(shared, union)),
      reason: {
        shared,
        onlyTyped: [...typed].filter((b) => !scripted.has(b)).sort(),
        onlyScripted: [...scripted].filter((b) => !typed.has(b)).sort(),
        wording: round(wordingOverlap(text, choice.text[lang])),
        verbatim: false,
      },
    };
  });
  const verbatim = scored.filter((c) => c.reason.wording >= VERBATIM_WORDING);
  const othersFar =
    verbatim.length === 1 &&
    scored.every((c) => c === verbatim[0] || c.reason.wording < OTHER_WORDING_BELOW);
  const said = othersFar ? verbatim[0] : undefined;
  const ranked = scored
    .map((c) => (c === said ? { ...c, reason: { ...c.reason, verbatim: true } } : c))
    .sort(
      (a, b) =>
        Number(b.reason.verbatim) - Number(a.reason.verbatim) ||
        b.similarity - a.similarity ||
        b.reason.wording - a.reason.wording ||
        a.order - b.order,
    );
  const [first, second] = ranked;
  if (!first) throw new Error('a decision point without replies cannot be matched');
  const clear =
    first.reason.verbatim ||
    second === undefined ||
    first.similarity - second.similarity >= MATCH_MARGIN - 1e-9;
  return {
    clear,
    best: first.choiceId,
    candidates: ranked.map(({ choiceId, similarity, reason }) => ({
      choiceId,
      similarity,
      reason,
    })),
  };
}

/**
 * The replies a trainee may say they meant when the match is not clear: the nearest one and every
 * reply within MATCH_MARGIN of it.
 */
export function nearestCandidates(match: ReplyMatch): MatchCandidate[] {
  const top = match.candidates[0]?.similarity ?? 0;
  return match.candidates.filter((c) => top - c.similarity < MATCH_MARGIN - 1e-9);
}

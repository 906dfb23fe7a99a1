import type { TurnRecord } from '../attempt-log';
import type { Behaviour } from '../behaviours';
import type { MatchChosenBy } from '../detect/typed-reply';
import type { LocalizedText } from '../scenario-schema';
import type { Locale } from '../vocabulary';
import { rulePoints, type RulePoints } from './rule-points';

/** Words of a typed reply that earned or cost points: a span of the reply and the rules on it. */
export interface TypedHighlight {
  /** UTF-16 offsets into the typed text, end exclusive (the detector's evidence). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly behaviour: Behaviour;
  /** The rules of the turn's grade that rest on this behaviour, credit first, with their points. */
  readonly rules: RulePoints[];
  /** Whether the words earned, cost, did both, or moved no rule (a move the rubric only routes on). */
  readonly tone: 'earned' | 'cost' | 'mixed' | 'none';
}

export interface TypedFeedback {
  readonly text: string;
  readonly lang: Locale;
  /** In reply order; a span showing two behaviours appears once per behaviour. */
  readonly highlights: TypedHighlight[];
  /**
   * Rules of the grade that rest on no single word of the reply: something left unsaid (an owed
   * apology, a satisfaction check) or kept throughout (composure), shown beside the words.
   */
  readonly unsaid: RulePoints[];
  /** The scripted reply the call was routed along, and who picked it. */
  readonly matched: { choiceId: string; reply: LocalizedText; chosenBy: MatchChosenBy };
  /** The expert's (recommended) reply at this decision point. */
  readonly expert: { choiceId: string; reply: LocalizedText };
  /** The phrase lists the words were heard with (the bundled ones, or an organisation's version). */
  readonly listsVersion: string;
}

const toneOf = (rules: readonly RulePoints[]): TypedHighlight['tone'] => {
  const earned = rules.some((r) => r.points > 0);
  const cost = rules.some((r) => r.points < 0);
  return earned && cost ? 'mixed' : earned ? 'earned' : cost ? 'cost' : 'none';
};

/**
 * What the debrief shows for a typed turn: the trainee's words with each span the detector found,
 * the rules that span earned or cost (by the turn's own record of which behaviours each rule
 * rests on, with the rubric's points), the rules no word carries, the scripted reply the call was
 * matched to and the expert's reply. Null for a chosen reply or a silence.
 */
export function typedFeedback(turn: TurnRecord): TypedFeedback | null {
  const typed = turn.typed;
  if (!typed) return null;
  const points = new Map(rulePoints(turn).map((p) => [p.id, p]));
  const on = (behaviour: Behaviour) =>
    typed.causes.flatMap((c) => {
      const rule = points.get(c.rule);
      return rule && c.behaviours.includes(behaviour) ? [rule] : [];
    });
  const highlights = typed.evidence.map((e) => {
    const rules = on(e.behaviour);
    return {
      start: e.start,
      end: e.end,
      text: e.text,
      behaviour: e.behaviour,
      rules,
      tone: toneOf(rules),
    };
  });
  const unsaid = typed.causes.flatMap((c) => {
    const rule = points.get(c.rule);
    return rule && c.behaviours.length === 0 ? [rule] : [];
  });
  return {
    text: typed.text,
    lang: typed.lang,
    highlights,
    unsaid,
    matched: {
      choiceId: typed.matchedChoiceId,
      reply: typed.matchedReply,
      chosenBy: typed.matchChosenBy,
    },
    expert: { choiceId: turn.expertChoice, reply: turn.expertReply },
    listsVersion: typed.listsVersion,
  };
}

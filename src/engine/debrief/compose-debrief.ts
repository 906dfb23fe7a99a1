import type { AttemptRecord } from '../records/attempt';
import type { CaseKind, LocalizedText, Scenario } from '../scenario-schema';
import { ruleById } from '../scoring/rules';
import { endingAccount } from './ending-account';
import { moodState } from './mood-state';
import { caseLinesOf } from './quotes';
import { skillLines, type SkillLine } from './skills';
import { turnComment, type Comment } from './turn-comment';

/** What the debrief composer reads of a finished call. */
export type DebriefCall = Pick<
  AttemptRecord,
  'outcome' | 'choices' | 'transcript' | 'turns' | 'customer' | 'score'
> &
  Partial<Pick<AttemptRecord, 'cueSpot'>>;

/** The case's kind, which the attempt does not store: a written reply is spoken of as a letter. */
export interface DebriefOptions {
  kind?: CaseKind;
  /**
   * The case the call was played on, when it is at hand: a comment may then quote the author's own
   * words (nobody in the case says them) and words said with a few left out (see quotesSaidOnPath).
   */
  scenario?: Pick<Scenario, 'nodes'> | undefined;
}

export interface TurnDebrief {
  turn: number;
  comment: Comment;
  /** The rules the reply broke, each linked to the handbook; exactly the rules that fired. */
  cited: string[];
  /** The customer after the reply, by the case's own threshold; null when the call kept no customer. */
  mood: 'agitated' | 'calm' | null;
}

export interface CriticalLine {
  id: string;
  /** The rule's explanation after its headline, which the rule's link already says. */
  detail: LocalizedText;
}

export interface Debrief {
  ending: LocalizedText[];
  turns: TurnDebrief[];
  skills: SkillLine[];
  critical: CriticalLine[];
}

const afterHeadline = (text: string) => {
  const detail = text.replace(/^[^：:]*[：:]\s*/, '');
  return detail.charAt(0).toUpperCase() + detail.slice(1);
};

/** Everything the debrief says about a call, composed from what happened on it. */
export function composeDebrief(
  call: DebriefCall,
  { kind = 'call', scenario }: DebriefOptions = {},
): Debrief {
  const caseLines = scenario ? caseLinesOf(scenario) : undefined;
  return {
    ending: endingAccount({
      outcome: call.outcome,
      choices: call.choices,
      transcript: call.transcript,
      turns: call.turns,
      name: call.customer?.name ?? null,
      kind,
    }),
    turns: call.turns.map((turn) => ({
      turn: turn.turn,
      comment: turnComment(turn, call.transcript, kind, caseLines),
      cited: [...turn.rules],
      mood: call.customer ? moodState(turn.mood, call.customer.agitatedAt) : null,
    })),
    skills: call.score
      ? skillLines(call.score.dimensions, call.turns, call.cueSpot?.correct === true)
      : [],
    critical: (call.score?.criticalErrors ?? []).map((id) => {
      const description = ruleById(id)?.description ?? { 'zh-CN': '', en: '' };
      return {
        id,
        detail: {
          'zh-CN': afterHeadline(description['zh-CN']),
          en: afterHeadline(description.en),
        },
      };
    }),
  };
}

import { answeredCall, reply } from '../engine/conversation';
import type { TypedReply } from '../engine/detect/typed-reply';
import { summarizeCall, type Replay } from '../engine/replay';
import type { Scenario } from '../engine/scenario-schema';
import { readTypedReply, resolveUnclearMatch } from '../engine/typed-turn';
import { LOCALES, type Locale } from '../engine/vocabulary';

/** A reply said in the trainee's own words on the command line: `zh-CN:<text>` or `en:<text>`. */
export interface SaidLine {
  lang: Locale;
  text: string;
}

/** One `--say` value: a reply id (or @timeout), or words prefixed by their language. */
export function parseSaid(value: string): string | SaidLine {
  const lang = LOCALES.find((l) => value.startsWith(`${l}:`));
  return lang ? { lang, text: value.slice(lang.length + 1).trim() } : value.trim();
}

/**
 * Plays chosen and typed replies through the call's machine, as the app does. With nobody to ask
 * which reply was meant, an unclear match takes the lower-scoring nearest reply, as in a
 * certification run.
 */
export function playSaid(scenario: Scenario, replies: readonly (string | SaidLine)[]): Replay {
  let call = answeredCall(scenario);
  for (const said of replies) {
    if (typeof said === 'string') {
      call = reply(scenario, call, said);
      continue;
    }
    const { detection, match } = readTypedReply(scenario, call, said.text, said.lang);
    const typed: TypedReply = {
      text: said.text,
      lang: said.lang,
      behaviours: detection.behaviours,
      evidence: detection.evidence,
      listsVersion: detection.listsVersion,
      matchedChoiceId: match.clear ? match.best : resolveUnclearMatch(scenario, call, match),
      matchChosenBy: match.clear ? 'detector' : 'lower-scoring',
    };
    call = reply(scenario, call, typed.matchedChoiceId, typed);
  }
  return summarizeCall(scenario, call);
}

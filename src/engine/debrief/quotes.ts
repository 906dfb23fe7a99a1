import type { TranscriptEntry } from '../attempt-log';
import type { LocalizedText, Scenario } from '../scenario-schema';
import type { Locale } from '../vocabulary';
import { normalized } from './sentences';

/** The words between quotation marks in a text: “…”, 「…」 or "…". */
export function quotedWords(text: string): string[] {
  return quotations(text).map((q) => q.words);
}

/** Each quotation with the few characters before it, which say whose words it reports. */
function quotations(text: string): Array<{ words: string; before: string }> {
  return [...text.matchAll(/“([^”]+)”|「([^」]+)」|"([^"]+)"/g)].map((m) => ({
    words: (m[1] ?? m[2] ?? m[3])!,
    before: text.slice(Math.max(0, m.index - 12), m.index),
  }));
}

/** Words that say the quotation is the customer's: such a quotation must be of this call's lines. */
const REPORTS_CUSTOMER = /(那句|客户说|他说|她说|customer's|customer said|that\s*)$/i;

/** Chinese by character, English by word: what a quotation's words are matched in. */
const unitsOf = (text: string, locale: Locale): string[] =>
  locale === 'en' ? (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) : [...normalized(text)];

/**
 * Whether a line holds the quoted words in order, close together: a quotation may leave words out
 * (“误会了” of “误会她们了”), but not gather them from across the line.
 */
function holds(line: readonly string[], quoted: readonly string[]): boolean {
  const span = quoted.length * 2 + 2;
  for (let start = 0; start < line.length; start += 1) {
    if (line[start] !== quoted[0]) continue;
    let matched = 1;
    for (
      let i = start + 1;
      i < line.length && i - start < span && matched < quoted.length;
      i += 1
    ) {
      if (line[i] === quoted[matched]) matched += 1;
    }
    if (matched === quoted.length) return true;
  }
  return false;
}

/**
 * Whether every quotation in a sentence is true of this call: a comment written for one route
 * through a case may quote a line another route never reaches.
 * - A quotation of the customer (introduced as theirs, or words of a customer line of the case)
 *   must be of words said on this call.
 * - Any other quotation holds if this call said those words (a few left out), and is the author's
 *   own words (a paraphrase of the reply, a saying) if nobody in the case says them.
 * Without the case's lines (`caseLines`), every quotation must be of words said on this call.
 */
export function quotesSaidOnPath(
  sentence: string,
  transcript: readonly TranscriptEntry[],
  locale: Locale,
  caseLines?: CaseLines,
): boolean {
  const said = transcript.map((e) => normalized(e.text[locale]));
  return quotations(sentence).every(({ words, before }) => {
    const quoted = normalized(words);
    if (quoted.length === 0 || said.some((line) => line.includes(quoted))) return true;
    if (!caseLines) return false;
    const ofCustomer =
      REPORTS_CUSTOMER.test(before) ||
      caseLines.customer.some((l) => normalized(l[locale]).includes(quoted));
    if (ofCustomer) return false;
    const units = unitsOf(words, locale);
    if (transcript.some((e) => holds(unitsOf(e.text[locale], locale), units))) return true;
    return !caseLines.all.some((l) => holds(unitsOf(l[locale], locale), units));
  });
}

/** What the case has its customer say, and everything anyone in it says: for quotesSaidOnPath. */
export interface CaseLines {
  customer: readonly LocalizedText[];
  all: readonly LocalizedText[];
}

export function caseLinesOf(scenario: Pick<Scenario, 'nodes'>): CaseLines {
  const customer = scenario.nodes.flatMap((n) => n.lines.map((l) => l.text));
  const replies = scenario.nodes.flatMap((n) =>
    n.kind === 'decision' ? n.choices.map((c) => c.text) : [],
  );
  return { customer, all: [...customer, ...replies] };
}

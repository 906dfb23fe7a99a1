import type { TranscriptEntry } from '../attempt-log';
import type { Locale } from '../vocabulary';
import { normalized } from './sentences';

/** The words between quotation marks in a text: “…”, 「…」 or "…". */
export function quotedWords(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”|「([^」]+)」|"([^"]+)"/g)].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  );
}

/**
 * Whether every quotation in a sentence is of words said on this call (by either side): a comment
 * written for one route through a case may quote a line another route never reaches.
 */
export function quotesSaidOnPath(
  sentence: string,
  transcript: readonly TranscriptEntry[],
  locale: Locale,
): boolean {
  const said = transcript.map((e) => normalized(e.text[locale]));
  return quotedWords(sentence).every((words) => {
    const quoted = normalized(words);
    return quoted.length === 0 || said.some((line) => line.includes(quoted));
  });
}

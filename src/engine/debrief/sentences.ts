import type { LocalizedText } from '../scenario-schema';
import { LOCALES, type Locale } from '../vocabulary';

const ENDS = new Set(['。', '！', '？', '!', '?', '.']);
const CLOSERS = new Set(['”', '’', '」', ')', '）', '"']);

/**
 * A sentence ends at 。！？ (English: . ! ? before a space and a capital), never inside a quotation:
 * “还有什么可以帮您？”——“没有了。” is one sentence. The debrief compares sentences one by one, so a
 * point made twice is said once.
 */
export function splitSentences(text: string, locale: Locale): string[] {
  const sentences: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '“' || c === '「') quoted = true;
    else if (c === '”' || c === '」') quoted = false;
    else if (c === '"') quoted = !quoted;
    if (quoted || !ENDS.has(c)) continue;
    let end = i + 1;
    while (end < text.length && (ENDS.has(text[end]!) || CLOSERS.has(text[end]!))) end += 1;
    const rest = text.slice(end);
    const ends = locale === 'en' ? rest === '' || /^\s+[^a-z]/.test(rest) : true;
    if (!ends) continue;
    sentences.push(text.slice(start, end));
    start = end;
    i = end - 1;
    quoted = false;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A sentence stripped of spacing and punctuation, for comparing what it says. */
export const normalized = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** Clauses long enough to be a point of their own (a short "yes" repeated is not repetition). */
const clausesOf = (sentence: string, locale: Locale) =>
  sentence
    .split(locale === 'en' ? /[,;:—]\s*/ : /[，；：——]/)
    .map(normalized)
    .filter((c) => c.length >= (locale === 'en' ? 16 : 6));

/**
 * The sentences of several texts in order, each point said once: a sentence already said is left
 * out, and so is one whose every substantial clause was said before (an author's note and a rule
 * that end on the same maxim).
 */
export function sayOnce(texts: readonly string[], locale: Locale): string[] {
  const said = new Set<string>();
  const clauses = new Set<string>();
  const out: string[] = [];
  for (const sentence of texts.flatMap((t) => splitSentences(t, locale))) {
    const key = normalized(sentence);
    const own = clausesOf(sentence, locale);
    if (key.length === 0 || said.has(key)) continue;
    if (own.length > 0 && own.every((c) => clauses.has(c))) continue;
    said.add(key);
    own.forEach((c) => clauses.add(c));
    out.push(sentence);
  }
  return out;
}

/** sayOnce in every language of the debrief. */
export function sayOnceLocalized(texts: readonly LocalizedText[]): Record<Locale, string[]> {
  return Object.fromEntries(
    LOCALES.map((l) => [
      l,
      sayOnce(
        texts.map((t) => t[l]),
        l,
      ),
    ]),
  ) as Record<Locale, string[]>;
}

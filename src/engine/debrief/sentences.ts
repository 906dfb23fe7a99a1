import type { LocalizedText } from '../scenario-schema';
import { LOCALES, type Locale } from '../vocabulary';

/**
 * A Chinese sentence ends at 。！？ (and any closing quote after it); an English one at . ! ? followed
 * by a space. The debrief compares sentences one by one, so a point made twice is said once.
 */
export function splitSentences(text: string, locale: Locale): string[] {
  const pattern =
    locale === 'en' ? /[^.!?]+(?:[.!?]+["”’)]*|$)\s*/g : /[^。！？!?]+(?:[。！？!?]+[”’」)]*|$)/g;
  return (text.match(pattern) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
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

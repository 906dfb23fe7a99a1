import type { Locale } from '../vocabulary';

/** A stretch of the normalised reply: [start, end) offsets into it. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  /** Clauses split at commas, semicolons, colons and dashes: the scope of a negator. */
  readonly clauses: readonly Span[];
}

const CLAUSE_BREAK = /[,;:،、—–]+|\s-\s/gu;
// Intl.Segmenter keeps "?!" and "……" inside a sentence; a Chinese ellipsis or a bare "?" that it
// misses still ends a thought for our purposes.
const EXTRA_SENTENCE_BREAK = /[?!。！？]+|…{2,}|\.{3,}/gu;

const segmenters = new Map<Locale, Intl.Segmenter>();
function sentenceSegmenter(lang: Locale): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

function splitAt(text: string, span: Span, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  let from = span.start;
  const piece = text.slice(span.start, span.end);
  for (const match of piece.matchAll(pattern)) {
    const at = span.start + (match.index ?? 0);
    const after = at + match[0].length;
    if (at > from) spans.push({ start: from, end: after });
    from = after;
  }
  if (from < span.end) spans.push({ start: from, end: span.end });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

/** Sentences (Intl.Segmenter, then sentence punctuation it left inside), each with its clauses. */
export function sentencesOf(text: string, lang: Locale): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { index, segment } of sentenceSegmenter(lang).segment(text)) {
    const span = { start: index, end: index + segment.length };
    for (const part of splitAt(text, span, EXTRA_SENTENCE_BREAK)) {
      sentences.push({ ...part, clauses: splitAt(text, part, CLAUSE_BREAK) });
    }
  }
  return sentences;
}

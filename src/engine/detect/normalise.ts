/**
 * The reply as the lists see it: NFKC (full-width punctuation and digits become half-width, as
 * VOICE.md asks of every phrase matcher) and lower case, with a map back to the reply's UTF-16
 * offsets so that evidence points at the words the trainee typed.
 */
export interface NormalisedText {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset in the original where its character starts. */
  readonly starts: readonly number[];
  /** For each UTF-16 unit of `text`, the offset in the original where its character ends. */
  readonly ends: readonly number[];
}

export function normalise(original: string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of original) {
    const mapped = char.normalize('NFKC').toLowerCase();
    const end = offset + char.length;
    for (let i = 0; i < mapped.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    text += mapped;
    offset = end;
  }
  return { text, starts, ends };
}

/** A span of the normalised text as a span of the original, end exclusive. */
export function originalSpan(
  normalised: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at = normalised.starts[start] ?? normalised.ends[normalised.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: normalised.starts[start] ?? 0, end: normalised.ends[end - 1] ?? 0 };
}

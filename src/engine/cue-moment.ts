import type { TranscriptEntry, TurnRecord } from './attempt-log';

/** The moment the customer revealed what they really wanted, and what the trainee did with it. */
export interface CueMoment {
  /** Index of the key-cue line in the transcript. */
  entry: number;
  /** The reply that answered it, if the call went on. */
  response: TurnRecord | null;
  verdict: 'acted' | 'ignored' | 'unanswered';
}

/** Finds the key-cue line in a transcript; null when this call never reached it. */
export function cueMoment(
  transcript: readonly TranscriptEntry[],
  turns: readonly TurnRecord[],
): CueMoment | null {
  const entry = transcript.findIndex((e) => e.keyCue);
  if (entry < 0) return null;
  const heardAtTurn = transcript[entry]!.turn;
  const response = turns.find((t) => t.turn === heardAtTurn + 1) ?? null;
  const verdict = !response
    ? 'unanswered'
    : response.credits.includes('acted-on-key-cue')
      ? 'acted'
      : 'ignored';
  return { entry, response, verdict };
}

/** Whether the line a trainee marked is the one that revealed the real expectation. */
export function isKeyCue(transcript: readonly TranscriptEntry[], entry: number): boolean {
  const marked = transcript[entry];
  return marked?.speaker === 'customer' && marked.keyCue === true;
}

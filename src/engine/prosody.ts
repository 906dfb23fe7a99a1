import type { Mood } from './scenario-schema';

/** How the customer's voice sounds: Web Speech API rate, pitch and volume. */
export interface Prosody {
  rate: number;
  pitch: number;
  volume: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * An angry customer speaks faster, higher and louder; a trusting one slower and softer. The tone
 * and pace of a voice are cues trainees learn to hear, so the voice follows the mood.
 */
export function prosodyFor(mood: Mood): Prosody {
  const heat = (mood.anger - 50) / 50;
  const ease = (mood.trust - 50) / 50;
  return {
    rate: round(clamp(1 + 0.3 * heat - 0.1 * ease, 0.8, 1.35)),
    pitch: round(clamp(1 + 0.25 * heat, 0.8, 1.3)),
    volume: round(clamp(0.85 + 0.15 * heat, 0.6, 1)),
  };
}

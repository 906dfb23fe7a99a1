import type { Mood } from '../scenario-schema';

/**
 * Agitated or calm by the case's own threshold (the customer snapshot's agitatedAt, from
 * agitationThreshold), never by a fixed number: a case may call anger 50 agitated.
 */
export const moodState = (mood: Mood, agitatedAt: number): 'agitated' | 'calm' =>
  mood.anger >= agitatedAt ? 'agitated' : 'calm';

import type { LocalizedText, Mood, MoodReactions } from './scenario-schema';
import type { TurnFacts } from './scoring/rule';
import { FIRING_RULES } from './scoring/rules';
import { deadAir } from './scoring/rules/situational-penalties';

/**
 * How the simulated customer reacts as a person, on top of what the author wrote for each reply:
 * the same rules for every case, so customers behave consistently across the library.
 */
export interface Reaction {
  id: string;
  mood: { anger?: number; trust?: number };
  description: LocalizedText;
  applies(facts: TurnFacts, firedRules: readonly string[]): boolean;
}

// Dead air has a reaction of its own below; it is not also a bristle.
const severe = new Set(
  FIRING_RULES.filter(
    (r) => (r.kind === 'penalty-critical' || r.kind === 'penalty-major') && r.id !== deadAir.id,
  ).map((r) => r.id),
);

export const REACTIONS: readonly Reaction[] = [
  {
    id: 'feels-understood',
    mood: { anger: -10, trust: 10 },
    applies: (f) =>
      f.keyCueHere && f.behaviours.some((b) => b === 'probe-expectation' || b === 'paraphrase'),
    description: {
      'zh-CN': '您接住了客户话里真正的意思，对方明显松了口气。',
      en: 'You picked up what the customer really meant, and they visibly relaxed.',
    },
  },
  {
    id: 'bristles',
    mood: { anger: 10, trust: -5 },
    applies: (_f, fired) => fired.some((id) => severe.has(id)),
    description: {
      'zh-CN': '这句话让客户更火了。',
      en: 'That remark made the customer angrier.',
    },
  },
  {
    id: 'resigned',
    mood: { trust: -10 },
    applies: (f) => f.behaviours.includes('premature-close') && f.moodBefore.trust < 70,
    description: {
      'zh-CN': '客户那句“没有了”是无奈，不是满意。',
      en: 'The customer\'s "no, that\'s all" was resignation, not satisfaction.',
    },
  },
  {
    id: 'dead-air',
    mood: { anger: 15 },
    applies: (f) => f.timedOut,
    description: {
      'zh-CN': '电话里的沉默让客户更着急了。',
      en: 'The silence on the line made the customer more anxious.',
    },
  },
];

const clampLevel = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** The one reaction a case whose replies carry their own reaction still gets: no reply, no effect. */
const TO_SILENCE = 'dead-air';

/**
 * Applies every reaction that the turn calls for; returns the new mood and which reacted. When the
 * author's effects are the customer's reaction (`reactions: 'author'`), only silence gets one.
 */
export function react(
  mood: Mood,
  facts: TurnFacts,
  firedRules: readonly string[],
  by: MoodReactions = 'engine',
) {
  const reactions = REACTIONS.filter(
    (r) => (by === 'engine' || r.id === TO_SILENCE) && r.applies(facts, firedRules),
  );
  const next = reactions.reduce(
    (m, r) => ({
      anger: clampLevel(m.anger + (r.mood.anger ?? 0)),
      trust: clampLevel(m.trust + (r.mood.trust ?? 0)),
    }),
    mood,
  );
  return { mood: next, reactions: reactions.map((r) => r.id) };
}

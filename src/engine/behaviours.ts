/**
 * The controlled vocabulary of what a reply does. Authors tag every reply with these; grading reads
 * only the tags, never the wording, so the same rules apply to every case in every language. The
 * list only ever grows: packs written against an older list stay valid.
 */
export const BEHAVIOURS = [
  'acknowledge-emotion',
  'apologize',
  'paraphrase',
  'ask-facts',
  'probe-expectation',
  'explain',
  'offer-solution',
  'bounded-offer',
  'open-ended-offer',
  'commit-deadline',
  'follow-up',
  'check-satisfaction',
  'argue',
  'blame',
  'deflect',
  'yes-but',
  'policy-first',
  'premature-close',
  'over-promise',
  'disparage-competitor',
  'threaten',
  // Added with the full rubric.
  'hold',
  'callback-promise',
  'solicit-review',
  'record',
  'let-vent',
  'verify-facts',
  'own-problem',
  'isolate',
  'self-identify',
  'thank',
  'set-expectations',
  'decline-tactfully',
  'progress-update',
  'exceed-expectations',
  'root-cause',
  'investigate',
  'open-question',
  'closed-question',
  'deny-emotion',
  'refuse-apology',
  'disclose-private',
  'investigate-blame',
  'keep-waiting',
  'filler',
  'rough-hold',
  'over-affectionate',
] as const;

export type Behaviour = (typeof BEHAVIOURS)[number];

/** Moves that meet the customer in their personal space: 先处理心情. */
export const EMPATHY_MOVES: readonly Behaviour[] = ['acknowledge-emotion', 'apologize'];

/** Moves that hear the problem out before acting on it: 先听清问题. */
export const LISTENING_MOVES: readonly Behaviour[] = [
  'paraphrase',
  'ask-facts',
  'probe-expectation',
  'record',
];

/** Moves that work on the matter itself. */
export const SOLUTION_MOVES: readonly Behaviour[] = [
  'explain',
  'offer-solution',
  'bounded-offer',
  'commit-deadline',
];

/** Moves that keep a promise to come back to the customer. */
export const FOLLOW_UP_MOVES: readonly Behaviour[] = ['follow-up', 'progress-update'];

/** Lapses of composure and service language: a reply with one of these has not kept its calm. */
export const COMPOSURE_LAPSES: readonly Behaviour[] = [
  'argue',
  'blame',
  'threaten',
  'deny-emotion',
  'refuse-apology',
  'disclose-private',
  'disparage-competitor',
  'keep-waiting',
  'rough-hold',
  'over-affectionate',
];

const includesAny = (list: readonly Behaviour[], group: readonly Behaviour[]) =>
  group.some((b) => list.includes(b));
const shownAny = (earlier: ReadonlySet<Behaviour>, group: readonly Behaviour[]) =>
  group.some((b) => earlier.has(b));

/**
 * 先处理心情再处理事情, one definition for the scoring rule and the path checks: a reply works on
 * the matter before any empathy move, neither in this reply nor earlier.
 */
export const solvesBeforeCalming = (
  reply: readonly Behaviour[],
  earlier: ReadonlySet<Behaviour>,
): boolean =>
  includesAny(reply, SOLUTION_MOVES) &&
  !includesAny(reply, EMPATHY_MOVES) &&
  !shownAny(earlier, EMPATHY_MOVES);

/** 先听清问题再解决问题: a reply works on the matter before any listening move, here or earlier. */
export const solvesBeforeHearing = (
  reply: readonly Behaviour[],
  earlier: ReadonlySet<Behaviour>,
): boolean =>
  includesAny(reply, SOLUTION_MOVES) &&
  !includesAny(reply, LISTENING_MOVES) &&
  !shownAny(earlier, LISTENING_MOVES);

/**
 * The controlled vocabulary of what a reply does. Authors tag every reply with these; grading reads
 * only the tags, never the wording, so the same rules apply to every case in every language.
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
] as const;

export type Behaviour = (typeof BEHAVIOURS)[number];

/** Moves that meet the customer in their personal space: 先处理心情. */
export const EMPATHY_MOVES: readonly Behaviour[] = ['acknowledge-emotion', 'apologize'];

/** Moves that hear the problem out before acting on it: 先听清问题. */
export const LISTENING_MOVES: readonly Behaviour[] = [
  'paraphrase',
  'ask-facts',
  'probe-expectation',
];

/** Moves that work on the matter itself. */
export const SOLUTION_MOVES: readonly Behaviour[] = [
  'explain',
  'offer-solution',
  'bounded-offer',
  'commit-deadline',
];

/** Moves that close the loop with the customer. */
export const CLOSING_MOVES: readonly Behaviour[] = ['follow-up', 'check-satisfaction'];

/** Mistakes so damaging that a trainer fails the call whatever else went well. */
export const CRITICAL_MISTAKES: readonly Behaviour[] = ['argue', 'blame', 'threaten'];

/** Mistakes the course names as things to avoid; each costs points on its dimension. */
export const MAJOR_MISTAKES: readonly Behaviour[] = [
  'deflect',
  'yes-but',
  'policy-first',
  'premature-close',
  'over-promise',
  'disparage-competitor',
  'open-ended-offer',
];

export const isEmpathyMove = (b: Behaviour) => EMPATHY_MOVES.includes(b);
export const isListeningMove = (b: Behaviour) => LISTENING_MOVES.includes(b);
export const isSolutionMove = (b: Behaviour) => SOLUTION_MOVES.includes(b);

import { BEHAVIOURS, type Behaviour } from '../behaviours';

/**
 * The vocabulary grouped as the authoring guide's table reads it (docs/authoring.md), so an author
 * finds a tag by what the reply is trying to do. Every behaviour is in exactly one group.
 */
export const BEHAVIOUR_GROUPS = {
  empathy: ['acknowledge-emotion', 'apologize', 'thank'],
  listening: ['paraphrase', 'record', 'let-vent', 'ask-facts', 'probe-expectation', 'verify-facts'],
  solution: [
    'explain',
    'offer-solution',
    'commit-deadline',
    'own-problem',
    'bounded-offer',
    'set-expectations',
    'decline-tactfully',
  ],
  followUp: [
    'follow-up',
    'check-satisfaction',
    'callback-promise',
    'progress-update',
    'exceed-expectations',
    'solicit-review',
  ],
  composure: ['self-identify', 'hold', 'isolate'],
  form: ['open-question', 'closed-question', 'root-cause', 'investigate'],
  mistakes: [
    'argue',
    'blame',
    'threaten',
    'deny-emotion',
    'refuse-apology',
    'disclose-private',
    'yes-but',
    'deflect',
    'policy-first',
    'premature-close',
    'over-promise',
    'disparage-competitor',
    'open-ended-offer',
    'investigate-blame',
    'keep-waiting',
    'filler',
    'rough-hold',
    'over-affectionate',
  ],
} as const satisfies Record<string, readonly Behaviour[]>;

export type BehaviourGroup = keyof typeof BEHAVIOUR_GROUPS;

/** Behaviours added to the vocabulary after this grouping was written still get offered. */
export const UNGROUPED: readonly Behaviour[] = BEHAVIOURS.filter(
  (b) => !Object.values(BEHAVIOUR_GROUPS).some((g) => (g as readonly Behaviour[]).includes(b)),
);

import type { ReplyMode } from './detect/typed-reply';
import type { LocalizedText, Scenario } from './scenario-schema';

/**
 * The training policies a trainee meets on every call, in one place so the app, the CLI
 * (`sim rubric --json`) and the tests read the same rule.
 */

/** Beginners first learn without pressure: the reply timer is on by default from this difficulty. */
export const TIMED_FROM_DIFFICULTY = 3;

/** Seconds per reply in timed mode when the case does not set its own. */
export const DEFAULT_REPLY_SECONDS = 45;

/**
 * Whether a new call on this case starts with the reply timer on. A written reply never does: a
 * letter is drafted, not answered under a ringing clock.
 */
export const timedByDefault = (scenario: Scenario): boolean =>
  scenario.kind !== 'written-reply' && scenario.difficulty >= TIMED_FROM_DIFFICULTY;

/**
 * Seconds added to each reply when the trainee says it in their own words. The case's time is for
 * reading the customer and deciding, which a typed reply needs as much as a click; typing the
 * reply comes on top. A good reply runs to about 40–50 Chinese characters (or 40 English words),
 * and a practised agent types about 60 characters a minute with a pinyin input method (about 50
 * words a minute in English): some 45 seconds. So the default 45 s becomes 90 s.
 */
export const TYPING_SECONDS = 45;

/** Seconds the trainee has for each reply in timed mode: longer when they type it. */
export const replySeconds = (scenario: Scenario, mode: ReplyMode = 'choose'): number =>
  (scenario.replySeconds ?? DEFAULT_REPLY_SECONDS) + (mode === 'type' ? TYPING_SECONDS : 0);

/** What counts toward certification, as `sim rubric` prints it. */
export const CERTIFICATION_COUNTING: LocalizedText = {
  'zh-CN':
    '每个案例版本只计第一次认证考核（放弃也算用掉这一次）；从某一轮重练的练习、案例列表里的练习都不计入认证；认证考核必须从第一轮开始。',
  en: 'Only the first certification run of each case version counts (abandoning it uses the version up too); practice from the case list and retries from a turn never count; a certification run always starts from the first turn.',
};

export interface Policies {
  timedFromDifficulty: number;
  defaultReplySeconds: number;
  /** Added to each reply's time when it is typed. */
  typingSeconds: number;
  certification: {
    countingRun: 'first-run-per-case-version';
    abandonedRunSpendsVersion: true;
    practiceCounts: false;
    retryFromTurn: false;
    description: LocalizedText;
  };
}

export const POLICIES: Policies = {
  timedFromDifficulty: TIMED_FROM_DIFFICULTY,
  defaultReplySeconds: DEFAULT_REPLY_SECONDS,
  typingSeconds: TYPING_SECONDS,
  certification: {
    countingRun: 'first-run-per-case-version',
    abandonedRunSpendsVersion: true,
    practiceCounts: false,
    retryFromTurn: false,
    description: CERTIFICATION_COUNTING,
  },
};

import { z } from 'zod';
import { BEHAVIOURS } from '../behaviours';
import { MATCH_CHOSEN_BY, REPLY_MODES } from '../detect/typed-reply';
import { DIMENSION_IDS } from '../scoring/dimensions';
import { CUES, LOCALES } from '../vocabulary';
import { count, id, mood, outcome, percent, sha256, text, time, version } from './fields';

/** Points per scoring dimension (every dimension present). */
const points = z.record(z.enum(DIMENSION_IDS), z.number());

/** One line of the transcript as the trainee saw it (see TranscriptEntry in attempt-log). */
export const transcriptEntrySchema = z.strictObject({
  speaker: z.enum(['customer', 'trainee']),
  text,
  turn: count,
  cue: z.enum(CUES).optional(),
  keyCue: z.boolean().optional(),
  line: z.strictObject({ node: z.string(), index: count }).optional(),
});

const behaviour = z.enum(BEHAVIOURS);

/**
 * A reply the trainee said in their own words (see TypedTurn in call-progress): what they said,
 * what the detector found there at `listsVersion`, the scripted reply it was routed along and who
 * picked it, that reply's words (for the debrief), and which behaviours each rule rests on.
 * Everything but `text`, `lang` and an unclear match's pick is re-derived when the call is replayed.
 */
export const typedTurnSchema = z.strictObject({
  text: z.string().min(1),
  lang: z.enum(LOCALES),
  behaviours: z.array(behaviour),
  evidence: z.array(z.strictObject({ behaviour, text: z.string(), start: count, end: count })),
  listsVersion: z.string().min(1),
  matchedChoiceId: z.string().min(1),
  matchChosenBy: z.enum(MATCH_CHOSEN_BY),
  matchedReply: text,
  causes: z.array(z.strictObject({ rule: z.string(), behaviours: z.array(behaviour) })),
});

/** One graded reply, with everything its debrief shows (see TurnRecord in attempt-log). */
export const turnRecordSchema = z.strictObject({
  turn: version,
  node: z.string(),
  choice: z.string(),
  reply: text,
  expertChoice: z.string(),
  expertReply: text,
  grade: z.number(),
  earned: points,
  expert: points,
  rules: z.array(z.string()),
  credits: z.array(z.string()),
  critical: z.array(z.string()),
  reactions: z.array(z.string()),
  feedback: text,
  moodBefore: mood,
  mood,
  /** Only on a typed turn, whose `choice` is then the scripted reply it was matched to. */
  typed: typedTurnSchema.optional(),
});

export const attemptScoreSchema = z.strictObject({
  total: percent,
  dimensions: z.record(z.enum(DIMENSION_IDS), percent.nullable()),
  criticalErrors: z.array(z.string()),
  caps: z.array(z.union([z.literal('critical'), outcome])),
});

export const expertPathSchema = z.strictObject({
  steps: z.array(z.strictObject({ node: z.string(), choice: z.string(), reply: text })),
  total: z.number(),
  outcome,
});

/** The customer as the case described them when the call was played. */
export const customerSnapshotSchema = z.strictObject({
  name: text,
  surfaceComplaint: text,
  realExpectation: text,
  startingMood: mood,
  agitatedAt: z.number(),
});
export type CustomerSnapshot = z.infer<typeof customerSnapshotSchema>;

/** The transcript line the trainee marked as revealing the real expectation. */
export const cueSpotSchema = z.strictObject({ entry: count, correct: z.boolean(), at: time });
export type CueSpot = z.infer<typeof cueSpotSchema>;

export const ATTEMPT_STATUSES = ['active', 'finished', 'abandoned'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** One call, with everything its debrief needs copied in. */
export const attemptSchema = z.strictObject({
  id,
  profileId: id,
  scenarioId: id,
  scenarioVersion: version,
  /** SHA-256 of the case content the call was played on, to replay it on that exact version. */
  contentHash: sha256,
  /** The version of the scoring model that graded it (SCORING_MODEL_VERSION when it was played). */
  scoringModel: version,
  scenarioTitle: text,
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: time,
  updatedAt: time,
  finishedAt: time.nullable(),
  /** The replies in order: the truth of the attempt. */
  choices: z.array(z.string()),
  transcript: z.array(transcriptEntrySchema),
  turns: z.array(turnRecordSchema),
  endingId: z.string().nullable(),
  outcome: outcome.nullable(),
  endingSummary: text.nullable(),
  score: attemptScoreSchema.nullable(),
  expertPath: expertPathSchema.nullable(),
  /** A practice attempt (e.g. retried from a turn of another) never counts toward certification. */
  practice: z.boolean(),
  /** The attempt this one was branched from, and the turn it restarted at. */
  parentAttemptId: id.nullable(),
  branchedAtTurn: version.nullable(),
  /** Replies were timed; a timer running out is recorded as the reply "@timeout". */
  timed: z.boolean(),
  /** When the trainee answered the call, for the handle time. */
  answeredAt: time.nullable(),
  cueSpot: cueSpotSchema.nullable(),
  /** Null on a demo call, which is stored without it and rebuilt when opened. */
  customer: customerSnapshotSchema.nullable(),
  /** Set on a certification run: the seed its reply order is shuffled with; null for practice. */
  certification: z.strictObject({ seed: z.number() }).nullable(),
  /**
   * 'type' on a call the trainee said in their own words. Absent means 'choose': every call before
   * the mode existed, written without it, so that their sealed bytes stay as they were sealed.
   */
  replyMode: z.enum(REPLY_MODES).optional(),
});
export type AttemptRecord = z.infer<typeof attemptSchema>;

/** One reply as it was recorded, keyed by attempt and position. */
export const stepSchema = z.strictObject({
  attemptId: id,
  index: count,
  choiceId: z.string().min(1),
  at: time,
});
export type StepRecord = z.infer<typeof stepSchema>;

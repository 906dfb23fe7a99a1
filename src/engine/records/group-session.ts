import { z } from 'zod';
import { count, id, text, time, version } from './fields';

/** The room's answers at one decision point. */
const room = {
  votes: z.record(z.string(), count),
  /** Hot seat: who answered, and with which reply. */
  hotSeat: z.array(z.strictObject({ participant: z.string(), choiceId: z.string() })),
  previewed: z.array(z.string()),
};

/** One decision point of a group session: the room's votes and the branch the trainer followed. */
export const groupTurnSchema = z.strictObject({
  nodeId: z.string(),
  ...room,
  followed: z.string(),
});
export type GroupTurn = z.infer<typeof groupTurnSchema>;

/** A trainer-led session on the projector, kept in history. */
export const groupSessionSchema = z.strictObject({
  id,
  scenarioId: id,
  scenarioVersion: version,
  participants: z.array(z.string()),
  turns: z.array(groupTurnSchema),
  endingId: z.string().nullable(),
  startedAt: time,
  finishedAt: time.nullable(),
  /** The case's title, for the history list. */
  scenarioTitle: text.optional(),
  /** How the room answers: counted votes, or named participants in the hot seat in turn. */
  mode: z.enum(['votes', 'hot-seat']).optional(),
  /** The decision point under discussion: saved with every vote so a crash loses nothing. */
  open: z.strictObject(room).optional(),
  /**
   * Counts the changes, so a screen holding an older copy (another tab) cannot overwrite a newer
   * one; rows written before it existed read as 0.
   */
  revision: count.optional(),
});
export type GroupSessionRecord = z.infer<typeof groupSessionSchema>;

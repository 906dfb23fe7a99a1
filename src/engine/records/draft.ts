import { z } from 'zod';
import { count, id, time } from './fields';

/** A case being written in the app; may be invalid until published. */
export const draftSchema = z.strictObject({
  id,
  /** The scenario as edited so far: not yet valid, so the editor's own shape check reads it. */
  scenario: z.unknown(),
  /** The version last published from this draft, 0 if never. */
  publishedVersion: count,
  updatedAt: time,
  /**
   * Counts the saves, so a tab holding an older copy cannot overwrite a newer one; rows written
   * before it existed read as 0.
   */
  revision: count.optional(),
  /**
   * Which editor (one per opened draft in a tab) made the last save: a copy rescued as a page
   * closed is folded in over its own saves that landed, never over another tab's.
   */
  savedBy: z.string().max(64).optional(),
});
export type DraftRecord = z.infer<typeof draftSchema>;

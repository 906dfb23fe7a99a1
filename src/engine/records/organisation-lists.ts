import type { z } from 'zod';
import { organisationListsSchema } from '../detect/organisation-lists';
import { sha256, time } from './fields';

/**
 * One version of an organisation's phrase lists, exactly as its file was imported, kept for good:
 * a typed turn graded with `<released>+<id>.<version>` re-derives with these words forever, so a
 * version is never overwritten — a file naming the same id and version with other words is refused.
 */
export const organisationListsRecordSchema = organisationListsSchema.extend({
  /** Of the file's content (canonical JSON): tells the same file imported twice from another. */
  contentHash: sha256,
  importedAt: time,
});
export type OrganisationListsRecord = z.infer<typeof organisationListsRecordSchema>;

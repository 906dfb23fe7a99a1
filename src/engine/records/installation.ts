import { z } from 'zod';
import { count, id, time } from './fields';
import { isStoredRow } from './migrations';

/** An xAPI statement waiting to reach the LRS; its id is generated here so resending never duplicates. */
export const outboxSchema = z.strictObject({
  id,
  /** The statement as the xAPI module built it, kept whole: the LRS is the judge of the rest. */
  statement: z.custom<unknown>(
    (value) => isStoredRow(value) && typeof value.id === 'string' && value.id.length > 0,
  ),
  queuedAt: time,
  tries: count,
  lastError: z.string().nullable(),
  /**
   * The cmi5 launch it was queued under: only that launch may send it, and once it has ended the
   * statement stays here, shown to HR as undeliverable. Absent: it goes to the LRS HR configured.
   */
  launch: id.optional(),
});
export type OutboxRecord = z.infer<typeof outboxSchema>;

/** A setting of this installation (e.g. the LRS endpoint); each setting's reader checks its value. */
export const settingSchema = z.strictObject({ key: id, value: z.unknown() });
export type SettingRecord = z.infer<typeof settingSchema>;

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
});
export type OutboxRecord = z.infer<typeof outboxSchema>;

/** A setting of this installation (e.g. the LRS endpoint); each setting's reader checks its value. */
export const settingSchema = z.strictObject({ key: id, value: z.unknown() });
export type SettingRecord = z.infer<typeof settingSchema>;

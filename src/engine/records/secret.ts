import { z } from 'zod';
import { count, sha256, time, version } from './fields';

const hex = z.string().regex(/^[0-9a-f]+$/);

/** A role's PIN, stored only as a PBKDF2 hash. `role` is 'trainer', 'hr' or `trainee:<profileId>`. */
export const secretSchema = z.strictObject({
  role: z.string().regex(/^(trainer|hr|trainee:.+)$/),
  salt: hex,
  hash: sha256,
  iterations: version,
  recoverySalt: hex,
  recoveryHash: sha256,
  failures: count,
  /** How many lockouts so far: each one doubles the next. */
  lockouts: count,
  lockedUntil: time,
  setAt: time,
});
export type SecretRecord = z.infer<typeof secretSchema>;

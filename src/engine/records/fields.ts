import { z } from 'zod';
import { moodSchema } from '../scenario-schema';
import { OUTCOMES } from '../vocabulary';
import { EMPLOYEE_ID, NAME_MAX } from './employee-id';

/** Field rules shared by the stored record schemas. */

export const id = z.string().min(1).max(200);
/** Epoch milliseconds. */
export const time = z.number();
export const count = z.number().int().min(0);
export const version = z.number().int().min(1);
/** A 0–100 score. */
export const percent = z.number().min(0).max(100);
/** A SHA-256 digest in hex (content hashes, ledger hashes). */
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const outcome = z.enum(OUTCOMES);
export const mood = moodSchema;
export const employeeId = z.string().regex(EMPLOYEE_ID);
export const personName = z.string().min(1).max(NAME_MAX);

/**
 * A text in both languages as it was shown. Unlike a case's own texts (which must not be blank)
 * a stored copy is kept exactly as it was, so only its shape is checked.
 */
export const text = z.strictObject({ 'zh-CN': z.string(), en: z.string() });

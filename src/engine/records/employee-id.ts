/**
 * The rules of a person's identity, without the validation library: profile creation checks them
 * at once, and the profile and award row schemas check stored rows against the same rules.
 */

/** 工号: letters, digits, `-` and `_`, 1–20 of them, so records from several machines merge on it. */
export const EMPLOYEE_ID = /^[A-Za-z0-9_-]{1,20}$/;

/** A person's display name, after trimming. */
export const NAME_MAX = 40;

/**
 * The score at which an LMS is told a call (or a single reply) succeeded. The brief sets no pass mark
 * for one call, so this is the simulator's own choice, kept in one place so xAPI and SCORM agree.
 */
export const LMS_PASS_MARK = 70;

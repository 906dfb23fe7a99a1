/**
 * The version of the scoring model: the rules, weights and caps that grade a call. Every call
 * records the version that graded it, so a later change to grading can tell old grades from new
 * ones and re-derive them. Raise it with any change that can move a grade.
 */
export const SCORING_MODEL_VERSION = 4;

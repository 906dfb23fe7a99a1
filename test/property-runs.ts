/**
 * Property tests run a fast tier in `npm test` and the full counts in `npm run test:soak` (and in
 * `.ci/run`): 300 generated inputs per property, or 10,000 in the soak tier.
 */
export const SOAK = process.env.SOAK === '1';
export const runs = (fast: number, soak: number) => (SOAK ? soak : fast);
/** Room for the soak tier on a busy two-core machine; the fast tier fails long before. */
export const PROPERTY_TIMEOUT = SOAK ? 1_800_000 : 300_000;

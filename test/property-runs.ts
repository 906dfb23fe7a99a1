/** Property tests run a fast tier in `npm test` and the full counts in `npm run test:soak`. */
export const SOAK = process.env.SOAK === '1';
export const runs = (fast: number, soak: number) => (SOAK ? soak : fast);

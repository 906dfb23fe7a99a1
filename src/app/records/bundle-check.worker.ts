import { serveCheck } from '../input/check-in-worker';
import { readBundle } from './read-bundle';

/** The worker's side of the records bundle check: bytes in, the bundle weighed as claims out. */
serveCheck(readBundle);

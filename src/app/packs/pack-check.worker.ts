import { serveCheck } from '../input/check-in-worker';
import { checkPackDescribed } from './describe-verdict';

/**
 * The worker's side of the pack check: bytes in, the same verdict as `sim validate` out, each
 * problem described in a trainer's words.
 */
serveCheck(checkPackDescribed);

import { validatePackBytes } from '../../engine/validation/validate-pack';
import { serveCheck } from '../input/check-in-worker';

/** The worker's side of the pack check: bytes in, the same verdict as `sim validate` out. */
serveCheck((bytes: ArrayBuffer) => validatePackBytes(new Uint8Array(bytes)));

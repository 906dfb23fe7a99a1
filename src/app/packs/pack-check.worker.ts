import { validatePackBytes } from '../../engine/validation/validate-pack';

/** The worker's side of the pack check: bytes in, the same verdict as `sim validate` out. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(validatePackBytes(new Uint8Array(event.data)));

import { tweeDraft } from './twee-draft';

/** The worker's side of a Twine import: a file's bytes and name in, a DraftImport out. */
export interface TweeRequest {
  bytes: ArrayBuffer;
  name: string;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<TweeRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = ({ data }) => scope.postMessage(tweeDraft(new Uint8Array(data.bytes), data.name));

import { serveCheck } from '../input/check-in-worker';
import { tweeDraft } from './twee-draft';

/** The worker's side of a Twine import: a file's bytes and name in, a DraftImport out. */
export interface TweeRequest {
  bytes: ArrayBuffer;
  name: string;
}

serveCheck(({ bytes, name }: TweeRequest) => tweeDraft(new Uint8Array(bytes), name));

import { checkDraft } from '../../engine/authoring/check-draft';
import { tweeToDraft } from '../../engine/authoring/twee/twee-to-draft';
import { decodeText } from '../../engine/input/decode-text';
import { MAX_TWEE_BYTES, tooLargeProblem } from '../../engine/validation/limits';
import type { DraftImport } from './draft-import';

const TWEE_TEXT = { en: 'a Twee (Twine) text file', 'zh-CN': 'Twee（Twine）文本文件' };

/**
 * A Twee file's bytes as a draft: the size checked again, the bytes decoded strictly (UTF-8 only,
 * a byte-order mark dropped, anything else located), the story read into a case, then checked like
 * any draft so the answer lists what is still missing. This runs inside the import worker.
 */
export function tweeDraft(bytes: Uint8Array, name: string): DraftImport {
  if (bytes.length > MAX_TWEE_BYTES) {
    return { ok: false, problems: [tooLargeProblem(bytes.length, MAX_TWEE_BYTES)] };
  }
  const decoded = decodeText(bytes, TWEE_TEXT);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const read = tweeToDraft(decoded.text, name);
  if (!read.ok) return read;
  const check = checkDraft(read.draft);
  return {
    ok: true,
    draft: read.draft,
    missing: [...read.warnings, ...check.errors, ...check.warnings],
  };
}

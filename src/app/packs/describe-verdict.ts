import { readJsonBytes } from '../../engine/input/read-json';
import { describeAll } from '../../engine/validation/describe-problem';
import { MAX_PACK_BYTES } from '../../engine/validation/limits';
import { validatePackBytes, type PackValidation } from '../../engine/validation/validate-pack';

/**
 * The verdict of `sim validate` on a pack's bytes, with every problem and piece of advice
 * described in a trainer's words. Done where the file is at hand (the import worker), since the
 * page never holds the file's contents; the file is read again only for its quotes, and one that
 * does not read is described by place.
 */
export function checkPackDescribed(buffer: ArrayBuffer): PackValidation {
  const bytes = new Uint8Array(buffer);
  const verdict = validatePackBytes(bytes);
  const read = readJsonBytes(bytes, MAX_PACK_BYTES);
  const root = read.ok ? read.value : undefined;
  return verdict.ok
    ? { ...verdict, advice: describeAll(verdict.advice, root) }
    : {
        ...verdict,
        problems: describeAll(verdict.problems, root),
        advice: describeAll(verdict.advice ?? [], root),
      };
}

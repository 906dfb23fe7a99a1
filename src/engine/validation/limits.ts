import { problem, type Problem } from './problem';

/** Pack files larger than this are refused before reading, in the app and the CLI alike. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** The problem for a file over its limit (a pack's unless another is given), at the root. */
export function tooLargeProblem(bytes: number, limit = MAX_PACK_BYTES): Problem {
  const size = (bytes / 1048576).toFixed(1);
  const most = limit / 1048576;
  return problem('$', {
    en: `the file is ${size} MB; the limit is ${most} MB`,
    'zh-CN': `文件有 ${size} MB，上限是 ${most} MB`,
  });
}

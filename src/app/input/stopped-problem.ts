import type { LocalizedText } from '../../engine/scenario-schema';

/** What the file's action would have done, for the sentence saying it did not. */
export type NothingDone = 'imported' | 'restored' | 'merged';

const NOTHING: Record<NothingDone, LocalizedText> = {
  imported: { en: 'nothing was imported', 'zh-CN': '没有导入任何内容' },
  restored: { en: 'nothing was restored', 'zh-CN': '没有恢复任何内容' },
  merged: { en: 'nothing was merged', 'zh-CN': '没有合并任何内容' },
};

/**
 * The message for a file check that was stopped: it ran past its budget, or the worker failed.
 * Either way the file was not taken, and the message says so in both languages.
 */
export function stoppedProblem(
  why: 'budget' | 'failed',
  detail: string,
  budgetMs: number,
  nothing: NothingDone,
): LocalizedText {
  const seconds = Math.round(budgetMs / 1000);
  const { en, 'zh-CN': zh } = NOTHING[nothing];
  return why === 'budget'
    ? {
        en: `checking the file took longer than ${seconds} s and was stopped; ${en}`,
        'zh-CN': `检查这个文件超过了 ${seconds} 秒，已停止；${zh}`,
      }
    : {
        en: `the file could not be checked (${detail}); ${en}`,
        'zh-CN': `无法检查这个文件（${detail}）；${zh}`,
      };
}

import type { TemplateVocabulary } from '../../engine/authoring/spreadsheet/template';
import { problem } from '../../engine/validation/problem';
import { spreadsheetDraft } from './spreadsheet-draft';
import { templateXlsx } from './spreadsheet-template-xlsx';

/** What the page asks the spreadsheet worker: read a file into a draft, or write the template. */
export type SpreadsheetRequest =
  | { kind: 'import'; bytes: ArrayBuffer; name: string }
  | { kind: 'template'; vocabulary: TemplateVocabulary };

interface WorkerScope {
  onmessage: ((event: MessageEvent<SpreadsheetRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = async ({ data }) => {
  try {
    if (data.kind === 'import') {
      scope.postMessage(await spreadsheetDraft(new Uint8Array(data.bytes), data.name));
      return;
    }
    const file = await templateXlsx(data.vocabulary);
    scope.postMessage(file, [file]);
  } catch (error) {
    // A library failing on a file it was handed is an answer about the file, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    scope.postMessage({
      ok: false,
      problems: [
        problem('$', {
          en: `the spreadsheet could not be read (${reason}); nothing was imported`,
          'zh-CN': `无法读取这个表格（${reason}）；没有导入任何内容`,
        }),
      ],
    });
  }
};

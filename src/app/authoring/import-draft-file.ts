import { problem } from '../../engine/validation/problem';
import type { DraftImport } from './draft-import';
import { importSpreadsheetDraft } from './import-spreadsheet';
import { importTweeDraft } from './import-twee';

/** Which importer a file's name calls for. */
export type DraftFileKind = 'twee' | 'spreadsheet';

/** The file endings each importer reads, as a file picker's `accept` lists them. */
export const DRAFT_FILE_ENDINGS: Record<DraftFileKind, readonly string[]> = {
  twee: ['.twee', '.tw'],
  spreadsheet: ['.xlsx', '.csv'],
};

/** The importer for a file's name, by its ending; null for any other file. */
export function draftFileKind(name: string): DraftFileKind | null {
  const lower = name.toLowerCase();
  const kinds = Object.keys(DRAFT_FILE_ENDINGS) as DraftFileKind[];
  return kinds.find((k) => DRAFT_FILE_ENDINGS[k].some((end) => lower.endsWith(end))) ?? null;
}

/**
 * Imports a file as a draft case with the importer its ending names: a Twine story (.twee, .tw)
 * or a spreadsheet made from the template (.xlsx, .csv). Any other file is refused unread.
 */
export function importDraftFile(file: File): Promise<DraftImport> {
  const kind = draftFileKind(file.name);
  if (kind === 'twee') return importTweeDraft(file, file.name);
  if (kind === 'spreadsheet') return importSpreadsheetDraft(file, file.name);
  const endings = Object.values(DRAFT_FILE_ENDINGS).flat().join(', ');
  return Promise.resolve({
    ok: false,
    problems: [
      problem('$', {
        en: `“${file.name}” is not a file a draft is imported from; choose a Twine story or a spreadsheet (${endings})`,
        'zh-CN': `“${file.name}”不是可以导入草稿的文件；请选择 Twine 故事或表格（${endings}）`,
      }),
    ],
  });
}

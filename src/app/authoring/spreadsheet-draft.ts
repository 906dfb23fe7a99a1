import { checkDraft } from '../../engine/authoring/check-draft';
import { rowsToDraft } from '../../engine/authoring/spreadsheet/rows-to-draft';
import type { DraftImport } from './draft-import';
import { spreadsheetRows } from './spreadsheet-rows';

/**
 * A spreadsheet file's bytes as a draft: rows read (XLSX behind the zip guard, or CSV), turned into
 * a case, then checked like any draft so the answer lists what is still missing. This runs inside
 * the import worker; `name` is the file's name, from which a case without an id gets one.
 */
export async function spreadsheetDraft(bytes: Uint8Array, name: string): Promise<DraftImport> {
  const read = await spreadsheetRows(bytes);
  if (!read.ok) return read;
  const converted = rowsToDraft(read.rows, name);
  if (!converted.ok) return converted;
  const check = checkDraft(converted.draft);
  return { ok: true, draft: converted.draft, missing: [...check.errors, ...check.warnings] };
}

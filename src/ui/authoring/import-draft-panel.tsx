import { SpreadsheetImportPanel } from './spreadsheet-import-panel';
import { TweeImportPanel } from './twee-import-panel';

/**
 * Where a draft comes from a file: a spreadsheet made from the template, or a Twine story. Side by
 * side on a wide screen, one above the other on a phone.
 */
export function ImportDraftPanel() {
  return (
    <div className="author-start">
      <SpreadsheetImportPanel />
      <TweeImportPanel />
    </div>
  );
}

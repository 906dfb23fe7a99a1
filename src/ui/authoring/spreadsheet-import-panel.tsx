import { useTranslation } from 'react-i18next';
import { importSpreadsheetDraft } from '../../app/authoring/import-spreadsheet';
import { DraftFileImport } from './draft-file-import';
import { SpreadsheetTemplateLinks } from './spreadsheet-template-links';

/**
 * Bringing a case from Excel, WPS or a CSV: the template to start from, then the file. A file that
 * becomes a draft opens in the editor, whose checks list what the draft still lacks; a refused
 * file is answered with each problem at its row and column, and nothing is written.
 */
export function SpreadsheetImportPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="sheet-import-title">
      <h2 id="sheet-import-title">{t('authorSpreadsheet.importTitle')}</h2>
      <SpreadsheetTemplateLinks />
      <DraftFileImport
        label={t('authorSpreadsheet.chooseFile')}
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        reading={t('authorSpreadsheet.reading')}
        refused={t('authorSpreadsheet.refused')}
        importFile={(file) => importSpreadsheetDraft(file, file.name)}
        unreadable={(reason) => ({
          en: `the spreadsheet could not be read (${reason}); nothing was written`,
          'zh-CN': `无法读取这个表格（${reason}）；没有写入任何内容`,
        })}
      />
    </section>
  );
}

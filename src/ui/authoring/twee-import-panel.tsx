import { useTranslation } from 'react-i18next';
import { DRAFT_FILE_ENDINGS, importDraftFile } from '../../app/authoring/import-draft-file';
import { DraftFileImport } from './draft-file-import';
import { TweeExport } from './twee-export';

/**
 * Bringing a case from Twine 2: the story exported as Twee 3 becomes a draft that opens in the
 * editor, whose checks list what it still lacks; a refused file is answered with each problem at
 * its line and column, and nothing is written. The file is read by the importer its ending names,
 * so a spreadsheet chosen here is read as one. Beside it, any case exports as Twee for review.
 */
export function TweeImportPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="twee-import-title">
      <h2 id="twee-import-title">{t('authorTwee.importTitle')}</h2>
      <p className="hint">{t('authorTwee.importHint')}</p>
      <DraftFileImport
        label={t('authorTwee.chooseFile')}
        accept={DRAFT_FILE_ENDINGS.twee.join(',')}
        reading={t('authorTwee.reading')}
        refused={t('authorTwee.refused')}
        importFile={importDraftFile}
        unreadable={(reason) => ({
          en: `the file could not be read (${reason}); nothing was written`,
          'zh-CN': `无法读取这个文件（${reason}）；没有写入任何内容`,
        })}
      />
      <TweeExport />
    </section>
  );
}

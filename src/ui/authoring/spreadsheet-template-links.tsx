import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { spreadsheetTemplate, TEMPLATE_FILE_NAMES } from '../../app/authoring/import-spreadsheet';
import { download } from '../download';
import { templateVocabulary } from './template-vocabulary';

type Format = keyof typeof TEMPLATE_FILE_NAMES;

/**
 * The two template downloads beside the spreadsheet import: the workbook (instructions, the case
 * sheet with its example, the vocabulary) and the same case sheet as CSV.
 */
export function SpreadsheetTemplateLinks() {
  const { t } = useTranslation();
  const [making, setMaking] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);

  const fetchTemplate = async (format: Format) => {
    setMaking(format);
    setFailed(false);
    const file = await spreadsheetTemplate(format, await templateVocabulary());
    setMaking(null);
    if (file) download(TEMPLATE_FILE_NAMES[format], file);
    else setFailed(true);
  };

  return (
    <div className="spreadsheet-template" aria-labelledby="spreadsheet-template-title">
      <h3 id="spreadsheet-template-title">{t('authorSpreadsheet.templateTitle')}</h3>
      <p className="hint">{t('authorSpreadsheet.templateHint')}</p>
      <div className="pack-actions">
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            disabled={making !== null}
            aria-busy={making === format}
            onClick={() => void fetchTemplate(format)}
          >
            {t(
              format === 'xlsx'
                ? 'authorSpreadsheet.downloadXlsx'
                : 'authorSpreadsheet.downloadCsv',
            )}
          </button>
        ))}
      </div>
      <p role="status" className="small muted">
        {making ? t('authorSpreadsheet.preparing') : ''}
      </p>
      {failed && <p role="alert">{t('authorSpreadsheet.failed')}</p>}
    </div>
  );
}

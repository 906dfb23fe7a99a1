import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { createDraft } from '../../app/authoring/drafts';
import type { DraftImport } from '../../app/authoring/draft-import';
import { importSpreadsheetDraft } from '../../app/authoring/import-spreadsheet';
import { problem } from '../../engine/validation/problem';
import { useLocalized } from '../i18n/use-localized';
import { SpreadsheetTemplateLinks } from './spreadsheet-template-links';

/**
 * Bringing a case from Excel, WPS or a CSV: the template to start from, then the file. A file that
 * becomes a draft opens in the editor, whose checks list what the draft still lacks; a refused
 * file is answered with each problem at its row and column, and nothing is written.
 */
export function SpreadsheetImportPanel() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const [state, setState] = useState<'reading' | DraftImport | null>(null);

  const read = async (file: File) => {
    setState('reading');
    const result = await importSpreadsheetDraft(file, file.name).catch(
      (error: unknown): DraftImport => ({
        ok: false,
        problems: [
          problem('$', {
            en: `the spreadsheet could not be read (${String(error)}); nothing was written`,
            'zh-CN': `无法读取这个表格（${String(error)}）；没有写入任何内容`,
          }),
        ],
      }),
    );
    if (!result.ok) {
      setState(result);
      return;
    }
    const draft = await createDraft(result.draft);
    navigate(`/author/${draft.id}`);
  };

  return (
    <section className="panel" aria-labelledby="sheet-import-title">
      <h2 id="sheet-import-title">{t('authorSpreadsheet.importTitle')}</h2>
      <SpreadsheetTemplateLinks />
      <label className="field">
        <span>{t('authorSpreadsheet.chooseFile')}</span>
        <input
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again, once fixed, reads it again.
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      {state === 'reading' && <p role="status">{t('authorSpreadsheet.reading')}</p>}
      {state !== null && state !== 'reading' && !state.ok && (
        <div role="alert" className="form-error">
          <p>{t('authorSpreadsheet.refused')}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{p.text ? pick(p.text) : p.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { DraftImport } from '../../app/authoring/draft-import';
import { DRAFT_FILE_ENDINGS, importDraftFile } from '../../app/authoring/import-draft-file';
import { createDraft } from '../../app/authoring/drafts';
import { problem } from '../../engine/validation/problem';
import { useLocalized } from '../i18n/use-localized';
import { TweeExport } from './twee-export';

/**
 * Bringing a case from Twine 2: the story exported as Twee 3 becomes a draft that opens in the
 * editor, whose checks list what it still lacks; a refused file is answered with each problem at
 * its line and column, and nothing is written. The file is read by the importer its ending names,
 * so a spreadsheet chosen here is read as one. Beside it, any case exports as Twee for review.
 */
export function TweeImportPanel() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const [state, setState] = useState<'reading' | DraftImport | null>(null);

  const read = async (file: File) => {
    setState('reading');
    const result = await importDraftFile(file).catch((error: unknown): DraftImport => ({
      ok: false,
      problems: [
        problem('$', {
          en: `the file could not be read (${String(error)}); nothing was written`,
          'zh-CN': `无法读取这个文件（${String(error)}）；没有写入任何内容`,
        }),
      ],
    }));
    if (!result.ok) {
      setState(result);
      return;
    }
    const draft = await createDraft(result.draft);
    navigate(`/author/${draft.id}`);
  };

  return (
    <section className="panel" aria-labelledby="twee-import-title">
      <h2 id="twee-import-title">{t('authorTwee.importTitle')}</h2>
      <p className="hint">{t('authorTwee.importHint')}</p>
      <label className="field">
        <span>{t('authorTwee.chooseFile')}</span>
        <input
          type="file"
          accept={DRAFT_FILE_ENDINGS.twee.join(',')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again, once fixed, reads it again.
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      {state === 'reading' && <p role="status">{t('authorTwee.reading')}</p>}
      {state !== null && state !== 'reading' && !state.ok && (
        <div role="alert" className="form-error">
          <p>{t('authorTwee.refused')}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>
                {p.text ? pick(p.text) : p.message}
                {p.todo && ` ${pick(p.todo)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <TweeExport />
    </section>
  );
}

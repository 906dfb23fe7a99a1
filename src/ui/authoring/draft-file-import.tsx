import { useState } from 'react';
import { useLocation } from 'wouter';
import type { DraftImport } from '../../app/authoring/draft-import';
import { createDraft } from '../../app/authoring/drafts';
import type { LocalizedText } from '../../engine/scenario-schema';
import { problem } from '../../engine/validation/problem';
import { useLocalized } from '../i18n/use-localized';
import { FileField } from '../components/file-field';

interface DraftFileImportProps {
  /** The picker's label. */
  label: string;
  /** The endings and types the picker offers. */
  accept: string;
  /** Said while the file is read. */
  reading: string;
  /** Said above the problems of a refused file. */
  refused: string;
  /** Reads the chosen file into a draft, or the problems that stop it. */
  importFile: (file: File) => Promise<DraftImport>;
  /** The problem when the file could not be read at all; `reason` is what failed. */
  unreadable: (reason: string) => LocalizedText;
}

/**
 * The file picker shared by the panels that bring a draft in from another tool: a file that
 * becomes a draft is saved and opens in the editor; a refused one is answered with each of its
 * problems (and what to do, where the problem says), and nothing is written.
 */
export function DraftFileImport({
  label,
  accept,
  reading,
  refused,
  importFile,
  unreadable,
}: DraftFileImportProps) {
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const [state, setState] = useState<'reading' | DraftImport | null>(null);

  const read = async (file: File) => {
    setState('reading');
    const result = await importFile(file).catch((error: unknown): DraftImport => ({
      ok: false,
      problems: [problem('$', unreadable(String(error)))],
    }));
    if (!result.ok) {
      setState(result);
      return;
    }
    const draft = await createDraft(result.draft);
    navigate(`/author/${draft.id}`);
  };

  return (
    <>
      <FileField label={label} accept={accept} onFile={(file) => void read(file)} />
      {state === 'reading' && <p role="status">{reading}</p>}
      {state !== null && state !== 'reading' && !state.ok && (
        <div role="alert" className="form-error">
          <p>{refused}</p>
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
    </>
  );
}

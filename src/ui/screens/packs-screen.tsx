import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CATALOG } from '../../scenarios/catalog.generated';
import { mediaFor, packText } from '../../app/packs/library';
import { importPack, type PackImport } from '../../app/packs/import-pack';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';
import { download } from '../download';
import { CaseProblemList } from '../components/case-problem-list';
import { DescribedProblem } from '../components/described-problem';
import { descriptionOf } from '../../engine/validation/describe-problem';
import { ReplaceConfirmation } from '../components/replace-confirmation';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { OrganisationListsPanel } from '../organisation-lists/organisation-lists-panel';
import { findScenario, importedSummaries } from '../scenario-source';
import { FileField } from '../components/file-field';
import { PackImportFailure } from '../components/pack-import-failure';
import { PackExportFailure, type PackExportProblem } from '../components/pack-export-failure';

/** An import that failed for a reason other than the pack's content, kept to try again. */
interface Unsaved {
  unsaved: StorageFailure;
  file: File;
  replace: boolean;
}

/** Import case packs written by trainers, and export any case as a pack to edit or share. */
export function PacksScreen() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [generation, setGeneration] = useState(0);
  const imported = useLoaded(importedSummaries, String(generation));
  const [result, setResult] = useState<PackImport | Unsaved | 'cancelled' | 'checking' | null>(
    null,
  );
  // The chosen file waits here while the trainer decides whether to replace imported cases.
  const [pending, setPending] = useState<File | null>(null);
  const bundledIds = CATALOG.map((c) => c.id);
  const runImport = (file: File, replace: boolean) => {
    setResult('checking');
    void importPack(file, bundledIds, { replace }).then(
      (r) => {
        setResult(r);
        setPending(!r.ok && 'replacing' in r ? file : null);
        if (r.ok) setGeneration((g) => g + 1);
      },
      // Not the file's fault (its problems come back as a result): said as what it means, since
      // the browser's own text ("QuotaExceededError…") tells a trainer neither what happened
      // nor what to do. The import is one transaction, so nothing of the pack was written.
      (error: unknown) => {
        setResult({ unsaved: classifyStorageFailure(error), file, replace });
        setPending(null);
      },
    );
  };
  const settled = typeof result === 'object' && result !== null && 'ok' in result ? result : null;
  const unsaved =
    typeof result === 'object' && result !== null && 'unsaved' in result ? result : null;

  const [exportProblem, setExportProblem] = useState<PackExportProblem | null>(null);
  // An export that makes no file says why, under the case asked for: a click that silently did
  // nothing was a dead end.
  const exportCase = async (id: string, title: string) => {
    setExportProblem(null);
    try {
      const scenario = await findScenario(id);
      if (!scenario) return setExportProblem({ id, title, kind: 'gone' });
      const text = packText([scenario], await mediaFor([scenario]));
      download(`${id}.pack.json`, new Blob([text], { type: 'application/json' }));
    } catch {
      setExportProblem({ id, title, kind: 'unreadable' });
    }
  };
  const cases = [...CATALOG, ...(imported.state === 'ready' ? imported.value : [])];

  return (
    <section className="screen" aria-labelledby="packs-title">
      <h1 id="packs-title">{t('packs.title')}</h1>
      <p className="lead">{t('packs.intro')}</p>
      <section className="panel" aria-labelledby="import-title">
        <h2 id="import-title">{t('packs.import')}</h2>
        <FileField
          label={t('packs.chooseFile')}
          accept="application/json,.json"
          onFile={(file) => runImport(file, false)}
        />
        {result === 'cancelled' && <p role="status">{t('safety.replaceCancelled')}</p>}
        {result === 'checking' && <p role="status">{t('packs.checking')}</p>}
        {settled?.ok && (
          <p role="status">
            {t('packs.imported', {
              count: settled.cases.length,
              titles: settled.cases
                .map(({ id, title }) => t('packs.importedTitle', { id, title: pick(title) }))
                .join(t('library.listSeparator')),
            })}
          </p>
        )}
        {settled?.ok && settled.advice.length > 0 && (
          <div className="notice import-advice">
            <p>{t('caseProblems.importAdvice', { count: settled.advice.length })}</p>
            <ul>
              {settled.advice.map((a, i) => (
                <li key={i}>
                  <DescribedProblem described={descriptionOf(a)} why={a.why} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {unsaved && (
          <PackImportFailure
            failure={unsaved.unsaved}
            onRetry={() => runImport(unsaved.file, unsaved.replace)}
          />
        )}
        {settled && !settled.ok && 'problems' in settled && (
          <CaseProblemList heading={t('packs.rejected')} problems={settled.problems} />
        )}
        {settled && !settled.ok && 'replacing' in settled && pending && (
          <ReplaceConfirmation
            replacing={settled.replacing}
            onConfirm={() => runImport(pending, true)}
            onCancel={() => {
              setPending(null);
              setResult('cancelled');
            }}
          />
        )}
      </section>
      <OrganisationListsPanel />
      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t('packs.export')}</h2>
        <ul className="pack-list">
          {cases.map((c) => (
            <li key={c.id}>
              <span>
                {pick(c.title)} <span className="muted small">{c.id}</span>
              </span>
              <span className="pack-actions">
                <Link href={`/record/${c.id}`} className="button">
                  {t('packs.recordLines')}
                </Link>
                <button
                  type="button"
                  onClick={() => void exportCase(c.id, pick(c.title))}
                  aria-label={t('packs.exportOne', { title: pick(c.title) })}
                >
                  {t('packs.exportButton')}
                </button>
              </span>
              {exportProblem?.id === c.id && <PackExportFailure problem={exportProblem} />}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

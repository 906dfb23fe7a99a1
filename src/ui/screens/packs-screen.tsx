import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CATALOG } from '../../scenarios/catalog.generated';
import { mediaFor, packText } from '../../app/packs/library';
import { importPack, type PackImport } from '../../app/packs/import-pack';
import { download } from '../download';
import { ProblemList } from '../components/problem-list';
import { ReplaceConfirmation } from '../components/replace-confirmation';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { findScenario, importedSummaries } from '../scenario-source';

/** Import case packs written by trainers, and export any case as a pack to edit or share. */
export function PacksScreen() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [generation, setGeneration] = useState(0);
  const imported = useLoaded(importedSummaries, String(generation));
  const [result, setResult] = useState<PackImport | 'cancelled' | null>(null);
  // The chosen file waits here while the trainer decides whether to replace imported cases.
  const [pending, setPending] = useState<File | null>(null);
  const bundledIds = CATALOG.map((c) => c.id);
  const runImport = (file: File, replace: boolean) =>
    void importPack(file, bundledIds, { replace }).then((r) => {
      setResult(r);
      setPending(!r.ok && 'replacing' in r ? file : null);
      if (r.ok) setGeneration((g) => g + 1);
    });

  const exportCase = async (id: string) => {
    const scenario = await findScenario(id);
    if (!scenario) return;
    const text = packText([scenario], await mediaFor([scenario]));
    download(`${id}.pack.json`, new Blob([text], { type: 'application/json' }));
  };
  const cases = [...CATALOG, ...(imported.state === 'ready' ? imported.value : [])];

  return (
    <section className="screen" aria-labelledby="packs-title">
      <h1 id="packs-title">{t('packs.title')}</h1>
      <p className="lead">{t('packs.intro')}</p>
      <section className="panel" aria-labelledby="import-title">
        <h2 id="import-title">{t('packs.import')}</h2>
        <label className="field">
          <span>{t('packs.chooseFile')}</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) runImport(file, false);
            }}
          />
        </label>
        {result === 'cancelled' && <p role="status">{t('safety.replaceCancelled')}</p>}
        {result && result !== 'cancelled' && result.ok && (
          <p role="status">
            {t('packs.imported', {
              count: result.cases.length,
              titles: result.cases
                .map(({ id, title }) => t('packs.importedTitle', { id, title: pick(title) }))
                .join(t('library.listSeparator')),
            })}
          </p>
        )}
        {result && result !== 'cancelled' && !result.ok && 'problems' in result && (
          <ProblemList heading={t('packs.rejected')} problems={result.problems} />
        )}
        {result && result !== 'cancelled' && !result.ok && 'replacing' in result && pending && (
          <ReplaceConfirmation
            replacing={result.replacing}
            onConfirm={() => runImport(pending, true)}
            onCancel={() => {
              setPending(null);
              setResult('cancelled');
            }}
          />
        )}
      </section>
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
                  onClick={() => void exportCase(c.id)}
                  aria-label={t('packs.exportOne', { title: pick(c.title) })}
                >
                  {t('packs.exportButton')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

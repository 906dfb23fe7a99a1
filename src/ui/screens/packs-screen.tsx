import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Problem } from '../../engine/validation/problem';
import { CATALOG } from '../../scenarios/catalog.generated';
import { mediaFor, packText } from '../../storage/custom-scenarios';
import { importPack } from '../../storage/import-pack';
import { download } from '../download';
import { ProblemList } from '../components/problem-list';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { findScenario, importedSummaries } from '../scenario-source';

/** Import case packs written by trainers, and export any case as a pack to edit or share. */
export function PacksScreen() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [generation, setGeneration] = useState(0);
  const imported = useLoaded(importedSummaries, String(generation));
  const [result, setResult] = useState<
    { ok: true; ids: string[] } | { ok: false; problems: Problem[] } | null
  >(null);

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
              if (!file) return;
              void importPack(
                file,
                CATALOG.map((c) => c.id),
              ).then((r) => {
                setResult(r);
                if (r.ok) setGeneration((g) => g + 1);
              });
            }}
          />
        </label>
        {result?.ok && (
          <p role="status">
            {t('packs.imported', { count: result.ids.length, ids: result.ids.join(', ') })}
          </p>
        )}
        {result && !result.ok && (
          <ProblemList heading={t('packs.rejected')} problems={result.problems} />
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

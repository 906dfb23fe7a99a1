import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { blankCase } from '../../engine/authoring/blank-case';
import { exampleCase } from '../../engine/authoring/example-case';
import type { Scenario } from '../../engine/scenario-schema';
import { CATALOG } from '../../scenarios/catalog.generated';
import { listDraftsWithRelease } from '../../app/authoring/draft-release';
import { createDraft, deleteDraft, getDraft, listDrafts } from '../../app/authoring/drafts';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { findScenario } from '../scenario-source';
import { CasePicker, useAllCases } from './case-picker';
import { GuidedCase } from './guided-case';
import { guidedDraft, setGuidedDraft } from './guide-mode';
import { ImportDraftPanel } from './import-draft-panel';
import './authoring.css';

/** The first id from `stem`, `stem-2`, … that no case or draft uses. */
function unusedId(stem: string, used: ReadonlySet<string>): string {
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** /author — a trainer's drafts, and where new ones start. */
export function AuthoringScreen() {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [, navigate] = useLocation();
  const [generation, setGeneration] = useState(0);
  const drafts = useLoaded(listDraftsWithRelease, String(generation));
  const cases = useAllCases();
  const [copyFrom, setCopyFrom] = useState('');
  const [guiding, setGuiding] = useState(guidedDraft);
  const guided = useLoaded(
    async () => (guiding ? ((await getDraft(guiding)) ?? null) : null),
    `guided/${guiding ?? ''}`,
  );

  const usedIds = async () =>
    new Set([...cases.map((c) => c.id), ...(await listDrafts()).map((d) => d.scenario.id)]);
  const open = async (scenario: Scenario) => {
    const draft = await createDraft(scenario);
    navigate(`/author/${draft.id}`);
  };
  const newCase = async () => open(blankCase(unusedId('new-case', await usedIds())));
  const guide = (draftId: string | null) => {
    setGuidedDraft(draftId);
    setGuiding(draftId);
  };
  const fromExample = async () => {
    const draft = await createDraft(exampleCase(unusedId('my-first-case', await usedIds())));
    guide(draft.id);
  };
  const copyCase = async () => {
    const source = await findScenario(copyFrom);
    if (!source) return;
    // A bundled case keeps its id in the app; the copy needs its own. An imported case keeps its
    // id, so publishing the copy becomes its next version.
    const bundled = CATALOG.some((c) => c.id === source.id);
    const id = bundled ? unusedId(`${source.id}-copy`, await usedIds()) : source.id;
    await open({ ...source, id });
  };

  // The draft being guided, once loaded (a draft deleted meanwhile leaves the list in view).
  const guidedOne = guided.state === 'ready' ? guided.value : null;
  if (guiding && guidedOne?.id === guiding) {
    return (
      <GuidedCase
        key={guidedOne.id}
        stored={guidedOne}
        onDone={() => {
          setGuidedDraft(null);
          navigate(`/author/${guidedOne.id}`);
        }}
        onLeave={() => {
          guide(null);
          setGeneration((g) => g + 1);
        }}
      />
    );
  }
  return (
    <section className="screen authoring" aria-labelledby="author-title">
      <h1 id="author-title">{t('author.title')}</h1>
      <p className="lead">{t('author.intro')}</p>
      <div className="author-start">
        <section className="panel guide-start" aria-labelledby="guide-title">
          <h2 id="guide-title">{t('authorGuide.startTitle')}</h2>
          <p className="hint">{t('authorGuide.startHint')}</p>
          <button type="button" className="primary" onClick={() => void fromExample()}>
            {t('authorGuide.startButton')}
          </button>
        </section>
        <section className="panel" aria-labelledby="new-title">
          <h2 id="new-title">{t('author.newTitle')}</h2>
          <p className="hint">{t('author.newHint')}</p>
          <button type="button" className="primary" onClick={() => void newCase()}>
            {t('author.newCase')}
          </button>
        </section>
        <section className="panel" aria-labelledby="copy-title">
          <h2 id="copy-title">{t('author.copyTitle')}</h2>
          <CasePicker
            id="copy-from"
            label={t('author.copyPick')}
            cases={cases}
            value={copyFrom}
            onChange={setCopyFrom}
          />
          <button type="button" disabled={!copyFrom} onClick={() => void copyCase()}>
            {t('author.copyButton')}
          </button>
        </section>
      </div>
      <ImportDraftPanel />
      <section className="panel" aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t('author.drafts')}</h2>
        {drafts.state === 'ready' && drafts.value.length === 0 && <p>{t('author.noDrafts')}</p>}
        {drafts.state === 'ready' && drafts.value.length > 0 && (
          <ul className="draft-list">
            {drafts.value.map((d) => {
              const title = pick(d.scenario.title) || t('author.untitled');
              return (
                <li key={d.id}>
                  <span>
                    <strong>{title}</strong> <span className="muted small">{d.scenario.id}</span>
                    <br />
                    <span className="muted small">
                      {t('author.edited', { when: new Date(d.updatedAt).toLocaleString(locale) })} ·{' '}
                      {d.publishedVersion > 0
                        ? t('author.publishedVersion', { version: d.publishedVersion })
                        : t('author.neverPublished')}
                      {d.changedSincePublished && (
                        <strong className="unpublished-changes">
                          {' · '}
                          {t('author.changedSincePublished')}
                        </strong>
                      )}
                    </span>
                  </span>
                  <span className="pack-actions">
                    <Link href={`/author/${d.id}`} className="button">
                      {t('author.open')}
                    </Link>
                    <button
                      type="button"
                      aria-label={t('author.deleteOne', { title })}
                      onClick={() => {
                        if (!window.confirm(t('author.confirmDelete', { title }))) return;
                        void deleteDraft(d.id).then(() => setGeneration((g) => g + 1));
                      }}
                    >
                      {t('author.delete')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}

import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { checkDraft, publishBlocker } from '../../engine/authoring/check-draft';
import { nodeIndexOf, parseFieldPath } from '../../engine/authoring/field-path';
import { startTestPlay, type TestPlay } from '../../engine/authoring/test-play';
import type { Scenario } from '../../engine/scenario-schema';
import { CATALOG } from '../../scenarios/catalog.generated';
import { mediaFor, packText } from '../../app/packs/library';
import { getDraft, type Draft } from '../../app/authoring/drafts';
import { publishDraft, type Publication } from '../../app/authoring/publish-draft';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';
import { download } from '../download';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { CaseProblemList } from '../components/case-problem-list';
import { StorageFailureNotice } from '../components/storage-failure';
import { DraftSaveStatus } from './draft-save-status';
import { CaseFields } from './case-fields';
import { FactsPanel } from './facts-panel';
import { DraftProblems } from './field-problems';
import { focusField } from './locate-field';
import { NodeEditor } from './node-editor';
import { NodeOutline, type Selection } from './node-outline';
import { ProblemsPanel } from './problems-panel';
import { StagesFields } from './stages-fields';
import { TestPlayPanel } from './test-play-panel';
import { useDraftEditor } from './use-draft-editor';
import './authoring.css';

const DraftGraphView = lazy(() => import('./draft-graph-view'));
const BUNDLED_IDS = CATALOG.map((c) => c.id);

/** /author/:draftId — the case editor. */
export function EditorScreen({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const loaded = useLoaded(() => getDraft(draftId), draftId);
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed' || !loaded.value) {
    return (
      <section className="screen">
        <p role="alert">{t('author.notFound')}</p>
        <Link href="/author">{t('author.back')}</Link>
      </section>
    );
  }
  return <Editor stored={loaded.value} />;
}

function Editor({ stored }: { stored: Draft }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const editor = useDraftEditor(stored.id, stored.scenario, stored.revision);
  const { draft, edit } = editor;
  const [selected, setSelected] = useState<Selection>('case');
  const locating = useRef<string | null>(null);
  const [located, setLocated] = useState(0);
  const [play, setPlay] = useState<TestPlay | null>(null);
  const [publication, setPublication] = useState<
    | Publication
    | { ok: 'failed'; message: string }
    | { ok: 'unsaved'; failure: StorageFailure }
    | null
  >(null);
  const testPlayRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLDivElement>(null);
  const checked = useDeferredValue(draft);
  const check = useMemo(() => checkDraft(checked, BUNDLED_IDS), [checked]);
  const blocker = publishBlocker(check);
  const index = selected === 'case' || selected >= draft.nodes.length ? null : selected;

  // Focus once the problem's node is on screen.
  useEffect(() => {
    if (locating.current === null) return;
    focusField(locating.current);
    locating.current = null;
  }, [located]);

  // On a phone the editor sits below the outline: bring the chosen part into view.
  const select = (selection: Selection) => {
    setSelected(selection);
    const top = mainRef.current?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > window.innerHeight * 0.6)
      mainRef.current?.scrollIntoView({ block: 'start' });
  };
  const locate = (path: string) => {
    const segments = parseFieldPath(path);
    const node = segments ? nodeIndexOf(segments) : null;
    setSelected(node !== null && node < draft.nodes.length ? node : 'case');
    locating.current = path;
    setLocated((n) => n + 1);
  };
  const testPlayFrom = (nodeId: string) => {
    setPlay(startTestPlay(draft, nodeId));
    testPlayRef.current?.scrollIntoView({ block: 'start' });
  };
  const publish = async () => {
    await editor.flush();
    try {
      const result = await publishDraft(stored.id, draft, BUNDLED_IDS, editor.revision());
      if (result.ok) editor.replace(result.scenario);
      setPublication(result);
    } catch (error) {
      const failure = classifyStorageFailure(error);
      setPublication(
        failure.kind === 'other'
          ? { ok: 'failed', message: failure.message }
          : { ok: 'unsaved', failure },
      );
    }
  };
  const exportPack = async (scenario: Scenario) => {
    const text = packText([scenario], await mediaFor([scenario]));
    download(`${scenario.id}.pack.json`, new Blob([text], { type: 'application/json' }));
  };

  return (
    <section className="screen author-editor" aria-labelledby="editor-title">
      <div className="editor-toolbar">
        <div>
          <Link href="/author" className="small">
            ← {t('author.back')}
          </Link>
          <h1 id="editor-title">{pick(draft.title) || t('author.untitled')}</h1>
          <DraftSaveStatus draftId={draft.id} saveState={editor.saveState} />
        </div>
        <div className="toolbar-actions">
          <button
            type="button"
            onClick={editor.undo}
            disabled={!editor.canUndo}
            aria-keyshortcuts="Control+Z"
          >
            ↶ {t('author.undo')}
          </button>
          <button
            type="button"
            onClick={editor.redo}
            disabled={!editor.canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            ↷ {t('author.redo')}
          </button>
          <button type="button" onClick={() => void exportPack(draft)}>
            {t('author.exportPack')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={blocker !== null}
            aria-describedby="publish-reason"
            onClick={() => void publish()}
          >
            {t('author.publish')}
          </button>
        </div>
        <p id="publish-reason" className={`publish-reason ${blocker ? 'is-blocked' : 'is-ready'}`}>
          {blocker
            ? t('author.publishBlocked', blocker)
            : check.advice.length > 0
              ? t('caseProblems.publishReadyWithAdvice', { count: check.advice.length })
              : t('author.publishReady')}
          <span className="hint"> {t('author.undoHint')}</span>
        </p>
        {editor.failure && (
          <StorageFailureNotice failure={editor.failure} action="draft" onRetry={editor.retry} />
        )}
        {publication?.ok === true && (
          <p role="status" className="notice">
            {t('author.published', { version: publication.version })}
          </p>
        )}
        {publication?.ok === false && (
          <CaseProblemList
            heading={t('author.publishFailed')}
            problems={publication.problems}
            root={draft}
          />
        )}
        {publication?.ok === 'unsaved' && (
          <StorageFailureNotice failure={publication.failure} action="publish" />
        )}
        {publication?.ok === 'failed' && (
          <p role="alert" className="form-error">
            {t('author.publishFailed')} {publication.message}
          </p>
        )}
      </div>
      <DraftProblems.Provider value={check.errors}>
        <div className="editor-layout">
          <div className="editor-side">
            <NodeOutline draft={draft} selected={selected} onSelect={select} edit={edit} />
            <ProblemsPanel check={check} draft={checked} onLocate={locate} />
          </div>
          <div className="editor-main" ref={mainRef}>
            {index === null ? (
              <>
                <CaseFields draft={draft} edit={edit} />
                <FactsPanel draft={draft} edit={edit} />
                <StagesFields draft={draft} edit={edit} />
              </>
            ) : (
              <NodeEditor
                key={index}
                draft={draft}
                index={index}
                edit={edit}
                onRemoved={() => setSelected('case')}
                onTestPlay={testPlayFrom}
                onLocate={locate}
              />
            )}
            <section className="panel" aria-labelledby="graph-title">
              <h2 id="graph-title">{t('author.graph')}</h2>
              <p className="hint">{t('author.graphHint')}</p>
              <Suspense fallback={null}>
                <DraftGraphView
                  draft={draft}
                  selectedId={index === null ? null : (draft.nodes[index]?.id ?? null)}
                  onSelect={(id) => select(draft.nodes.findIndex((n) => n.id === id))}
                />
              </Suspense>
            </section>
            <div ref={testPlayRef}>
              <TestPlayPanel draft={draft} play={play} onChange={setPlay} />
            </div>
          </div>
        </div>
      </DraftProblems.Provider>
    </section>
  );
}

import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDraft, publishBlocker } from '../../engine/authoring/check-draft';
import {
  setField,
  setNext,
  setRecommended,
  toggleBehaviour,
} from '../../engine/authoring/draft-operations';
import type { DecisionNode, Scenario } from '../../engine/scenario-schema';
import { CATALOG } from '../../scenarios/catalog.generated';
import type { Draft } from '../../app/authoring/drafts';
import { useLocalized } from '../i18n/use-localized';
import { StorageFailureNotice } from '../components/storage-failure';
import { DraftSaveStatus } from './draft-save-status';
import { BehaviourPicker } from './behaviour-picker';
import { BilingualField } from './bilingual-field';
import { GuideRow } from './guide-help';
import { MoodEffectFields } from './mood-effect-fields';
import { NumberField } from './number-field';
import { useDraftEditor, type Edit } from './use-draft-editor';
import './authoring.css';

const BUNDLED_IDS = CATALOG.map((c) => c.id);

/**
 * A first case written from the filled example, with help beside each field (what it is, why it
 * matters); the draft autosaves as in the editor. `onDone` moves on to the full editor, where the
 * case is test-played and published.
 */
export function GuidedCase({
  stored,
  onDone,
  onLeave,
}: {
  stored: Draft;
  onDone: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const editor = useDraftEditor(stored.id, stored.scenario, stored.revision);
  const { draft, edit } = editor;
  const check = useMemo(() => checkDraft(draft, BUNDLED_IDS), [draft]);
  const blocker = publishBlocker(check);
  const h = useId();
  const startIndex = draft.nodes.findIndex((n) => n.id === draft.start);
  const start = draft.nodes[startIndex];
  const p = draft.persona;
  return (
    <section className="screen author-editor guided-case" aria-labelledby={`${h}-title`}>
      <button
        type="button"
        className="small-button"
        onClick={() => void editor.flush().then(onLeave)}
      >
        ← {t('author.back')}
      </button>
      <h1 id={`${h}-title`}>{t('authorGuide.title')}</h1>
      <p className="lead">{t('authorGuide.intro')}</p>
      <DraftSaveStatus draftId={draft.id} saveState={editor.saveState} />
      {editor.failure && (
        <StorageFailureNotice failure={editor.failure} action="draft" onRetry={editor.retry} />
      )}

      <section className="panel" aria-labelledby={`${h}-case`}>
        <h2 id={`${h}-case`}>{t('authorGuide.stepCase')}</h2>
        <GuideRow topic="title" id={`${h}-help-title`}>
          <BilingualField
            label={t('author.fields.title')}
            path={['title']}
            text={draft.title}
            edit={edit}
            describedBy={`${h}-help-title`}
          />
        </GuideRow>
        <GuideRow topic="briefing" id={`${h}-help-briefing`}>
          <BilingualField
            label={t('author.fields.briefing')}
            path={['briefing']}
            text={draft.briefing}
            edit={edit}
            long
            describedBy={`${h}-help-briefing`}
          />
        </GuideRow>
      </section>

      <section className="panel" aria-labelledby={`${h}-customer`}>
        <h2 id={`${h}-customer`}>{t('authorGuide.stepCustomer')}</h2>
        <GuideRow topic="name" id={`${h}-help-name`}>
          <BilingualField
            label={t('author.fields.name')}
            path={['persona', 'name']}
            text={p.name}
            edit={edit}
            describedBy={`${h}-help-name`}
          />
        </GuideRow>
        <GuideRow topic="surfaceComplaint" id={`${h}-help-surface`}>
          <BilingualField
            label={t('author.fields.surfaceComplaint')}
            path={['persona', 'surfaceComplaint']}
            text={p.surfaceComplaint}
            edit={edit}
            long
            describedBy={`${h}-help-surface`}
          />
        </GuideRow>
        <GuideRow topic="realExpectation" id={`${h}-help-real`}>
          <BilingualField
            label={t('author.fields.realExpectation')}
            path={['persona', 'realExpectation']}
            text={p.realExpectation}
            edit={edit}
            long
            describedBy={`${h}-help-real`}
          />
        </GuideRow>
        <GuideRow topic="anger" id={`${h}-help-anger`}>
          <NumberField
            label={t('author.fields.startingAnger')}
            field="$.persona.startingMood.anger"
            value={p.startingMood.anger}
            min={0}
            max={100}
            describedBy={`${h}-help-anger`}
            onChange={(v) =>
              v !== null && edit((d) => setField(d, ['persona', 'startingMood', 'anger'], v))
            }
          />
        </GuideRow>
      </section>

      {start?.kind === 'decision' && (
        <DecisionGuide draft={draft} node={start} index={startIndex} edit={edit} h={h} />
      )}

      <section className="panel" aria-labelledby={`${h}-endings`}>
        <h2 id={`${h}-endings`}>{t('authorGuide.stepEndings')}</h2>
        {draft.nodes.map((node, i) =>
          node.kind !== 'ending' ? null : (
            <section key={node.id} className="guide-ending" aria-labelledby={`${h}-e-${i}`}>
              <h3 id={`${h}-e-${i}`}>
                {t('authorGuide.endingHeading', { outcome: t(`outcome.${node.outcome}`) })}
              </h3>
              <GuideRow topic="endingLine" id={`${h}-help-el-${i}`}>
                <BilingualField
                  label={t('authorGuide.endingLine')}
                  path={['nodes', i, 'lines', 0, 'text']}
                  text={node.lines[0]!.text}
                  edit={edit}
                  long
                  describedBy={`${h}-help-el-${i}`}
                />
              </GuideRow>
              <GuideRow topic="summary" id={`${h}-help-es-${i}`}>
                <BilingualField
                  label={t('authorGuide.endingSummary')}
                  path={['nodes', i, 'summary']}
                  text={node.summary}
                  edit={edit}
                  long
                  describedBy={`${h}-help-es-${i}`}
                />
              </GuideRow>
            </section>
          ),
        )}
      </section>

      <section className="panel guide-next" aria-labelledby={`${h}-next`}>
        <h2 id={`${h}-next`}>{t('authorGuide.stepNext')}</h2>
        <p className={`publish-reason ${blocker ? 'is-blocked' : 'is-ready'}`}>
          {blocker ? t('author.publishBlocked', blocker) : t('authorGuide.structureReady')}{' '}
          {check.advice.length > 0 && t('authorGuide.adviceCount', { count: check.advice.length })}
        </p>
        <p className="hint">{t('authorGuide.nextHint', { title: pick(draft.title) })}</p>
        <button type="button" className="primary" onClick={() => void editor.flush().then(onDone)}>
          {t('authorGuide.openEditor')}
        </button>
      </section>
    </section>
  );
}

/** The customer's words at the decision point and the replies the trainee will choose from. */
function DecisionGuide({
  draft,
  node,
  index,
  edit,
  h,
}: {
  draft: Scenario;
  node: DecisionNode;
  index: number;
  edit: Edit;
  h: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const targets = draft.nodes.filter((n) => n.id !== node.id);
  return (
    <>
      <section className="panel" aria-labelledby={`${h}-says`}>
        <h2 id={`${h}-says`}>{t('authorGuide.stepSays')}</h2>
        <GuideRow topic="line" id={`${h}-help-line`}>
          <BilingualField
            label={t('authorGuide.customerLine')}
            path={['nodes', index, 'lines', 0, 'text']}
            text={node.lines[0]!.text}
            edit={edit}
            long
            describedBy={`${h}-help-line`}
          />
        </GuideRow>
      </section>
      <section className="panel" aria-labelledby={`${h}-replies`}>
        <h2 id={`${h}-replies`}>{t('authorGuide.stepReplies')}</h2>
        <GuideRow topic="expert" id={`${h}-help-expert`}>
          <fieldset className="guide-expert" aria-describedby={`${h}-help-expert`}>
            <legend>{t('authorGuide.whichExpert')}</legend>
            {node.choices.map((c, r) => (
              <label key={c.id} className="check">
                <input
                  type="radio"
                  name={`${h}-expert`}
                  checked={c.recommended === true}
                  onChange={() => edit((d) => setRecommended(d, node.id, r))}
                />
                {t('author.reply.heading', { n: r + 1 })}
              </label>
            ))}
          </fieldset>
        </GuideRow>
        {node.choices.map((choice, r) => {
          const path = ['nodes', index, 'choices', r] as const;
          const base = `$.nodes[${index}].choices[${r}]`;
          const next = typeof choice.next === 'string' ? choice.next : '';
          return (
            <section
              key={r}
              className={`reply-editor${choice.recommended ? ' is-expert' : ''}`}
              aria-labelledby={`${h}-r-${r}`}
            >
              <h3 id={`${h}-r-${r}`}>
                {t('author.reply.heading', { n: r + 1 })}
                {choice.recommended ? ` · ${t('authorGuide.expertMark')}` : ''}
              </h3>
              <GuideRow topic="replyText" id={`${h}-help-text-${r}`}>
                <BilingualField
                  label={t('author.reply.text')}
                  path={[...path, 'text']}
                  text={choice.text}
                  edit={edit}
                  long
                  describedBy={`${h}-help-text-${r}`}
                />
              </GuideRow>
              <GuideRow topic="behaviours" id={`${h}-help-beh-${r}`}>
                <BehaviourPicker
                  field={`${base}.behaviours`}
                  value={choice.behaviours}
                  onToggle={(b) => edit((d) => toggleBehaviour(d, node.id, r, b))}
                />
              </GuideRow>
              <GuideRow topic="mood" id={`${h}-help-mood-${r}`}>
                <MoodEffectFields
                  nodeId={node.id}
                  reply={r}
                  choice={choice}
                  field={base}
                  edit={edit}
                  describedBy={`${h}-help-mood-${r}`}
                />
              </GuideRow>
              <GuideRow topic="next" id={`${h}-help-next-${r}`}>
                <div className="field">
                  <label htmlFor={`${h}-next-${r}`}>{t('authorGuide.leadsTo')}</label>
                  <select
                    id={`${h}-next-${r}`}
                    data-field={`${base}.next`}
                    aria-describedby={`${h}-help-next-${r}`}
                    value={next}
                    onChange={(e) => edit((d) => setNext(d, node.id, r, e.target.value))}
                  >
                    {next === '' && <option value="">{t('authorGuide.branchKept')}</option>}
                    {targets.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.kind === 'ending'
                          ? t('authorGuide.toEnding', { outcome: t(`outcome.${n.outcome}`) })
                          : `${n.id} · ${pick(n.lines[0]!.text)}`}
                      </option>
                    ))}
                  </select>
                </div>
              </GuideRow>
              <GuideRow topic="note" id={`${h}-help-note-${r}`}>
                <BilingualField
                  label={t('author.reply.note')}
                  path={[...path, 'note']}
                  text={choice.note}
                  edit={edit}
                  long
                  describedBy={`${h}-help-note-${r}`}
                />
              </GuideRow>
            </section>
          );
        })}
      </section>
    </>
  );
}

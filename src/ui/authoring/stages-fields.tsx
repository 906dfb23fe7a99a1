import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setField } from '../../engine/authoring/draft-operations';
import {
  addPromise,
  addStage,
  factsMadeBefore,
  MAX_STAGES,
  removePromise,
  removeStage,
  setKeptWhen,
} from '../../engine/authoring/stage-operations';
import type { Scenario, Stage } from '../../engine/scenario-schema';
import { stageIndexOf } from '../../engine/stages';
import { CHANNELS } from '../../engine/vocabulary';
import { BilingualField } from './bilingual-field';
import { useFactLabel } from './fact-label';
import { FieldProblems, useFieldProblems } from './field-problems';
import { SelectField } from './select-field';
import type { Edit } from './use-draft-editor';

/**
 * The contacts a case spans (first call, callback, a visit, a public post): each stage's name,
 * the time before it, the decision point it opens at and the promises it checks. The library's
 * stage checks report under each stage what is wrong with it.
 */
export function StagesFields({ draft, edit }: { draft: Scenario; edit: Edit }) {
  const { t } = useTranslation();
  const id = useId();
  const stages = draft.stages ?? [];
  return (
    <section className="panel stages-fields" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('authoringStages.heading')}</h2>
      <p className="hint">{t('authoringStages.intro')}</p>
      {stages.length === 0 && <p>{t('authoringStages.none')}</p>}
      <ol className="stage-editors">
        {stages.map((stage, k) => (
          <li key={k} className="stage-editor">
            <StageFields draft={draft} stage={stage} index={k} edit={edit} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-field="$.stages"
        disabled={stages.length >= MAX_STAGES}
        aria-describedby={`${id}-add-hint`}
        onClick={() => edit(addStage)}
      >
        {t('authoringStages.add')}
      </button>
      <p id={`${id}-add-hint`} className="hint">
        {stages.length === 0
          ? t('authoringStages.addFirstHint')
          : stages.length >= MAX_STAGES
            ? t('authoringStages.maxHint', { max: MAX_STAGES })
            : t('authoringStages.addHint')}
      </p>
    </section>
  );
}

/** One stage of the draft being edited, as its fields and its promises take it. */
interface StageProps {
  draft: Scenario;
  stage: Stage;
  index: number;
  edit: Edit;
}

function StageFields({ draft, stage, index, edit }: StageProps) {
  const { t } = useTranslation();
  const id = useId();
  const base = `$.stages[${index}]`;
  const problems = useFieldProblems(base);
  const decisions = draft.nodes.filter((n) => n.kind === 'decision');
  const own = decisions.filter((n) => stageIndexOf(draft, n.id) === index).map((n) => n.id);
  const n = index + 1;
  return (
    <fieldset className="stage-fields" aria-describedby={`${id}-problems`}>
      <legend>
        {t('authoringStages.stage', { n })}
        {stage.id && <code> {stage.id}</code>}
      </legend>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      {index === 0 && <p className="hint">{t('authoringStages.firstStage')}</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-id`}>{t('authoringStages.id')}</label>
          <input
            id={`${id}-id`}
            data-field={`${base}.id`}
            value={stage.id}
            onChange={(e) => {
              const value = e.target.value;
              edit((d) => setField(d, ['stages', index, 'id'], value), `${base}.id`);
            }}
          />
        </div>
        <SelectField
          label={t('authoringStages.channel')}
          field={`${base}.channel`}
          value={stage.channel}
          options={CHANNELS.map((v) => ({ value: v, label: t(`channel.${v}`) }))}
          onChange={(v) => edit((d) => setField(d, ['stages', index, 'channel'], v))}
        />
        <SelectField
          label={t('authoringStages.startNode')}
          field={`${base}.startNode`}
          value={stage.startNode}
          options={decisions.map((node) => ({ value: node.id, label: node.id }))}
          onChange={(v) => edit((d) => setField(d, ['stages', index, 'startNode'], v))}
        />
      </div>
      <BilingualField
        label={t('authoringStages.title')}
        path={['stages', index, 'title']}
        text={stage.title}
        edit={edit}
      />
      {index > 0 && (
        <BilingualField
          label={t('authoringStages.elapsed')}
          path={['stages', index, 'elapsed']}
          text={stage.elapsed ?? { 'zh-CN': '', en: '' }}
          edit={edit}
        />
      )}
      <p className="small muted">
        {own.length > 0
          ? t('authoringStages.nodesIn', { nodes: own.join(t('author.facts.separator')) })
          : t('authoringStages.noNodesIn')}
      </p>
      {index > 0 && <Promises draft={draft} stage={stage} index={index} edit={edit} />}
      {index > 0 && (
        <button
          type="button"
          className="small-button"
          onClick={() => {
            if (!window.confirm(t('authoringStages.confirmRemove', { n }))) return;
            edit((d) => removeStage(d, index));
          }}
        >
          {t('authoringStages.remove', { n })}
        </button>
      )}
    </fieldset>
  );
}

function Promises({ draft, stage, index, edit }: StageProps) {
  const { t } = useTranslation();
  const label = useFactLabel(draft);
  const base = `$.stages[${index}]`;
  const made = factsMadeBefore(draft, index);
  const options = made.map((f) => ({ value: f, label: label(f) }));
  const checks = stage.checks ?? [];
  return (
    <div className="stage-promises">
      <h3>{t('authoringStages.promises')}</h3>
      <p className="hint">{t('authoringStages.promisesHint')}</p>
      {made.length === 0 && <p className="small">{t('authoringStages.noFactsBefore')}</p>}
      <ol className="promise-editors">
        {checks.map((promise, p) => (
          <li key={p}>
            <div className="field-row">
              <SelectField
                label={t('authoringStages.promiseFact', { n: p + 1 })}
                field={`${base}.checks[${p}].fact`}
                value={promise.fact}
                options={options}
                onChange={(v) =>
                  edit((d) => setField(d, ['stages', index, 'checks', p, 'fact'], v))
                }
              />
              <SelectField
                label={t('authoringStages.keptWhen')}
                field={`${base}.checks[${p}].keptWhen`}
                value={promise.keptWhen ?? ''}
                options={[
                  { value: '', label: t('authoringStages.keptWhenAlways') },
                  ...options.filter((o) => o.value !== promise.fact),
                ]}
                onChange={(v) => edit((d) => setKeptWhen(d, index, p, v || undefined))}
              />
            </div>
            <BilingualField
              label={t('authoringStages.promiseText', { n: p + 1 })}
              path={['stages', index, 'checks', p, 'text']}
              text={promise.text}
              edit={edit}
            />
            <button
              type="button"
              className="small-button"
              onClick={() => edit((d) => removePromise(d, index, p))}
            >
              {t('authoringStages.removePromise', { n: p + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-field={`${base}.checks`}
        onClick={() => edit((d) => addPromise(d, index))}
      >
        {t('authoringStages.addPromise')}
      </button>
    </div>
  );
}

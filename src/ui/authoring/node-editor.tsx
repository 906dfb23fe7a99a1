import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addLine,
  addReply,
  removeLine,
  removeNode,
  renameNode,
  setField,
  setKeyCue,
} from '../../engine/authoring/draft-operations';
import type { Scenario } from '../../engine/scenario-schema';
import { CUES, OUTCOMES } from '../../engine/vocabulary';
import { BilingualField } from './bilingual-field';
import { FieldProblems, useFieldProblems } from './field-problems';
import { IdField } from './id-field';
import { LineConditionField } from './line-condition-field';
import { ReplyEditor } from './reply-editor';
import { SelectField } from './select-field';
import type { Edit } from './use-draft-editor';

/** One node: what the customer says, and the replies (a decision) or the outcome (an ending). */
export function NodeEditor({
  draft,
  index,
  edit,
  onRemoved,
  onTestPlay,
  onLocate,
}: {
  draft: Scenario;
  index: number;
  edit: Edit;
  onRemoved: () => void;
  onTestPlay: (nodeId: string) => void;
  /** Takes the author to a field elsewhere in the draft, by its JSON path. */
  onLocate: (path: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const node = draft.nodes[index]!;
  const base = `$.nodes[${index}]`;
  // Problems of the lines as a whole (on some path the customer says nothing here).
  const linesProblems = useFieldProblems(`${base}.lines`, true);
  return (
    <section className="panel node-editor" aria-labelledby={`${id}-h`}>
      <div className="node-head">
        <h2 id={`${id}-h`}>
          {t('author.node.heading', { id: node.id })}{' '}
          <span className="tag">
            {node.kind === 'decision' ? t('author.decisionKind') : t('author.endingKind')}
          </span>
        </h2>
        <div className="actions">
          <button type="button" onClick={() => onTestPlay(node.id)}>
            {t('author.node.testPlayHere')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (!window.confirm(t('author.node.confirmRemove', { id: node.id }))) return;
              edit((d) => removeNode(d, node.id));
              onRemoved();
            }}
          >
            {t('author.node.remove')}
          </button>
        </div>
      </div>
      <IdField
        label={t('author.node.id')}
        field={`${base}.id`}
        value={node.id}
        taken={draft.nodes.map((n) => n.id)}
        takenMessage={t('author.idTaken')}
        onRename={(value) => edit((d) => renameNode(d, node.id, value))}
      />
      <h3>{t('author.node.lines')}</h3>
      <FieldProblems id={`${id}-lines-p`} problems={linesProblems} />
      {node.lines.map((line, l) => (
        <div key={l} className="line-editor">
          <BilingualField
            label={t('author.node.line', { n: l + 1 })}
            path={['nodes', index, 'lines', l, 'text']}
            text={line.text}
            edit={edit}
            long
          />
          <div className="field-row">
            <SelectField
              label={t('author.node.cue')}
              field={`${base}.lines[${l}].cue`}
              value={line.cue ?? 'none'}
              options={[
                { value: 'none', label: t('author.node.noCue') },
                ...CUES.map((c) => ({ value: c, label: t(`author.cue.${c}`) })),
              ]}
              onChange={(v) =>
                edit((d) =>
                  setField(d, ['nodes', index, 'lines', l, 'cue'], v === 'none' ? undefined : v),
                )
              }
            />
            <label className="check">
              <input
                type="checkbox"
                data-field={`${base}.lines[${l}].keyCue`}
                checked={line.keyCue === true}
                onChange={(e) =>
                  edit((d) =>
                    e.target.checked
                      ? setKeyCue(d, node.id, l)
                      : setField(d, ['nodes', index, 'lines', l, 'keyCue'], undefined),
                  )
                }
              />
              {t('author.node.keyCue')}
            </label>
            <LineConditionField
              draft={draft}
              nodeId={node.id}
              line={line}
              index={l}
              base={`${base}.lines[${l}]`}
              edit={edit}
            />
            {node.lines.length > 1 && (
              <button
                type="button"
                className="small-button"
                onClick={() => edit((d) => removeLine(d, node.id, l))}
              >
                {t('author.node.removeLine', { n: l + 1 })}
              </button>
            )}
          </div>
        </div>
      ))}
      <button type="button" onClick={() => edit((d) => addLine(d, node.id))}>
        {t('author.node.addLine')}
      </button>
      {node.kind === 'decision' ? (
        <>
          <h3 data-field={`${base}.choices`} tabIndex={-1}>
            {t('author.node.replies')}
          </h3>
          {node.choices.map((choice, c) => (
            <ReplyEditor
              key={c}
              draft={draft}
              nodeIndex={index}
              reply={c}
              choice={choice}
              edit={edit}
              onAddFact={() => onLocate('$.facts')}
            />
          ))}
          {node.choices.length < 4 && (
            <button type="button" onClick={() => edit((d) => addReply(d, node.id))}>
              {t('author.reply.add')}
            </button>
          )}
        </>
      ) : (
        <>
          <SelectField
            label={t('author.node.outcome')}
            field={`${base}.outcome`}
            value={node.outcome}
            options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
            onChange={(v) => edit((d) => setField(d, ['nodes', index, 'outcome'], v))}
          />
          <BilingualField
            label={t('author.node.summary')}
            path={['nodes', index, 'summary']}
            text={node.summary}
            edit={edit}
            long
          />
        </>
      )}
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  removeReply,
  setField,
  setRecommended,
  toggleBehaviour,
} from '../../engine/authoring/draft-operations';
import type { Choice, Scenario } from '../../engine/scenario-schema';
import { BehaviourPicker } from './behaviour-picker';
import { BilingualField } from './bilingual-field';
import { IdField } from './id-field';
import { SendMarkField } from './letter-fields';
import { NextEditor } from './next-editor';
import { MoodEffectFields } from './mood-effect-fields';
import { ReplyFacts } from './reply-facts';
import type { Edit } from './use-draft-editor';

/** One reply the trainee can give: words, tags, mood effect, destination. */
export function ReplyEditor({
  draft,
  nodeIndex,
  reply,
  choice,
  edit,
  onAddFact,
}: {
  draft: Scenario;
  nodeIndex: number;
  reply: number;
  choice: Choice;
  edit: Edit;
  onAddFact: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const node = draft.nodes[nodeIndex]!;
  const path = ['nodes', nodeIndex, 'choices', reply] as const;
  const base = `$.nodes[${nodeIndex}].choices[${reply}]`;
  const replyIds = draft.nodes.flatMap((n) =>
    n.kind === 'decision' ? n.choices.map((c) => c.id) : [],
  );
  return (
    <section
      className={`reply-editor${choice.recommended ? ' is-expert' : ''}`}
      aria-labelledby={`${id}-h`}
    >
      <div className="reply-head">
        <h4 id={`${id}-h`}>{t('author.reply.heading', { n: reply + 1 })}</h4>
        <label className="check">
          <input
            type="radio"
            name={`expert-${node.id}`}
            data-field={`${base}.recommended`}
            checked={choice.recommended === true}
            onChange={() => edit((d) => setRecommended(d, node.id, reply))}
          />
          {t('author.reply.recommended')}
        </label>
        <button
          type="button"
          className="small-button"
          onClick={() => edit((d) => removeReply(d, node.id, reply))}
        >
          {t('author.reply.remove', { n: reply + 1 })}
        </button>
      </div>
      <IdField
        label={t('author.reply.id')}
        field={`${base}.id`}
        value={choice.id}
        taken={replyIds}
        takenMessage={t('author.idTaken')}
        onRename={(value) => edit((d) => setField(d, [...path, 'id'], value))}
      />
      <BilingualField
        label={t('author.reply.text')}
        path={[...path, 'text']}
        text={choice.text}
        edit={edit}
        long
      />
      <SendMarkField
        draft={draft}
        nodeIndex={nodeIndex}
        reply={reply}
        choice={choice}
        field={base}
        edit={edit}
      />
      <BehaviourPicker
        field={`${base}.behaviours`}
        value={choice.behaviours}
        onToggle={(b) => edit((d) => toggleBehaviour(d, node.id, reply, b))}
      />
      <MoodEffectFields nodeId={node.id} reply={reply} choice={choice} field={base} edit={edit} />
      <BilingualField
        label={t('author.reply.note')}
        path={[...path, 'note']}
        text={choice.note}
        edit={edit}
        long
      />
      <ReplyFacts
        draft={draft}
        nodeId={node.id}
        reply={reply}
        choice={choice}
        base={base}
        edit={edit}
        onAddFact={onAddFact}
      />
      <NextEditor
        draft={draft}
        nodeId={node.id}
        reply={reply}
        base={base}
        next={choice.next}
        edit={edit}
      />
    </section>
  );
}

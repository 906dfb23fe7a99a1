import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_KINDS,
  type CaseKind,
  type Choice,
  type Scenario,
} from '../../engine/scenario-schema';
import type { Edit } from './use-draft-editor';

/** The draft as a call or a written reply; a call leaves the field out, so older packs stay as they were. */
export function withKind(draft: Scenario, kind: CaseKind): Scenario {
  const { kind: _previous, ...rest } = draft;
  return kind === 'call' ? rest : { ...rest, kind };
}

/** One reply marked as sending the letter, or unmarked (the field left out). */
export function withSendMark(
  draft: Scenario,
  nodeIndex: number,
  reply: number,
  send: boolean,
): Scenario {
  return {
    ...draft,
    nodes: draft.nodes.map((node, n) => {
      if (n !== nodeIndex || node.kind !== 'decision') return node;
      return {
        ...node,
        choices: node.choices.map((choice, r): Choice => {
          if (r !== reply) return choice;
          const { send: _previous, ...rest } = choice;
          return send ? { ...rest, send: true } : rest;
        }),
      };
    }),
  };
}

/** Whether the case is played as a call or written as a letter. */
export function CaseKindField({ draft, edit }: { draft: Scenario; edit: Edit }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('letterAuthoring.kind')}</label>
      <select
        id={id}
        data-field="$.kind"
        value={draft.kind ?? 'call'}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const kind = e.target.value as CaseKind;
          edit((d) => withKind(d, kind));
        }}
      >
        {CASE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`letterAuthoring.kinds.${kind}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="hint">
        {t('letterAuthoring.kindHint')}
      </span>
    </div>
  );
}

/** A written reply's candidate that sends the letter as it stands; a call has no such mark. */
export function SendMarkField({
  draft,
  nodeIndex,
  reply,
  choice,
  field,
  edit,
}: {
  draft: Scenario;
  nodeIndex: number;
  reply: number;
  choice: Choice;
  field: string;
  edit: Edit;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (draft.kind !== 'written-reply') return null;
  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          data-field={`${field}.send`}
          checked={choice.send === true}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const send = e.target.checked;
            edit((d) => withSendMark(d, nodeIndex, reply, send));
          }}
        />
        {t('letterAuthoring.send')}
      </label>
      <span id={`${id}-hint`} className="hint">
        {t('letterAuthoring.sendHint')}
      </span>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  effectOn,
  factsOf,
  setReplyFact,
  type FactEffect,
} from '../../engine/authoring/fact-operations';
import type { Choice, Scenario } from '../../engine/scenario-schema';
import { useFactLabel } from './fact-label';
import { FieldProblems, useFieldProblems } from './field-problems';
import { SelectField } from './select-field';
import type { Edit } from './use-draft-editor';

const EFFECTS: FactEffect[] = ['none', 'sets', 'clears'];

/** What a reply establishes: for each fact of the case, whether it sets it, clears it or neither. */
export function ReplyFacts({
  draft,
  nodeId,
  reply,
  choice,
  base,
  edit,
  onAddFact,
}: {
  draft: Scenario;
  nodeId: string;
  reply: number;
  choice: Choice;
  base: string;
  edit: Edit;
  /** Takes the author to the case's facts, to name one. */
  onAddFact: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = useFactLabel(draft);
  const facts = factsOf(draft);
  const problems = [...useFieldProblems(`${base}.sets`), ...useFieldProblems(`${base}.clears`)];
  return (
    <fieldset className="reply-facts" aria-describedby={problems.length ? `${id}-p` : undefined}>
      <legend>{t('author.facts.reply')}</legend>
      {facts.length === 0 ? (
        <p className="hint">
          {t('author.facts.noneForReply')}{' '}
          <button type="button" className="small-button" onClick={onAddFact}>
            {t('author.facts.goToFacts')}
          </button>
        </p>
      ) : (
        <div className="field-row">
          {facts.map((fact) => (
            <SelectField
              key={fact.id}
              label={label(fact.id)}
              // A problem with the reply's facts leads to the first of these (they share the field).
              field={`${base}.sets`}
              value={effectOn(choice, fact.id)}
              options={EFFECTS.map((e) => ({ value: e, label: t(`author.facts.effect.${e}`) }))}
              onChange={(effect) => edit((d) => setReplyFact(d, nodeId, reply, fact.id, effect))}
            />
          ))}
        </div>
      )}
      <FieldProblems id={`${id}-p`} problems={problems} />
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { setMoodEffect } from '../../engine/authoring/draft-operations';
import type { Choice } from '../../engine/scenario-schema';
import { NumberField } from './number-field';
import type { Edit } from './use-draft-editor';

/** A reply's effect on the customer's anger and trust, as the editor and the guided view show it. */
export function MoodEffectFields({
  nodeId,
  reply,
  choice,
  field,
  edit,
  describedBy,
}: {
  nodeId: string;
  reply: number;
  choice: Choice;
  /** The reply's place in the case file, for locating problems. */
  field: string;
  edit: Edit;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-row" role="group" aria-label={t('author.reply.mood')}>
      {(['anger', 'trust'] as const).map((dimension) => (
        <NumberField
          key={dimension}
          label={t(`author.reply.${dimension}`)}
          field={`${field}.mood.${dimension}`}
          value={choice.mood[dimension]}
          min={-100}
          max={100}
          {...(describedBy ? { describedBy } : {})}
          onChange={(v) => edit((d) => setMoodEffect(d, nodeId, reply, dimension, v))}
        />
      ))}
    </div>
  );
}

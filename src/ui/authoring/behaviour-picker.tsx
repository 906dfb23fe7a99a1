import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BEHAVIOUR_GROUPS, UNGROUPED } from '../../engine/authoring/behaviour-groups';
import type { Behaviour } from '../../engine/behaviours';

/** The reply's behaviour tags as removable chips, and a grouped list to add one from. */
export function BehaviourPicker({
  field,
  value,
  onToggle,
}: {
  field: string;
  value: readonly Behaviour[];
  onToggle: (behaviour: Behaviour) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = (b: Behaviour) => t(`author.behaviour.${b}`);
  const groups = [
    ...Object.entries(BEHAVIOUR_GROUPS),
    ...(UNGROUPED.length > 0 ? [['form', UNGROUPED] as const] : []),
  ];
  return (
    <div className="behaviours" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        {t('author.reply.behaviours')}
      </span>
      {value.length === 0 ? (
        <p className="hint">{t('author.reply.noBehaviours')}</p>
      ) : (
        <ul className="chips">
          {value.map((b) => (
            <li key={b}>
              <span className="chip">
                {label(b)}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('author.reply.removeBehaviour', { tag: label(b) })}
                  onClick={() => onToggle(b)}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <select
        aria-label={t('author.reply.addBehaviour')}
        data-field={field}
        value=""
        onChange={(e) => e.target.value && onToggle(e.target.value as Behaviour)}
      >
        <option value="">{t('author.reply.addBehaviour')}</option>
        {groups.map(([group, behaviours]) => (
          <optgroup
            key={group}
            label={t(`author.groups.${group as keyof typeof BEHAVIOUR_GROUPS}`)}
          >
            {(behaviours as readonly Behaviour[])
              .filter((b) => !value.includes(b))
              .map((b) => (
                <option key={b} value={b}>
                  {label(b)} ({b})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import {
  OBSERVER_CHECKLIST,
  type ChecklistGroup,
  type Mark,
} from '../../engine/observer-checklist';
import { useLocalized } from '../i18n/use-localized';

const GROUPS: ChecklistGroup[] = ['dimension', 'step', 'critical'];

/** The observer ticks what the representative did and notes what they saw, item by item. */
export function ChecklistForm({
  marks,
  onChange,
}: {
  marks: readonly Mark[];
  onChange: (marks: Mark[]) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const update = (itemId: string, change: Partial<Mark>) =>
    onChange(marks.map((m) => (m.itemId === itemId ? { ...m, ...change } : m)));
  return (
    <>
      {GROUPS.map((group) => (
        <fieldset key={group} className="checklist-group">
          <legend>{t(`roleplay.groups.${group}`)}</legend>
          {OBSERVER_CHECKLIST.filter((item) => item.group === group).map((item) => {
            const mark = marks.find((m) => m.itemId === item.id)!;
            const label = pick(item.label);
            return (
              <div key={item.id} className="checklist-item">
                <label className="checklist-check">
                  <input
                    type="checkbox"
                    checked={mark.met}
                    onChange={(e) => update(item.id, { met: e.target.checked })}
                  />
                  <span>
                    <strong>{label}</strong>
                    <span className="hint"> {pick(item.lookFor)}</span>
                  </span>
                </label>
                <input
                  type="text"
                  className="checklist-note"
                  aria-label={t('roleplay.noteFor', { item: label })}
                  placeholder={t('roleplay.note')}
                  value={mark.note}
                  maxLength={2000}
                  onChange={(e) => update(item.id, { note: e.target.value })}
                />
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

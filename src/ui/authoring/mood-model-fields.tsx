import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setMoodModel } from '../../engine/authoring/mood-model';
import { branchMood, moodReactions } from '../../engine/mood';
import type { BranchMood, MoodReactions, Scenario } from '../../engine/scenario-schema';
import type { Edit } from './use-draft-editor';

/**
 * The case's mood model: whether each reply's mood effect already is the customer's whole reaction,
 * and which mood a mood branch tests. Each choice says in one line what it changes.
 */
export function MoodModelFields({ draft, edit }: { draft: Scenario; edit: Edit }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <h3 id={`${id}-title`}>{t('authorMoodModel.title')}</h3>
      <div className="field-row mood-model" role="group" aria-labelledby={`${id}-title`}>
        <div className="field">
          <label htmlFor={`${id}-reactions`}>{t('authorMoodModel.reactions')}</label>
          <select
            id={`${id}-reactions`}
            data-field="$.moodModel.reactions"
            aria-describedby={`${id}-reactions-hint`}
            value={moodReactions(draft)}
            onChange={(e) => {
              const reactions = e.target.value as MoodReactions;
              edit((d) => setMoodModel(d, { reactions }));
            }}
          >
            <option value="engine">{t('authorMoodModel.reactionsEngine')}</option>
            <option value="author">{t('authorMoodModel.reactionsAuthor')}</option>
          </select>
          <span id={`${id}-reactions-hint`} className="hint">
            {t('authorMoodModel.reactionsHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-branch`}>{t('authorMoodModel.branchMood')}</label>
          <select
            id={`${id}-branch`}
            data-field="$.moodModel.branchMood"
            aria-describedby={`${id}-branch-hint`}
            value={branchMood(draft)}
            onChange={(e) => {
              const branchMood = e.target.value as BranchMood;
              edit((d) => setMoodModel(d, { branchMood }));
            }}
          >
            <option value="before-reply">{t('authorMoodModel.branchBefore')}</option>
            <option value="after-reply">{t('authorMoodModel.branchAfter')}</option>
          </select>
          <span id={`${id}-branch-hint`} className="hint">
            {t('authorMoodModel.branchHint')}
          </span>
        </div>
      </div>
    </>
  );
}

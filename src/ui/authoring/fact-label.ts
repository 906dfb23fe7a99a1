import { useTranslation } from 'react-i18next';
import { promiseOutcomeOf } from '../../engine/authoring/fact-operations';
import type { Scenario } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

/**
 * How the editor names a fact: its description in the interface language with its id, or the id.
 * `short` leaves the id out where the words fit a narrow select (a phone's width).
 */
export function useFactLabel(draft: Pick<Scenario, 'facts' | 'stages'>) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const label = (id: string, short = false): string => {
    const described = draft.facts?.find((f) => f.id === id)?.description;
    const description = described ? pick(described).trim() : '';
    // A promise's outcome is named by the promise: 答应周四回电 · 未兑现.
    const promise = description ? undefined : promiseOutcomeOf(draft, id);
    if (promise) return `${label(promise.fact, short)} · ${t(`stages.status.${promise.outcome}`)}`;
    if (!description) return id;
    return short ? description : t('author.facts.label', { description, id });
  };
  return label;
}

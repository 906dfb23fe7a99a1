import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

/**
 * How the editor names a fact: its description in the interface language with its id, or the id.
 * `short` leaves the id out where the words fit a narrow select (a phone's width).
 */
export function useFactLabel(draft: Pick<Scenario, 'facts'>) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (id: string, short = false): string => {
    const described = draft.facts?.find((f) => f.id === id)?.description;
    const description = described ? pick(described).trim() : '';
    if (!description) return id;
    return short ? description : t('author.facts.label', { description, id });
  };
}

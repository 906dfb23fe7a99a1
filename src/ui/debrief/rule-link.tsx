import { Link, useLocation } from 'wouter';
import { ruleById } from '../../engine/scoring/rules';
import { useLocalized } from '../i18n/use-localized';

/** A rule's short name: its description up to the first colon. */
export const ruleHeadline = (description: string): string => description.split(/[：:]/)[0] ?? '';

/**
 * A rule named in a debrief, linked to the handbook entry that explains it. The link carries where
 * it was followed from, so the entry offers the way back (handbook-screen.tsx).
 */
export function RuleLink({ id, count }: { id: string; count?: number }) {
  const { pick } = useLocalized();
  const [here] = useLocation();
  const rule = ruleById(id);
  if (!rule) return <span>{id}</span>;
  const headline = ruleHeadline(pick(rule.description));
  return (
    <Link
      href={`/handbook/${rule.handbook}`}
      state={{ from: here }}
      className={`rule-link rule-${rule.kind}`}
      title={pick(rule.description)}
    >
      {headline}
      {count && count > 1 ? ` ×${count}` : ''}
    </Link>
  );
}

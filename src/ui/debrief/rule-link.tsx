import { Link, useLocation } from 'wouter';
import { ruleById } from '../../engine/scoring/rules';
import { useLocalized } from '../i18n/use-localized';

/**
 * A rule named in a debrief, linked to the handbook entry that explains it. The link carries where
 * it was followed from, so the entry offers the way back (handbook-screen.tsx).
 */
export function RuleLink({ id, count }: { id: string; count?: number }) {
  const { pick } = useLocalized();
  const [here] = useLocation();
  const rule = ruleById(id);
  if (!rule) return <span>{id}</span>;
  const [headline] = pick(rule.description).split(/[：:]/);
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

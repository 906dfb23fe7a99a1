import type { Problem } from '../../engine/validation/problem';
import { useLocalized } from '../i18n/use-localized';

/**
 * A problem's message in the interface language where the check words it in both languages, and
 * otherwise its English message marked as English (for screen readers and hyphenation).
 */
export function useProblemWording() {
  const { pick, locale } = useLocalized();
  return (p: Problem): { words: string; lang: string } =>
    p.text ? { words: pick(p.text), lang: locale } : { words: p.message, lang: 'en' };
}

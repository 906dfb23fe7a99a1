import type { Problem } from '../../engine/validation/problem';
import { useLocalized } from '../i18n/use-localized';

/**
 * A problem's message in the interface language where the check words it in both languages, with
 * what to do about it where the check knows; otherwise its English message marked as English (for
 * screen readers and hyphenation).
 */
export function useProblemWording() {
  const { pick, locale } = useLocalized();
  return (p: Problem): { words: string; lang: string; todo?: string } =>
    p.text
      ? { words: pick(p.text), lang: locale, ...(p.todo ? { todo: pick(p.todo) } : {}) }
      : { words: p.message, lang: 'en' };
}

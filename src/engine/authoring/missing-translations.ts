import { problem, type Problem } from '../validation/problem';
import { formatFieldPath, type FieldPath } from './field-path';
import type { Locale } from '../vocabulary';

export interface MissingTranslation extends Problem {
  /** The language still to write. */
  missing: Locale;
}

const isLocalizedText = (value: object): value is { 'zh-CN': unknown; en: unknown } =>
  'zh-CN' in value && 'en' in value;

const filled = (text: unknown) => typeof text === 'string' && text.trim() !== '';

/**
 * Every text written in one language and not yet in the other, located at the missing language's
 * field. Texts empty in both are not translations missing but content: validation reports those.
 */
export function missingTranslations(draft: unknown): MissingTranslation[] {
  const found: MissingTranslation[] = [];
  const visit = (value: unknown, path: FieldPath) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (isLocalizedText(value)) {
      const zh = filled(value['zh-CN']);
      const en = filled(value.en);
      if (zh !== en) {
        const missing: Locale = zh ? 'en' : 'zh-CN';
        const at = formatFieldPath([...path, missing]);
        found.push({
          ...(missing === 'en'
            ? problem(at, { en: 'no English translation yet', 'zh-CN': '还没有英文译文' })
            : problem(at, { en: 'no Chinese text yet', 'zh-CN': '还没有中文' })),
          missing,
        });
      }
      return;
    }
    for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(draft, []);
  return found;
}

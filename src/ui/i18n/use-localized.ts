import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../engine/scenario-schema';
import type { Locale } from '../../engine/vocabulary';

/** The current locale and a picker for the scenario's bilingual texts. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  return { locale, pick: (text: LocalizedText) => text[locale] };
}

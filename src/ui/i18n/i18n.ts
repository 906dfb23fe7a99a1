import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../engine/vocabulary';
import { en } from './en';
import { zhCN } from './zh-CN';

const STORAGE_KEY = 'complaint-desk.locale';

export function savedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function initI18n() {
  const lng = savedLocale();
  document.documentElement.lang = lng;
  return i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
}

/** Switches the language and remembers it for the next visit. */
export async function switchLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../engine/vocabulary';
import { zhCN } from './zh-CN';

const STORAGE_KEY = 'complaint-desk.locale';

export function savedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

// Chinese is the primary language and the fallback, so it ships with the first screen; English
// is fetched only when someone reads in English.
async function ensureEnglish(): Promise<void> {
  if (i18next.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en');
  i18next.addResourceBundle('en', 'translation', en);
}

export async function initI18n() {
  const lng = savedLocale();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  if (lng === 'en') {
    await ensureEnglish();
    await i18next.changeLanguage('en');
  }
}

/** Switches the language and remembers it for the next visit. */
export async function switchLocale(locale: Locale): Promise<void> {
  if (locale === 'en') await ensureEnglish();
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { firstScreenMessages } from 'virtual:first-screen-messages';
import type { Locale } from '../../engine/vocabulary';

const STORAGE_KEY = 'complaint-desk.locale';

export function savedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

let allChinese: Promise<void> | undefined;

/**
 * Every Chinese message. The first load carries only what a call needs (first-screen-keys.ts);
 * the rest comes with the first other screen (app.tsx), not while a call is opening.
 */
export function loadAllMessages(): Promise<void> {
  allChinese ??= import('./zh-CN').then(
    ({ zhCN }) => void i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, true),
    (error: unknown) => {
      // A failed download may succeed on the next screen.
      allChinese = undefined;
      throw error;
    },
  );
  return allChinese;
}

// Chinese is the primary language and the fallback, so a call's messages ship with the first
// screen; English is fetched only when someone reads in English.
async function ensureEnglish(): Promise<void> {
  if (i18next.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en');
  i18next.addResourceBundle('en', 'translation', en);
}

export async function initI18n() {
  const lng = savedLocale();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: firstScreenMessages } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    // Screens on show re-render when the rest of the messages arrive.
    react: { bindI18nStore: 'added' },
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

import i18next, { type i18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { Router } from 'wouter';
import type { Locale } from '../../../src/engine/vocabulary';
import { en } from '../../../src/ui/i18n/en';
import { zhCN } from '../../../src/ui/i18n/zh-CN';

let instance: i18n | null = null;

/** The element's markup in one interface language (inside a router: rule links are links). */
export async function render(locale: Locale, element: ReactElement): Promise<string> {
  if (!instance) {
    instance = i18next.createInstance();
    await instance.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: 'zh-CN',
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
  }
  await instance.changeLanguage(locale);
  return renderToStaticMarkup(
    <I18nextProvider i18n={instance}>
      <Router ssrPath="/">{element}</Router>
    </I18nextProvider>,
  );
}

/** What a reader sees: the markup without tags. */
export const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

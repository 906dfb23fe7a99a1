import i18next, { type i18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Certification } from '../../src/engine/roster';
import type { Locale } from '../../src/engine/vocabulary';
import { bundledScenario } from '../../src/scenarios/bundled';
import { EndedPanel } from '../../src/ui/call/ended-panel';
import { RingingPanel } from '../../src/ui/call/ringing-panel';
import { CertificationBadge } from '../../src/ui/hr/certification-badge';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { exampleAttempt } from '../engine/records/example-rows';

let i18n: i18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

async function text(locale: Locale, element: ReactElement): Promise<string> {
  await i18n.changeLanguage(locale);
  const html = renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}

const EXPIRY = Date.UTC(2026, 11, 7, 12);
const date = (locale: Locale) => new Date(EXPIRY).toLocaleDateString(locale);
const badge = (status: Certification['status']) => (
  <CertificationBadge certification={{ status, level: 'foundation', expiresAt: EXPIRY }} />
);
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('a certificate on the HR roster', () => {
  it('says an expiring or expired status and its date once each, in both languages', async () => {
    for (const [status, zh, english] of [
      ['expiring', '即将到期', 'Expiring soon'],
      ['expired', '已过期', 'Expired'],
    ] as const) {
      const chinese = await text('zh-CN', badge(status));
      expect(count(chinese, zh)).toBe(1);
      expect(count(chinese, '到期') + count(chinese, '过期')).toBe(1);
      expect(count(chinese, date('zh-CN'))).toBe(1);
      const inEnglish = await text('en', badge(status));
      expect(count(inEnglish, english)).toBe(1);
      expect(inEnglish.toLowerCase().split('expir').length - 1).toBe(1);
      expect(count(inEnglish, date('en'))).toBe(1);
    }
  });

  it('gives a valid certificate its expiry date', async () => {
    expect(await text('zh-CN', badge('certified'))).toContain(`已认证`);
    expect(await text('zh-CN', badge('certified'))).toContain(`${date('zh-CN')} 到期`);
    expect(await text('en', badge('certified'))).toContain(`expires ${date('en')}`);
  });
});

describe('the ringing panel', () => {
  const panel = (id: string) => (
    <RingingPanel
      scenario={bundledScenario(id)}
      timed={false}
      replySeconds={30}
      onTimedChange={() => {}}
      onAnswer={() => {}}
    />
  );

  it('has the customer calling the desk on a phone case', async () => {
    expect(await text('zh-CN', panel('manager-demand'))).toContain('严先生打来投诉电话');
    expect(await text('zh-CN', panel('manager-demand'))).not.toContain('来电：');
    expect(await text('en', panel('manager-demand'))).toContain(
      'Mr. Yan is calling the complaint line',
    );
  });

  it('speaks of a counter case as a customer at the counter, with no call to answer', async () => {
    const chinese = await text('zh-CN', panel('classmate-deposit'));
    expect(chinese).toContain('来到柜台');
    expect(chinese).toContain('按回车键接待');
    expect(chinese).not.toMatch(/接听|电话/);
    const inEnglish = await text('en', panel('classmate-deposit'));
    expect(inEnglish).toContain('comes to your counter');
    expect(inEnglish).toContain('Greet');
    expect(inEnglish).not.toMatch(/\bcall\b|Answer/);
  });
});

describe('the end of a conversation', () => {
  const ended = (caseId: string) => {
    const scenario = bundledScenario(caseId);
    return <EndedPanel attempt={exampleAttempt()} scenario={scenario} onDebrief={() => {}} />;
  };

  it('says a phone call ended, and a counter or online conversation ended without a phone', async () => {
    expect(await text('zh-CN', ended('air-conditioner-remote'))).toContain('通话结束');
    expect(await text('en', ended('air-conditioner-remote'))).toContain('Call ended');
    for (const caseId of ['classmate-deposit', 'tour-multi-day']) {
      const chinese = await text('zh-CN', ended(caseId));
      expect(chinese).not.toContain('通话');
      expect(chinese).toMatch(/接待结束|对话结束/);
      expect(await text('en', ended(caseId))).not.toContain('Call');
    }
  });
});

import type { Scenario } from '../../../src/engine/scenario-schema';
import type { Locale } from '../../../src/engine/vocabulary';
import { en } from '../../../src/ui/i18n/en';
import { zhCN } from '../../../src/ui/i18n/zh-CN';

type Channel = Scenario['channel'];
const MESSAGES = { 'zh-CN': zhCN, en } as const;

/** The library card's button into a case: "接这通电话" for a call, "接待这位客户" at a counter… */
export function takeLabel(channel: Channel, locale: Locale = 'zh-CN'): string {
  return MESSAGES[locale].library.take[channel];
}

/** The button that starts the conversation once it rings: "接听" for a call, "接待" at a counter… */
export function answerLabel(channel: Channel, locale: Locale = 'zh-CN'): string {
  return MESSAGES[locale].call.answer[channel];
}

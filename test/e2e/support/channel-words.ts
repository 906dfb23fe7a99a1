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

/** The card's button for a whole case: a written reply says "写回信" whatever its channel. */
export function caseTakeLabel(scenario: Scenario, locale: Locale = 'zh-CN'): string {
  return scenario.kind === 'written-reply'
    ? MESSAGES[locale].letterCard.take
    : takeLabel(scenario.channel, locale);
}

/** The button that starts the conversation once it rings: "接听" for a call, "接待" at a counter… */
export function answerLabel(channel: Channel, locale: Locale = 'zh-CN'): string {
  return MESSAGES[locale].call.answer[channel];
}

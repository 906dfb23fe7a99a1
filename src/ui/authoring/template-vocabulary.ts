import type { TemplateVocabulary } from '../../app/authoring/import-spreadsheet';
import type { LocalizedText } from '../../engine/scenario-schema';
import { zhCN } from '../i18n/zh-CN';

/** One list of the interface's labels, in both languages at once, for a bilingual template. */
function both(zh: Record<string, string>, english: Record<string, string>) {
  const meanings: Record<string, LocalizedText> = {};
  for (const [tag, text] of Object.entries(zh)) {
    meanings[tag] = { 'zh-CN': text, en: english[tag] ?? tag };
  }
  return meanings;
}

/**
 * The meanings of every tag a template cell may hold, taken from the interface's own labels, so
 * the template's vocabulary sheet says what the editor's pickers say. English loads on demand, as
 * it does for the interface.
 */
export async function templateVocabulary(): Promise<TemplateVocabulary> {
  const { en } = await import('../i18n/en');
  return {
    behaviour: both(zhCN.author.behaviour, en.author.behaviour),
    outcome: both(zhCN.outcome, en.outcome),
    industry: both(zhCN.industry, en.industry),
    channel: both(zhCN.channel, en.channel),
    psychology: both(zhCN.author.psychology, en.author.psychology),
  };
}

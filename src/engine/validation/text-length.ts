import type { LocalizedText, Scenario } from '../scenario-schema';
import { problem, type Advice, type Problem } from './problem';

type Limit = readonly [zh: number, en: number];

/**
 * How long a text may be, in characters (zh-CN, en). Above `advice` the text reads long on the
 * screen and the author is advised to shorten it; above `cap` the screen no longer holds it, so
 * the case is refused. Only replies have a cap: the call screen shows four of them at once, while
 * customer lines, trainer's notes and titles wrap or scroll where they stand.
 */
export const TEXT_LIMITS = {
  reply: { advice: [120, 300], cap: [200, 400] },
  line: { advice: [120, 300] },
  note: { advice: [160, 400] },
  title: { advice: [30, 70] },
} as const satisfies Record<string, { advice: Limit; cap?: Limit }>;

const length = (text: string) => [...text].length;

/** The language in which a text runs past its limit, with both counts; null when it fits. */
function over(text: LocalizedText, [zh, en]: Limit) {
  const chinese = length(text['zh-CN']);
  if (chinese > zh) return { count: chinese, limit: zh, lang: { en: 'zh-CN', 'zh-CN': '中文' } };
  const english = length(text.en);
  if (english > en) return { count: english, limit: en, lang: { en: 'en', 'zh-CN': '英文' } };
  return null;
}

type TextField = {
  path: string;
  text: LocalizedText;
  limits: (typeof TEXT_LIMITS)[keyof typeof TEXT_LIMITS];
};

function textFields(scenario: Scenario): TextField[] {
  const fields: TextField[] = [{ path: '.title', text: scenario.title, limits: TEXT_LIMITS.title }];
  scenario.nodes.forEach((node, i) => {
    node.lines.forEach((line, l) =>
      fields.push({
        path: `.nodes[${i}].lines[${l}].text`,
        text: line.text,
        limits: TEXT_LIMITS.line,
      }),
    );
    if (node.kind !== 'decision') return;
    node.choices.forEach((choice, c) => {
      const at = `.nodes[${i}].choices[${c}]`;
      fields.push({ path: `${at}.text`, text: choice.text, limits: TEXT_LIMITS.reply });
      fields.push({ path: `${at}.note`, text: choice.note, limits: TEXT_LIMITS.note });
    });
  });
  return fields;
}

/** Replies too long for the call screen to hold four at once: errors. */
export function checkTextCaps(scenario: Scenario, base: string): Problem[] {
  return textFields(scenario).flatMap(({ path, text, limits }) => {
    const cap = 'cap' in limits ? limits.cap : null;
    const long = cap && over(text, cap);
    if (!long) return [];
    return [
      problem(
        base + path,
        {
          en: `the ${long.lang.en} reply is ${long.count} characters; a reply may have at most ${long.limit}, or four replies no longer fit the call screen`,
          'zh-CN': `${long.lang['zh-CN']}回答有 ${long.count} 个字，最多只能 ${long.limit} 个，否则通话界面放不下四个回答`,
        },
        {
          en: `shorten it to ${long.limit} characters or fewer`,
          'zh-CN': `把它缩短到 ${long.limit} 个字以内`,
        },
      ),
    ];
  });
}

const WHY_SHORT = {
  en: 'Trainees read every reply before choosing while the customer waits; long texts slow the call down and make the choice a reading test.',
  'zh-CN': '学员要在客户等待时读完每个回答再选；文字太长会拖慢通话，把选择变成阅读测验。',
};

/** Texts above the advised length (but within any cap): advice. */
export function adviseTextLengths(scenario: Scenario, base: string): Advice[] {
  return textFields(scenario).flatMap(({ path, text, limits }) => {
    const cap = 'cap' in limits ? limits.cap : null;
    const long = over(text, limits.advice);
    if (!long || (cap && over(text, cap))) return [];
    const words = {
      en: `the ${long.lang.en} text is ${long.count} characters; it reads best within ${long.limit}`,
      'zh-CN': `${long.lang['zh-CN']}有 ${long.count} 个字，${long.limit} 个字以内读起来最顺`,
    };
    return [{ ...problem(base + path, words), text: words, check: 'text-length', why: WHY_SHORT }];
  });
}

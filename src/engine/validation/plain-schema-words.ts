import type { LocalizedText } from '../scenario-schema';
import type { SchemaIssue } from './problem';

const TYPE_WORDS: Record<string, LocalizedText> = {
  string: { 'zh-CN': '文字', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  int: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': '“是”或“否”（true / false）', en: 'true or false' },
  object: { 'zh-CN': '一组字段（{ … }）', en: 'a set of fields ({ … })' },
  array: { 'zh-CN': '一个列表（[ … ]）', en: 'a list ([ … ])' },
};

const w = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * A failed schema check in words a person reads, from its facts: what is wrong with the value in
 * plain terms of text, numbers and lists, never the schema library's own ("expected string <=40").
 * A file's records (a backup, a records bundle) are shown this way; null where the facts say too
 * little, so the library's wording stays.
 */
export function plainSchemaWords(issue: SchemaIssue, received?: string): LocalizedText | null {
  const { code, origin, minimum, maximum } = issue;
  switch (code) {
    case 'too_big':
      if (maximum === undefined) return null;
      if (origin === 'string')
        return w(`太长：最多 ${maximum} 个字`, `too long: at most ${maximum} characters`);
      if (origin === 'array' || origin === 'set')
        return w(`太多：最多 ${maximum} 项`, `too many: at most ${maximum} items`);
      return w(`太大：不能超过 ${maximum}`, `too large: at most ${maximum}`);
    case 'too_small':
      if (minimum === undefined) return null;
      if (origin === 'string')
        return minimum <= 1
          ? w('不能为空', 'may not be empty')
          : w(`太短：至少 ${minimum} 个字`, `too short: at least ${minimum} characters`);
      if (origin === 'array' || origin === 'set')
        return w(`太少：至少 ${minimum} 项`, `too few: at least ${minimum} items`);
      return w(`太小：不能小于 ${minimum}`, `too small: at least ${minimum}`);
    case 'invalid_type': {
      if (received === 'undefined') return w('缺少这一项', 'is missing');
      const type = issue.expected ? TYPE_WORDS[issue.expected] : undefined;
      return type ? w(`这里应是${type['zh-CN']}`, `should be ${type.en}`) : null;
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (values.length === 0) return null;
      return w(`只能是：${values.join('、')}`, `must be one of: ${values.join(', ')}`);
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return w(
        `有这种文件里没有的字段：${keys.join('、')}`,
        `has fields this kind of file does not have: ${keys.join(', ')}`,
      );
    }
    default:
      return null;
  }
}

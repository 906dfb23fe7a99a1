import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/engine/detect/clauses';

const texts = (text: string, lang: 'zh-CN' | 'en') =>
  sentencesOf(text, lang).map((s) => ({
    sentence: text.slice(s.start, s.end),
    clauses: s.clauses.map((c) => text.slice(c.start, c.end)),
  }));

describe('sentencesOf', () => {
  it('splits Chinese sentences at 。？！ and an ellipsis, and clauses at commas', () => {
    expect(texts('我理解,但是没办法。您看呢?好……', 'zh-CN')).toEqual([
      { sentence: '我理解,但是没办法。', clauses: ['我理解,', '但是没办法。'] },
      { sentence: '您看呢?', clauses: ['您看呢?'] },
      { sentence: '好……', clauses: ['好……'] },
    ]);
  });

  it('splits English sentences and keeps each clause’s offsets in the text', () => {
    const text = 'Sorry, truly. I will call you back by 5 pm; promise.';
    const sentences = sentencesOf(text, 'en');
    expect(sentences).toHaveLength(2);
    const clauses = sentences[1]!.clauses.map((c) => text.slice(c.start, c.end).trim());
    expect(clauses).toEqual(['I will call you back by 5 pm;', 'promise.']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_REPLY_CHARS,
  readDetectItems,
  readLabelledItems,
} from '../../../src/engine/detect/detect-request';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDetectItems', () => {
  it('reads the items in order, keeping the optional fields given', () => {
    const read = readDetectItems(
      bytes(
        JSON.stringify([
          { id: '2', lang: 'en', reply: 'Sorry.' },
          { id: '1', lang: 'zh-CN', reply: '抱歉。', customerSaid: '人呢？', case: 'c1' },
        ]),
      ),
    );
    expect(read).toEqual({
      ok: true,
      items: [
        { id: '2', lang: 'en', reply: 'Sorry.' },
        { id: '1', lang: 'zh-CN', reply: '抱歉。', customerSaid: '人呢？', case: 'c1' },
      ],
    });
  });

  it('locates broken JSON by line and column', () => {
    const read = readDetectItems(bytes('[\n  {"id": "a",, }\n]'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.at).toMatchObject({ line: 2 });
  });

  it('refuses bytes that are not UTF-8 instead of guessing', () => {
    const bad = new Uint8Array([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]);
    const read = readDetectItems(bad);
    expect(read.ok).toBe(false);
  });

  it('names the item and field of each problem', () => {
    const read = readDetectItems(
      bytes(
        JSON.stringify([
          { id: 'a', lang: 'fr', reply: 'x' },
          { id: 'a', lang: 'en', reply: 'y' },
          { id: 'b', lang: 'en', reply: 'z'.repeat(MAX_REPLY_CHARS + 1) },
          'text',
        ]),
      ),
    );
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => p.path)).toEqual(['$[0].lang', '$[2].reply', '$[3]']);
  });

  it('refuses a repeated id', () => {
    const read = readDetectItems(
      bytes(
        JSON.stringify([
          { id: 'a', lang: 'en', reply: 'x' },
          { id: 'a', lang: 'en', reply: 'y' },
        ]),
      ),
    );
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toEqual(['$[1].id']);
  });

  it('needs a list', () => {
    const read = readDetectItems(bytes('{"id": "a"}'));
    expect(read.ok).toBe(false);
  });
});

describe('readLabelledItems', () => {
  it('needs known behaviours', () => {
    const read = readLabelledItems(
      bytes(JSON.stringify([{ id: 'a', lang: 'en', reply: 'x', behaviours: ['argue', 'shout'] }])),
    );
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toEqual(['$[0].behaviours[1]']);
  });
});

import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../src/engine/attempt-log';
import { quotesSaidOnPath, type CaseLines } from '../../../src/engine/debrief/quotes';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const customerLine = text(
  '我亲耳听到她们在笑我。',
  'I heard them laughing at me with my own ears.',
);
const otherRouteLine = text('你们店长呢？叫他来。', 'Where is your manager? Get him out here.');
const reply = text('您可能误会她们了。', 'You may have misread them.');
const otherRouteReply = text(
  '这是规定，我也没办法。',
  'Those are the rules; there is nothing I can do.',
);

const lines: CaseLines = {
  customer: [customerLine, otherRouteLine],
  all: [customerLine, otherRouteLine, reply, otherRouteReply],
};
const transcript: TranscriptEntry[] = [
  { speaker: 'customer', text: customerLine, turn: 0 },
  { speaker: 'trainee', text: reply, turn: 1 },
];

describe('which quotations a comment may make of a call', () => {
  it('quotes words said on the call, a few left out', () => {
    expect(quotesSaidOnPath('“误会了”是在否认她听到的。', transcript, 'zh-CN', lines)).toBe(true);
    expect(quotesSaidOnPath('"you misread them" wipes it away.', transcript, 'en', lines)).toBe(
      true,
    );
  });

  it('keeps the author’s own words, which nobody in the case says', () => {
    expect(quotesSaidOnPath('这等于说“不管”。', transcript, 'zh-CN', lines)).toBe(true);
    expect(quotesSaidOnPath('It amounts to "not our problem".', transcript, 'en', lines)).toBe(
      true,
    );
  });

  it('drops a quotation of a reply or a customer line another route has', () => {
    expect(quotesSaidOnPath('“这是规定”只会让人更火。', transcript, 'zh-CN', lines)).toBe(false);
    expect(quotesSaidOnPath('"Where is your manager" came next.', transcript, 'en', lines)).toBe(
      false,
    );
  });

  it('drops words said to be the customer’s that the customer did not say on this call', () => {
    expect(quotesSaidOnPath('客户说“我要投诉你们”。', transcript, 'zh-CN', lines)).toBe(false);
  });

  it('without the case at hand, keeps only words said on the call as they were said', () => {
    expect(quotesSaidOnPath('这等于说“不管”。', transcript, 'zh-CN')).toBe(false);
    expect(quotesSaidOnPath('“误会她们了”', transcript, 'zh-CN')).toBe(true);
  });

  it('does not gather a quotation’s words from across a long line', () => {
    const long = text('误会这件事我们等会儿再聊，先把您的票据和凭证都拿出来看一看好吗了', 'x');
    const elsewhere = text('您误会了吧。', 'x');
    const far: TranscriptEntry[] = [{ speaker: 'trainee', text: long, turn: 1 }];
    const withLong: CaseLines = { customer: [], all: [long, elsewhere] };
    // The words are another route's reply; this call only has them scattered along one line.
    expect(quotesSaidOnPath('“误会了”', far, 'zh-CN', withLong)).toBe(false);
  });
});

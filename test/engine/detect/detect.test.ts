import { describe, expect, it } from 'vitest';
import { detectBehaviours, type DetectInput } from '../../../src/engine/detect/detect';
import { DEFAULT_LISTS } from '../../../src/engine/detect/default-lists';
import { extendLists } from '../../../src/engine/detect/extend-lists';
import labelled from './labelled-replies.json';

const zh = (reply: string, customerSaid?: string): DetectInput => ({
  lang: 'zh-CN',
  reply,
  ...(customerSaid === undefined ? {} : { customerSaid }),
});
const en = (reply: string, customerSaid?: string): DetectInput => ({
  lang: 'en',
  reply,
  ...(customerSaid === undefined ? {} : { customerSaid }),
});
const behaviours = (input: DetectInput) => detectBehaviours(input).behaviours;
const evidenceOf = (input: DetectInput, behaviour: string) =>
  detectBehaviours(input).evidence.filter((e) => e.behaviour === behaviour);

describe('detectBehaviours: output shape', () => {
  it('gives, for every labelled reply, unique sorted behaviours, each shown by evidence whose offsets cut exactly its text out of the reply', () => {
    for (const item of labelled as DetectInput[]) {
      const detection = detectBehaviours(item);
      expect(detection.behaviours).toEqual([...new Set(detection.behaviours)].sort());
      expect(detection.behaviours).toEqual(
        [...new Set(detection.evidence.map((e) => e.behaviour))].sort(),
      );
      for (const e of detection.evidence) {
        expect(e.start).toBeLessThan(e.end);
        expect(item.reply.slice(e.start, e.end)).toBe(e.text);
      }
      const starts = detection.evidence.map((e) => e.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(detection.listsVersion).toBe(DEFAULT_LISTS.version);
    }
  });

  it('counts offsets in UTF-16 units of the reply as typed, past emoji and full-width letters', () => {
    const reply = '😀😀您先别激动';
    expect(evidenceOf(zh(reply), 'deny-emotion')).toEqual([
      { behaviour: 'deny-emotion', text: '您先别激动', start: 4, end: 9 },
    ]);
    const wide = 'Ｐｌｅａｓｅ ＣＡＬＭ ＤＯＷＮ.';
    const [found] = evidenceOf(en(wide), 'deny-emotion');
    expect(found).toEqual({
      behaviour: 'deny-emotion',
      text: 'ＣＡＬＭ ＤＯＷＮ',
      start: 7,
      end: 16,
    });
  });

  it('matches half-width and full-width punctuation alike', () => {
    expect(behaviours(zh('是的,但是我们也没办法'))).toContain('yes-but');
    expect(behaviours(zh('是的，但是我们也没办法'))).toContain('yes-but');
  });

  it('gives nothing for a bare greeting, and filler only when nothing else is said', () => {
    expect(behaviours(zh('您好。'))).toEqual([]);
    expect(behaviours(zh('嗯嗯，我们会高度重视。'))).toEqual(['filler']);
    expect(behaviours(zh('我们会高度重视，明天下午三点前给您回电话。'))).not.toContain('filler');
  });
});

describe('detectBehaviours: negation and contrast', () => {
  it('does not hear an argument in a denied one (我不是说您错了)', () => {
    expect(behaviours(zh('您说的不对。'))).toContain('argue');
    expect(behaviours(zh('我不是说您说的不对，您着急完全可以理解。'))).not.toContain('argue');
    expect(behaviours(en("You're wrong about the date."))).toContain('argue');
    expect(behaviours(en("I'm not saying you're wrong."))).not.toContain('argue');
  });

  it('hears yes-but when a concession is undercut, and not when a question is answered', () => {
    const found = evidenceOf(zh('我理解，但是这个真的没办法。'), 'yes-but');
    expect(found.map((e) => e.text)).toEqual(['我理解，但是']);
    expect(behaviours(en('I understand, but there is nothing I can do.'))).toContain('yes-but');
    expect(behaviours(zh('有是有，不过得审批。'))).not.toContain('yes-but');
    expect(behaviours(en('Sorry, but that is handled by the courier.'))).not.toContain('yes-but');
  });

  it('keeps a named feeling before 但是 as empathy as well as yes-but', () => {
    const found = behaviours(zh('我知道您很着急，但是系统升级谁都办不了。'));
    expect(found).toEqual(expect.arrayContaining(['acknowledge-emotion', 'yes-but']));
  });

  it('does not hear a refused remedy as an offer', () => {
    expect(behaviours(zh('我马上给您退款。'))).toContain('offer-solution');
    expect(behaviours(zh('我们不可能给您退款。'))).not.toContain('offer-solution');
    expect(behaviours(en("We can't refund you."))).not.toContain('offer-solution');
  });

  it('hears 不是我们的问题 as pushing the matter away', () => {
    expect(behaviours(zh('这不是我们的问题，您去找厂家。'))).toContain('deflect');
  });

  it('does not count a refused apology as an apology', () => {
    const found = behaviours(zh('对不起我是不会说的。'));
    expect(found).toContain('refuse-apology');
    expect(found).not.toContain('apologize');
    expect(behaviours(en("I'm not going to apologise for that."))).not.toContain('apologize');
  });

  it('tells the rep taking their time from telling the customer to calm down', () => {
    expect(behaviours(zh('不着急，您慢慢讲，我听着呢。'))).not.toContain('deny-emotion');
    expect(behaviours(zh('您别着急，急也没用。'))).toContain('deny-emotion');
    expect(behaviours(en("Don't worry, I'll sort it."))).not.toContain('deny-emotion');
  });
});

describe('detectBehaviours: commitments with a time', () => {
  it.each([
    ['zh-CN', '明天下午三点前我给您回电话。', '明天下午三点前'],
    ['zh-CN', '3点之前我把发票发到您邮箱。', '3点之前'],
    ['zh-CN', '24小时内安排师傅上门。', '24小时内'],
    ['zh-CN', '今天17:00之前给您回复。', '今天17:00之前'],
    ['zh-CN', '三个工作日内把钱退回您的卡里。', '三个工作日内'],
    ['en', 'I will call you back by 5 pm.', 'by 5 pm'],
    ['en', 'We will refund it within two days.', 'within two days'],
    ['en', 'The engineer will be with you by Thursday.', 'by Thursday'],
  ] as const)('%s “%s” commits at “%s”', (lang, reply, time) => {
    expect(evidenceOf({ lang, reply }, 'commit-deadline').map((e) => e.text)).toContain(time);
  });

  it.each([
    ['zh-CN', '估计半个钟头左右给您回话。'],
    ['zh-CN', '我马上给您处理。'],
    ['zh-CN', '周三修过一次，周五又坏了，是这样吧？'],
    ['en', "I'll get back to you as soon as I can."],
    ['en', 'If you do not pay by Friday, we will cut off your supply.'],
  ] as const)('%s “%s” commits to no time', (lang, reply) => {
    expect(behaviours({ lang, reply })).not.toContain('commit-deadline');
  });
});

describe('detectBehaviours: context', () => {
  it('hears a close as premature only while the customer’s matter is open', () => {
    const close = '好的，还有什么可以帮您的吗？';
    expect(behaviours(zh(close, '那我的钱到底什么时候到账？'))).toContain('premature-close');
    expect(behaviours(zh(close, '……没有了。反正说了也没用。'))).toContain('premature-close');
    expect(behaviours(zh(close, '行，就这样吧，谢谢你。'))).not.toContain('premature-close');
    expect(behaviours(zh(close))).not.toContain('premature-close');
    expect(behaviours(en('Anything else?', 'So when do I get my refund?'))).toContain(
      'premature-close',
    );
  });

  it('reads the premise of a threat as the threat only', () => {
    const found = behaviours(zh('您再这样骂人，维修费全部您自己出。'));
    expect(found).toContain('threaten');
    expect(found).not.toContain('blame');
  });
});

describe('extendLists', () => {
  const acme = {
    id: 'acme',
    version: '3',
    behaviours: { deflect: { 'zh-CN': ['找总公司'] } },
    avoid: [{ lang: 'en' as const, phrase: 'per head office', behaviour: 'policy-first' as const }],
  };

  it('adds an organisation’s words to the bundled lists and names both in the version', () => {
    const lists = extendLists(DEFAULT_LISTS, acme);
    expect(lists.version).toBe(`${DEFAULT_LISTS.version}+acme.3`);
    const reply = zh('这个您找总公司。');
    expect(detectBehaviours(reply).behaviours).not.toContain('deflect');
    expect(detectBehaviours(reply, lists).behaviours).toContain('deflect');
    expect(detectBehaviours(en('Per head office, no.'), lists).behaviours).toContain(
      'policy-first',
    );
    expect(detectBehaviours(zh('这是规定。'), lists).behaviours).toContain('policy-first');
  });

  it('refuses a pattern that is not a regular expression when the lists are built', () => {
    expect(() =>
      extendLists(DEFAULT_LISTS, {
        id: 'x',
        version: '1',
        behaviours: { argue: { en: ['(unclosed'] } },
      }),
    ).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../src/engine/behaviours';
import { detectBehaviours } from '../../../src/engine/detect/detect';

/**
 * Misreadings a walkthrough of the say-it-yourself mode found, and their neighbours: sentences
 * written for this file (not taken from the labelled set), each saying whether one behaviour is
 * read. A regression here means a list again reads a neutral phrase as a bad move, or misses how
 * a trainee really introduces themself.
 */
type Case = [
  lang: 'zh-CN' | 'en',
  reply: string,
  behaviour: Behaviour,
  shown: boolean,
  customerSaid?: string,
];

const UPSET_ZH = '都第三次了，到现在还没人给我解决！';
const UPSET_EN = "This is the third time and it's still not sorted!";

const CASES: Case[] = [
  // A rep names themself or their desk.
  ['zh-CN', '您好，我是投诉专席的小林，这件事由我来处理。', 'self-identify', true],
  ['zh-CN', '我是客服中心的老陈，您先说说情况。', 'self-identify', true],
  ['zh-CN', '这里是售后服务台，我姓周，您叫我小周就行。', 'self-identify', true],
  ['zh-CN', '您好，我是小林，刚才的记录我都看到了。', 'self-identify', true],
  ['en', "Hi, I'm Lin from the complaints desk, I've got your file open.", 'self-identify', true],
  ['en', "My name's Omar and I'll stay with this until it's fixed.", 'self-identify', true],
  ['en', "You're speaking with Dana, how can I help?", 'self-identify', true],
  ['en', 'Good morning, this is Wei at the billing complaints line.', 'self-identify', true],
  // …but "I mean" / an apology is no introduction.
  ['zh-CN', '我是说您可以直接去营业部办理。', 'self-identify', false],
  ['en', "I'm sorry from the bottom of my heart for this mess.", 'self-identify', false],
  // Threaten needs a consequence the rep brings about.
  ['en', 'Before we hang up, let me read your reference number back to you.', 'threaten', false],
  ['en', "Please don't hang up on me, I'm checking the system now.", 'threaten', false],
  ['en', "For security reasons I can't read out the whole card number.", 'threaten', false],
  ['en', 'The late fee has been removed from your next bill.', 'threaten', false],
  ['en', "If you carry on shouting at me I'm going to hang up.", 'threaten', true],
  ['zh-CN', '挂电话之前，我再跟您核对一下收货地址。', 'threaten', false],
  ['zh-CN', '那我先挂电话了，下午四点前给您回过去。', 'threaten', false],
  ['zh-CN', '您再这么骂人，我只能挂电话了。', 'threaten', true],
  ['zh-CN', '卡被盗刷的话，建议您先报警，我这边马上帮您冻结。', 'threaten', false],
  // Blame needs the customer as the one at fault.
  [
    'en',
    "I'm not questioning whether you chose the right tariff; let's fix the bill.",
    'blame',
    false,
  ],
  ['en', "The plan you chose includes free repairs, so I'll book one.", 'blame', false],
  ['en', 'You picked the wrong delivery date, so that is why it came late.', 'blame', true],
  [
    'en',
    'You should have received a confirmation email from us; let me resend it.',
    'blame',
    false,
  ],
  ['en', 'You forgot to send the receipt, that is the problem.', 'blame', true],
  // Inviting the upset customer to say more is no close; closing on them is.
  [
    'en',
    'Is there anything else on your mind about how this went?',
    'premature-close',
    false,
    UPSET_EN,
  ],
  [
    'en',
    "Anything else you'd like to tell me before I check the order?",
    'premature-close',
    false,
    UPSET_EN,
  ],
  ['en', 'Is there anything else I can help you with today?', 'premature-close', true, UPSET_EN],
  ['zh-CN', '您还有什么想补充的吗？我都记着。', 'premature-close', false, UPSET_ZH],
  ['zh-CN', '还有什么憋着不舒服的，您都说出来。', 'premature-close', false, UPSET_ZH],
  ['zh-CN', '那您还有别的问题吗？', 'premature-close', true, UPSET_ZH],
];

describe('replies the walkthrough misread', () => {
  it.each(CASES)('%s: %s → %s %s', (lang, reply, behaviour, shown, customerSaid) => {
    const { behaviours } = detectBehaviours({ lang, reply, customerSaid });
    if (shown) expect(behaviours).toContain(behaviour);
    else expect(behaviours).not.toContain(behaviour);
  });
});

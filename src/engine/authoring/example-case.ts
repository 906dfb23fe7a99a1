import type { Scenario } from '../scenario-schema';
import { FORMAT_VERSION } from '../vocabulary';

/**
 * A first case, filled in: small but complete and in both languages — one decision point where the
 * customer speaks, four replies (the expert's, one that solves before calming, one that passes the
 * blame, one that waves the feeling away) with their behaviours and mood effects, and an ending for
 * each way the call can go. A trainer new to authoring rewrites it rather than starting blank; as it
 * stands it passes the structural checks and its expert path scores a model answer.
 */
export function exampleCase(id: string): Scenario {
  return {
    formatVersion: FORMAT_VERSION,
    id,
    version: 1,
    title: { 'zh-CN': '迟到的退款', en: 'The Late Refund' },
    briefing: {
      'zh-CN':
        '林先生退了一台电饭煲，客服答应三天内退款到账，今天已经是第七天。他打进热线，电话转到了您这里。',
      en: 'Mr. Lin returned a rice cooker and was told the refund would arrive within three days. It is now the seventh day; his call to the hotline has come through to you.',
    },
    industry: 'general-service',
    channel: 'phone',
    difficulty: 1,
    objectives: [
      {
        'zh-CN': '先报身份、接住客户的情绪，再给出有期限的承诺。',
        en: 'Say who you are and meet the customer’s feeling first, then commit to a time.',
      },
    ],
    source: { caseId: 'example', file: 'guided new case' },
    notes: {
      'zh-CN': '示例案例：人物和经过都是编写的，请换成您自己的案例。',
      en: 'Example case: the customer and the events are invented; replace them with your own.',
    },
    persona: {
      name: { 'zh-CN': '林先生', en: 'Mr. Lin' },
      profile: {
        'zh-CN': '45 岁，做小生意，对承诺过的时间很较真。',
        en: '45, runs a small shop and holds people to the times they promise.',
      },
      psychology: 'aggrieved',
      surfaceComplaint: {
        'zh-CN': '退款说好三天到账，七天了还没到。',
        en: 'The refund promised in three days has not arrived after seven.',
      },
      realExpectation: {
        'zh-CN': '有人说清楚钱卡在哪里、哪天一定到。',
        en: 'Someone who finds where the money is stuck and says the day it will arrive.',
      },
      startingMood: { anger: 65, trust: 35 },
    },
    start: 'opening',
    nodes: [
      {
        id: 'opening',
        kind: 'decision',
        lines: [
          {
            text: {
              'zh-CN': '说好三天退款，今天第七天了！钱到底去哪了？你们是不是想拖着不退？',
              en: 'You said three days for the refund and it’s day seven! Where is my money? Are you just stalling?',
            },
            cue: 'rising-tone',
          },
        ],
        choices: [
          {
            id: 'own-it',
            text: {
              'zh-CN': '林先生您好，我是客服小周。说好的时间没做到，让您白等了这么多天，真对不起。',
              en: 'Mr. Lin, this is Zhou from customer service. We missed the time we promised and kept you waiting for days; I’m sorry.',
            },
            behaviours: ['self-identify', 'acknowledge-emotion', 'apologize'],
            mood: { anger: -20, trust: 15 },
            note: {
              'zh-CN': '先报身份，说出他的委屈并道歉：先处理心情，再处理事情。',
              en: 'Say who you are, name his grievance and apologize: the feeling before the matter.',
            },
            next: 'satisfied',
            recommended: true,
          },
          {
            id: 'explain-rules',
            text: {
              'zh-CN':
                '我是客服小周。按规定退款一般需要三到七个工作日，系统显示已经在处理了，您再耐心等两天应该就能到账。',
              en: 'This is Zhou from customer service. By our rules a refund takes three to seven working days; the system shows it is being processed, so it should reach you in two more days.',
            },
            behaviours: ['self-identify', 'explain'],
            mood: { anger: 5 },
            note: {
              'zh-CN': '规定说得没错，但客户还在气头上，先解释只会让他觉得被打发。',
              en: 'The rule is right, but he is still angry: explaining first sounds like a brush-off.',
            },
            next: 'grudging',
          },
          {
            id: 'blame-bank',
            text: {
              'zh-CN': '我是客服小周。我们这边早就退了，是银行处理慢，跟我们没关系。',
              en: 'This is Zhou from customer service. We sent it long ago; the bank is slow, it’s nothing to do with us.',
            },
            behaviours: ['self-identify', 'blame'],
            mood: { anger: 20, trust: -15 },
            note: {
              'zh-CN': '把责任推给银行，客户只会更确定没人管他的事。',
              en: 'Passing the blame to the bank tells him nobody will deal with it.',
            },
            next: 'escalated',
          },
          {
            id: 'calm-down',
            text: {
              'zh-CN': '我是客服小周。您先别激动，有话好好说。',
              en: 'This is Zhou from customer service. Calm down first, let’s talk properly.',
            },
            behaviours: ['self-identify', 'deny-emotion'],
            mood: { anger: 15, trust: -10 },
            note: {
              'zh-CN': '叫客户别激动，等于说他的情绪不对，火只会更大。',
              en: 'Telling him to calm down says his feeling is wrong; it only makes him angrier.',
            },
            next: 'escalated',
          },
        ],
      },
      {
        id: 'satisfied',
        kind: 'ending',
        lines: [
          {
            text: {
              'zh-CN': '行，你这么说我心里舒服点了。那你帮我查查，今天给我个准信。',
              en: 'All right, that makes me feel better. Look into it and give me a firm answer today.',
            },
          },
        ],
        outcome: 'resolved-satisfied',
        summary: {
          'zh-CN': '客户感到被重视，愿意等客服查明后回电。',
          en: 'The customer felt taken seriously and agreed to wait for a call back with the answer.',
        },
      },
      {
        id: 'grudging',
        kind: 'ending',
        lines: [
          {
            text: {
              'zh-CN': '又是再等两天……行吧，我再等等。',
              en: 'Two more days again… fine, I’ll wait.',
            },
          },
        ],
        outcome: 'resolved-grudging',
        summary: {
          'zh-CN': '客户勉强接受，但并不信服，很可能还会再打来。',
          en: 'The customer accepted it grudgingly, unconvinced, and will probably call again.',
        },
      },
      {
        id: 'escalated',
        kind: 'ending',
        lines: [
          {
            text: {
              'zh-CN': '跟你说不清楚，叫你们领导来接电话！',
              en: 'I’m getting nowhere with you. Put your manager on the phone!',
            },
          },
        ],
        outcome: 'escalated',
        summary: {
          'zh-CN': '客户要求找领导，投诉升级了。',
          en: 'The customer demanded a manager: the complaint escalated.',
        },
      },
    ],
  };
}

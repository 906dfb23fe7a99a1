import type { Scenario } from '../../../src/engine/scenario-schema';

/**
 * A small case a trainer types into the editor from scratch in the case-authoring story. It is
 * kept as small as the teaching thresholds allow: six decisions, three endings, one mood branch.
 */
export const AUTHORED_CASE: Scenario = {
  formatVersion: 1,
  id: 'broadband-three-days',
  version: 1,
  title: { 'zh-CN': '三天没修好的宽带', en: 'Broadband Down for Three Days' },
  briefing: {
    'zh-CN': '周女士家的宽带断了三天，报修两次都没人上门。她在家办公，电话转到了您这里。',
    en: "Ms. Zhou's home broadband has been down for three days and two repair requests went nowhere. She works from home; her call has come through to you.",
  },
  industry: 'telecom',
  channel: 'phone',
  difficulty: 2,
  objectives: [
    {
      'zh-CN': '先报身份、先安抚情绪，再问清她真正要的是什么。',
      en: 'Introduce yourself and calm her first, then find out what she really needs.',
    },
  ],
  source: { caseId: 'T1', file: 'authored in the app' },
  notes: {
    'zh-CN': '全部为作者虚构：人物、报修经过、上门时间和各结局。',
    en: 'All invented by the author: the customer, the repair history, the visit time and the endings.',
  },
  persona: {
    name: { 'zh-CN': '周女士', en: 'Ms. Zhou' },
    profile: {
      'zh-CN': '38 岁，在家做财务外包，靠宽带和客户对账。',
      en: '38, does outsourced bookkeeping from home and needs the line to reach her clients.',
    },
    psychology: 'aggrieved',
    surfaceComplaint: {
      'zh-CN': '宽带断了三天，报修两次没人来。',
      en: 'The broadband has been down three days; two repair requests went unanswered.',
    },
    realExpectation: {
      'zh-CN': '今天就有人上门，月底对账前能用上网。',
      en: 'Someone at her door today, so she is online before month-end closing.',
    },
    startingMood: { anger: 70, trust: 30 },
  },
  start: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '我报修两次了！三天了，一个人都没来！你们到底管不管？',
            en: "I've reported it twice! Three days and nobody has come! Do you even care?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'hear-her',
          text: {
            'zh-CN': '我是客服小林。三天没网，真是太耽误您了，对不起。',
            en: "I'm Lin from customer service. Three days offline has really cost you; I'm sorry.",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'apologize'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN': '先报身份，再说出她的难处并致歉，先处理心情。',
            en: 'Name yourself, then name her trouble and apologize: the mood before the matter.',
          },
          next: 'need',
          recommended: true,
        },
        {
          id: 'book-visit-now',
          text: {
            'zh-CN': '我是客服小林，我这就给您再派一张维修单，工程师会联系您。',
            en: "I'm Lin from customer service; I'll raise another repair order now and an engineer will call you.",
          },
          behaviours: ['self-identify', 'offer-solution'],
          mood: { anger: 10 },
          note: {
            'zh-CN': '她还在气头上，第三张单子只会让她更火。先听，再办。',
            en: 'She is still angry; a third order only makes it worse. Listen first, then act.',
          },
          next: 'need',
        },
        {
          id: 'calm-down',
          text: {
            'zh-CN': '我是客服小林，您先别激动。',
            en: "I'm Lin from customer service. Please calm down first.",
          },
          behaviours: ['self-identify', 'deny-emotion'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN': '“别激动”否认了她的情绪，是严重失误。',
            en: '"Calm down" denies her feelings: a critical mistake.',
          },
          next: 'need',
        },
      ],
    },
    {
      id: 'need',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '月底我要跟客户对账，没网我怎么干活？',
            en: 'I close my clients’ books at month end. How do I work without a connection?',
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'policy',
          text: {
            'zh-CN': '按规定，报修后七十二小时内处理，现在还没超时。',
            en: "By the rules we have seventy-two hours after a report, and that hasn't run out yet.",
          },
          behaviours: ['explain', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN': '搬规定回应她的工作压力，她只会觉得被推开。',
            en: 'Quoting the rules at her work pressure only pushes her away.',
          },
          next: { branches: [{ when: { agitated: true }, to: 'escalated' }], otherwise: 'facts' },
        },
        {
          id: 'ask-deadline',
          text: {
            'zh-CN': '对账是哪天？您最晚什么时候要用上网？',
            en: 'When is the closing? What is the latest you need to be online?',
          },
          behaviours: ['probe-expectation', 'open-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN': '她说出了真正的期限，顺着问清楚。',
            en: 'She has named her real deadline; ask about it.',
          },
          next: 'facts',
          recommended: true,
        },
      ],
    },
    {
      id: 'facts',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '后天就对账。两次报修都说会有人联系我。',
            en: 'Closing is the day after tomorrow. Both times they said someone would call me.',
          },
        },
      ],
      choices: [
        {
          id: 'busy-season',
          text: {
            'zh-CN': '理解，不过这几天报修的人确实特别多。',
            en: 'I understand, but there really are a lot of repair requests these days.',
          },
          behaviours: ['yes-but'],
          mood: { anger: 10 },
          note: {
            'zh-CN': '“不过”把前面的理解一笔勾销。',
            en: '"But" wipes out the understanding before it.',
          },
          next: 'plan',
        },
        {
          id: 'read-back',
          text: {
            'zh-CN': '我记下了：后天对账，报修两次没人联系，对吗？',
            en: 'Let me note it: closing the day after tomorrow, two reports and no call back. Right?',
          },
          behaviours: ['paraphrase', 'record'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN': '复述并记录，让她知道这次有人记着。',
            en: 'Play it back and note it, so she knows someone is keeping track this time.',
          },
          next: 'plan',
          recommended: true,
        },
      ],
    },
    {
      id: 'plan',
      kind: 'decision',
      lines: [{ text: { 'zh-CN': '对。那现在怎么办？', en: 'Right. So what now?' } }],
      choices: [
        {
          id: 'today-visit',
          text: {
            'zh-CN': '我把您的单子升成加急，今天下午四点前工程师上门。',
            en: "I'm making your order urgent; an engineer will be at your door before four this afternoon.",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: -15, trust: 15 },
          note: {
            'zh-CN': '办法加时间，正是她要的。',
            en: 'A fix with a time: exactly what she needs.',
          },
          next: 'backup',
          recommended: true,
        },
        {
          id: 'will-check',
          text: {
            'zh-CN': '我们会去查一下为什么一直没人联系您，查清楚了再告诉您。',
            en: "We'll look into why nobody has called you and let you know once we've found out.",
          },
          behaviours: ['investigate'],
          mood: { anger: 5 },
          note: {
            'zh-CN': '只说“去查”不给时间，她还得干等。',
            en: '"We\'ll look into it" with no time leaves her waiting again.',
          },
          next: 'backup',
        },
      ],
    },
    {
      id: 'backup',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '四点前？万一又没人来呢？',
            en: 'Before four? And if nobody turns up again?',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'promise-all',
          text: {
            'zh-CN': '您放心，保证今天一定修好，修不好我负责。',
            en: "Don't worry, I guarantee it'll be fixed today, or it's on me.",
          },
          behaviours: ['over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN': '修不修得好取决于故障，不能打包票。',
            en: 'Whether it is fixed depends on the fault; do not guarantee it.',
          },
          next: 'closing',
        },
        {
          id: 'hotspot',
          text: {
            'zh-CN': '我再给您开一个临时流量包，今天免费用，对账不受影响，可以吗？',
            en: 'I can also add a free data pack for today so closing is not affected. Shall I?',
          },
          behaviours: ['bounded-offer', 'closed-question'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN': '给一个有边界的补偿，用封闭式提问让她选。',
            en: 'A bounded extra, offered as a closed question she can accept.',
          },
          next: 'closing',
          recommended: true,
        },
      ],
    },
    {
      id: 'closing',
      kind: 'decision',
      lines: [{ text: { 'zh-CN': '行吧，那就这样。', en: 'Fine, let’s leave it there.' } }],
      choices: [
        {
          id: 'check-ok',
          text: {
            'zh-CN': '谢谢您的耐心。四点前我回电确认，还有别的要帮忙吗？',
            en: "Thank you for your patience. I'll call back before four to check. Anything else?",
          },
          behaviours: ['thank', 'follow-up', 'check-satisfaction'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN': '约好回访，再确认她真的放心了。',
            en: 'Book the follow-up and check she is really reassured.',
          },
          next: 'satisfied',
          recommended: true,
        },
        {
          id: 'hang-up',
          text: {
            'zh-CN': '好的，那没有别的问题我先挂了。',
            en: "All right, if there's nothing else I'll hang up now.",
          },
          behaviours: ['premature-close'],
          mood: {},
          note: {
            'zh-CN': '她的“行吧”并不是满意，急着挂断会留下怨气。',
            en: 'Her "fine" is not satisfaction; rushing off leaves resentment.',
          },
          next: 'grudging',
        },
      ],
    },
    {
      id: 'satisfied',
      kind: 'ending',
      lines: [
        {
          text: {
            'zh-CN': '好，那我等您电话，谢谢。',
            en: "Good, I'll wait for your call. Thanks.",
          },
          cue: 'softening',
        },
      ],
      outcome: 'resolved-satisfied',
      summary: {
        'zh-CN': '工程师下午上门修好了宽带，周女士按时对完了账。',
        en: 'The engineer fixed the line that afternoon and Ms. Zhou closed her books on time.',
      },
    },
    {
      id: 'grudging',
      kind: 'ending',
      lines: [{ text: { 'zh-CN': '……嗯。', en: '…Mm.' } }],
      outcome: 'resolved-grudging',
      summary: {
        'zh-CN': '宽带修好了，但周女士觉得没人真正在意她。',
        en: 'The line was fixed, but Ms. Zhou felt nobody really cared.',
      },
    },
    {
      id: 'escalated',
      kind: 'ending',
      lines: [
        {
          text: {
            'zh-CN': '又是规定！我要投诉到工信部！',
            en: 'Rules again! I am taking this to the regulator!',
          },
        },
      ],
      outcome: 'escalated',
      summary: {
        'zh-CN': '周女士向监管部门投诉，这张单子成了升级投诉。',
        en: 'Ms. Zhou complained to the regulator and the case was escalated.',
      },
    },
  ],
};

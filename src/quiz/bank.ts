import type { QuizItem } from '../engine/certification/quiz-item';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const opt = (id: string, zh: string, en: string) => ({ id, text: t(zh, en) });

/** The knowledge quiz: the course's steps, rules, cues, cases, norms and phrases to avoid, written in our own words from the domain brief. */
export const QUIZ_BANK: readonly QuizItem[] = [
  // ---------------------------------------------------------------- ordering
  {
    id: 'order-seven-steps',
    type: 'ordering',
    prompt: t(
      '柜台前，一位客户正情绪激动地投诉。请把银行网点处理投诉的“七步法”按正确顺序排列。',
      "A customer is complaining angrily at the counter. Put the bank branch's seven steps for handling a complaint in the right order.",
    ),
    options: [
      opt(
        'judge',
        '判断需求：弄清客户到底想要什么',
        'Judge the need: work out what the customer actually wants',
      ),
      opt(
        'isolate',
        '迅速隔离：把客户请离围观人群和当事柜员',
        'Separate quickly: take the customer away from onlookers and the teller involved',
      ),
      opt(
        'record',
        '详细记录：记下要点，念给客户核对',
        'Record in detail: note the key points and read them back',
      ),
      opt(
        'follow',
        '后续跟踪：事后回访客户',
        'Follow up: get back in touch with the customer afterwards',
      ),
      opt(
        'listen',
        '聆听倾诉：让客户把话说完，并给出回应',
        'Listen: let the customer have their say, and respond to it',
      ),
      opt(
        'handle',
        '及时处理：当场解决，或承诺期限',
        'Act promptly: fix it on the spot, or commit to a deadline',
      ),
      opt(
        'calm',
        '安抚情绪：递上温水，请客户慢慢说',
        'Calm the emotions: offer warm water and let them take their time',
      ),
    ],
    answer: ['isolate', 'calm', 'listen', 'record', 'judge', 'handle', 'follow'],
    explanation: t(
      '先把客户和围观者、当事柜员分开，再安抚、倾听、记录核实，然后才判断需求、拿出办法，最后还要回访跟踪。这个顺序本身就体现了两条黄金法则：先处理心情，再处理事情；先听清问题，再解决问题。',
      'Separate the customer from onlookers and the teller first; then calm, listen, record and verify; only then judge the need and act, and always follow up. The order itself carries the two golden rules: mood before matter, and hear the problem before solving it.',
    ),
    source: 'BRIEF §3.1, §3.3; F003',
  },
  {
    id: 'order-ibm-needs',
    type: 'ordering',
    prompt: t(
      '配件发错了，客户打电话来投诉。按课程引用的 IBM 做法，客户关心的事情依次是什么？',
      'A customer calls to complain that the wrong spare part was shipped. Following the IBM order the course cites, put what the customer cares about in order.',
    ),
    options: [
      opt(
        'root',
        '根本原因：是哪个流程环节出了问题',
        'Root cause: which step in the process failed',
      ),
      opt('prevent', '预防措施：以后怎样避免再发生', "Prevention: how it won't happen again"),
      opt('date', '解决时限：什么时候能解决', 'Due date: when it will be fixed'),
      opt('action', '解决办法：具体怎么解决', 'Action: how exactly it will be fixed'),
    ],
    answer: ['date', 'action', 'root', 'prevent'],
    explanation: t(
      '客户首先要一个时间，其次要一个办法；查根源是为了改流程，不是为了找人受罚，放在后面做。一切向前看：以解决问题为主，查根源、找责任为辅。',
      'The customer wants a date first, then a plan; digging into the root cause is about fixing the process, not finding someone to punish, and it comes afterwards. Look forward: solving comes first, causes and blame second.',
    ),
    source: 'BRIEF §3.15, C9; F000',
  },
  {
    id: 'order-angry-customer',
    type: 'ordering',
    prompt: t(
      '一位业主怒气冲冲地打来电话。请按课程给出的顺序，排列应对愤怒客户的步骤。',
      "An owner calls in a fury. Put the course's steps for handling an angry customer in order.",
    ),
    options: [
      opt(
        'cause',
        '通过提问、倾听和分析，找出问题的原因',
        'Find the cause by asking, listening and analysing',
      ),
      opt(
        'ack',
        '承认客户的情绪，绝不否认他在生气',
        'Acknowledge the emotion; never deny the anger',
      ),
      opt(
        'negotiate',
        '要求无法满足时，从客户自己的想法里找方案',
        "If the request can't be met, build a solution from the customer's own ideas",
      ),
      opt(
        'listen',
        '积极倾听，让他把话说完，不打断',
        'Listen actively; let them finish without interrupting',
      ),
      opt('follow', '做好后续跟进', 'Follow up afterwards'),
      opt('need', '弄清客户希望得到什么结果', 'Clarify what outcome the customer wants'),
      opt(
        'understand',
        '复述要点并记下来，让客户知道你听懂了',
        'Paraphrase and take notes so they know you understand',
      ),
    ],
    answer: ['ack', 'listen', 'understand', 'cause', 'need', 'negotiate', 'follow'],
    explanation: t(
      '客户越生气，越要先接住情绪：先承认，再倾听，再复述，找到怒气的根源之后才谈要求和方案，最后跟进。保持积极、不让客户干等，则贯穿始终。',
      'The angrier the customer, the more you meet the emotion first: acknowledge, listen, paraphrase; only once you have found the root of the anger do you talk about what they want and how to get there, then follow up. Staying positive and never leaving them waiting apply throughout.',
    ),
    source: 'BRIEF §3.10, C16; F001',
  },
  {
    id: 'order-eight-step-method',
    type: 'ordering',
    prompt: t(
      '门店处理顾客抱怨的“八步法”，请按顺序排列。',
      "Put the eight-step method for handling a shop customer's complaint in order.",
    ),
    options: [
      opt(
        'collect',
        '通过交谈和提问收集信息',
        'Gather information by talking and asking questions',
      ),
      opt('review', '总结经验，防止再次发生', "Review and learn so it doesn't happen again"),
      opt('vent', '让顾客发泄，耐心倾听', 'Let the customer vent, and listen patiently'),
      opt('solution', '提出解决方案', 'Offer a solution'),
      opt(
        'empathize',
        '换位思考，理解和同情顾客',
        'Put yourself in their place; understand and sympathize',
      ),
      opt(
        'follow',
        '打电话或写信跟踪，确认承诺已经落实',
        'Follow up by phone or letter to confirm the promised fix was done',
      ),
      opt(
        'apologize',
        '充分道歉，表明你理解问题所在',
        'Apologize fully and show you understand the problem',
      ),
      opt(
        'ask-view',
        '顾客仍不满意时，请他说说希望怎么处理',
        "If they're still unhappy, ask what would settle it for them",
      ),
    ],
    answer: [
      'vent',
      'apologize',
      'empathize',
      'collect',
      'solution',
      'ask-view',
      'follow',
      'review',
    ],
    explanation: t(
      '正在气头上的顾客，只有发泄完才听得进你的话，所以先听、先道歉、先共情，再收集信息、拿方案；方案不被接受时再问顾客的想法，最后跟踪和复盘。',
      "A customer in the heat of anger can only hear you once they have vented, so listen, apologize and empathize first, then gather facts and propose; if the proposal doesn't land, ask for their view, and finish with follow-up and review.",
    ),
    source: 'BRIEF §3.12; F003',
  },
  {
    id: 'order-expectation-management',
    type: 'ordering',
    prompt: t(
      '客户提出的要求明显超出了公司能给的范围。管理客户期望值，应该按什么顺序进行？',
      'The customer is asking for more than the company can give. In what order do you manage their expectations?',
    ),
    options: [
      opt('tell', '说明哪些能做到、哪些做不到', "Say clearly what can and can't be done"),
      opt('agree', '达成双方都能接受的双赢协议', 'Reach a win-win agreement both sides can accept'),
      opt('ask', '提问，了解客户有哪些期望', 'Ask questions to learn what they expect'),
      opt(
        'rank',
        '帮客户给这些期望排出轻重，找出他最看重的一项',
        'Help them rank those expectations and find the one that matters most',
      ),
    ],
    answer: ['ask', 'rank', 'tell', 'agree'],
    explanation: t(
      '先问清、再排序，客户才会看清自己最在意什么；这时再坦诚说明能做和不能做的，才谈得出双赢的结果，而不是无限满足或一口回绝。',
      'Asking and ranking first helps the customer see what they care about most; only then does an honest "this we can do, this we can\'t" lead to a win-win, rather than an open-ended promise or a flat no.',
    ),
    source: 'BRIEF §3.11; F001, F003',
  },
  {
    id: 'order-leader-demand',
    type: 'ordering',
    prompt: t(
      '来电客户一开口就说：“叫你们领导来！”按面试题的参考答案，处理顺序应该是？',
      'The caller opens with "Put your manager on!" Following the model interview answer, put the handling steps in order.',
    ),
    options: [
      opt('ask', '问客户觉得这件事怎么处理比较好', 'Ask how they think it would best be handled'),
      opt(
        'close',
        '最后代表公司致歉，感谢支持，承诺改进',
        "Finally, apologize on the company's behalf, thank them and promise improvement",
      ),
      opt(
        'own',
        '表明自己就是负责这个问题的人，建立信任',
        'Say you are the person responsible for their problem, and build trust',
      ),
      opt(
        'solve',
        '提出方案，尽快解决，给出明确答复',
        'Propose a solution, fix it fast and give a clear answer',
      ),
      opt(
        'side',
        '站在客户一边，倾听并认可他的感受',
        "Take the customer's side; listen and acknowledge their feelings",
      ),
    ],
    answer: ['own', 'side', 'ask', 'solve', 'close'],
    explanation: t(
      '要找领导，是想被有分量的人认真对待，所以先表明“这件事由我负责”，再共情、问意见、给方案，最后以公司名义道歉、致谢。客户情绪激动时，提前真诚致歉同样可取。',
      "Demanding the manager means wanting to be taken seriously, so start by making clear you own the problem; then empathize, ask their view, solve, and close with the company's apology and thanks. An early, sincere apology to an agitated customer is fine too.",
    ),
    source: 'BRIEF §5.2, C18, §3.17; F004',
  },

  // ---------------------------------------------------------------- multiple
  {
    id: 'multi-onsite-cues',
    type: 'multiple',
    prompt: t(
      '通话中，哪些现场信息值得你特别留意？（选出所有正确项）',
      'Which on-the-spot signals should you watch for during a complaint call? (Select all that apply.)',
    ),
    options: [
      opt('a', '客户反复强调的内容', 'What the customer repeats or stresses'),
      opt('b', '说到哪句话时，客户的语气变得更激动', 'The point where their tone gets more heated'),
      opt('c', '什么让客户的态度稍有缓和', 'What makes their attitude soften a little'),
      opt('d', '客户是否有意回避某些问题', 'Whether they deliberately dodge certain questions'),
      opt('e', '客户是否夸大其词，以及为什么夸大', 'Whether they exaggerate, and why'),
      opt('f', '客户的年龄和口音', 'Their age and accent'),
      opt('g', '客户来电的时段', 'What time of day they call'),
    ],
    answer: ['a', 'b', 'c', 'd', 'e'],
    explanation: t(
      '重复、激动、缓和、回避、夸大，这五处往往藏着客户真正的期望；年龄、口音和来电时段本身说明不了他想要什么。',
      'Repetition, rising heat, softening, dodging and exaggeration are where the real expectation tends to hide; age, accent or call time tell you nothing about what they want.',
    ),
    source: 'BRIEF §3.5; F000',
  },
  {
    id: 'multi-de-escalation',
    type: 'multiple',
    prompt: t(
      '客户情绪过于激动，当场已经谈不下去了。课程推荐的三种缓和办法是哪些？',
      'The customer is too worked up to settle anything on the spot. Which three moves does the course recommend?',
    ),
    options: [
      opt('person', '换一个人来接手处理', 'Change who is handling it'),
      opt(
        'raise',
        '当场把补偿加码，先把人稳住',
        'Raise the compensation on the spot to settle them down',
      ),
      opt(
        'place',
        '换一个场所，比如请到安静的接待室',
        'Change the place, e.g. move to a quiet meeting room',
      ),
      opt(
        'security',
        '请保安站在旁边，防止事态扩大',
        'Have a security guard stand by in case it escalates',
      ),
      opt('time', '换一个时间，约好改天再谈', 'Change the time and agree when to pick it up again'),
      opt(
        'policy',
        '把相关规定打印出来，请客户过目',
        'Print out the relevant rules for the customer to read',
      ),
    ],
    answer: ['person', 'place', 'time'],
    explanation: t(
      '变更当事人、改变场所、改变时间，都是给情绪降温、给双方一个台阶；临时加码会让客户学会“一闹就有好处”，叫保安、念规定只会火上浇油。',
      'Changing the person, the place or the time cools things down and gives both sides a way out; raising the offer teaches that making a scene pays, and guards or rulebooks only add fuel to the fire.',
    ),
    source: 'BRIEF §3.12, §3.1, C4; F003',
  },
  {
    id: 'multi-ctrip-lessons',
    type: 'multiple',
    prompt: t(
      '评论者从携程澳洲游投诉事件中总结出了哪些应对投诉的做法？（选出所有正确项）',
      'Which lessons did the commentators draw from the Ctrip Australia tour complaint? (Select all that apply.)',
    ),
    options: [
      opt(
        'own',
        '以组织者身份主动承担责任，不找借口',
        'Take responsibility as the organizer, without excuses',
      ),
      opt(
        'fast',
        '立即响应：先安抚，调查同步进行',
        'Respond immediately: soothe first and investigate in parallel',
      ),
      opt(
        'blame',
        '先弄清是顾客错得多还是公司错得多，再决定态度',
        'First settle whether the customer or the company is more at fault, then decide your stance',
      ),
      opt(
        'feedback',
        '持续反馈，即使没有进展也要告诉客户',
        "Keep the customer updated, even when there's no progress",
      ),
      opt(
        'wait',
        '调查结论出来之前先不联系客户，以免说错话',
        'Hold off contacting the customer until the investigation is done, to avoid saying the wrong thing',
      ),
      opt(
        'exceed',
        '达成一致后再给一点小惊喜，超越期望',
        'Once agreed, add a small surprise to exceed expectations',
      ),
    ],
    answer: ['own', 'fast', 'feedback', 'exceed'],
    explanation: t(
      '携程恰恰输在纠结“谁错得多”，处理仓促又生硬；主动担责、快速响应、持续反馈、超越期望，才能把抱怨变成机会。',
      'Ctrip went wrong precisely by arguing over who was more at fault and by handling it hastily and stiffly; ownership, speed, steady updates and going beyond expectations are what turn a complaint into an opportunity.',
    ),
    source: 'BRIEF §3.16, C6; F000',
  },
  {
    id: 'multi-four-principles',
    type: 'multiple',
    prompt: t(
      '银行讲座中的“四项原则”包括哪些？（选出所有正确项）',
      "Which of these are among the bank talk's four principles for handling complaints? (Select all that apply.)",
    ),
    options: [
      opt(
        'rules',
        '严格按制度办事，不给任何客户开先例',
        'Stick strictly to the rules and never make an exception for anyone',
      ),
      opt(
        'listen',
        '耐心倾听抱怨，坚决避免争执',
        'Listen patiently and never get into an argument',
      ),
      opt(
        'calm',
        '想方设法平息抱怨，消除怨气',
        'Do whatever it takes to calm the complaint and dissolve the resentment',
      ),
      opt(
        'facts',
        '先查明责任归属，再决定要不要道歉',
        'Establish who is at fault before deciding whether to apologize',
      ),
      opt('shoes', '站在客户的立场上，将心比心', "Stand in the customer's shoes"),
      opt('act', '迅速拿出解决方案并付诸行动', 'Quickly draw up a solution and act on it'),
    ],
    answer: ['listen', 'calm', 'shoes', 'act'],
    explanation: t(
      '四项原则是：倾听不争、平息怨气、将心比心、快速行动。先定责再道歉，恰恰违背了“先处理心情”。',
      'The four principles are: listen without arguing, calm the resentment, put yourself in their shoes, act fast. Settling blame before apologizing runs against handling the mood first.',
    ),
    source: 'BRIEF §3.2, §3.17; F003, F000',
  },
  {
    id: 'multi-collection-methods',
    type: 'multiple',
    prompt: t(
      '课程讲了收集现场信息的三种方法，是哪三种？',
      'The course names three ways to gather information while handling a complaint. Which three?',
    ),
    options: [
      opt('written', '请客户写一份书面陈述', 'Ask the customer for a written statement'),
      opt('facts', '询问事实', 'Ask about the facts'),
      opt(
        'compare',
        '查一查同类投诉以往赔了多少',
        'Look up what was paid out on similar complaints',
      ),
      opt('feel', '体会客户的感受', 'Feel what the customer is feeling'),
      opt('probe', '探询客户的真实期望', "Probe for the customer's real expectation"),
    ],
    answer: ['facts', 'feel', 'probe'],
    explanation: t(
      '事实、感受、期望三者缺一不可：只问事实会漏掉情绪，只顾情绪又找不到他真正想要的结果。',
      'Facts, feelings and expectations go together: facts alone miss the emotion, and emotion alone never finds the outcome the customer actually wants.',
    ),
    source: 'BRIEF §3.5; F000',
  },
  {
    id: 'multi-self-control',
    type: 'multiple',
    prompt: t(
      '客户在电话里越骂越凶，你发觉自己呼吸变重、语速变快。哪些做法能帮你稳住情绪？（选出所有正确项）',
      'The caller is getting more abusive, and you notice your breathing getting heavy and your speech speeding up. Which of these help you keep control? (Select all that apply.)',
    ),
    options: [
      opt(
        'count',
        '回答之前，在心里从 1 数到 10，或者深呼吸',
        'Count from 1 to 10 in your head, or take a deep breath, before answering',
      ),
      opt(
        'warn',
        '提醒客户注意措辞，否则只能挂断',
        "Warn them to mind their language or you'll have to hang up",
      ),
      opt(
        'mute',
        '按静音几秒，喝口水，调整好呼吸再继续',
        'Mute for a few seconds, sip some water, steady your breathing, then carry on',
      ),
      opt(
        'target',
        '提醒自己：他气的是公司、产品或服务，不是我',
        'Remind yourself the anger is aimed at the company, product or service, not at you',
      ),
      opt(
        'match',
        '提高音量压住他，让他先安静下来',
        'Raise your voice over theirs so they quiet down first',
      ),
      opt(
        'smile',
        '保持微笑，把注意力放在问题上，而不是他的态度上',
        'Keep smiling and focus on the problem, not on their attitude',
      ),
    ],
    answer: ['count', 'mute', 'target', 'smile'],
    explanation: t(
      '先控制住自己，才能控制住客户的情绪：数数、深呼吸、静音喝水、提醒自己“不是冲我来的”，都是课程里的办法；警告挂断或提高音量只会让冲突升级。',
      'You have to control yourself before you can calm the customer: counting, deep breaths, a muted sip of water and remembering "it\'s not about me" all come from the course; threatening to hang up or raising your voice only escalates things.',
    ),
    source: 'BRIEF §3.9; F001, F004',
  },
  {
    id: 'multi-telecom-norms',
    type: 'multiple',
    prompt: t(
      '下面哪些符合课程中的电信服务规范？（选出所有正确项）',
      'Which of these match the telecom service norms in the course? (Select all that apply.)',
    ),
    options: [
      opt('rate', '语速控制在每分钟 90～100 字', 'Speak at 90–100 characters per minute'),
      opt('ring', '电话响起后 30 秒内接听即可', 'Picking up within 30 seconds is fine'),
      opt('pickup', '来电在 15 秒内接听', 'Answer calls within 15 seconds'),
      opt('biz', '业务准确率高于 97%', 'Business accuracy above 97%'),
      opt(
        'fast',
        '语速越快越好，可以缩短通话时长',
        'The faster you speak the better, to keep calls short',
      ),
      opt('data', '客户资料准确率高于 98%', 'Customer-data accuracy above 98%'),
    ],
    answer: ['rate', 'pickup', 'biz', 'data'],
    explanation: t(
      '每分钟 90～100 字、15 秒内接听，加上业务和客户资料两项准确率，是这套规范里的硬指标；语速太快，客户听不清，反而显得敷衍。',
      "90–100 characters a minute, pickup within 15 seconds, and the two accuracy targets are the hard numbers in these norms; speak too fast and the customer can't follow, and it sounds like a brush-off.",
    ),
    source: 'BRIEF §3.19, §4 #13; F003',
  },
  {
    id: 'multi-apology',
    type: 'multiple',
    prompt: t(
      '关于向投诉客户道歉，下面哪些说法符合课程观点？（选出所有正确项）',
      'Which of these statements about apologizing to a complaining customer match the course? (Select all that apply.)',
    ),
    options: [
      opt(
        'soothe',
        '道歉能安抚客户，避免事态升级',
        'An apology soothes the customer and keeps things from escalating',
      ),
      opt('admit', '说了“对不起”，就等于认了错', 'Saying "sorry" amounts to admitting fault'),
      opt(
        'notliable',
        '道歉和承担责任不是一回事',
        'Apologizing is not the same as accepting liability',
      ),
      opt(
        'waitinv',
        '调查结论出来之前，绝不能道歉',
        'Never apologize before the investigation is concluded',
      ),
      opt(
        'later',
        '责任归属可以等客户平静下来，再冷静厘清',
        'Responsibility can be sorted out calmly once the customer has settled',
      ),
      opt(
        'notfault',
        '即使过错不在我们，也可以为客户的不愉快经历致歉',
        "Even when we're not at fault, we can apologize for the bad experience",
      ),
    ],
    answer: ['soothe', 'notliable', 'later', 'notfault'],
    explanation: t(
      '很多新手以为一说“对不起”就是认错，其实道歉照顾的是客户的感受，并不对事实下结论；携程投诉越闹越大，原因之一就是没有及时说一声“对不起”。',
      'Many new handlers think "sorry" admits fault; in fact an apology takes care of the customer\'s feelings without ruling on the facts. Part of why the Ctrip complaint blew up was that nobody said sorry in time.',
    ),
    source: 'BRIEF §3.17, C6; F000, F003',
  },

  // ------------------------------------------------------------- spot-phrase
  {
    id: 'spot-counter-opening',
    type: 'spot-phrase',
    prompt: t(
      '营业厅里，一位客户在柜台前哭诉银行扣了他的钱，旁边已经有人围观。你走过去，下面哪些话不该说？',
      'A customer is in tears at the counter, saying the bank took his money, and people are gathering to watch. You walk over. Which of these should you NOT say?',
    ),
    options: [
      opt(
        'a',
        '走走走，别闹了，咱边上说。',
        "Come on, come on, stop making a fuss, let's go over there.",
      ),
      opt(
        'b',
        '您好，我是这个网点的大堂经理小李，您的事我来帮您解决，请跟我到这边坐。',
        "Hello, I'm Li, the lobby manager here. I'll sort this out for you; please come and sit over here with me.",
      ),
      opt(
        'c',
        '您先喝口温水润润嗓子，别着急，咱们慢慢说。',
        "Have a sip of warm water first. No rush, we'll take it slowly.",
      ),
      opt(
        'd',
        '这肯定不是我们银行的问题，您去问社保局吧。',
        "This definitely isn't the bank's problem. Go and ask the social-security bureau.",
      ),
      opt(
        'e',
        '换作是我，三个月没收到钱，我也会着急。',
        "If I'd gone three months without that money, I'd be worried too.",
      ),
    ],
    answer: ['a', 'd'],
    explanation: t(
      '保安式的“走走走”会让客户觉得不被重视，一口推给社保局则是既不担责也不帮忙；先亮明身份、请到一边、递杯温水、将心比心，再和他一起找原因。',
      'The security-guard "come on, come on" makes customers feel they don\'t matter, and pushing it straight onto the social-security bureau disowns the problem without helping. Introduce yourself, take them aside, offer warm water, empathize, then find the cause together.',
    ),
    source: 'BRIEF §3.1, §3.20, §3.21, C2; F003',
  },
  {
    id: 'spot-angry-listening',
    type: 'spot-phrase',
    prompt: t(
      '业主来电：对讲机星期三刚修好，星期五又坏了，他越说越气。下面哪些回应应该避免？',
      'An owner calls: the intercom was fixed on Wednesday and broke again on Friday, and he is getting angrier by the minute. Which of these replies should you avoid?',
    ),
    options: [
      opt(
        'a',
        '是的，但是维修记录显示当时已经修好了。',
        'Yes, but the repair record shows it was fixed at the time.',
      ),
      opt(
        'b',
        '我能明白您很恼火，我也想把这事彻底解决。您能跟我说说这次是怎么坏的吗？',
        "I can tell you're really annoyed, and I want to get this properly fixed too. Can you tell me what happened this time?",
      ),
      opt(
        'c',
        '嗯，嗯，是，对……（一直机械地附和）',
        'Mm, mm, yes, right… (mechanical agreement, over and over)',
      ),
      opt(
        'd',
        '我跟您确认一下：星期三给您修过对讲机，星期五又出现了同样的故障，是这样吗？我记下来。',
        "Let me check: we repaired your intercom on Wednesday and the same fault came back on Friday, is that right? I'm noting it down.",
      ),
      opt(
        'e',
        '维修那边一向马马虎虎的，我也没办法。',
        "The repair team are always sloppy; there's nothing I can do.",
      ),
    ],
    answer: ['a', 'c', 'e'],
    explanation: t(
      '“是的，但是”只会火上浇油，机械附和等于没在听，数落同事来站到客户一边同样是火上浇油；承认情绪、复述确认，才会让客户觉得被听见了。',
      '"Yes, but" only adds fuel, mechanical "mm, right" isn\'t listening, and running down colleagues to side with the customer backfires too. Acknowledging the feeling and paraphrasing is what makes them feel heard.',
    ),
    source: 'BRIEF §3.10, §3.20, C16; F001, F003',
  },
  {
    id: 'spot-phone-answering',
    type: 'spot-phrase',
    prompt: t(
      '接听来电时，下面哪些说法是电话礼仪明确禁止或要求换掉的？',
      'Answering the phone: which of these are forbidden by the phone-etiquette rules or should be replaced?',
    ),
    options: [
      opt('a', '喂，喂，你找谁呀？你是谁呀？', 'Hello? Hello? Who do you want? Who is this?'),
      opt(
        'b',
        '您好，这里是客服投诉专席，我是小王，很高兴为您服务。',
        'Hello, complaint desk, Wang speaking. Happy to help.',
      ),
      opt('c', '喂喂，大声点！', 'Hello? Speak up!'),
      opt(
        'd',
        '对不起，请您声音大一点好吗？我听不太清楚。',
        "Sorry, could you speak up a little? I can't quite hear you.",
      ),
      opt(
        'e',
        '对不起，请您稍等一下，我调一下您的维修记录。',
        'Sorry, could you hold on a moment while I pull up your repair record?',
      ),
    ],
    answer: ['a', 'c'],
    explanation: t(
      '开口先报单位和姓名；听不清时先说“对不起”，再请对方大声一点；让客户等待要说明原因，回来时说一句“让您久等了”。',
      'Open with the organization and your name; if you can\'t hear, say sorry before asking them to speak up; when you put someone on hold, give the reason, and say "sorry to keep you waiting" when you\'re back.',
    ),
    source: 'BRIEF §3.20, §3.21, C21; F004',
  },
  {
    id: 'spot-belittling',
    type: 'spot-phrase',
    prompt: t(
      '客户抱怨新买的设备不会用，质量也差。下面哪些话属于应该避免的说法？',
      "A customer complains they can't work out their new device and the quality is poor. Which of these should you avoid saying?",
    ),
    options: [
      opt('a', '这个操作其实连几岁小孩都会。', 'Honestly, even a small child can do this.'),
      opt(
        'b',
        '可能是我刚才没说清楚，我再一步一步跟您说一遍，好吗？',
        'I may not have explained that clearly. Shall I go through it step by step?',
      ),
      opt(
        'c',
        '一分钱一分货嘛，这个价位也就这样了。',
        "You get what you pay for. That's what this price buys you.",
      ),
      opt(
        'd',
        '您提的这个问题很重要，我先帮您查查是哪里出了状况。',
        "That's an important point. Let me first check what's going wrong.",
      ),
    ],
    answer: ['a', 'c'],
    explanation: t(
      '“连小孩都会”是在贬低客户，“一分钱一分货”等于说他买错了，两句都在课程点名避免之列；把没讲清楚的责任揽到自己身上，客户才有台阶下。',
      '"Even a child can do it" belittles the customer and "you get what you pay for" tells them they bought badly; both are on the course\'s avoid list. Taking the blame for an unclear explanation gives the customer a way to save face.',
    ),
    source: 'BRIEF §3.20, §3.4; F003',
  },
  {
    id: 'spot-compensation-offer',
    type: 'spot-phrase',
    prompt: t(
      '核实之后，确实是同事工作没做到位，你准备给客户一点补偿。下面哪些说法不妥？',
      "You've checked, and a colleague really did fall short, so you're about to offer the customer something. Which of these are the wrong way to put it?",
    ),
    options: [
      opt('a', '那您说吧，想要什么补偿？', 'So tell me, what compensation do you want?'),
      opt(
        'b',
        '我刚核实过，确实是我们同事没做到位。为了弥补您，这儿有食用油和抽纸两样小礼品，您看喜欢哪一样？',
        "I've just checked, and our colleague really did let you down. To make up for it, we have cooking oil or tissues as a small gift. Which would you like?",
      ),
      opt(
        'c',
        '您要什么都行，只要别投诉就好。',
        "Whatever you want, as long as you don't file a complaint.",
      ),
      opt(
        'd',
        '让您白跑一趟，还受了委屈，真的很抱歉。',
        "I'm really sorry you had a wasted trip and were treated like that.",
      ),
    ],
    answer: ['a', 'c'],
    explanation: t(
      '开放式地问“要什么补偿”只会徒增尴尬，没有底线地答应则会让客户学会“一闹就有好处”；给出有限的几个选项让客户挑，才是量力而行。',
      'An open "what do you want?" just creates awkwardness, and a blank cheque teaches the customer that making a scene pays; a short, bounded choice keeps it within your means.',
    ),
    source: 'BRIEF §3.1, §3.11, §3.20, C4; F003',
  },
  {
    id: 'spot-closing',
    type: 'spot-phrase',
    prompt: t(
      '通话快结束时，客户低声说了一句“没有了……”，听上去有些无奈。下面哪些回应不合格？',
      'Near the end of the call the customer mutters "No, nothing else…" and sounds resigned. Which of these responses fall short?',
    ),
    options: [
      opt('a', '好的，感谢您的来电，再见！', 'All right, thanks for calling, goodbye!'),
      opt(
        'b',
        '听您的语气，好像还有点不放心，是不是哪里还没让您满意？',
        "You sound like you're still not quite at ease. Is there something we haven't got right yet?",
      ),
      opt(
        'c',
        '今天下午 5 点前我给您回电话，告诉您处理进展。',
        "I'll call you back before 5 this afternoon to tell you where things stand.",
      ),
      opt('d', '好，那您先忙吧。', "OK, I'll let you get on, then."),
    ],
    answer: ['a', 'd'],
    explanation: t(
      '把挂电话当成目标，听不出“没有了”里的无奈或失望，这样的处理是不合格的；结束前要确认客户是否真的满意，并留下有时间、有渠道的承诺。',
      'Treating the hang-up as the goal and missing the resignation in "nothing else" is exactly what the course calls unqualified handling. Check they are really satisfied before you close, and leave a commitment with a time and a channel.',
    ),
    source: 'BRIEF §3.7, §3.20, C21; F000, F004',
  },
  {
    id: 'spot-blame-and-threats',
    type: 'spot-phrase',
    prompt: t(
      '一位旅游客户把投诉发到了论坛上，由你负责回电。下面哪些说法应当避免？',
      "A travel customer has posted her complaint on a forum, and you're calling her back. Which of these should you avoid saying?",
    ),
    options: [
      opt(
        'a',
        '我们得先弄清楚，这件事到底是您的问题多，还是我们的问题多。',
        'First we need to work out whether this was more your fault or ours.',
      ),
      opt(
        'b',
        '这次出行让您这么不顺心，真的很抱歉。',
        "I'm really sorry the trip went so badly for you.",
      ),
      opt(
        'c',
        '您要是再在网上这么写，我们只能走法律途径了。',
        "If you keep posting like that online, we'll have to take legal action.",
      ),
      opt(
        'd',
        '这件事由我负责跟进，我每天给您打个电话说说进展，您看可以吗？',
        "I'm handling this personally, and I'll call you every day with an update. Would that work for you?",
      ),
      opt(
        'e',
        '销售那边就爱乱承诺，说实话我们也很头疼。',
        'Sales are always over-promising; honestly, it drives us mad too.',
      ),
    ],
    answer: ['a', 'c', 'e'],
    explanation: t(
      '纠结“谁错得多”是携程的教训，威胁起诉消费者是恒升的教训，数落同事看似站在客户一边，其实也是火上浇油；致歉、担责、每天反馈，才能稳住局面。',
      "Arguing over who was more at fault was Ctrip's mistake, threatening to sue a consumer was Hengsheng's, and running down colleagues to side with the customer only adds fuel. Apologize, take ownership and update daily.",
    ),
    source: 'BRIEF §3.16, §3.20, C6, C8; F000, F001',
  },
  {
    id: 'spot-outage-tone',
    type: 'spot-phrase',
    prompt: t(
      '95598 热线：客户所在片区线路故障停电，他的声音又尖又急。下面哪些说法不合适？',
      "On the 95598 power hotline, a line fault has cut power to the caller's area, and he sounds shrill and frantic. Which of these are inappropriate?",
    ),
    options: [
      opt(
        'a',
        '哎呀亲爱的，别生气啦，气坏了身子可不值哦～',
        "Oh sweetie, don't be cross, it's not worth making yourself ill~",
      ),
      opt(
        'b',
        '请您先别靠近掉下来的电线，注意安全，抢修人员已经在安排了。',
        "Please keep away from any fallen wires and stay safe; we're already arranging a repair crew.",
      ),
      opt(
        'c',
        '这次故障比较严重，停电时间可能会比较长，我先跟您说一声。',
        'This is quite a serious fault, so the outage may last a while. I wanted to let you know now.',
      ),
      opt(
        'd',
        '唉，这种事天天都有，您急也没用。',
        "Eh, this happens every day; there's no point getting worked up.",
      ),
      opt(
        'e',
        '您反映的情况我都记下了，我马上联系相关部门尽快处理。',
        "I've noted everything you've told me, and I'll contact the department concerned right away to get it dealt with.",
      ),
    ],
    answer: ['a', 'd'],
    explanation: t(
      '安抚要靠平稳、柔和的声音，但过分亲昵反而让人不信任；“急也没用”等于否定客户的情绪。提醒安全、如实预告停电时长，能减少重复报修和投诉。',
      'Calm them with a steady, soft voice, but overly affectionate talk breeds distrust, and "no point getting worked up" dismisses their feelings. A safety reminder and an honest warning about a long outage cut down repeat calls and complaints.',
    ),
    source: 'BRIEF §3.20, §3.10, C17; F004, F001',
  },

  // ------------------------------------------------------------------ single
  {
    id: 'seven-steps-first',
    type: 'single',
    prompt: t(
      '柜台前客户情绪激动，身后排着队，还有人在围观。按“七步法”，你第一件事应该做什么？',
      'A customer is upset at the counter, with a queue behind and people watching. Under the seven steps, what do you do first?',
    ),
    options: [
      opt(
        'a',
        '就在柜台前听客户把话说完',
        'Let the customer finish speaking right there at the counter',
      ),
      opt(
        'b',
        '亮明身份，把客户请到一边，和围观者、当事柜员隔开',
        'Introduce yourself and take the customer aside, away from onlookers and the teller involved',
      ),
      opt(
        'c',
        '拿出本子，详细记录客户的信息',
        "Get out a notebook and take down the customer's details",
      ),
      opt('d', '先给客户倒一杯温水', 'Pour the customer a cup of warm water first'),
    ],
    answer: 'b',
    explanation: t(
      '第一步是迅速隔离：围观的人“看热闹不嫌事儿大”，当事柜员又容易顶嘴。先把客户请到一边，安抚和倾听才有条件进行。',
      'Step one is to separate: onlookers egg things on and the teller involved is likely to argue back. Take the customer aside first; calming and listening only work after that.',
    ),
    source: 'BRIEF §3.1; F003',
  },
  {
    id: 'seven-steps-why-separate-teller',
    type: 'single',
    prompt: t(
      '隔离时，为什么还要把客户和当事柜员分开？',
      'Why does separating the customer also mean keeping them apart from the teller involved?',
    ),
    options: [
      opt(
        'a',
        '柜员需要回避，免得日后被追究责任',
        'The teller needs to stay out of it to avoid being held responsible later',
      ),
      opt(
        'b',
        '规定不允许当事人参与投诉处理',
        'The rules forbid the person involved from taking part in handling the complaint',
      ),
      opt(
        'c',
        '柜员觉得委屈，容易和客户争辩，而且还要接待其他客户',
        'A teller who feels wronged tends to argue back, and still has other customers to serve',
      ),
      opt(
        'd',
        '客户见到柜员，会想索要更多赔偿',
        'Seeing the teller makes the customer want more compensation',
      ),
    ],
    answer: 'c',
    explanation: t(
      '当事柜员心里有委屈，一争辩就火上浇油；让他继续为后面的客户办业务，由你专心处理投诉，两边都不耽误。',
      'The teller feels wronged, and any back-and-forth adds fuel; let them carry on serving the queue while you handle the complaint, and nothing gets held up.',
    ),
    source: 'BRIEF §3.1; F003',
  },
  {
    id: 'seven-steps-cctv',
    type: 'single',
    prompt: t(
      '记录核实时，客户和柜员的说法对不上。课程建议以什么为主要依据？',
      "While you are verifying, the customer's and the teller's accounts don't match. What does the course say to rely on?",
    ),
    options: [
      opt(
        'a',
        '客户的说法，因为顾客永远是对的',
        "The customer's account, because the customer is always right",
      ),
      opt(
        'b',
        '柜员的说法，因为柜员更熟悉业务流程',
        "The teller's account, because the teller knows the process better",
      ),
      opt('c', '监控录像', 'The CCTV footage'),
      opt('d', '当时在场的其他客户的说法', 'What other customers who were there say'),
    ],
    answer: 'c',
    explanation: t(
      '情绪激动的一方和觉得委屈的一方，都可能只说对自己有利的部分，所以以监控录像为主要依据；核实时可以用“我再给您接杯温水”礼貌地离开一下。',
      "Both the agitated side and the aggrieved side may leave out what doesn't help them, so CCTV is the main evidence. You can step away politely to check, for instance to fetch a fresh cup of warm water.",
    ),
    source: 'BRIEF §3.1; F003',
  },
  {
    id: 'seven-steps-bounded-offer',
    type: 'single',
    prompt: t(
      '核实后确认是网点工作没做到位。到了“判断需求”这一步，怎样提出补偿最合适？',
      'You\'ve confirmed the branch fell short. At the "judge the need" step, how should you put the compensation offer?',
    ),
    options: [
      opt(
        'a',
        '问客户：“您觉得怎么补偿比较合适？”',
        'Ask: "What compensation would you consider fair?"',
      ),
      opt('b', '请客户自己报一个数', 'Ask the customer to name a figure'),
      opt(
        'c',
        '用封闭式问题，请客户从两三样小礼品里挑一样',
        'Use a closed question: let them pick one of two or three small gifts',
      ),
      opt(
        'd',
        '先不提补偿，等领导来了再说',
        'Say nothing about compensation until a manager arrives',
      ),
    ],
    answer: 'c',
    explanation: t(
      '封闭式的选择题能把结果引向你给得起的范围，客户也有面子；开放式地问补偿只会徒增尴尬，还可能把期望抬得收不回来。',
      'A closed choice steers the outcome towards what you can actually give while letting the customer save face; an open-ended compensation question just creates awkwardness and can push expectations out of reach.',
    ),
    source: 'BRIEF §3.1, §3.11, §3.18; F003',
  },
  {
    id: 'seven-steps-deadline',
    type: 'single',
    prompt: t(
      '客户的问题当场解决不了，需要其他部门配合。“及时处理”这一步应该怎么做？',
      'The problem can\'t be solved on the spot and needs another department. What does the "act promptly" step call for?',
    ),
    options: [
      opt(
        'a',
        '告诉客户“有消息会通知您”，请他先回去等',
        'Tell them "we\'ll let you know" and send them home to wait',
      ),
      opt(
        'b',
        '说明这要看其他部门的进度，自己也说不准什么时候',
        "Explain it depends on the other department and you can't say when",
      ),
      opt(
        'c',
        '承诺在几天之内给出答复，并按时回复',
        'Commit to an answer within a set number of days, and reply on time',
      ),
      opt('d', '先登记下来，等月底统一处理', 'Log it and deal with it in the end-of-month batch'),
    ],
    answer: 'c',
    explanation: t(
      '当场解决不了，就给一个明确的期限，并且按时回复；“有消息再通知”这种没有时间的承诺，只会让客户越等越急。',
      'If you can\'t fix it now, give a firm deadline and keep it; an open-ended "we\'ll let you know" just makes the customer more anxious the longer they wait.',
    ),
    source: 'BRIEF §3.1; F003',
  },
  {
    id: 'seven-steps-follow-up',
    type: 'single',
    prompt: t(
      '客户的问题在柜台当场就解决了，他满意地离开。还需要做“后续跟踪”吗？',
      "The customer's problem was fixed at the counter and he left happy. Do you still need the follow-up step?",
    ),
    options: [
      opt(
        'a',
        '不需要，问题已经解决，再联系反而打扰客户',
        "No, it's solved, and contacting him again would only bother him",
      ),
      opt('b', '只有客户主动要求时才需要', 'Only if the customer asks for it'),
      opt('c', '只有涉及金额较大的投诉才需要', 'Only for complaints involving large sums'),
      opt(
        'd',
        '需要，当场解决的也要跟踪，看客户心里还有没有疙瘩',
        'Yes, even cases settled on the spot need follow-up, to see whether any resentment is left',
      ),
    ],
    answer: 'd',
    explanation: t(
      '当场解决不等于心里的疙瘩解开了。课程里的做法是过几天打个营销电话：一听银行名字就挂，说明还有疙瘩；愿意聊下去，说明投诉处理得好。',
      "Settled on the spot doesn't mean the resentment is gone. The course's trick is a sales call a few days later: if he hangs up at the bank's name, something still rankles; if he chats, the complaint was handled well.",
    ),
    source: 'BRIEF §3.1; F003',
  },
  {
    id: 'golden-rules-pair',
    type: 'single',
    prompt: t(
      '处理投诉的“两条黄金法则”是哪一组？',
      'Which pair are the two golden rules of complaint handling?',
    ),
    options: [
      opt(
        'a',
        '先处理心情，再处理事情；先听清问题，再解决问题',
        'Handle the mood before the matter; hear the problem clearly before solving it',
      ),
      opt(
        'b',
        '先解释原因，再道歉；先登记，再处理',
        'Explain first, then apologize; log it first, then handle it',
      ),
      opt(
        'c',
        '先分清责任，再谈赔偿；先讲规定，再讲人情',
        'Settle responsibility before compensation; rules before goodwill',
      ),
      opt(
        'd',
        '先隔离，再记录；先承诺，再跟踪',
        'Separate first, then record; promise first, then follow up',
      ),
    ],
    answer: 'a',
    explanation: t(
      '两条法则都是从七步法里提炼出来的：隔离、安抚在前，解决在后；倾听、记录、核实在前，行动在后。',
      'Both rules are distilled from the seven steps: separating and calming come before resolving, and listening, recording and verifying come before acting.',
    ),
    source: 'BRIEF §3.3; F003',
  },
  {
    id: 'golden-rule-mood-first',
    type: 'single',
    prompt: t(
      '电话一接通，客户就嚷：“你们这算什么服务？！”你已经查到这笔费用完全符合规定。这时最恰当的第一句话是？',
      'The moment the call connects, the customer shouts, "What kind of service is this?!" You\'ve already found the charge is fully within the rules. What\'s the best thing to say first?',
    ),
    options: [
      opt(
        'a',
        '“先生，这笔费用是按规定收取的，我给您解释一下。”',
        '"Sir, this charge was made according to the rules. Let me explain."',
      ),
      opt(
        'b',
        '“您先别激动，激动解决不了问题。”',
        '"Please calm down. Getting worked up won\'t solve anything."',
      ),
      opt(
        'c',
        '“遇到这种事，换谁都会生气。您慢慢说，我听着。”',
        '"Anyone would be angry about this. Take your time, I\'m listening."',
      ),
      opt(
        'd',
        '“这个不归我们部门管，我帮您转一下。”',
        '"That\'s not our department. I\'ll transfer you."',
      ),
    ],
    answer: 'c',
    explanation: t(
      '先处理心情，再处理事情：客户在气头上，讲规定他一句也听不进，“您先别激动”又等于否定他的情绪。先在个人空间里接住他，再回到业务上解释。',
      'Mood before matter: in the heat of anger the rules won\'t land, and "calm down" denies his feelings. Meet him in the personal space first, then come back to the business.',
    ),
    source: 'BRIEF §3.3, §3.8, §3.10; F003, F000, F001',
  },
  {
    id: 'golden-rule-hear-first',
    type: 'single',
    prompt: t(
      '客户刚说了一句“网速太慢”，你就认定是套餐不够用，想马上推荐他升级。按黄金法则，你应该怎么做？',
      'The customer has only said "the internet\'s too slow" and you\'re sure their plan is too small, so you want to suggest an upgrade right away. What do the golden rules say?',
    ),
    options: [
      opt(
        'a',
        '先问清情况，复述确认，再提出办法',
        "Ask what's going on and confirm by paraphrasing before proposing anything",
      ),
      opt(
        'b',
        '立刻推荐升级，替客户节省时间',
        'Recommend the upgrade right away to save the customer time',
      ),
      opt(
        'c',
        '请客户稍等，先去查他的消费记录',
        'Put the customer on hold and go through their billing history',
      ),
      opt('d', '直接转给技术部门，由他们判断', 'Pass it straight to the technical team to decide'),
    ],
    answer: 'a',
    explanation: t(
      '先听清问题，再解决问题：边听边在心里形成假设没问题，但没听清、没确认就拿方案，常常答非所问。',
      'Hear before solving: forming a hypothesis while you listen is fine, but proposing before you have heard and confirmed often answers the wrong question.',
    ),
    source: 'BRIEF §3.3, §3.6; F003, F000',
  },
  {
    id: 'personal-business-space',
    type: 'single',
    prompt: t(
      '客户已经从抱怨“这件事”变成了指责“你这个人”。按课程里“个人空间与业务空间”的说法，你应该先怎么做？',
      "The customer has moved from complaining about the issue to attacking you personally. Going by the course's idea of personal and business space, what should you do first?",
    ),
    options: [
      opt(
        'a',
        '把话题拉回业务，逐条解释办理流程',
        'Steer back to business and explain the procedure point by point',
      ),
      opt(
        'b',
        '提醒客户就事论事，不要针对个人',
        'Remind them to stick to the issue and not make it personal',
      ),
      opt(
        'c',
        '先在个人空间里接住他：理解他的感受，让他把话说完',
        'Meet them in the personal space first: understand their feelings and let them finish',
      ),
      opt(
        'd',
        '保持沉默，等客户自己冷静下来',
        'Stay silent until the customer calms down on their own',
      ),
    ],
    answer: 'c',
    explanation: t(
      '客户激动时只想把话说完、把气出了、被人理解，这时讲业务细节行不通；先在个人空间里拉近距离，业务上的问题反而好解决。',
      "An agitated customer only wants to finish, vent and be understood, so business detail can't land yet; get close in the personal space first, and the business problem becomes easier.",
    ),
    source: 'BRIEF §3.8; F000',
  },
  {
    id: 'question-type-open',
    type: 'single',
    prompt: t(
      '客户来电说邮件发不出去，座席问：“您能说说当时的具体情况吗？”这属于哪一类问题？',
      'A caller says their emails aren\'t getting through. The agent asks, "Could you tell me exactly what happened?" What type of question is that?',
    ),
    options: [
      opt('a', '封闭式选择问题', 'A closed choice question'),
      opt('b', '开放式问题', 'An open question'),
      opt('c', '封闭式确认问题', 'A closed confirming question'),
      opt('d', '协商式问题', 'A consultative question'),
    ],
    answer: 'b',
    explanation: t(
      '开放式问题让客户用自己的话描述，适合了解情况和感受；“您的意思是……，是这样吗？”才是封闭式的确认。',
      'An open question lets the customer describe things in their own words, which is what you want while exploring; "So you mean…, is that right?" would be a closed confirming question.',
    ),
    source: 'BRIEF §3.18, C24; F004',
  },
  {
    id: 'question-phase',
    type: 'single',
    prompt: t(
      '开放式问题和封闭式问题该怎么分工？哪种说法最准确？',
      'How should open and closed questions share the work? Which statement is most accurate?',
    ),
    options: [
      opt(
        'a',
        '投诉处理中只用封闭式问题，免得客户越说越多',
        "Use only closed questions with complaints, so the customer doesn't ramble",
      ),
      opt(
        'b',
        '只用开放式问题，让客户充分表达',
        'Use only open questions, so the customer can say everything',
      ),
      opt(
        'c',
        '用封闭式问题了解感受，用开放式问题提出补偿',
        'Use closed questions to learn feelings and open questions to offer compensation',
      ),
      opt(
        'd',
        '用开放式问题了解情况和感受，用封闭式问题确认事实、给出有限的选项',
        'Use open questions to learn the situation and feelings, and closed ones to confirm facts and present bounded options',
      ),
    ],
    answer: 'd',
    explanation: t(
      '课程里两种说法看似矛盾，其实是分阶段的：摸清期望时要开放，确认事实、提出补偿时要封闭。',
      'The course seems to say both, but it is a matter of phase: open while you learn what the customer expects, closed when you confirm facts or offer compensation.',
    ),
    source: 'BRIEF §3.18; F003, F001, F004',
  },
  {
    id: 'silent-objector-open',
    type: 'single',
    prompt: t(
      '客户从头到尾不怎么说话，态度冷淡。面对这种沉默型客户，推荐的做法是？',
      'The customer barely says a word and stays cool throughout. What is the recommended approach with this silent type?',
    ),
    options: [
      opt(
        'a',
        '把问题先放一边，介绍产品特色',
        "Set the issue aside and present the product's features",
      ),
      opt(
        'b',
        '用封闭式问题快速确认，尽快结束',
        'Use closed questions to confirm quickly and wrap up',
      ),
      opt(
        'c',
        '多问开放式问题，鼓励他说出自己的看法',
        'Ask open questions and encourage them to share their views',
      ),
      opt('d', '夸他内行，让他多展示自己的见解', 'Praise their expertise and let them show it off'),
    ],
    answer: 'c',
    explanation: t(
      '沉默的客户不开口，你就不知道他卡在哪里；开放式问题给他说话的空间，也帮你找到真正的原因。',
      "If a silent customer won't talk, you can't know where they're stuck; open questions give them room to speak and help you find the real reason.",
    ),
    source: 'BRIEF §3.14, §3.18; F003',
  },
  {
    id: 'tactful-denial',
    type: 'single',
    prompt: t(
      '客户说：“你们根本就没通知过我！”可系统里有一条发给他的短信记录。按“委婉否认法”，哪种说法最合适？',
      'The customer says, "You never told me anything!" but the system shows a text was sent to him. Following the tactful-denial method, which phrasing works best?',
    ),
    options: [
      opt(
        'a',
        '“是的，但是我们系统里显示给您发过短信。”',
        '"Yes, but our system shows we sent you a text."',
      ),
      opt(
        'b',
        '“您没收到通知，这个我记下了；而系统里确实有一条发给您的短信，我们一起看看是不是没送达，好吗？”',
        '"You didn\'t get any notice; I\'ve noted that. And the system does show a text sent to you, so shall we check together whether it went through?"',
      ),
      opt(
        'c',
        '“不可能，系统里明明有记录。”',
        '"That\'s impossible. The system clearly has a record."',
      ),
      opt('d', '“那可能是您自己没注意看短信。”', '"Maybe you just didn\'t notice the text."'),
    ],
    answer: 'b',
    explanation: t(
      '先肯定客户说的，再用“而……”带出事实，避开“但是”；当面驳斥或者把责任推回给客户，只会火上浇油。',
      'Affirm what the customer says first, then bring in the facts with "and…" rather than "but"; contradicting them to their face or pushing the blame back onto them only adds fuel.',
    ),
    source: 'BRIEF §3.12, §3.20; F003, F001',
  },
  {
    id: 'apology-without-liability',
    type: 'single',
    prompt: t(
      '事实还没查清，客户已经很生气。哪句话既真诚致歉，又没有在查清之前贸然认责？',
      "The facts aren't established yet and the customer is already angry. Which line apologizes sincerely without prematurely accepting liability?",
    ),
    options: [
      opt(
        'a',
        '“这肯定是我们的责任，您的损失我们全额赔偿。”',
        '"This is definitely our fault. We\'ll cover your loss in full."',
      ),
      opt(
        'b',
        '“在查清楚之前，我没法跟您道歉。”',
        '"Until we\'ve got to the bottom of it, I can\'t apologize."',
      ),
      opt(
        'c',
        '“对不起，不过这很可能是您自己操作有误。”',
        '"Sorry, but it\'s most likely something you did wrong."',
      ),
      opt(
        'd',
        '“让您跑了两趟还没解决，真的很抱歉。我马上核实，今天下班前给您答复。”',
        "\"I'm really sorry you've come in twice and it's still not sorted. I'll check right now and get back to you before close of business today.\"",
      ),
    ],
    answer: 'd',
    explanation: t(
      '为客户的经历道歉不等于认责，还能让局面稳住；查清之前就包赔，可能许下兑现不了的承诺，而拒绝道歉或借“对不起”甩锅，只会激化矛盾。',
      'Apologizing for the experience isn\'t admitting liability, and it steadies things. Promising full cover before the facts may be a promise you can\'t keep, while refusing to apologize or using "sorry, but" to shift blame only inflames things.',
    ),
    source: 'BRIEF §3.17, §3.11; F000, F003',
  },
  {
    id: 'ibm-root-cause',
    type: 'single',
    prompt: t(
      '在配件发错的投诉里，IBM 顺序中的“查根本原因”指的是查什么？',
      'In the wrong-spare-part complaint, what does "root cause" in the IBM order mean?',
    ),
    options: [
      opt(
        'a',
        '查清是销售、发运还是仓库的哪个人出了错，按制度罚款',
        'Find out which person in sales, shipping or the warehouse slipped up, and fine them',
      ),
      opt(
        'b',
        '找出是哪个流程环节出了问题，以便改进',
        'Find which step in the process failed, so it can be fixed',
      ),
      opt('c', '弄清是不是客户自己下错了单', 'Check whether the customer ordered the wrong part'),
      opt(
        'd',
        '统计这类投诉一年里发生了多少次',
        'Count how often this kind of complaint happened this year',
      ),
    ],
    answer: 'b',
    explanation: t(
      '查根源是为了改流程，不是为了“秋后算账”找人受罚；各部门忙着扯皮的时候，客户真正要的那个正确配件反而没人管，于是又来了第二次投诉。',
      'The root cause is about fixing the process, not settling scores afterwards. While departments pass the buck, nobody ships the right part, and the customer complains a second time.',
    ),
    source: 'BRIEF §3.15, C9; F000',
  },
  {
    id: 'ctrip-feedback-daily',
    type: 'single',
    prompt: t(
      '一宗复杂投诉需要好几天才能查清。按携程案例的教训，你应该多久向客户反馈一次？',
      'A complex complaint will take several days to investigate. Going by the Ctrip lessons, how often should you update the customer?',
    ),
    options: [
      opt('a', '查清结果后一次性告知', 'Once, when the result is in'),
      opt('b', '每周一次', 'Once a week'),
      opt('c', '每两三天一次，有进展再说', 'Every two or three days, when there is progress'),
      opt('d', '至少每天一次，即使没有新进展', 'At least once a day, even with no progress'),
    ],
    answer: 'd',
    explanation: t(
      '性急的客户等不了两天以上，两三天没有消息就觉得“石沉大海”；哪怕没有进展，也要每天告诉客户你在跟进。',
      "Impatient customers can't stand more than two days, and two or three days of silence feels like the complaint has sunk without a trace; even with no progress, tell them daily that you're on it.",
    ),
    source: 'BRIEF §3.16, C6, §4 #14; F000',
  },
  {
    id: 'ctrip-exceed-expectations',
    type: 'single',
    prompt: t(
      '你和客户就解决方案达成了一致。按携程案例的教训，接下来最好再做什么？',
      "You've agreed a resolution with the customer. Going by the Ctrip lessons, what's the best thing to do next?",
    ),
    options: [
      opt(
        'a',
        '送上一点小礼物或优惠券作为惊喜，并再次致谢',
        'Add a small gift or a coupon as a surprise, and thank them again',
      ),
      opt('b', '立即结案，以免节外生枝', 'Close the case at once to avoid complications'),
      opt('c', '请客户签字确认不再投诉', "Have the customer sign to say they won't complain again"),
      opt(
        'd',
        '把处理结果发到论坛上，澄清事实',
        'Post the outcome on the forum to set the record straight',
      ),
    ],
    answer: 'a',
    explanation: t(
      '“善终”比“善始”更重要：协议之外的一点小惊喜，加上真诚的感谢，才能把客户的不满变成好感。',
      'Ending well matters more than starting well: a small surprise beyond the agreement, plus sincere thanks, is what turns the complaint into goodwill.',
    ),
    source: 'BRIEF §3.16, C6; F000',
  },
  {
    id: 'ac-case-handling',
    type: 'single',
    prompt: t(
      '客户的空调遥控器不灵敏，热线说“换块电池就行”，他反而更生气，电话升级到了投诉专席。专席代表是怎样把事情处理好的？',
      "A customer's air-conditioner remote was unresponsive. The hotline told him to change the batteries, which made him angrier, and the call went up to the complaint desk. How did the complaint-desk agent turn it around?",
    ),
    options: [
      opt(
        'a',
        '详细解释电池的质量问题，并免费寄去新电池',
        'Explained the battery quality issue in detail and sent new batteries free',
      ),
      opt('b', '免费给客户换一个新遥控器', 'Replaced the remote free of charge'),
      opt('c', '致歉后安排维修人员上门检测', 'Apologized and sent a technician round to check it'),
      opt(
        'd',
        '避开电池话题，专业地介绍品牌的性能和功能，并与其他品牌作比较',
        "Steered away from the batteries and gave a professional account of the brand's performance and features, compared with other brands",
      ),
    ],
    answer: 'd',
    explanation: t(
      '客户真正的心结是别人说这个牌子不好，他开始怀疑自己买错了；只解释电池，就算问题解决了也很难让他真正满意，帮他重拾信心才是关键。',
      "His real worry was that people had told him the brand was bad and he'd started to doubt his choice. Explaining batteries might fix the remote but won't truly satisfy him; restoring his confidence does.",
    ),
    source: 'BRIEF C1; F000',
  },
  {
    id: 'ac-case-cue',
    type: 'single',
    prompt: t(
      '在那通空调遥控器的投诉电话里，哪句话最能透露客户投诉背后的真正原因？',
      'In that air-conditioner complaint call, which line best reveals the real reason behind the complaint?',
    ),
    options: [
      opt('a', '“遥控器按了半天都没反应。”', '"I press the remote for ages and nothing happens."'),
      opt('b', '“你们热线的人态度太差了。”', '"Your hotline people were really rude."'),
      opt(
        'c',
        '“其实我原本挺看好这个牌子的。”',
        '"Actually, I really rated this brand to begin with."',
      ),
      opt(
        'd',
        '“电池不都是你们配的吗？”',
        '"Didn\'t the batteries come from you in the first place?"',
      ),
    ],
    answer: 'c',
    explanation: t(
      '这句话和“难怪都说你们的空调不好”一起，暴露了客户的心理阴影：他在怀疑自己的选择。听出这条线索，才能找到他真正的期望：确认自己没有买错。',
      'Together with "no wonder everyone says your air conditioners are bad", this line reveals the real shadow: he is doubting his own choice. Catch it and you find his real expectation, which is reassurance that he chose well.',
    ),
    source: 'BRIEF C1, §3.5; F000',
  },
  {
    id: 'closing-meiyou-le',
    type: 'single',
    prompt: t(
      '座席问：“请问还有什么可以帮到您？”客户停了一下，说：“……没有了。”语气明显很失望。接下来最该怎么做？',
      'The agent asks, "Is there anything else I can help you with?" After a pause the customer says, "…No." He sounds clearly disappointed. What should the agent do next?',
    ),
    options: [
      opt(
        'a',
        '说“感谢您的来电，再见”，按流程结束通话',
        'Say "Thanks for calling, goodbye" and end the call by the script',
      ),
      opt(
        'b',
        '听出他的失望，主动确认他对处理结果是否真的满意、还有哪里放心不下',
        'Pick up on the disappointment and check whether he is really satisfied with the outcome and what is still bothering him',
      ),
      opt(
        'c',
        '再问一遍“还有什么可以帮您”，客户说没有就结束',
        'Ask "anything else?" once more, and end the call if he says no',
      ),
      opt('d', '挂断后给他发一条满意度评价短信', 'Hang up and send him a satisfaction-survey text'),
    ],
    answer: 'b',
    explanation: t(
      '把挂电话当目标、听不出“没有了”里的无奈或失望，这样的处理是不合格的；投诉处理追求的是客户满意和公司利益的双赢。',
      'Making the hang-up the goal and missing the resignation or disappointment in that "no" is unqualified handling; the aim is a win-win of customer satisfaction and the company\'s interest.',
    ),
    source: 'BRIEF §3.7; F000',
  },
  {
    id: 'starbucks-first-contact',
    type: 'single',
    prompt: t(
      '星巴克的一宗投诉拖了十年，引来美国几十家媒体接力报道。课程认为，事情闹大的根源在哪里？',
      'A Starbucks complaint dragged on for ten years and drew coverage from dozens of US media outlets. Where does the course say it all started?',
    ),
    options: [
      opt(
        'a',
        '客户一开始提出的索赔就高得离谱',
        "The customer's demands were outrageous from the start",
      ),
      opt(
        'b',
        '公司赔得太快，让客户觉得有机可乘',
        'The company paid out too quickly, so he saw an opening',
      ),
      opt(
        'c',
        '最初接待时没有给客户足够的尊重和重视，伤了他的自尊心',
        "At first contact he wasn't given enough respect or attention, and his pride was hurt",
      ),
      opt('d', '媒体为了博眼球而刻意炒作', 'The media deliberately hyped it to grab attention'),
    ],
    answer: 'c',
    explanation: t(
      '客户并非总是对的，但重点不在于此：第一次接触时的怠慢，会把一个普通投诉推成一场旷日持久的对抗。',
      "The customer isn't always right, but that's not the point: a brush-off at first contact can turn an ordinary complaint into a years-long fight.",
    ),
    source: 'BRIEF C7; F000',
  },
  {
    id: 'anger-not-personal',
    type: 'single',
    prompt: t(
      '客户在电话里破口大骂。按课程的说法，你首先要提醒自己什么？',
      'The caller is swearing at you. What does the course say you should remind yourself first?',
    ),
    options: [
      opt(
        'a',
        '他的怒气是冲着公司、产品或服务，不是冲着我个人',
        'His anger is aimed at the company, product or service, not at me personally',
      ),
      opt(
        'b',
        '他这是在针对我，我得维护自己的尊严',
        "He's attacking me, and I have to stand up for myself",
      ),
      opt(
        'c',
        '这种客户就是没事找事，应付过去就行',
        'This kind of customer is just making trouble; get through the call',
      ),
      opt(
        'd',
        '骂人的客户不必再帮，按流程结案即可',
        'A customer who swears has forfeited help; close the case by the book',
      ),
    ],
    answer: 'a',
    explanation: t(
      '把怒气当成冲着自己，就很难不带情绪；认定“这客户没事找事”更是错误心态。记住他气的是公司、产品或服务，你才能冷静地帮他。',
      "Take the anger personally and it's hard to keep your own emotions out of it; deciding \"this customer is just making trouble\" is the wrong mindset too. Remember it's the company, product or service he's angry at, and you can stay calm enough to help.",
    ),
    source: 'BRIEF §3.9, §3.20; F001, F004, F003',
  },
  {
    id: 'compensation-within-means',
    type: 'single',
    prompt: t(
      '一位客户因为卡里余额被扣了年费，在营业厅哭闹。网点负责人送了礼品、赔了不是，客户满意地走了。课程从这个案例里特别提醒了什么？',
      'A customer made a tearful scene at the branch because an annual fee had been taken from his card balance. The branch head gave him a gift and apologized, and he left satisfied. What caution does the course draw from this?',
    ),
    options: [
      opt(
        'a',
        '不能无限满足客户的期望，要量力而行，否则客户会把哭闹当成讨好处的办法',
        "Don't satisfy expectations without limit; act within your means, or customers learn that a scene pays",
      ),
      opt(
        'b',
        '求补偿型的客户只要给礼品就能解决，礼品越多越好',
        'Compensation-seekers are settled with gifts, and the more the better',
      ),
      opt(
        'c',
        '网点负责人不该出面，应该由柜员自己处理',
        "The branch head shouldn't have stepped in; the teller should have handled it",
      ),
      opt(
        'd',
        '年费是按规定收的，不应该给任何补偿',
        'The fee was charged by the rules, so no compensation should be given',
      ),
    ],
    answer: 'a',
    explanation: t(
      '对求补偿的客户，物质补偿确实管用，但要量力而行：既不伤害客户，也不伤害自己，否则同样的办法会被一用再用。',
      'Material compensation does work with compensation-seekers, but within your means: hurt neither the customer nor yourself, or the same tactic will keep coming back.',
    ),
    source: 'BRIEF C4, §3.11, §3.13; F003',
  },
  {
    id: 'telecom-speech-rate',
    type: 'single',
    prompt: t(
      '按课程中的电信服务规范，和客户通话时，语速应控制在每分钟多少字？',
      'Under the telecom service norms in the course, what speaking rate should you keep to on a call?',
    ),
    options: [
      opt('a', '60～80 字', '60–80 characters'),
      opt('b', '90～100 字', '90–100 characters'),
      opt('c', '120～140 字', '120–140 characters'),
      opt('d', '150 字以上', 'Over 150 characters'),
    ],
    answer: 'b',
    explanation: t(
      '每分钟 90～100 字，客户听得清、跟得上，又不显得拖沓；投诉电话里客户本来就着急，说得太快更容易让他觉得被敷衍。',
      '90–100 characters a minute is clear and easy to follow without dragging; on a complaint call the customer is already on edge, and rushing sounds like brushing them off.',
    ),
    source: 'BRIEF §3.19, §4 #13; F003',
  },
  {
    id: 'telecom-answer-time',
    type: 'single',
    prompt: t(
      '按课程中的电信服务规范，来电应在多长时间内接听？',
      'Under the telecom service norms in the course, how quickly should incoming calls be answered?',
    ),
    options: [
      opt('a', '15 秒内', 'Within 15 seconds'),
      opt('b', '30 秒内', 'Within 30 seconds'),
      opt('c', '45 秒内', 'Within 45 seconds'),
      opt('d', '60 秒内', 'Within 60 seconds'),
    ],
    answer: 'a',
    explanation: t(
      '15 秒内接听是规范里的硬指标；来投诉的客户本来就憋着一肚子气，多等一会儿，火气就更大。',
      'Answering within 15 seconds is a hard target in the norms; a complaining customer is already fuming, and every extra ring makes it worse.',
    ),
    source: 'BRIEF §3.19, §4 #13; F003',
  },
  {
    id: 'stats-complain-share',
    type: 'single',
    prompt: t(
      '课程材料引用的调查称，在对服务不满意的客户中，大约有多少会真正来投诉？',
      'According to a survey cited in the course material, roughly what share of dissatisfied customers actually complain?',
    ),
    options: [
      opt('a', '约 4%', 'About 4%'),
      opt('b', '约 25%', 'About 25%'),
      opt('c', '约 50%', 'About 50%'),
      opt('d', '约 82%', 'About 82%'),
    ],
    answer: 'a',
    explanation: t(
      '课程材料引用的说法是，只有约 4% 的不满客户会来投诉，其余的大多默默离开；所以每一个来投诉的客户，都是一次留住他的机会。',
      'The course material cites a figure of only about 4% of dissatisfied customers complaining, while most of the rest simply leave; so every customer who complains is a chance to keep them.',
    ),
    source: 'BRIEF §4 #1, #2; F003',
  },
];

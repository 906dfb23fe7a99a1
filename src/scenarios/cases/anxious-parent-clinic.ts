import type { Scenario } from '../../engine/scenario-schema';

/**
 * C19, paediatric nursing (F004): a mother whose two-year-old has had a high fever since the night
 * has waited over an hour and confronts the triage nurse. Anxious parents, children who cannot say
 * what is wrong, and a tired nurse's tone: listen, look at the child, explain plainly, give her
 * something to do and a time, then summarise and repeat the key points.
 */
const anxiousParentClinic: Scenario = {
  formatVersion: 1,
  id: 'anxious-parent-clinic',
  version: 1,
  title: {
    'zh-CN': '儿科分诊台前的妈妈',
    en: 'A Mother at the Paediatric Triage Desk',
  },
  briefing: {
    'zh-CN':
      '许女士两岁的儿子从半夜开始发高烧，她抱着孩子在儿科急诊排了一个多小时，终于冲到分诊台前。您是今天值班的分诊护士。',
    en: "Ms. Xu's two-year-old son has had a high fever since the middle of the night. She has queued at the paediatric emergency department for over an hour with him in her arms, and now she is at the triage desk. You are the triage nurse on duty.",
  },
  industry: 'healthcare',
  channel: 'onsite',
  difficulty: 2,
  companyAtFault: false,
  objectives: [
    {
      'zh-CN': '先接住妈妈的害怕，马上看孩子、量体温，问清有没有危险信号。',
      en: "Meet the mother's fear first, then look at the child straight away: take his temperature and check for warning signs.",
    },
    {
      'zh-CN': '听出她反复追问背后的真正需要，用大白话说清排队和分诊，不用术语，不乱许诺。',
      en: 'Hear the real need behind her repeated questions; explain the queue and triage in plain words, without jargon or rash promises.',
    },
    {
      'zh-CN': '给她等候时能做的具体事和时间，讲清哪些情况要马上找护士。',
      en: 'Give her concrete things to do while she waits, with a time, and say clearly which signs mean she should come straight back.',
    },
    {
      'zh-CN': '最后把要点总结、重复一遍，确认她听懂了、心里踏实了。',
      en: 'Finally summarise and repeat the key points, and check she has understood and feels reassured.',
    },
  ],
  source: { caseId: 'C19', file: 'shared/seeds/004_f8e611c461ff71b6.txt (F004)' },
  notes: {
    'zh-CN':
      '来源（F004 儿科护理沟通一文）只给了原则：儿科人多、孩子爱哭闹，家长焦虑烦躁，希望尽快解决孩子的问题；3 岁以下的孩子说不清楚，要耐心听家长讲；听一段、点点头、露出同情，最后做个简单总结，把重点重复一遍；护士工作疲劳会让语气失控，沟通变差。以下均为作者补充：场景设在儿科急诊的预检分诊台（按病情轻重分级、同级按号叫）；母亲许女士、两岁三个月的儿子豆豆、丈夫出差；半夜两点起烧、家中最高 39.5℃、服过退烧药；挂 47 号、排队一个多小时、当时叫到 41 号、约 30 分钟，以及“马上”落空的分支里叫号屏二十分钟停在 41 号；复测 39.2℃；呕吐、尿量、能哭出眼泪等检查细节；“多喂温水、脱厚衣服、20 分钟后复测”的等候安排；抽搐时侧躺、别按住孩子、嘴里不塞东西并马上喊人，以及叫不醒、喘得厉害、嘴唇发紫、一直吐喝不进水等需要立即找护士或任何医护人员的信号（为通俗的家长宣教说法，不是完整清单，也不构成临床分诊标准，请医学审核）；把要点写在挂号单背面；护士长、拍视频发网上等结局；全部对话、分支、情绪数值与各结局。本案设为 companyAtFault: false：按病情轻重排队本身不是医院的过错，道歉不是必须的，但护士为自己的失误道歉仍然加分。',
    en: "The source (F004, an article on communication in paediatric nursing) gives only principles: paediatrics is crowded, children cry, parents are anxious and irritable and want their child's problem solved fast; children under 3 cannot say clearly what is wrong, so listen patiently to the parents; listen, nod, show compassion, then give a short summary and repeat the key points; nurses' fatigue spoils their tone and the conversation. Authored here: the setting, the pre-examination triage desk of a paediatric emergency department (graded by severity, then by number); the mother Ms. Xu, her son Doudou aged two years three months, the husband away on business; the fever from 2 a.m., 39.5°C at home and a dose of fever medicine; ticket 47, over an hour's wait, number 41 being called, about 30 minutes to go, and, on the broken-promise branch, the call screen stuck on 41 for twenty minutes; the re-check at 39.2°C; the details on vomiting, wet nappies and tears; the waiting plan (sips of warm water, take off the heavy coat, re-check in 20 minutes); the lay advice for a fit (lay him on his side, don't hold him down, nothing in his mouth, shout for help) and the signs that mean come straight to a nurse or any clinician (won't wake, struggling to breathe, blue lips, vomiting everything and unable to keep water down) — written as parent guidance, not a complete list and not a clinical triage standard, and should be checked by a clinician; writing the points on the back of the ticket; the head-nurse and online-video endings; all dialogue, branches, mood figures and endings. The case sets companyAtFault: false: queuing by severity is not the hospital's fault, so no apology is owed, though a nurse apologising for her own slip still earns credit.",
  },
  persona: {
    name: { 'zh-CN': '许女士', en: 'Ms. Xu' },
    profile: {
      'zh-CN':
        '31 岁，公司会计。儿子豆豆两岁三个月，半夜两点开始发烧。丈夫在外地出差，她一个人抱着孩子来看急诊，一夜没睡，手机电量也快没了。',
      en: "31, a company accountant. Her son Doudou, two years and three months old, started running a fever at 2 a.m. Her husband is away on business, so she brought the boy in alone. She hasn't slept, and her phone is nearly dead.",
    },
    psychology: 'anxious',
    surfaceComplaint: {
      'zh-CN': '挂了号等了一个多小时还没叫到，孩子烧得厉害，没人管。',
      en: "She has waited over an hour since registering and still hasn't been called; her child has a high fever and nobody is looking after them.",
    },
    realExpectation: {
      'zh-CN':
        '有人看一眼她的孩子、告诉她要不要紧；知道还要等多久、接下来每一步做什么——一个人扛着，她需要心里有底。',
      en: "Someone to look at her child and tell her whether it's serious; to know how long the wait is and what happens at each step. Coping on her own, she needs to feel on solid ground.",
    },
    startingMood: { anger: 70, trust: 20 },
    agitatedAt: 60,
    appearance: { age: 'young', hair: 'long', skin: 1, glasses: false },
  },
  start: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '护士！护士！我们挂的 47 号，都等了一个多小时了，怎么还没叫到啊？',
            en: "Nurse! Nurse! We're number 47 and we've waited over an hour. Why haven't we been called?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '你看看他，小脸烧得通红，一直往我身上趴……到底还要等多久啊？',
            en: 'Look at him — his face is burning red, he just keeps flopping onto me… How much longer do we have to wait?',
          },
        },
      ],
      choices: [
        {
          id: 'wait-time-first',
          text: {
            'zh-CN':
              '47 号是吧？我帮您看一下……现在叫到 41 号了，前面还有 6 个，大概再等半个小时就能进去。',
            en: "Number 47? Let me check… they're on 41 now, so six ahead of you. About another half hour and you'll be in.",
          },
          behaviours: ['explain', 'set-expectations'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '信息是准的，可她抱着烧得通红的孩子站在您面前，您看的是屏幕，不是孩子。先处理心情：先看一眼孩子、接住她的害怕，再报号。',
            en: 'The information is accurate, but she is holding a flushed, feverish child and you looked at the screen, not at him. Mood before matter: look at the child and meet her fear before you read out numbers.',
          },
          next: 'louder',
        },
        {
          id: 'check-child-now',
          text: {
            'zh-CN':
              '孩子烧了一夜，您抱着他等了一个多小时，肯定急坏了。来，先让我看看宝宝，给他量个体温。',
            en: "He's been burning up all night and you've held him for over an hour — you must be frantic. Here, let me look at him and take his temperature.",
          },
          behaviours: ['acknowledge-emotion', 'verify-facts'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先说出她的着急和原因，再马上看孩子。对焦虑的家长，“我先看看宝宝”比任何解释都管用：先处理心情，再处理事情。',
            en: 'You named her worry and its cause, then turned straight to the child. For an anxious parent, “let me look at him” beats any explanation: mood first, then the matter.',
          },
          next: 'recheck',
          recommended: true,
        },
        {
          id: 'everyone-queues',
          text: {
            'zh-CN':
              '大家都在排队呢，您看这一走廊的孩子，好多都是发烧来的。按号叫，您先抱回去坐着等吧。',
            en: "Everyone's queuing. Look at this corridor — lots of these children have fevers too. It goes by number, so please take him back and sit down.",
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“大家都在排队”是实话，可在她听来就是“你的孩子不特殊，别来烦我”。先看孩子、先共情，规则留到解释的时候再说。',
            en: "“Everyone's queuing” is true, but she hears “your child isn't special, stop bothering me”. Look at the child and empathise first; the rules belong in the explanation, later.",
          },
          next: 'louder',
        },
      ],
    },
    {
      id: 'louder',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '又让我等？你连看都没看他一眼！',
            en: "Wait again? You haven't even looked at him!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '他夜里烧到 39 度 5，吃了药退下去一点，早上又烧起来了。你们就让我干坐着？到底还要等多久？',
            en: 'He hit 39.5 in the night. The medicine brought it down a bit, and this morning it went back up. And you just want me to sit there? How much longer?',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'sorry-look-now',
          text: {
            'zh-CN': '对不起，是我没先看宝宝。烧了一夜，您肯定吓坏了。来，我现在就给他量体温。',
            en: "I'm sorry, I should have looked at him first. A whole night of fever — you must be so scared. Come here, I'll take his temperature right now.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'verify-facts'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '认下自己没先看孩子，说出她的害怕，马上动手量体温。纠偏要快，行动比解释更能让家长安心。',
            en: 'You owned not looking at him first, named her fear and took his temperature at once. Correct course quickly: for a parent, action reassures more than explanation.',
          },
          next: 'recheck',
          recommended: true,
        },
        {
          id: 'calm-down',
          text: {
            'zh-CN': '您先别激动，小点声好吗？这一屋子都是孩子，别把别的宝宝也吓哭了，大家都在等。',
            en: "Please don't get worked up — could you keep your voice down? This room is full of children; you'll frighten the others. Everyone's waiting.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '“别激动”加上“别吓着别人”，等于说她的害怕是在添乱。否认家长的情绪，只会让她觉得没人站在她和孩子这边。',
            en: "“Don't get worked up” plus “you'll scare the others” tells her that her fear is a nuisance. Deny a parent's feelings and she concludes nobody is on her child's side.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'soon-soon',
          text: {
            'zh-CN': '好好好，快了快了，马上就到您了，您先抱着宝宝回去坐一会儿。',
            en: "Okay, okay, nearly there, you're up any minute now. Just take him back and sit down for a bit.",
          },
          behaviours: ['over-promise'],
          mood: { anger: -5, trust: -5 },
          note: {
            'zh-CN':
              '“马上就到”能让她暂时走开，却是一句兑现不了的话。前面还有 6 个，说“马上”就是在给下一次爆发埋雷：审慎承诺。',
            en: "“Any minute now” gets her away from the desk, but you can't keep it: six families are ahead of her. It sets up the next outburst. Promise only what you can deliver.",
          },
          next: 'broken-promise',
        },
      ],
    },
    {
      id: 'broken-promise',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '（二十分钟后）护士！你不是说很快就到我们了吗？又过了二十分钟，屏上还是 41 号！',
            en: "(Twenty minutes later) Nurse! Didn't you say we'd be seen any minute? That was twenty minutes ago and the screen still says 41!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '他刚才又吐了一回……你们是不是把我们给忘了？',
            en: 'He was sick again just now… Have you forgotten about us?',
          },
        },
      ],
      choices: [
        {
          id: 'not-my-call',
          text: {
            'zh-CN':
              '叫号是诊室医生那边按顺序叫的，我这儿真控制不了。您再耐心等一等，前面的看完了自然就轮到您，应该快了。',
            en: "The doctors call the numbers in order from the consulting room; I can't control that from here. Please be patient a little longer; once the ones ahead are done it'll be you.",
          },
          behaviours: ['deflect'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '把“马上”的账推给诊室，她只听到“不归我管”。孩子又吐了，这是该先看孩子的信号，而不是解释叫号系统。',
            en: "Passing the broken “any minute” on to the consulting room, all she hears is “not my job”. The child has been sick again: that's a cue to look at him, not to explain the call system.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'own-the-promise',
          text: {
            'zh-CN':
              '对不起，是我话说满了，害您白等，又吐了您肯定更着急。我马上给他量体温。夜里抽过吗？今天尿多不多？',
            en: "I'm sorry, I promised too much and you waited for nothing — and with him sick again you must be even more worried. I'll take his temperature now. Any fits in the night? Much wee today?",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'verify-facts', 'ask-facts'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先认下自己的“马上”落空，再把注意力放回孩子：量体温、问危险信号。说错话不可怕，及时认错、马上行动就能挽回。',
            en: "You owned the empty “any minute”, then turned back to the child: temperature, warning signs. A wrong word isn't fatal if you admit it and act at once.",
          },
          next: 'signs',
          recommended: true,
        },
      ],
    },
    {
      id: 'recheck',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（体温计“嘀”地响了一声）……多少度？是不是又高了？',
            en: '(The thermometer beeps) …What is it? Has it gone up again?',
          },
        },
        {
          text: {
            'zh-CN': '他平时皮得很，一刻都坐不住，今天就这么趴在我身上，蔫蔫的，话都不爱说。',
            en: "Normally he's a little monkey, never sits still. Today he just lies on me like this, all floppy, hardly says a word.",
          },
        },
      ],
      choices: [
        {
          id: 'fever-common',
          text: {
            'zh-CN': '39 度 2。小孩发烧很常见的，没事的，您也别太紧张了，越紧张孩子越闹。',
            en: "39.2. Fevers are really common in little ones — he'll be fine. Try not to get so tense; the more tense you are, the fussier he'll be.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '“很常见、没事的”也许是好意，可您还没问危险信号就下了结论，又把她的紧张说成孩子闹的原因。否认家长的担心，比发烧本身更让她害怕。',
            en: "“Very common, he'll be fine” may be kindly meant, but you concluded before checking any warning signs, then blamed her nerves for his fussing. Dismissing a parent's worry frightens her more than the fever.",
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'read-and-ask',
          text: {
            'zh-CN':
              '39 度 2。他是蔫，可眼睛还跟着我转，这是好的。我问您几句：夜里抽过没有？吐过吗？今天尿了几次？',
            en: "39.2. He's listless, but his eyes are following me, which is good. A few questions: any fits in the night? Has he been sick? How many wet nappies today?",
          },
          behaviours: ['verify-facts', 'ask-facts'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '报出体温，说出一个让她安心的观察，再问几条关键的危险信号。孩子说不清楚，就耐心问家长：先核实情况，再下判断。',
            en: "You gave the reading, one reassuring observation, then asked about the key warning signs. The child can't tell you, so ask the parent patiently: check the facts before you judge.",
          },
          next: 'signs',
          recommended: true,
        },
        {
          id: 'rush-through',
          text: {
            'zh-CN':
              '39 度 2，是挺高的。我在系统里给您标个加急，下一个就让你们进去看，您就抱着他在诊室门口等着，别走开。',
            en: "39.2, that is high. I'll mark you urgent in the system and you'll go in next. Wait by the consulting-room door with him and don't go anywhere.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { anger: -10 },
          note: {
            'zh-CN':
              '想帮她是真心的，可还没问危险信号就许诺插队，既对排在前面的孩子不公平，也未必做得到。审慎承诺：先评估，再决定优先。',
            en: "You meant to help, but you promised a jump in the queue without checking any warning signs. It's unfair to the children ahead and may not happen. Assess first, then decide priority.",
          },
          next: 'broken-promise',
        },
      ],
    },
    {
      id: 'signs',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '没抽过。吐了两回，早上喝的奶全吐了。尿……早上换的尿不湿是湿的。',
            en: 'No fits. He was sick twice — brought up all his morning milk. Wees… the nappy I changed this morning was wet.',
          },
        },
        {
          text: {
            'zh-CN':
              '他爸在外地出差，就我一个人抱着他。挂完号等了一个多小时，没一个人跟我说还要等多久、进去以后干什么……我心里一点底都没有。他这样，到底要不要紧啊？',
            en: "His dad's away on business, it's just me carrying him. Over an hour since I registered, and nobody's told me how long it'll be or what happens once we're in… I've got nothing to hold on to. Is he going to be all right?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'skip-cue-wait',
          text: {
            'zh-CN':
              '好，没抽过、还有尿，目前情况还算平稳。您前面还有 6 个号，大概再等半个小时，就能进去让医生看了。',
            en: "No fits and he's still weeing, so he's fairly stable. There are six numbers ahead of you — about half an hour, then the doctor will see him.",
          },
          behaviours: ['explain', 'set-expectations'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '回答得没错，可她刚说了“一个人”“心里一点底都没有”，您直接跳到了排号。反复追问“要不要紧”的家长，要的不只是一个数字。',
            en: "Nothing wrong in the answer, but she had just said she's on her own with nothing to hold on to, and you went straight to the queue. A parent who keeps asking “is he all right?” needs more than a number.",
          },
          next: 'meanwhile',
        },
        {
          id: 'dont-scare-yourself',
          text: {
            'zh-CN': '没抽就好。您也别自己吓自己，大人越急孩子越闹，先回去坐着等叫号吧。',
            en: "No fits, that's good. Don't frighten yourself — the more you panic, the more he'll play up. Go and sit down and wait to be called.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '她刚把最软的一句话说出来，您回她“别自己吓自己”。这是在否认她的害怕，还暗示孩子闹是她的错。',
            en: 'She had just said the most vulnerable thing, and you told her not to frighten herself. That denies her fear and hints that his fussing is her fault.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'name-the-worry',
          text: {
            'zh-CN':
              '您一个人抱着他，最难受的是心里没底：要不要紧、还等多久、进去干什么。是这几件吧？我一样一样跟您说。',
            en: "On your own with him, the worst part is not knowing: is he all right, how long, what happens next. Is that it? I'll take you through each one.",
          },
          behaviours: ['acknowledge-emotion', 'paraphrase', 'probe-expectation'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您听出了关键的一句：“一个人”“心里没底”。把她的三个担心说出来、问她是不是，再承诺一样样讲清楚。她反复追问，要的就是这个。',
            en: 'You caught the key line — alone, nothing to hold on to — named her three worries, checked them with her and promised to go through each. That is what her repeated questions were asking for.',
          },
          next: 'whats-next',
          recommended: true,
        },
      ],
    },
    {
      id: 'whats-next',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '对，对……就是这个。',
            en: "Yes… yes, that's it.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '你就跟我说实话，他到底要不要紧？还得等多久？',
            en: 'Just tell me straight. Is he all right? How much longer?',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'plain-answer',
          text: {
            'zh-CN':
              '说实话：没抽、能哭出眼泪、还有尿，这会儿不用抢着进去。看病按轻重排，前面还有 6 个，约 30 分钟。',
            en: "Honestly: no fits, he has tears, he's still weeing, so he doesn't need to jump the queue right now. We see children by how ill they are; six ahead of you, about 30 minutes.",
          },
          behaviours: ['explain', 'set-expectations'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '先回答“要不要紧”，再说“等多久”，理由和时间都用大白话。说清能做什么、不能做什么，不夸大也不吓人，这就是管理期望。',
            en: "You answered “is he all right?” before “how long?”, giving reasons and a time in plain words. Saying what can and can't happen, without inflating or alarming, is managing expectations.",
          },
          next: 'meanwhile',
          recommended: true,
        },
        {
          id: 'jargon',
          text: {
            'zh-CN':
              '患儿目前体温 39.2℃，生命体征平稳，暂无惊厥和脱水指征，预检分诊属于四级非急症，按顺序候诊就可以了。',
            en: 'The patient is at 39.2°C, vital signs stable, no indication of convulsion or dehydration. Triage category four, non-urgent, so routine queuing is appropriate.',
          },
          behaviours: ['explain', 'policy-first'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '每个词都专业，可一个焦虑的妈妈一个也没听进去。“生命体征”“指征”“四级”是写病历的话，不是跟家长说的话：没有术语，用她听得懂的话说。',
            en: 'Every word is correct, and an anxious mother took in none of it. “Vital signs”, “indication”, “category four” belong in the notes, not in a conversation with a parent. Drop the jargon.',
          },
          next: 'confused',
        },
      ],
    },
    {
      id: 'confused',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '什么四级五级的？什么指征？我听不懂！',
            en: "Category four, category five? Indication? I don't understand any of that!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '你就跟我说人话，他到底要不要紧？还要等多久？',
            en: 'Just speak normally. Is he all right or not? How much longer?',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'said-it-clearly',
          text: {
            'zh-CN': '我刚才不是已经说得很清楚了吗？就是情况稳定，不用急，按顺序等着就行。',
            en: "Didn't I just explain it clearly? He's stable, there's no rush, just wait your turn.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“我说得很清楚了”是疲劳时最容易冒出来的一句，等于说听不懂是她的错。她听不懂，是您没说明白：不跟家长争，换个说法再讲一遍。',
            en: "“I explained it clearly” is what slips out when you're tired, and it says the failure to understand is hers. If she didn't follow, you didn't explain. Don't argue; say it again another way.",
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'say-it-plainly',
          text: {
            'zh-CN':
              '对不起，是我说得太专业了。简单说：我刚看过，他眼下没有危险的信号，看病按病情轻重排，前面还有 6 个，大约 30 分钟。',
            en: "Sorry, that was far too technical. Simply put: I've checked him, and there are no danger signs right now. We see children by how ill they are; six ahead of you, roughly 30 minutes.",
          },
          behaviours: ['apologize', 'explain', 'set-expectations'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '认下是自己说得太专业，马上换成大白话，要不要紧、等多久都回答了。没有术语，家长才接得住。',
            en: 'You owned being too technical and switched to plain words at once, answering both “is he all right?” and “how long?”. Without jargon, a parent can take it in.',
          },
          next: 'meanwhile',
          recommended: true,
        },
      ],
    },
    {
      id: 'meanwhile',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '半个小时……',
            en: 'Half an hour…',
          },
        },
        {
          text: {
            'zh-CN': '那这半个小时我就抱着他干等着？他要是又烧上去了怎么办啊？',
            en: 'So I just sit there holding him for half an hour? What if his temperature shoots up again?',
          },
        },
      ],
      choices: [
        {
          id: 'just-wait',
          text: {
            'zh-CN':
              '等着就行，到号了广播会叫的。您先别在分诊台这儿站着了，后面还有好几个孩子等着分诊呢，您先抱着宝宝回座位吧。',
            en: "Just wait; your number will be called over the speaker. Please don't stand at the desk — there are several more children waiting for triage. Take him back to your seat.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '她问的是“这半小时我能做什么”，您答的是“别挡着后面的人”。焦虑的家长最怕干等，给她一件能做的事，比催她走有用得多。',
            en: 'She asked what she can do for half an hour; you told her not to block the queue. Anxious parents dread waiting with nothing to do. Give her a task instead of moving her on.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 45 } }, to: 'ending-grudging' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'two-things',
          text: {
            'zh-CN':
              '这半小时您做两件事：少量多次喂他温水；把外面那件厚外套脱了，别捂着。20 分钟后我过去再给他量一次。',
            en: "Two things for the next half hour: small sips of warm water, often; and take off that thick coat, don't bundle him up. In 20 minutes I'll come over and take his temperature again.",
          },
          behaviours: ['offer-solution', 'commit-deadline', 'follow-up'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '给了她手上能做的两件事，还约好 20 分钟后主动过去复测。有事做、有人盯，等待就不那么难熬了。',
            en: 'You gave her two things she can do with her hands and arranged to come and re-check in 20 minutes. Something to do and someone keeping watch make the wait bearable.',
          },
          next: 'watch-for',
          recommended: true,
        },
        {
          id: 'more-medicine',
          text: {
            'zh-CN': '烧上去了就再给他喂一次退烧药，吃完半小时保准退下来，您放心。',
            en: "If it goes up, just give him another dose of fever medicine. It'll definitely come down within half an hour, don't worry.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '“保准退下来”是做不到的保证；不问上次几点吃的药就让再喂一次，还可能有风险。审慎承诺：用药的事交给医生，护士给的是能做到的安排。',
            en: "“It'll definitely come down” is a guarantee you can't give, and telling her to re-dose without asking when he last had medicine may be unsafe. Promise carefully: leave medication to the doctor and offer what you can deliver.",
          },
          next: 'watch-for',
        },
      ],
    },
    {
      id: 'watch-for',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……好，我记着。',
            en: "…Okay. I'll remember.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '那他要是……要是突然抽起来呢？就我一个人，我该怎么办啊？',
            en: "But what if he… what if he suddenly has a fit? It's only me. What do I do?",
          },
        },
      ],
      choices: [
        {
          id: 'warning-signs',
          text: {
            'zh-CN':
              '真抽了别慌：让他侧躺，别按着他，嘴里别塞东西，马上喊我。叫不醒、喘得厉害、嘴唇发紫、一直吐喝不进水，也别等叫号，直接来找我。',
            en: "If he does: on his side, don't hold him down, nothing in his mouth, and shout for me. If he won't wake, struggles to breathe, goes blue at the lips or can't keep water down, don't wait: come to me.",
          },
          behaviours: ['explain', 'set-expectations'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '没有回避她最怕的事，而是教她怎么做、哪些情况不用等叫号。把“万一”讲清楚，害怕才有了着落。',
            en: "You didn't dodge her worst fear; you told her what to do and which signs mean she needn't wait her turn. Spelling out the “what if” gives her fear somewhere to go.",
          },
          next: 'summary',
          recommended: true,
        },
        {
          id: 'wont-happen',
          text: {
            'zh-CN': '不会的不会的，哪有那么容易抽，您别老往坏处想，想多了自己吓自己。',
            en: "No, no, he won't. Fits don't happen that easily. Stop thinking the worst — you're just scaring yourself.",
          },
          behaviours: ['deny-emotion', 'over-promise'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '“不会的”既是一句保证不了的话，也把她的害怕挡了回去。她一个人带孩子，需要的是“万一”时怎么办，不是“别瞎想”。',
            en: "“He won't” is a guarantee you can't give, and it shuts her fear out. Alone with her child, she needs to know what to do if it happens, not to be told she's imagining things.",
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'summary',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂水……脱衣服……抽了让他侧躺……还有什么来着？',
            en: 'Water… coat off… if he has a fit, on his side… what else was there?',
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我这脑子一团乱。你刚说多少分钟以后过来量？叫不醒的话，是找你还是找医生？',
            en: "My head's all over the place. How many minutes did you say before you come and check? If he won't wake, do I find you or the doctor?",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'write-it-down',
          text: {
            'zh-CN':
              '我给您写在挂号单背面：多喂温水、脱厚衣服；20 分钟后我来量；抽了、叫不醒、喘、一直吐，马上喊我或者随便哪个医生护士。',
            en: "I'll write it on the back of your ticket: warm water, coat off; I re-check in 20 minutes; a fit, won't wake, struggling to breathe or non-stop vomiting — shout for me or any doctor or nurse at once.",
          },
          behaviours: ['record'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '她问第二遍，说明她真的记不住，而不是没在听。把要点总结一遍、写下来交给她，这正是“最后做个简单总结，将重点重复”。',
            en: "Asking twice shows she can't hold it all, not that she wasn't listening. Summarising the key points and writing them down for her is exactly “finish with a short summary and repeat the key points”.",
          },
          next: 'understood',
          recommended: true,
        },
        {
          id: 'impatient',
          text: {
            'zh-CN':
              '我刚才不是都说过了吗？您认真听一下好不好，我这儿后面还排着好几个人呢，不能老给您一个人讲一遍又一遍。',
            en: "Didn't I already tell you all that? Please listen properly — there are several people behind you, I can't keep going over it just for you.",
          },
          behaviours: ['argue', 'blame'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '累了的时候，“我说过了”“您认真听”最容易脱口而出，等于怪她没用心。可焦虑的家长记不住是常态，护士的疲劳写在语气里，家长全听得出来。不争辩、不怪家长，耐心再说一遍。',
            en: "When you're tired, “I already told you” and “listen properly” slip out easily, and they blame her. But anxious parents forgetting is normal, and fatigue in a nurse's voice is obvious to them. Don't argue or blame; patiently say it again.",
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'nod-along',
          text: {
            'zh-CN': '嗯嗯，对对，差不多就是这些，没事的。',
            en: "Mm-hm, yes, yes, that's about it. It's fine.",
          },
          behaviours: ['filler'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“嗯嗯对对”听着在回应，其实她问的两个问题一个都没答。她记不住，就把要点再说一遍，最好写下来。',
            en: "“Mm-hm, yes, yes” sounds responsive, but neither of her two questions got an answer. If she can't remember, repeat the key points — ideally in writing.",
          },
          next: 'understood',
        },
      ],
    },
    {
      id: 'understood',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……好。',
            en: '…Okay.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '谢谢你啊，护士。',
            en: 'Thank you, nurse.',
          },
        },
      ],
      choices: [
        {
          id: 'teach-back',
          text: {
            'zh-CN':
              '不客气。您跟我说一遍，回去先做哪两件事？……对。现在心里踏实点了吗？还有哪儿不放心？',
            en: "You're welcome. Tell me — what are the two things you'll do first? …That's right. Do you feel a bit steadier now? Anything still worrying you?",
          },
          behaviours: ['check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '请她自己复述一遍，确认真记住了，再问她心里踏不踏实。护理宣教要确认家长听懂了，不能只确认自己说完了。',
            en: "You had her say it back to be sure she'd taken it in, then asked whether she feels steadier. Check that the parent understood, not just that you finished talking.",
          },
          next: {
            branches: [{ when: { trust: { atLeast: 65 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'next-please',
          text: {
            'zh-CN': '不客气，应该的。那您先抱宝宝回去坐着吧，到号了会叫您的。下一位！',
            en: "You're welcome, it's my job. Take him back and sit down now; your number will be called. Next, please!",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '她那声“好”很轻，您就喊了下一位。她到底记住没有、心里踏不踏实，您并不知道：结束前要确认。',
            en: "Her “okay” was faint, and you called the next patient. You don't know whether she remembered anything or feels any better: check before you finish.",
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'ending-satisfied',
      kind: 'ending',
      outcome: 'resolved-satisfied',
      lines: [
        {
          text: {
            'zh-CN': '先喂水，再把外套脱了……踏实多了。刚才冲你嚷嚷，对不住啊。',
            en: 'Water first, then the coat off… I feel much steadier. Sorry for shouting at you earlier.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '豆豆，走，妈妈给你喝水去。',
            en: "Come on, Doudou. Let's get you some water.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '许女士抱着孩子回到座位，喂起了温水。您先看孩子、问危险信号，听出她反复追问背后是“一个人、心里没底”，用大白话讲清了要不要紧、等多久、等的时候做什么、什么情况马上来找您，最后写下要点、请她复述。孩子没有提前看上，她却安心了。',
        en: "Ms. Xu carried her son back to her seat and started giving him sips of water. You looked at the child first, checked for warning signs, heard that her repeated questions meant “I'm alone and have nothing to hold on to”, and explained in plain words whether he was all right, how long, what to do meanwhile and when to come straight back, then wrote it down and had her say it back. He wasn't seen any sooner, yet she felt safe.",
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: {
            'zh-CN': '……行吧，我回去等着。',
            en: "…Fine. I'll go back and wait.",
          },
          cue: 'avoidance',
        },
        {
          text: {
            'zh-CN': '反正也没别的办法。',
            en: "Not like I've got a choice.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '许女士回到座位，还是一样提心吊胆，隔几分钟就抬头看叫号屏。孩子的情况也许一切正常，可她不知道该做什么、什么时候该着急：没讲清、没总结、没确认，焦虑就原封不动地留给了她。',
        en: "Ms. Xu went back to her seat just as frightened, looking up at the call screen every few minutes. Her son may well be fine, but she doesn't know what to do or when to worry. Without a clear plan, a summary and a check, her anxiety went back to the seat with her.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '你叫什么名字？你们护士长呢？',
            en: "What's your name? Where's the head nurse?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我要投诉你！孩子烧成这样，你们就这么对病人家属？',
            en: "I'm making a complaint about you! My child's burning up and this is how you treat families?",
          },
        },
      ],
      summary: {
        'zh-CN':
          '许女士要找护士长投诉。排队本身不是她投诉的原因，被推开、被说“别激动”“说过了”才是。焦虑的家长要的是有人看一眼孩子、把话说明白，这两样都没给到。',
        en: "Ms. Xu demanded the head nurse and lodged a complaint. The queue itself wasn't the reason; being brushed off and told to calm down or that you'd already said it was. An anxious parent needs someone to look at her child and explain things clearly, and she got neither.",
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '行，你们就这个态度是吧？',
            en: "Right. So that's your attitude?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '（举起手机）我拍下来发到网上，让大家都看看，你们医院是怎么对发高烧的孩子的！',
            en: "(Holding up her phone) I'm filming this and putting it online. Let everyone see how this hospital treats a child with a high fever!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '许女士当着一走廊家长的面拍了视频，要发到网上。她还在气头上时，一句否认她担心、或者嫌她听不懂的话，就把一次普通的等候变成了一场公开投诉。',
        en: "Ms. Xu filmed the scene in front of a corridor full of parents and said she'd post it online. While she was still this upset, one remark dismissing her fear, or implying she was slow to understand, turned an ordinary wait into a public complaint.",
      },
    },
  ],
};

export default anxiousParentClinic;

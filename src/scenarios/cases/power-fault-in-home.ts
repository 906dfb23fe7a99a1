import type { Scenario } from '../../engine/scenario-schema';

/**
 * C17 (F004), emergency repair of a fault inside the customer's premises: a burnt switch past the
 * meter, a caller who insists "你们必须来修", and the property-boundary principle explained plainly.
 */
const powerFaultInHome: Scenario = {
  formatVersion: 1,
  id: 'power-fault-in-home',
  version: 1,
  title: {
    'zh-CN': '“你们必须来修！”：表后开关烧了',
    en: '“You Have to Fix It!”: a Burnt Switch Past the Meter',
  },
  briefing: {
    'zh-CN':
      '唐先生家突然停电，左邻右舍都亮着灯。他在楼道电表箱里看见自家的开关烧黑了，认定是供电公司的东西坏了，打 95598 要你们马上派人来修。现在由您来接。',
    en: "Mr. Tang's flat has lost power while every neighbour's lights are on. In the meter box on the landing he found his switch scorched black, decided the power company's kit had failed, and rang 95598 demanding a crew right now. The call is yours.",
  },
  industry: 'utilities',
  channel: 'phone',
  difficulty: 2,
  objectives: [
    {
      'zh-CN': '先让客户把火发出来、接住他的情绪，再一步步引导他说清电表和开关的情况。',
      en: 'Let him get it off his chest and acknowledge it, then guide him step by step to describe the meter and the switch.',
    },
    {
      'zh-CN': '用大白话讲清产权分界：电表往后的线路和开关归用户自己维护，不念条文、不堆术语。',
      en: "Explain the property boundary in plain words: wiring and switches past the meter are the household's to maintain. No clauses, no jargon.",
    },
    {
      'zh-CN': '委婉而明确地拒绝派抢修班上门修表后开关，说清理由，不推脱，也不乱许诺。',
      en: 'Decline, tactfully but clearly, to send a crew for the switch past the meter; give the reasons, without brushing him off or promising what cannot be done.',
    },
    {
      'zh-CN':
        '听出他真正要的是今晚来电、被帮一把；给出具体的帮助和安全提醒，约好回访，确认他心里踏实。',
      en: 'Hear that what he really wants is power tonight and real help; give concrete help and safety advice, arrange a follow-up, and check he feels settled.',
    },
  ],
  source: { caseId: 'C17', file: 'shared/seeds/004_f8e611c461ff71b6.txt (F004)' },
  notes: {
    'zh-CN':
      '来源（F004）只给了做法：内部故障指客户自行维护范围内的故障，由于产权界定，一般情况下电表出线开关到客户家中的线路由客户自行维护；已判断为内部故障的（如出线开关烧坏、内部短路），一般建议客户找有资质的电工处理；多数客户不清楚“内部故障”，坐席要有足够的耐性，简单明确地解释产权分界原则，委婉引导客户自行处理并获得理解；户表问题要引导客户描述电表类型、显示、进线是否有电；对无理要求要说清道理、委婉而态度明确地拒绝，说明应尽的义务和不应承担的责任。“你们必须来修”是作者拟写的线索。以下均为作者补充：客户唐先生及其年龄、职业；老式六层楼、楼道里的电表箱；电表屏幕还亮着、自家开关烧黑推不上去、有焦糊味；上回来电被一句“不归我们管”打发；女儿第二天早上的期末考试；电工上门要 200 元的说法；小区物业的值班电工老刘；坐席手头“附近三位持证电工”的名单并短信发送（虚构的做法，各地未必都有）；坐席小周及工号 5127；用水表打的比方；先问还冒不冒烟、先关空调和热水器、别碰烧黑处、让电工顺便查烧的原因等安全提醒；次日上午十点前回访；抢修班上门后无法处理、客户再次来电的结局；全部对话、分支、情绪数值与各结局。',
    en: "The source (F004) gives only the method: an internal fault lies within the range the customer maintains; because of where ownership is drawn, the line from the meter's outgoing switch into the home is normally the customer's; for faults judged internal (a burnt outgoing switch, a short inside the home) the seat usually advises a qualified electrician; most customers do not understand “internal fault”, so the seat must patiently explain the property-boundary principle simply and clearly and guide them tactfully to handle it themselves, winning their understanding; for meter problems, guide the customer to describe the meter type, its display and whether the incoming line is live; refuse unreasonable demands tactfully but clearly, with reasons, stating what the company must and need not do. “你们必须来修” is an authored cue. Authored here: Mr. Tang, his age and job; the old six-storey block and the meter box on the landing; the meter display still lit, his switch scorched and stuck, the burning smell; being brushed off with “not our job” on an earlier call; his daughter's end-of-term exam next morning; the ¥200 call-out figure; Old Liu, the estate's night-duty electrician; the representative's list of three licensed electricians nearby, sent by text (an invented practice that not every region offers); the representative Zhou, staff no. 5127; the water-meter comparison; the safety advice (asking whether it is still smoking, switching off the air-con and water heater, not touching the scorched part, having the electrician check why it burned); the follow-up call before 10:00 next day; the ending where a crew turns up, cannot touch the switch and he calls again; all dialogue, branches, mood figures and endings.",
  },
  persona: {
    name: { 'zh-CN': '唐先生', en: 'Mr. Tang' },
    profile: {
      'zh-CN':
        '52 岁，开出租车，住在一栋老式六层楼的四楼。性子直、嗓门大，一上火就连珠炮，可火发出来也就过去了。女儿读初二，第二天一早期末考试。',
      en: "52, a taxi driver on the fourth floor of an old six-storey block. Blunt and loud, he fires off a volley when he's riled, but once it's out it blows over. His daughter is in her second year of middle school, with an end-of-term exam first thing tomorrow.",
    },
    psychology: 'venter',
    surfaceComplaint: {
      'zh-CN':
        '家里停电，楼道电表箱里自家那个开关烧黑了。他认定是供电公司的设备坏了，要求马上派人免费来修，不肯自己掏钱请电工。',
      en: "His flat has no power and his switch in the landing meter box is scorched. He is sure it's the power company's equipment and wants a crew sent now, free of charge; he refuses to pay an electrician himself.",
    },
    realExpectation: {
      'zh-CN':
        '今晚就把电恢复，别耽误女儿明早考试；更想被实实在在地帮一把，而不是又被一句“不归我们管”打发掉。',
      en: "Power back tonight so his daughter's exam isn't affected, and above all to be genuinely helped rather than fobbed off with another “not our job”.",
    },
    startingMood: { anger: 70, trust: 30 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'short', skin: 3, glasses: false },
  },
  companyAtFault: false,
  start: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂？95598 吗？我家停电了！左邻右舍都亮堂堂的，就我家黑着！',
            en: "Hello, 95598? My power's out! Every neighbour's lit up and my place is pitch dark!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '我跑楼道电表箱那儿看了，有个开关烧黑了，一股焦糊味儿！你们的东西坏了，你们必须来修，赶紧派人！',
            en: "I went to the meter box on the landing. One of the switches is scorched black and stinks of burning! Your kit's broken, so you have to fix it. Send someone now!",
          },
        },
      ],
      choices: [
        {
          id: 'not-our-job',
          text: {
            'zh-CN': '您好，95598。电表后面的开关是您家自己的，不归我们管，您得自己找电工来修。',
            en: "Hello, 95598. The switch after the meter is your own; it's not our responsibility. You'll need to get your own electrician.",
          },
          behaviours: ['self-identify', 'explain', 'deflect'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '结论也许没错，可他一肚子火、话还没说完，一句“不归我们管”就把门关上了。先处理心情再处理事情；拒绝要讲清道理，更要给出路。',
            en: 'The conclusion may be right, but he is fuming and has not finished, and “not our responsibility” slams the door. Mood before matter; a refusal needs reasons and a way forward.',
          },
          next: 'refused',
        },
        {
          id: 'jargon-first',
          text: {
            'zh-CN':
              '您好，95598 小周。按照供用电合同的产权分界约定，计量装置出线侧以下的线路和设备属于用户资产，需要您自行维护。',
            en: 'Hello, 95598, Zhou speaking. Under the ownership-boundary terms of the supply contract, everything on the outgoing side of the metering point is customer-owned and customer-maintained.',
          },
          behaviours: ['self-identify', 'policy-first', 'explain'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '话都对，可“出线侧”“用户资产”是说给同行听的。他听不懂，只听出了“不管”。产权分界要讲，但得先接住情绪，再用大白话讲。',
            en: 'All correct, but “outgoing side” and “customer-owned” are for colleagues. He will not follow it, only hear “not us”. Explain the boundary, yes, after meeting the mood and in plain words.',
          },
          next: 'jargon',
        },
        {
          id: 'listen-first',
          text: {
            'zh-CN':
              '您好，这里是 95598，我是小周，工号 5127。邻居都有电就您家黑着，还有焦味，搁谁都急。开关现在什么样？',
            en: "Hello, 95598, Zhou speaking, staff no. 5127. Everyone else has power, yours is out and there's a burning smell; anyone would be worried. What does the switch look like now?",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'ask-facts', 'open-question'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '报了身份，说出他急在哪儿，再用开放式问题请他描述现场。先处理心情，再顺着他的话把情况问清楚。',
            en: 'You named yourself, said why he is worried, then used an open question to get him describing the scene. Mood first, then let his own words lead you to the facts.',
          },
          next: 'switch-facts',
          recommended: true,
        },
        {
          id: 'send-crew',
          text: {
            'zh-CN': '您好，我是 95598 的小周。您别着急，我这就给您派抢修，师傅一会儿就到您家。',
            en: "Hello, Zhou at 95598. Don't worry, I'll send a repair crew right away; they'll be with you shortly.",
          },
          behaviours: ['self-identify', 'offer-solution', 'over-promise'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '情况一句没问就答应派人。烧的要是表后开关，抢修班到了也不能动手，等于让他白等一场，再添一次投诉。先听清问题，再许承诺。',
            en: 'You promised a crew without a single question. If it is the switch past the meter, the crew cannot touch it: he waits for nothing and complains again. Hear the problem before you promise.',
          },
          next: 'crew-false',
        },
      ],
    },
    {
      id: 'switch-facts',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '就楼道里那个铁皮箱子，里头一排电表，电表底下一排小开关。我家那个黑了一大块，往上推都推不上去。',
            en: "The metal box on the landing: a row of meters with a row of little switches underneath. Mine's got a big black scorch on it and it won't push back up.",
          },
        },
        {
          text: {
            'zh-CN': '我可没动它啊！好好的自己就烧了，那不就是你们东西质量不行嘛！',
            en: 'And I never touched it! It just burned by itself, so your stuff must be rubbish, right?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'you-overloaded',
          text: {
            'zh-CN':
              '开关一般不会自己烧，多半是您家空调、热水器一起开，超负荷烧的，说白了就是使用不当。',
            en: "Switches don't burn on their own. Most likely the air-con and water heater were on together and overloaded it. Frankly, that's misuse.",
          },
          behaviours: ['blame', 'root-cause'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '就算真是超负荷，这话此刻听起来就是“您自己弄坏的”。不归咎客户：先帮他把电恢复，原因等他平静了、修的时候让电工去查。',
            en: 'Even if it was an overload, right now this sounds like “you broke it”. Do not pin it on the customer: get his power back first; the electrician can check the cause once he is calm.',
          },
          next: 'ending-hung-up',
        },
        {
          id: 'yes-but-boundary',
          text: {
            'zh-CN':
              '是，开关烧了确实挺闹心的。但是您说的这个开关在电表后面，属于您家自己的产权，我们这边确实管不了。',
            en: "Yes, a burnt switch is a real pain. But that switch is after the meter, so it's yours, and there's nothing we can do.",
          },
          behaviours: ['acknowledge-emotion', 'yes-but', 'explain', 'deflect'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '前半句刚接住他，“但是”一出口就全抵消了，后半句又是“管不了”。先听他说完，再一步一步讲清楚，别急着下结论。',
            en: 'The first half met him; the “but” cancelled it, and the second half was “nothing we can do”. Hear him out and explain step by step instead of jumping to the verdict.',
          },
          next: 'refused',
        },
        {
          id: 'guide-and-safe',
          text: {
            'zh-CN':
              '我确认一下：烧黑的是电表下面您家那路开关，对吧？现在还冒烟吗？电表屏幕亮着吗？开关先别推了，也别用手碰。',
            en: "Let me check: the scorched one is your switch, below your meter? Is it still smoking? Is the meter's display lit? And please don't push that switch again or touch it.",
          },
          behaviours: ['paraphrase', 'ask-facts', 'closed-question', 'explain'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '复述确认位置，先问还冒不冒烟，再问电表亮不亮，这是判断故障在哪一侧的关键；顺手提醒别碰烧黑的开关。一步步引导，比直接下结论更让人信服。',
            en: 'You confirmed where it is, checked it is not still smoking, asked whether the meter is lit, the key to which side the fault is on, and warned him off the scorched switch. Guiding step by step convinces more than a verdict.',
          },
          next: 'boundary',
          recommended: true,
        },
      ],
    },
    {
      id: 'refused',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '不归你们管？那归谁管？电是你们供的，表是你们装的，开关就长在你们表底下！',
            en: 'Not your responsibility? Then whose is it? You supply the power, you fitted the meter, and the switch sits right under your meter!',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '上回打你们电话也是这一句，我就知道打了也白打！',
            en: 'Last time I rang you it was the same line. I knew calling was a waste of time!',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'policy-repeat',
          text: {
            'zh-CN':
              '先生，这是产权分界的规定，全市都是这么执行的，也不是我一个人说了算，我们确实不能上门。',
            en: "Sir, that's the ownership-boundary rule, the same across the city, and it's not my call. We really can't come out.",
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他已经被一句“不归我们管”伤过一回，您又把规定往前一推。拒绝可以，但要先接住他，再用他听得懂的话讲理由，并给出能走的路。',
            en: 'He has been stung by “not our job” once already, and you pushed the rule at him again. You can still say no, but meet him first, give reasons he understands, and show him a way through.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'own-the-brushoff',
          text: {
            'zh-CN':
              '对不起，是我话说太冲了，没听完就下结论。咱们一起弄明白：您家电表屏幕现在还亮着吗？',
            en: "I'm sorry, that was too blunt and I jumped to a conclusion. Let's work it out together: is your meter's display still lit?",
          },
          behaviours: ['apologize', 'ask-facts', 'closed-question'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先为那句冲话道歉，再把他拉回到一起查问题上。可他要是已经火到了顶，一句道歉未必拉得回来：第一句话有多重要，就在这儿。',
            en: 'You apologized for the blunt line and drew him back into solving it together. But if he is already past boiling, one apology may not be enough, which is why the first sentence matters so much.',
          },
          next: {
            branches: [{ when: { anger: { atLeast: 90 } }, to: 'ending-escalated' }],
            otherwise: 'boundary',
          },
          recommended: true,
        },
      ],
    },
    {
      id: 'jargon',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你跟我念什么经呢？什么出线侧、什么资产，我听不懂！',
            en: "What is this, a sermon? Outgoing side, customer-owned, I don't understand a word!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我就问一句：我家没电了，你们来不来人？',
            en: 'One question: my power is out. Are you sending someone or not?',
          },
        },
      ],
      choices: [
        {
          id: 'just-refuse',
          text: {
            'zh-CN':
              '简单说就是，那个开关是您家自己的，我们不负责修，您自己找个电工来换一下就行了，很简单的。',
            en: "Put simply, that switch is yours, we don't repair it, just get an electrician in to replace it.",
          },
          behaviours: ['explain', 'deflect'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '话是说白了，可说白的只有“不管”两个字。大白话不是把拒绝说得更直，而是把道理讲明白、把办法给出来。',
            en: 'Plain, yes, but the only plain part is “not us”. Plain language is not a blunter no; it is a clear reason plus a way forward.',
          },
          next: 'refused',
        },
        {
          id: 'plain-words',
          text: {
            'zh-CN': '对不起，是我说得太绕了，让您更着急。咱们先看一件事：您家电表的屏幕还亮着吗？',
            en: "Sorry, I made that far too complicated when you're already worried. Let's check one thing first: is your meter's display still lit?",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'ask-facts', 'closed-question'],
          mood: { anger: -20, trust: 10 },
          note: {
            'zh-CN':
              '认下自己说得绕，把术语收起来，回到他看得见的东西：电表亮不亮。引导客户描述现场，比念条文管用得多。',
            en: 'You owned the jargon, dropped it, and went back to something he can see: is the meter lit. Guiding him to describe the scene works far better than reciting terms.',
          },
          next: 'boundary',
          recommended: true,
        },
      ],
    },
    {
      id: 'crew-false',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '这还差不多！多久能到？',
            en: "That's more like it! How long till they're here?",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '还有啊，师傅来了给修好，不收钱吧？叫个电工上门张嘴就两百，这钱我可不掏。',
            en: "And they'll fix it for free, right? An electrician wants ¥200 just to show up. I'm not paying that.",
          },
        },
      ],
      choices: [
        {
          id: 'free-promise',
          text: {
            'zh-CN': '不收钱，您放心，师傅半个钟头之内就到。',
            en: "No charge, don't worry. They'll be there within half an hour.",
          },
          behaviours: ['commit-deadline', 'over-promise'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '一句“不收钱、半小时到”换来一时痛快，可抢修班到了发现是表后开关，只能转身走。审慎承诺：许出去的话，要么做到，要么别说。',
            en: "“Free, half an hour” buys a moment's relief, but when the crew finds it is the switch past the meter they will have to leave. Promise carefully: keep it or do not say it.",
          },
          next: 'ending-crew-turned-away',
        },
        {
          id: 'see-on-site',
          text: {
            'zh-CN':
              '这个得等师傅到了现场看了情况再说，该不该收费、收多少，师傅会当面跟您说清楚的。',
            en: "That depends on what the crew finds on site. Whether there's a charge, and how much, they'll tell you in person.",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '把收费的话推给现场，等于把矛盾留给抢修师傅，他会觉得被耍了。该说清楚的，在电话里就说清楚。',
            en: 'Leaving the charge question to the crew just hands them the row, and he will feel played. What needs saying should be said on this call.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'come-clean',
          text: {
            'zh-CN': '对不起，我答应得太快了。派人之前得先弄清楚：您家电表的屏幕现在还亮着吗？',
            en: "I'm sorry, I agreed too fast. Before sending anyone I need to check one thing: is your meter's display still lit?",
          },
          behaviours: ['apologize', 'ask-facts', 'closed-question'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '发现自己许早了，马上收回并道歉，再回到问事实上。承诺收回得越早，代价越小；拖到师傅上门，就成了第二次投诉。',
            en: 'You caught your premature promise, withdrew it with an apology and went back to the facts. The sooner a promise is corrected the cheaper it is; left until the crew arrives, it becomes a second complaint.',
          },
          next: 'boundary',
          recommended: true,
        },
      ],
    },
    {
      id: 'boundary',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '烟倒是不冒了，就还有股糊味儿。电表亮着呢，上头的数字还一闪一闪的。',
            en: "No smoke now, just that burnt smell. And yeah, the meter's on. The numbers are still blinking.",
          },
        },
        {
          text: {
            'zh-CN': '那你说这到底咋回事？你们到底来不来人？',
            en: 'So what is going on? Are you sending someone or not?',
          },
        },
      ],
      choices: [
        {
          id: 'send-anyway',
          text: {
            'zh-CN': '要不这样，我先给您派个抢修单，让师傅上门看一眼，您心里也踏实。',
            en: "Tell you what, I'll raise a repair job and have the crew take a look. That'll put your mind at rest.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '电表亮着，问题在表后，抢修班去了也不能动手。为了一时不拒绝而派单，是把拒绝推到了他家门口，让他白等一晚。',
            en: 'The meter is lit, so the fault is past it and the crew cannot touch it. Dispatching just to avoid saying no moves the refusal to his doorstep and wastes his evening.',
          },
          next: 'ending-crew-turned-away',
        },
        {
          id: 'plain-boundary',
          text: {
            'zh-CN':
              '电表亮着，说明电已经送到您家电表了。电表往后这一段，连那个开关，就像水表后头的水管，归各家自己管。',
            en: "The meter's lit, so our supply is reaching your meter. Everything after it, that switch included, is like the pipes after a water meter: each household looks after its own.",
          },
          behaviours: ['explain'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '用他亲眼看到的“电表亮着”做证据，再拿水表打个比方，一个术语不带就把产权分界讲明白了。解释要耐心、要简单。',
            en: 'You used what he can see, the lit meter, as evidence, then a water-meter comparison: the property boundary explained without a single technical term. Patient and simple.',
          },
          next: 'must-fix',
          recommended: true,
        },
        {
          id: 'jargon-boundary',
          text: {
            'zh-CN':
              '根据产权分界原则，计量装置出线开关以下属于用户资产，需要您自行委托有资质的电工进行维修，我们这边无法处理。',
            en: "Under the property-boundary principle, everything below the meter's outgoing switch is customer property; you must hire a qualified electrician yourself.",
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '内容没错，可“计量装置”“用户资产”他一个也听不进去，只会觉得您在打官腔。同样的道理，换成他看得见、听得懂的话。',
            en: 'Correct content, but “metering device” and “customer property” will not land; it sounds like officialese. Say the same thing in words he can see and follow.',
          },
          next: 'must-fix',
        },
      ],
    },
    {
      id: 'must-fix',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '什么？那开关还成我家的了？', en: 'What? So now the switch is mine?' },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我每个月电费一分没少交！叫个电工上门张嘴就两百，凭啥让我掏？你们必须来修！',
            en: 'I pay every bill on the dot! An electrician wants ¥200 just to turn up. Why should I pay? You have to fix it!',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'bill-argue',
          text: {
            'zh-CN':
              '先生，电费是电费，维修是维修，这是两码事。您交了电费，并不代表您家里不管什么东西坏了都归我们来修。',
            en: "Sir, paying for electricity and paying for repairs are two different things. Paying your bill doesn't mean we fix whatever breaks in your home.",
          },
          behaviours: ['argue'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '道理也许站得住，可这是在跟客户辩论。他要的不是一堂课，而是有人看见他心疼那两百块，再帮他找条路。',
            en: 'The logic may hold, but this is debating the customer. He does not want a lecture; he wants someone to see why ¥200 stings and then help him find a way.',
          },
          next: 'ending-hung-up',
        },
        {
          id: 'decline-with-reasons',
          text: {
            'zh-CN':
              '平白多花钱，换谁都窝火。可这开关抢修班确实不能上门换：表后的线归各家，他们动了，出了事反倒说不清。',
            en: "Money out of nowhere, anyone would be annoyed. But the crew really can't replace that switch: wiring past the meter is each home's own, and if they touched it, any later trouble would be murky.",
          },
          behaviours: ['acknowledge-emotion', 'decline-tactfully', 'set-expectations', 'explain'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先认下他心疼钱，再明确说“不能上门换”，并给出他能接受的理由：态度软，结论不含糊。可他要是还在火头上，再好的拒绝也会被听成“不管”。',
            en: 'You acknowledged the cost, said clearly the crew cannot come, and gave a reason he can accept: soft in tone, clear in substance. But if he is still boiling, even a good no is heard as “not us”.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'tonight',
          },
          recommended: true,
        },
        {
          id: 'rule-is-rule',
          text: {
            'zh-CN': '这是国家规定，不是我们不给您修。电工的费用确实得您自己出，这个我们也没办法。',
            en: "It's a national rule; it's not that we won't fix it. The electrician's fee really is yours to pay. There's nothing we can do.",
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“国家规定”“我们也没办法”，一句拿规定挡，一句把手一摊。委婉拒绝要讲清理由，还要说明您能做什么。',
            en: '“National rule” and “nothing we can do”: one hides behind the rules, the other throws up your hands. A tactful no gives reasons and says what you can do.',
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'tonight',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……那我找谁啊？这大晚上的。',
            en: '…So who do I call? At this time of night.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '我也不是非跟你们较这个劲。上回打电话，一句“不归我们管”就把我打发了。闺女明早还期末考试呢，我就想今晚家里能亮个灯，就这么难？',
            en: "I'm not out to pick a fight with you lot. Last time I rang, one “not our job” and that was that. My girl's got her end-of-term exam in the morning. I just want the lights on tonight. Is that so hard?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'wait-till-morning',
          text: {
            'zh-CN':
              '晚上电工确实不太好找，要不您先将就一晚，点个充电台灯，明天白天再找人来修，也不耽误什么事。',
            en: "Electricians are hard to find at night. Could you make do tonight and get someone in tomorrow? It won't hold anything up.",
          },
          behaviours: ['offer-solution'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '他刚说了“今晚”和“孩子明早考试”，您却劝他将就一晚。漏掉这句话，等于又一次把他打发了。',
            en: 'He had just said “tonight” and “exam in the morning”, and you suggested he make do. Missing that line is brushing him off all over again.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'hear-tonight',
          text: {
            'zh-CN':
              '您最要紧的是今晚就来电，别耽误闺女明早考试，对吧？这回我不光告诉您归谁管，还帮您把人找着。',
            en: "What matters most is power tonight so your daughter's exam isn't affected, right? This time I won't just tell you whose job it is; I'll help you find someone.",
          },
          behaviours: ['paraphrase', 'probe-expectation', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '他嘴上说“你们必须来修”，心里要的是今晚有电、被人帮一把。您把这层意思说出来，还接下了找人的事：拒绝了要求，却没有拒绝客户。',
            en: 'He said “you have to fix it”, but what he wants is power tonight and real help. You named that and took on finding someone: you turned down the demand, not the customer.',
          },
          next: 'help',
          recommended: true,
        },
        {
          id: 'search-online',
          text: {
            'zh-CN': '您可以问问物业，或者在手机上搜搜附近的电工，现在很多都能晚上上门。',
            en: 'You could ask your property office, or search for a local electrician on your phone. Plenty come out at night these days.',
          },
          behaviours: ['offer-solution'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '办法给了，可给得很轻，等于说“您自己想办法”。他刚说上回被一句话打发，这回要把他那句“今晚”“考试”接住，再把帮助落到实处。',
            en: 'A suggestion, but a light one; it amounts to “sort it yourself”. He had just said he was brushed off last time: pick up “tonight” and “exam”, then make the help concrete.',
          },
          next: 'help',
        },
      ],
    },
    {
      id: 'help',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '那……找谁快点？我在这片住了十来年，还真没找过电工。',
            en: "So… who's quickest? I've lived here ten-odd years and never once needed an electrician.",
          },
        },
      ],
      choices: [
        {
          id: 'crew-anyway',
          text: {
            'zh-CN':
              '要不这样，我还是给您派个抢修单，让师傅过去看一眼，万一能帮上忙呢，您也省得自己到处找人了。',
            en: "Tell you what, I'll raise a repair job anyway and have the crew pop round. They might be able to help, and it'd save you the bother.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '好不容易讲通了，为了让他高兴又派单；师傅到了还是不能动手，前面的解释全白费。自己划清的边界，自己不能先破。',
            en: 'You had finally got the boundary across, then dispatched a crew to please him; they still cannot touch it, and all your explaining is wasted. Do not be the first to break the line you drew.',
          },
          next: 'ending-crew-turned-away',
        },
        {
          id: 'any-electrician',
          text: {
            'zh-CN': '随便找个电工就行，换个开关很简单的，也就几十块钱的事，用不着两百。',
            en: 'Any electrician will do. Swapping a switch is simple: a few dozen yuan, nowhere near ¥200.',
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“随便找”恰恰不行：表后线路要找有资质的电工，安全才有保证；“几十块”也不是您能替别人许的价。',
            en: "“Any electrician” is exactly wrong: wiring past the meter needs a qualified electrician to be safe, and “a few dozen yuan” is not a price you can promise on someone else's behalf.",
          },
          next: 'what-to-say',
        },
        {
          id: 'two-options',
          text: {
            'zh-CN':
              '两条路您挑：小区物业夜里有值班电工；或者我把附近三位持证电工的电话发您手机上。先找哪个？',
            en: 'Two options: your estate office has an electrician on night duty, or I can text you three licensed electricians nearby. Which first?',
          },
          behaviours: ['offer-solution', 'closed-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '两个具体的去处，由他来挑。抢修班不能上门修，但能帮他把人找着、把电话递到手上：委婉拒绝之后，帮助一定要落地。',
            en: 'Two concrete options for him to choose from. The crew cannot come, but you can find someone and put the number in his hand: after a tactful no, the help has to be real.',
          },
          next: 'what-to-say',
          recommended: true,
        },
      ],
    },
    {
      id: 'what-to-say',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '物业那个老刘我认识，我先给他打。',
            en: "I know Old Liu at the estate office. I'll ring him first.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '可我跟他咋说啊？他要问我是啥毛病，我也说不明白。',
            en: "But what do I tell him? If he asks what's wrong, I won't know how to explain it.",
          },
        },
      ],
      choices: [
        {
          id: 'brief-and-safety',
          text: {
            'zh-CN':
              '您就说：“我家表后开关烧了，要换一个，顺便查查为啥烧。”他来之前，先把空调、热水器关了，烧黑那儿别碰。',
            en: "Just say: “The switch after my meter has burnt out; please replace it and check why it burned.” Until he comes, switch off the air-con and water heater, and don't touch the scorched part.",
          },
          behaviours: ['offer-solution', 'explain'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '给他一句能原样转述的话，让电工换开关时顺便查原因，再把安全提醒落到具体电器上。客户说得清，电工才来得快；安全提醒要贯穿整个电话。',
            en: 'You gave him a sentence he can repeat word for word, had the electrician check the cause as well, and tied the safety advice to specific appliances. If he can explain it, help comes faster; safety runs through the whole call.',
          },
          next: 'closing',
          recommended: true,
        },
        {
          id: 'technical-dump',
          text: {
            'zh-CN':
              '您就跟他说，表后出线断路器烧毁，需要更换同规格的微型断路器，另外顺便检查一下户内线路的绝缘情况。',
            en: 'Tell him the post-meter outgoing circuit breaker has burnt out, needs a like-for-like MCB, and the insulation of the indoor wiring should be checked.',
          },
          behaviours: ['explain'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '内容专业，可他刚说了“说不明白”，这一串术语他记不住也转述不了，安全提醒也没有。用他的话说，别用您的话说。',
            en: 'Technically sound, but he had just said he could not explain it; he will not remember or repeat this string of terms, and there is no safety advice. Use his words, not yours.',
          },
          next: 'closing',
        },
        {
          id: 'skip-safety',
          text: {
            'zh-CN': '您就跟他说开关烧了，让他带个新的来换上就行。',
            en: 'Just tell him the switch burned out and to bring a new one to swap in.',
          },
          behaviours: ['offer-solution'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '话够简单，可漏了最要紧的安全提醒：换之前先关掉大功率电器，烧黑的地方别碰。开关为什么会烧，也该让电工顺带查一查。',
            en: 'Simple enough, but you left out the safety part: switch off the heavy appliances first and do not touch the scorched bit. The electrician should also check why it burned.',
          },
          next: 'closing',
        },
      ],
    },
    {
      id: 'closing',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '行，我记下了。', en: 'Okay, got it.' } },
        {
          text: {
            'zh-CN': '刚才冲你嚷嚷半天，是我急了，你别往心里去啊。',
            en: "Sorry for yelling at you earlier. I was in a state. Don't take it to heart.",
          },
          cue: 'softening',
        },
      ],
      choices: [
        {
          id: 'survey-ask',
          text: {
            'zh-CN': '不客气～一会儿会有满意度短信，麻烦您给个满分哦，谢谢您啦！',
            en: "No problem~ You'll get a satisfaction text in a bit. A top score would be lovely, thank you!",
          },
          behaviours: ['solicit-review', 'over-affectionate', 'premature-close'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '电还没来，就先讨好评，还带着撒娇的腔调。请客户评价可以，但要在确认他满意之后，而且要诚恳。',
            en: 'His power is not back yet and you fished for a top score in a cutesy tone. Asking for a review is fine, after you have confirmed he is satisfied, and sincerely.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'follow-and-check',
          text: {
            'zh-CN':
              '没事，谁碰上都急。明天上午十点前我回个电话，问问换好没有。今晚这么安排，您心里踏实了吗？',
            en: "No worries, anyone would be. I'll ring before 10 tomorrow morning to check it's sorted. Does tonight's plan leave you feeling settled?",
          },
          behaviours: ['follow-up', 'commit-deadline', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '接住他的歉意，约好回访时间，再真正问一句他踏不踏实。跟踪回访加满意确认，是把“被拒绝”变成“被帮助”的最后一步。',
            en: 'You accepted his apology, set a follow-up time and genuinely asked whether he feels settled. Follow-up plus a real satisfaction check is the last step in turning “refused” into “helped”.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 70 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'anything-else',
          text: {
            'zh-CN': '没事的。请问还有什么可以帮您？',
            en: 'No problem. Is there anything else I can help you with?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“还有什么可以帮您”是收线套话。他的电还没来，该确认的是他心里有没有底，而不是他还有没有别的事。',
            en: '“Anything else?” is a closing formula. His power is not back yet; what to confirm is whether he feels sorted, not whether he has more questions.',
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
            'zh-CN': '踏实了。我这就给老刘打电话。',
            en: "I'm sorted. I'll ring Old Liu right now.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '早这么说不就完了嘛……行，谢了啊，小周。',
            en: "Why didn't anyone just say that in the first place… Right, cheers, Zhou.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '唐先生没等到抢修班，却心甘情愿地找了物业电工，当晚就来了电。您没答应他“必须来修”，却接住了他真正要的：今晚有电、被人帮一把。产权分界讲得明白，拒绝说得清楚，帮助给得实在。',
        en: 'Mr. Tang never got a crew, yet he happily called the estate electrician and had power that night. You did not give in to “you have to fix it”, but you met what he really wanted: power tonight and real help. The boundary was clear, the no was clear, and the help was real.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: {
            'zh-CN': '……行吧，我自己再想想办法。',
            en: "…Fine. I'll figure something out myself.",
          },
        },
        {
          text: {
            'zh-CN': '反正打你们电话，也就这样了。',
            en: 'Calling you lot never gets me anywhere anyway.',
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '电话挂了，唐先生还是觉得自己被推开了。拒绝他的要求本身没错，可没接住他“今晚”“孩子考试”那句话、帮助给得不实在，或者没确认他是否踏实就收线，他心里记住的仍是“不归我们管”。',
        en: 'The call ended and Mr. Tang still felt pushed away. Turning down his demand was not wrong, but missing “tonight” and “the exam”, giving thin help, or closing without checking he felt settled leaves him remembering only “not our job”.',
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行了，你别跟我说了，你说了不算！',
            en: "Enough. Don't bother, you don't get a say anyway!",
          },
        },
        {
          text: {
            'zh-CN': '把你们领导叫来！今晚这事我非投诉不可！',
            en: "Put your manager on! I'm making a complaint about tonight, no matter what!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '唐先生要找领导，一件本该在电话里讲清的表后故障变成了投诉。拿规定挡、把话推给现场，或者在他还在火头上时就亮出拒绝，他听到的都只有“不管”。',
        en: 'Mr. Tang demanded a manager, and a fault past the meter that one call could have settled became a complaint. Hiding behind the rules, passing it to the crew, or saying no while he was still boiling all sounded like “not us”.',
      },
    },
    {
      id: 'ending-hung-up',
      kind: 'ending',
      outcome: 'customer-hung-up',
      lines: [
        {
          text: {
            'zh-CN': '行，你有理，你们都有理！',
            en: "Fine, you're right, you're always right!",
          },
          cue: 'rising-tone',
        },
        { text: { 'zh-CN': '我不跟你说了！', en: "I'm done talking to you!" } },
      ],
      summary: {
        'zh-CN':
          '唐先生摔了电话，家里还是黑的。说他自己弄坏的、跟他辩电费和维修是两码事，哪怕有几分道理，都让他觉得被当成了无理取闹的人。不归咎、不争辩，先帮他把电找回来。',
        en: 'Mr. Tang slammed the phone down, still in the dark. Telling him he broke it, or debating bills versus repairs, however reasonable, made him feel treated as a troublemaker. Do not blame or argue: help him get his power back first.',
      },
    },
    {
      id: 'ending-crew-turned-away',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN':
              '（一个多小时后，唐先生又打进 95598）你们的师傅来了，看一眼就说表后的不归他们管，扭头就走了！',
            en: "(An hour later, Mr. Tang calls 95598 again) Your crew came, took one look, said past the meter isn't theirs, and walked off!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '电话里是谁答应我的？我这就发到网上，让大伙儿评评这个理！',
            en: "Who promised me on the phone? I'm putting this online right now. Let everyone judge!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '为了不当场拒绝，电话里答应了派人；抢修班到了不能动手，拒绝还是来了，只是晚了一个多小时，还赔上了信用。唐先生把经过发到了网上。审慎承诺：该说的“不”，在电话里委婉而明确地说。',
        en: 'To avoid saying no on the call, a crew was promised; it arrived, could not touch the switch, and the no came anyway, an hour late and at the cost of trust. Mr. Tang posted the story online. Promise carefully: say the necessary no on the call, tactfully and clearly.',
      },
    },
  ],
};

export default powerFaultInHome;

import type { Scenario } from '../../engine/scenario-schema';

/**
 * C17 (F004), emergency repair of a line fault: a whole street dark on a stormy night, a line down
 * and sparking, a caller who has already rung 110 and 119, and an elderly father on home oxygen.
 */
const powerOutage95598: Scenario = {
  formatVersion: 1,
  id: 'power-outage-95598',
  version: 1,
  title: {
    'zh-CN': '整条街都黑了：95598 线路抢修',
    en: 'The Whole Street Went Dark: a 95598 Line Fault',
  },
  briefing: {
    'zh-CN':
      '雷雨夜，梧桐路整条街停电，路口一根线被树杈压断、落地打火。郑先生已经打过 110 和 119，这是他第三次拨 95598。现在由您来接。',
    en: 'A stormy night: all of Wutong Road is dark and a line brought down by a branch is sparking at the crossroads. Mr. Zheng has already called 110 and 119; this is his third call to 95598, and it is yours.',
  },
  industry: 'utilities',
  channel: 'phone',
  difficulty: 3,
  objectives: [
    {
      'zh-CN': '报上身份，用平稳、不腻的声音接住客户的慌张：先处理心情，再处理事情。',
      en: 'Say who you are and meet his panic with a steady voice that is warm but not syrupy: mood before matter.',
    },
    {
      'zh-CN': '引导客户把现场说清楚、复述确认，第一时间提醒远离落地的断线。',
      en: 'Get a clear account of the scene, play it back, and warn him off the fallen line at once.',
    },
    {
      'zh-CN': '听出他真正要拿的主意，给出实在的来电时间，提前说清可能要停很久。',
      en: 'Hear the decision he really has to make, give a realistic restoration time, and warn that it may take long.',
    },
    {
      'zh-CN': '约好回电、报一次进度，感谢他报修，挂机前确认他心里有底。',
      en: 'Agree a callback, give him an update, thank him for reporting, and check he feels on top of things before you hang up.',
    },
  ],
  source: { caseId: 'C17', file: 'shared/seeds/004_f8e611c461ff71b6.txt (F004)' },
  notes: {
    'zh-CN':
      '来源（F004）只给了做法，没有具体案例：设备和线路故障造成停电时客户一般较激动，有的还打 110 或 119 报警；坐席要保持头脑清醒，稳定客户情绪，引导客户把情况说清楚，提示客户注意安全，做好记录；较严重的故障要告知处理难度，让客户有较长时间停电的心理准备，避免再次报修和投诉；客户激动时音调高、语速快，坐席应以平稳、柔和的声音缓冲，但不必过于亲切，否则易生不信任。以下均为作者补充：客户郑先生及其年龄；79 岁、肺不好、夜里靠家用制氧机的父亲，家中只有一个能撑三四个小时的小氧气瓶；河对岸的姑姑家；“梧桐路”、雷雨大风、树杈压断线路、21:10 停电；这是他第三次来电，前两次只听到“已经登记，请耐心等待”；邻居老李；坐席小陈及工号 3106；抢修班 22:05 到达路口；“凌晨一两点、可能更晚”的估计；23:00 前回电和来电短信的安排；“断线可能带电、离它十米以上”的提醒（取保守的说法：电力安全规程要求室外不得靠近接地故障点 8 米以内）；老人喘得厉害就先打 120 的提醒；“一条线上的整条街没法先给一户送电”的说法；12398 投诉电话的出现；全部对话、分支、情绪数值与各结局。',
    en: 'The source (F004) gives the method but no concrete case: outages from equipment or line faults leave customers agitated, and some call 110 or 119; the seat must stay clear-headed, calm the customer, guide them to describe the situation, remind them about safety and keep a record; for serious faults, explain the difficulty so the customer is prepared for a long outage, which prevents repeat reports and complaints; an upset caller speaks high and fast, so answer in a steady, soft voice, but not overly affectionate, which breeds distrust. Authored here: Mr. Zheng and his age; his 79-year-old father with weak lungs who relies on a home oxygen concentrator at night, with only one small cylinder good for three or four hours; the aunt across the river; Wutong Road, the thunderstorm, the branch that brought the line down, the 21:10 outage; that this is his third call and the first two got only “it is logged, please be patient”; Old Li next door; the representative Chen, staff no. 3106; the crew reaching the crossroads at 22:05; the “1 or 2 a.m., maybe later” estimate; the callback before 23:00 and the restoration text; the warning that the wire may be live and to stay over ten metres away (a cautious figure: the power-safety rules keep people 8 m from an outdoor ground fault); the advice to call 120 first if the old man struggles to breathe; the point that a street on one line cannot be restored one house first; the mention of the 12398 complaints line; all dialogue, branches, mood figures and endings.',
  },
  persona: {
    name: { 'zh-CN': '郑先生', en: 'Mr. Zheng' },
    profile: {
      'zh-CN':
        '46 岁，在梧桐路的老小区住了二十多年，和 79 岁的父亲同住。老人肺不好，夜里离不开家用制氧机。郑先生平时说话就快，一急起来嗓门又高又尖，一句赶一句。',
      en: "46, has lived in an old estate on Wutong Road for over twenty years with his 79-year-old father, whose lungs are weak and who can't do without a home oxygen concentrator at night. Mr. Zheng talks fast at the best of times; when he panics his voice goes high and shrill and the words tumble over each other.",
    },
    psychology: 'anxious',
    surfaceComplaint: {
      'zh-CN':
        '整条街停电半个多小时，路口电线落地打火；打了三遍 95598，只听到“已经登记，请耐心等待”，他要一个几点来电的准话。',
      en: 'The whole street has been dark for over half an hour and a line is down and sparking at the crossroads. Three calls to 95598 got him only “it is logged, please be patient”; he wants to know exactly when the power comes back.',
    },
    realExpectation: {
      'zh-CN':
        '要一个实在的来电时间，好决定是在家等，还是趁氧气还够把父亲送到河对岸的姑姑家；要路口那根线别伤着人；要有人把他的事当回事。',
      en: "A realistic time, so he can decide whether to wait at home or move his father to his aunt's across the river while the oxygen lasts; for nobody to get hurt by the fallen line; and for someone to take him seriously.",
    },
    startingMood: { anger: 75, trust: 30 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'short', skin: 2, glasses: false },
  },
  start: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂？95598 是吧？我们梧桐路一整条街都黑了！黑了快半个钟头了！',
            en: "Hello? Is this 95598? Our whole street's gone dark, all of Wutong Road! Nearly half an hour now!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '110 我打了，119 也打了，人家说这归你们管。我打你们这儿都第三遍了，前两回就一句“已经登记，请耐心等待”，到底几点来电啊？',
            en: "I've called 110, I've called 119, and they say it's your job. This is my third call to you lot, and twice all I got was “it's logged, please be patient”. When is the power coming back?",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'steady-open',
          text: {
            'zh-CN':
              '您好，这里是 95598 供电服务热线，我是小陈，工号 3106。打了三遍还没个准话，换谁都急，真对不起。这回我来跟。外面现在什么情况？',
            en: "Hello, 95598 power hotline, Chen speaking, staff no. 3106. Three calls and still no straight answer; anyone would be frantic. I'm sorry. I'll see this through. What's happening outside?",
          },
          behaviours: [
            'self-identify',
            'acknowledge-emotion',
            'apologize',
            'own-problem',
            'ask-facts',
            'open-question',
          ],
          mood: { anger: -20, trust: 10 },
          note: {
            'zh-CN':
              '报了身份，说出他急在哪儿，先道歉、接下这件事，再用一个开放式问题请他讲现场。声音稳、话不多：先处理心情，再处理事情。',
            en: 'You gave your name and number, named why he is frantic, apologized and took the call on, then asked one open question about the scene. Steady and brief: mood before matter.',
          },
          next: 'account',
          recommended: true,
        },
        {
          id: 'sweet-open',
          text: {
            'zh-CN':
              '哎呀大哥，您别急别急哈～小陈在呢！大晚上停电是不是特别闹心呀？您慢慢说，小陈都听着呢～',
            en: "Oh dear, don't you worry now, sir~ Chen's here! A blackout at night is such a pain, isn't it? Take your time, Chen's all ears~",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'let-vent', 'over-affectionate'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '有身份、有共情，可这股甜腻劲儿对一个急得嗓子都尖了的人，听着像在哄孩子。声音要平稳柔和，但不必过于亲切，过了反而让人不信任。',
            en: 'Name and empathy are there, but to a man whose voice has gone shrill the syrup sounds like soothing a child. Steady and soft, yes; overly affectionate, no: overdo it and trust drops.',
          },
          next: 'too-sweet',
        },
        {
          id: 'soon-fix',
          text: {
            'zh-CN':
              '您好，95598。您那片的故障我们已经收到了，抢修师傅已经在路上了，很快就能来电。您先别着急，在家稍等一会儿就行。',
            en: "Hello, 95598. We've got the fault in your area, the crew's on the way and power will be back very soon. Just wait at home.",
          },
          behaviours: ['self-identify', 'offer-solution', 'over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他还在气头上，情况一句没问，您就给了个“很快”，这正是前两回让他再打进来的话。先处理心情，先听清问题，再说时间，而且要说实在的时间。',
            en: 'He is still fuming, you have asked nothing, and you hand him “very soon”: the very line that made him ring back twice. Mood first, hear the problem, then give a time, and make it a real one.',
          },
          next: 'how-soon',
        },
        {
          id: 'cold-intake',
          text: {
            'zh-CN': '请您先提供一下户号，或者详细地址，几号楼几单元，我这边好给您查询。',
            en: 'Could you give me your account number first, or your full address, building and entrance, so I can look it up?',
          },
          behaviours: ['ask-facts', 'closed-question'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '要户号、要地址，流程上没错，可电话一接通就这么开口，又不报身份，他听到的还是“登记”那一套。先报身份、接住他的急，再问信息。',
            en: 'Asking for the account number is not wrong, but opening with it, without saying who you are, sounds like the same old “it is logged”. Name yourself, meet the panic, then ask.',
          },
          next: 'flare',
        },
      ],
    },
    {
      id: 'account',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '九点十分左右，“啪”一声，全黑了。外头刮大风，路口那棵老梧桐断了根大杈，正好砸在电线上。',
            en: 'Around ten past nine there was a bang and everything went black. Big wind outside. The old plane tree at the crossroads lost a huge branch and it came down right on the line.',
          },
        },
        {
          text: {
            'zh-CN': '那线现在就耷拉在马路上，一闪一闪冒火星子！一帮半大孩子围着拿手机拍呢！',
            en: "The wire's lying across the road now, flashing and spitting sparks! A bunch of teenagers are crowding round filming it on their phones!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'dont-know',
          text: {
            'zh-CN': '线路为什么断、要修多久，这个我们这边也不知道，得等抢修人员到了现场才清楚。',
            en: "Why the line went down and how long it'll take, we don't know that here. We'll only know once the crew is on site.",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“我们也不知道”等于把他推回原地。不知道修多久，也可以说清现在知道什么、接下来做什么，更不能漏了最要紧的安全提醒。',
            en: "“We don't know” puts him right back where he started. Even without a repair time, say what you do know and what happens next, and never skip the safety warning that matters most.",
          },
          next: 'flare',
        },
        {
          id: 'confirm-and-warn',
          text: {
            'zh-CN':
              '我确认一下：九点十分停的电，树杈压断了线，线落地还在打火，对吧？那线可能带电，请马上把孩子们叫开，离它十米以上，谁都别碰。',
            en: "Let me confirm: the street went out at 9:10, a branch brought the line down, and it's sparking on the ground? That wire may be live. Get those kids at least ten metres back now, and nobody touches it.",
          },
          behaviours: ['paraphrase', 'explain'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '复述让他知道您听清了；落地打火的线就在孩子身边，安全提醒一秒都不能晚，还要说清为什么危险、离多远。抢修电话先保人身安全，再谈来电时间。',
            en: 'The playback shows you heard him, and with a live wire sparking next to children the safety warning cannot wait a second; say why it is dangerous and how far to keep back. On a repair call, safety first, restoration time second.',
          },
          next: 'when',
          recommended: true,
        },
        {
          id: 'log-it',
          text: {
            'zh-CN':
              '好的，梧桐路路口线路断落、整条街停电，情况我都记下了，已经给您登记上，标了加急。您留好电话，在家等通知就行。',
            en: "Right: line down at the Wutong Road crossroads, whole street out. I've noted it all and logged it as urgent. Keep your phone handy and wait to hear from us.",
          },
          behaviours: ['paraphrase', 'record'],
          mood: { anger: 5 },
          note: {
            'zh-CN':
              '复述、记录都做了，可落地打火的线就在孩子身边，您一句安全提醒都没有；何况“登记了，等通知”正是他前两回听到的话。',
            en: 'You played it back and logged it, but with a live wire sparking beside children you gave no safety warning, and “logged, wait to hear” is exactly what he was told twice before.',
          },
          next: 'sparks',
        },
      ],
    },
    {
      id: 'sparks',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '登记，又是登记！', en: 'Logged. Logged again!' }, cue: 'repetition' },
        {
          text: {
            'zh-CN':
              '那根线还在那儿噼里啪啦冒火呢，孩子们就在边上！你们就光登记，别的一句话都没有？',
            en: "That wire's still crackling and sparking out there with kids right next to it! All you do is log it. Nothing else to say?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'warn-now',
          text: {
            'zh-CN':
              '您说得对，这话我该先说。线可能带电，让孩子们马上退开十米以上，谁都别碰，也别拿棍子挑。',
            en: "You're right, I should have said this first. The wire may be live: get the kids at least ten metres back now. Nobody touches it, and nobody pokes it with a stick.",
          },
          behaviours: ['apologize', 'explain'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '认下自己漏了，马上补上安全提醒：为什么危险、离多远、别拿棍子挑，都说到了。认错不丢人，安全提醒晚一句也比不说强。',
            en: 'You owned the slip and gave the safety warning at once: why it is dangerous, how far back, and no sticks. Owning a mistake costs nothing, and a late warning beats none.',
          },
          next: 'when',
          recommended: true,
        },
        {
          id: 'crew-handles',
          text: {
            'zh-CN':
              '您放心，这种断线抢修人员见得多了，到了现场自然会处理，您和邻居都不用管它，在家等着就行。',
            en: "Don't worry, the crew will deal with that when they get there. It's not something you need to handle.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '“到了会处理”没回答眼下的危险：抢修还没到，孩子已经在线边上了。先告诉他现在该做什么，这是报修电话里最不能省的一句。',
            en: "“They'll handle it when they get there” ignores the danger right now: the crew is not there, the kids are. Tell him what to do now; on a repair call that is the one sentence you never skip.",
          },
          next: 'flare',
        },
      ],
    },
    {
      id: 'too-sweet',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你这腔调……我不是来听人哄的！',
            en: "What's with that tone… I didn't call to be cooed at!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '路口电线掉地上了，还在冒火，孩子们都围着看呢！你就说，你们管不管？',
            en: "There's a wire down at the crossroads, still sparking, with kids crowding round it! Just tell me: are you dealing with it or not?",
          },
        },
      ],
      choices: [
        {
          id: 'sweet-again',
          text: {
            'zh-CN':
              '管的管的，这个肯定管的呀～您放一百个心哈，师傅们马上就到啦，一会儿就来电了，您跟邻居们说别担心哦！',
            en: "Of course we are, don't you worry one bit~ The crew will be there any minute and the power's back in no time!",
          },
          behaviours: ['over-affectionate', 'over-promise'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '他刚说不想被哄，您又哄了一次，还许了个“马上”。甜腻的腔调加上空头承诺，客户只会觉得被敷衍。',
            en: 'He had just said he did not want coaxing, and you coaxed again, with an empty “any minute” on top. Syrup plus a hollow promise sounds like being fobbed off.',
          },
          next: 'ending-hung-up',
        },
        {
          id: 'sweet-recover',
          text: {
            'zh-CN':
              '对不起，我好好说。整条街停电，路口有线落地打火，对吗？线可能带电，请先把孩子们叫开，离它十米以上，谁都别碰。',
            en: 'Sorry, let me put that properly. The whole street is out and a line is down and sparking at the crossroads, right? It may be live: get the kids back over ten metres, and nobody touches it.',
          },
          behaviours: ['apologize', 'paraphrase', 'explain'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '马上收起腔调，道个歉，用平实的话复述情况，再给出具体的安全提醒。客户要的是靠得住的声音，不是甜的声音。',
            en: 'You dropped the act, apologized, played the facts back plainly and gave a concrete safety warning. He wants a voice he can rely on, not a sweet one.',
          },
          next: 'when',
          recommended: true,
        },
      ],
    },
    {
      id: 'flare',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你们是不是都一个腔调？登记、等着、不知道！',
            en: "Do you all read from the same script? Logged, wait, don't know!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我打了三遍了，三遍！线还在路口打火，家里还有老人，你们到底有没有人管？',
            en: "That's three calls, three! The wire's still sparking at the crossroads, I've got an old man at home. Is anybody actually dealing with this?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'repeat-argue',
          text: {
            'zh-CN':
              '您这个故障前两次都登记过了，工单都在系统里，抢修班也派了。说实话，您再打几遍，抢修也不会因为这个更快的。',
            en: "Your fault was logged both times before; the tickets are in the system. Honestly, calling again won't make the repair any faster.",
          },
          behaviours: ['argue'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '这是在跟他争“该不该再打”。他一遍遍打，是因为没人给过他准话；该改的是前两回的答复，不是他的电话。',
            en: 'This argues about whether he should have called again. He keeps calling because nobody gave him a straight answer; what needs fixing is the replies, not his dialling.',
          },
          next: 'ending-public-complaint',
        },
        {
          id: 'calm-down',
          text: {
            'zh-CN': '先生，您先别激动。您这么嚷，我这边也没法帮您查。',
            en: "Sir, please calm down first. I can't look into anything with you shouting like this.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“您先别激动”等于说他不该急。三通电话、落地的线、家里的老人，他急得有道理：先承认，再谈事。',
            en: '“Calm down” tells him he has no right to be frantic. Three calls, a live wire and an old man at home: he has every reason. Acknowledge it, then deal with it.',
          },
          next: 'ending-hung-up',
        },
        {
          id: 'own-and-calm',
          text: {
            'zh-CN':
              '对不起，打了三遍还听到这几句，是我们没做好，换谁都急。这回我跟到底。您说说，路口和家里现在都什么情况？',
            en: "I'm sorry. Three calls and the same few lines; we let you down, and anyone would be frantic. I'll see this through. Tell me how things are at the crossroads and at home.",
          },
          behaviours: [
            'apologize',
            'acknowledge-emotion',
            'own-problem',
            'ask-facts',
            'open-question',
          ],
          mood: { anger: -20, trust: 10 },
          note: {
            'zh-CN':
              '认下前面的答复没做好，说出他急的原因，表明这回由您负责到底，再请他讲现场和家里。首问负责，把电话拉回来。',
            en: 'You admitted the earlier answers fell short, named why he is frantic, said you own it from here, and invited him to describe the scene and home. First-contact ownership wins the call back.',
          },
          next: 'when',
          recommended: true,
        },
      ],
    },
    {
      id: 'when',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '孩子们我都轰回家了，邻居老李在路口守着呢。',
            en: "I've shooed the kids home. Old Li from next door is keeping watch at the crossroads.",
          },
        },
        {
          text: {
            'zh-CN':
              '你就给我句实话，到底几点来电？十点？十一点？我爸那制氧机一停，家里就剩个小氧气瓶，撑不了一宿，我这不得拿主意嘛！',
            en: "Just give it to me straight: when's the power back? Ten? Eleven? Dad's oxygen machine is off, all we've got is one little cylinder that won't last the night, and I've got to decide something here!",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'very-soon',
          text: {
            'zh-CN':
              '您放心，抢修班已经往您那儿赶了，这种故障一般修得挺快，很快就来电，老爷子那边肯定来得及。',
            en: "Don't worry, the crew's already heading your way. Power will be back soon; your dad will be fine.",
          },
          behaviours: ['over-promise'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '他要拿的是“等还是走”的主意，您的“很快”“肯定来得及”没有一点根据。落地断线不是半小时的活，这句安慰可能让他错过送老人走的时机。',
            en: "He has to decide whether to wait or go, and your “soon” and “he'll be fine” rest on nothing. A downed line is not a half-hour job; this comfort could make him miss the window to move his father.",
          },
          next: 'how-soon',
        },
        {
          id: 'no-idea',
          text: {
            'zh-CN': '具体几点来电，这个我们也说不准，得看现场抢修的情况，您耐心等一等。',
            en: "We can't say exactly when the power will be back; it depends on the repair work on site. Please be patient.",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“说不准，耐心等”还是前两回那一套，还把他话里的制氧机、氧气瓶整个漏掉了。说不准精确时间，也要给个实在的范围。',
            en: "“Can't say, please be patient” is the same script as before, and it drops the oxygen machine and the cylinder entirely. If you cannot give an exact time, give a real range.",
          },
          next: 'pushback',
        },
        {
          id: 'probe-oxygen',
          text: {
            'zh-CN':
              '您是怕老爷子的氧气撑不到来电，得趁早定下来是等还是送走，对吗？老人家这会儿喘得厉害吗？',
            en: "You're worried Dad's oxygen won't last till the power's back, so you need to decide now whether to wait or move him, right? How is his breathing?",
          },
          behaviours: ['acknowledge-emotion', 'paraphrase', 'probe-expectation', 'ask-facts'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '他嘴上问“几点”，心里要拿的是“等还是走”的主意。把这层意思说出来，再问清老人的情况，后面给的时间才说得到点子上。',
            en: 'He asks “what time”, but what he must decide is whether to wait or go. Saying that back, then asking about his father, is what makes any time you give actually useful.',
          },
          next: 'estimate',
          recommended: true,
        },
      ],
    },
    {
      id: 'pushback',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '说不准？你们自己的线，你们说不准谁说得准？',
            en: "Can't say? It's your own line. If you can't say, who can?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我跟你说了我爸靠氧气，你压根没听进去是吧？',
            en: "I told you my dad's on oxygen. You didn't even hear that, did you?",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'own-the-slip',
          text: {
            'zh-CN':
              '对不起，是我没接住。您是担心老爷子的氧气撑不到来电，得赶紧拿主意，对吗？老人家现在怎么样？',
            en: "I'm sorry, I missed that. You're worried Dad's oxygen won't last until the power's back and you need to decide fast, is that it? How is he right now?",
          },
          behaviours: ['apologize', 'paraphrase', 'probe-expectation', 'ask-facts'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '认下自己漏听了，马上把他的担心复述出来，再问老人现在的情况。漏掉线索不可怕，被提醒了还接不住才可怕。',
            en: 'You owned the miss, played his worry back at once, and asked about his father. Missing a cue happens; failing to pick it up once reminded is what loses the call.',
          },
          next: 'estimate',
          recommended: true,
        },
        {
          id: 'hotline-argue',
          text: {
            'zh-CN':
              '先生，我这边是热线，不在现场，线路怎么修、修多久，我确实没法替抢修班定，这个还得请您理解一下。',
            en: "Sir, I'm on the hotline, not on site. I honestly can't set the repair time for the crew; you'll have to understand that.",
          },
          behaviours: ['argue'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '“您得理解”是在要客户体谅您，而不是您去体谅他。他刚指出您漏掉了他父亲用氧的事，这时候辩解，只会让他认定没人在听。',
            en: "“You'll have to understand” asks him to sympathize with you, not the other way round. He had just pointed out you missed his father's oxygen; defending yourself now tells him nobody is listening.",
          },
          next: 'ending-public-complaint',
        },
      ],
    },
    {
      id: 'estimate',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '……对，就这事儿。', en: "…Yes. That's the thing." }, cue: 'softening' },
        {
          text: {
            'zh-CN':
              '他这会儿还行，坐着呢，就是有点喘。氧气瓶我刚看了，表针还在一半多。你就直说，等得起等不起？',
            en: "He's all right for now, sitting up, a bit short of breath. I just checked the cylinder, the gauge is just over half. Tell me straight: can we wait or not?",
          },
        },
      ],
      choices: [
        {
          id: 'priority-promise',
          text: {
            'zh-CN':
              '老人用氧可是大事！我马上给您家标个特殊加急，让抢修班到了先给您家送电，最多一个钟头，您就在家等着吧。',
            en: "Oxygen for an elderly man is serious! I'll flag your home as urgent so the crew restores you first. An hour at most.",
          },
          behaviours: ['offer-solution', 'commit-deadline', 'over-promise'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '心是好的，可一整条街走的是同一条线，抢修班没法先给一户送电，“最多一个钟头”也没有根据。审慎承诺：做不到的话说出口，就是下一次投诉。',
            en: 'Kind intent, but the whole street hangs off one line, the crew cannot power one house first, and “an hour at most” has no basis. Promise carefully: what you cannot deliver becomes the next complaint.',
          },
          next: 'how-soon',
        },
        {
          id: 'honest-estimate',
          text: {
            'zh-CN':
              '说实话：断线要先隔离再换线，今晚风大，按经验得凌晨一两点，可能更晚。半瓶氧气怕撑不到，我建议别等。老人要是越喘越厉害，马上打 120。',
            en: "Straight answer: isolate, then replace the line; in this wind, likely 1 or 2 a.m., maybe later. Half a cylinder may not last. I'd say don't wait. If his breathing gets worse, call 120 at once.",
          },
          behaviours: ['explain', 'set-expectations'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '给了实在的范围，说清可能更晚，帮他把“等还是走”落了地，还提醒了情况不对先打 120。长时间停电要事先讲明，但坏消息要在他情绪稳住、觉得被听见之后说，才接得住。',
            en: 'A real range, a warning that it may run later, help landing the wait-or-go decision, and 120 if his father gets worse. Warn of a long outage up front, but deliver bad news once he has calmed and feels heard, or it will not land.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'decide',
          },
          recommended: true,
        },
        {
          id: 'med-deflect',
          text: {
            'zh-CN':
              '老人家身体的事我们也不懂，这个得您自己拿主意。我们这边只能尽快抢修，时间真保证不了。',
            en: "We're not the experts on your father's health; that's your call. All we can do is repair it as fast as we can. I really can't guarantee a time.",
          },
          behaviours: ['deflect', 'set-expectations'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '“我们不懂、您自己拿主意”把老人的事推了回去，又只说“保证不了”，他还是没法拿主意。说不准也要给个实在的范围；老人喘得厉害，要提醒他先打 120。',
            en: "“Not our field, your call” pushes his father back at him, and “can't guarantee” still leaves him unable to decide. Even when you cannot be exact, give a real range; if the old man is struggling to breathe, tell him to call 120 first.",
          },
          next: 'decide',
        },
      ],
    },
    {
      id: 'how-soon',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你别光拿好听的话哄我！前两回电话也是这么说的，结果呢？',
            en: "Don't just feed me nice words! That's what the last two calls said too, and look where we are.",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我就问一句：到底几点？我爸那制氧机还停着呢，你给个准点儿！',
            en: "One question: what time, exactly? My dad's oxygen machine is still off. Give me an actual time!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'firm-hour',
          text: {
            'zh-CN': '您放心，我跟您保证，最多一个钟头，十一点前肯定来电。',
            en: 'You have my word: an hour at most. The power will be back before eleven.',
          },
          behaviours: ['commit-deadline', 'over-promise'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '为了让他别再追问，您把“很快”换成了“十一点前”，可这个点谁也保证不了。审慎承诺：没把握的时间一出口，到点不来电就是一次升级的投诉。',
            en: 'To stop the questions you swapped “soon” for “before eleven”, which nobody can guarantee. Promise carefully: a time you cannot keep becomes an escalated complaint the moment it passes.',
          },
          next: 'ending-on-record',
        },
        {
          id: 'come-clean',
          text: {
            'zh-CN':
              '对不起，刚才那句是我说得不负责任。实话是：断线要先隔离再换线，按经验得凌晨一两点，也可能更晚。老人要是喘得厉害，先打 120。',
            en: "I'm sorry, that was irresponsible of me. The truth: the line has to be isolated, then replaced; from experience that's 1 or 2 a.m., maybe later. If your dad's breathing gets bad, call 120 first.",
          },
          behaviours: ['apologize', 'explain', 'set-expectations'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '马上收回轻率的话，道歉，给实在的范围，还提醒了老人不舒服先打 120。说错了就早改口：实话越早说，客户越来得及拿主意，也越容易接受。',
            en: 'You withdrew the careless words at once, apologized, gave a real range and told him to call 120 if his father gets worse. Correct a slip early: the sooner the truth, the more time he has to decide and the easier it lands.',
          },
          next: 'decide',
          recommended: true,
        },
        {
          id: 'time-argue',
          text: {
            'zh-CN':
              '先生，抢修时间得看现场情况，谁也变不出一个准点来。您一直这么逼我，我也不能瞎编个时间糊弄您啊。',
            en: "Sir, the repair time depends on the site; nobody can conjure an exact time. Pushing me like this won't get you a made-up one.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '不编时间是对的，可“您一直逼我”把矛头对准了客户。先认下前面说错了，再给出实在的范围，而不是跟他争。',
            en: 'Refusing to invent a time is right, but “you keep pushing me” turns it on him. Own the earlier slip and give a real range instead of arguing.',
          },
          next: 'ending-hung-up',
        },
      ],
    },
    {
      id: 'decide',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '……那看来是等不起了。', en: "…So we can't wait, then." } },
        {
          text: {
            'zh-CN':
              '行，我这就把我爸送他妹妹家去，河对岸，开车十来分钟。就怕我这一走，来没来电都不知道，还得隔一个钟头打一遍。',
            en: "Right, I'll take Dad over to his sister's across the river, ten minutes' drive. But once I'm gone I won't know if the power's back. I'll be ringing you every hour.",
          },
        },
      ],
      choices: [
        {
          id: 'sms-only',
          text: {
            'zh-CN': '来电以后系统会自动给您发短信，您留意手机就行。',
            en: 'The system will text you automatically once the power is back. Just keep an eye on your phone.',
          },
          behaviours: ['offer-solution'],
          mood: {},
          note: {
            'zh-CN':
              '短信通知是个办法，可凌晨一两点之前他什么都听不到。约一个中间的回电时间、报一次进度，他心里才有底。',
            en: 'A text is something, but until 1 or 2 a.m. he will hear nothing. A callback in between, with an update, is what lets him rest easy.',
          },
          next: 'crew',
        },
        {
          id: 'callback-plan',
          text: {
            'zh-CN':
              '不用您一遍遍打。我把您手机和老人用氧的情况记进工单，23:00 前先打给您报进度，来电后还有短信。',
            en: "You won't need to keep calling. I'm putting your mobile and your father's oxygen on the ticket. I'll ring you with an update before 23:00, and you'll get a text when power's back.",
          },
          behaviours: ['callback-promise', 'commit-deadline'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '他怕的是人一走就断了消息。给出具体的回电时间，再加上来电短信，他不用再反复打 95598：这就是提前把期望管住。',
            en: 'His fear is losing track once he leaves. A set callback time plus a restoration text means no more repeat calls to 95598: that is managing expectations before they sour.',
          },
          next: 'crew',
          recommended: true,
        },
        {
          id: 'call-again',
          text: {
            'zh-CN':
              '您家里一来电，灯一亮自然就知道了，不用专门通知。要是到凌晨还没来，您再打 95598 问一下进度就行。',
            en: "You'll know when the lights come on at home. If it's still off in the small hours, just call 95598 again.",
          },
          behaviours: ['deflect'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '他刚说不想隔一个钟头打一遍，您又让他“再打”。首问负责：后续进度该由这边主动给，不该让客户追着问。',
            en: 'He had just said he did not want to ring every hour, and you told him to ring again. First-contact ownership: updates should come from you, not be chased by him.',
          },
          next: 'crew',
        },
      ],
    },
    {
      id: 'crew',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '行。', en: 'Okay.' } },
        {
          text: {
            'zh-CN': '那抢修的人到底来了没有？我刚从窗户往外瞅，路口黑咕隆咚的，一个人影都没有。',
            en: 'So has the crew actually turned up? I just looked out of the window and the crossroads is pitch black. Not a soul.',
          },
        },
      ],
      choices: [
        {
          id: 'guess-soon',
          text: {
            'zh-CN': '应该快到了，一般接单后半小时之内都能到现场，您再等等。',
            en: "They should be nearly there. They're usually on site within half an hour of getting the job. Give it a bit.",
          },
          behaviours: ['over-promise'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '“应该”“一般”是猜，不是查。他问的是事实：查得到就查，查不到就说正在查，别拿经验值当答复。',
            en: '“Should be” and “usually” are guesses, not checks. He asked for a fact: look it up, or say you are looking, but do not pass off a rule of thumb as an answer.',
          },
          next: 'closing',
        },
        {
          id: 'rough-hold',
          text: { 'zh-CN': '您等一下。', en: 'Hang on.' },
          behaviours: ['rough-hold'],
          mood: { anger: 5 },
          note: {
            'zh-CN':
              '一句“您等一下”就没了声音，他不知道您去干什么、要等多久。请客户稍等，要说清原因和大概时间。',
            en: 'A bare “hang on” and then silence: he has no idea what you are doing or for how long. When you put someone on hold, give the reason and roughly how long.',
          },
          next: 'hold-back',
        },
        {
          id: 'proper-hold',
          text: {
            'zh-CN': '我马上在系统里查抢修班到哪儿了，大概半分钟，您别挂。',
            en: "I'll check in the system where the crew is right now. About thirty seconds; please stay on the line.",
          },
          behaviours: ['hold'],
          mood: {},
          note: {
            'zh-CN':
              '说清楚去干什么、要多久，他就不会在沉默里干着急。规范地请客户稍等，本身就是一种安抚。',
            en: 'Saying what you are doing and for how long keeps him from stewing in silence. A proper hold is itself reassurance.',
          },
          next: 'hold-back',
          recommended: true,
        },
      ],
    },
    {
      id: 'hold-back',
      kind: 'decision',
      lines: [{ text: { 'zh-CN': '……喂？查到没有啊？', en: '…Hello? Found anything?' } }],
      choices: [
        {
          id: 'crew-update',
          text: {
            'zh-CN':
              '让您久等了。抢修班 22:05 已到路口，正在拉闸隔离断线。您送老人出门时，绕开路口走。',
            en: 'Thanks for waiting. The crew reached the crossroads at 22:05 and is switching off and isolating the broken line. When you take your dad out, go round the crossroads.',
          },
          behaviours: ['progress-update', 'explain'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '先说“让您久等了”，再报实打实的进度，顺手把出门的安全路线也交代了。进度反馈要具体，安全提醒要贯穿始终。',
            en: '“Thanks for waiting”, a concrete update, and the safe route out as well. Updates should be specific, and safety runs through the whole call.',
          },
          next: 'closing',
          recommended: true,
        },
        {
          id: 'no-location',
          text: {
            'zh-CN':
              '让您久等了。单子已经派下去了，不过系统里暂时看不到抢修班的具体位置，也说不好他们现在到没到。',
            en: "Thanks for waiting. The job's been dispatched, but the system doesn't show exactly where the crew is yet.",
          },
          behaviours: ['progress-update'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '查不到也如实反馈，这一点是对的；可只说“看不到”，他还是心里没底。补一句下一步怎么办、什么时候再告诉他，效果会好得多。',
            en: "Reporting honestly even with nothing to show is right, but “can't see it” alone leaves him hanging. Add what happens next and when he will hear again.",
          },
          next: 'closing',
        },
      ],
    },
    {
      id: 'closing',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '行……总算有句准话了。', en: 'Right… finally, a straight answer.' },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '刚才我嗓门大，你别往心里去啊。那就这样？',
            en: "Sorry I was shouting earlier, don't take it personally. So, that's it then?",
          },
        },
      ],
      choices: [
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
              '这是收线套话，不是满意度确认。他那句“那就这样？”心里还悬着，您该问的是他踏不踏实。',
            en: "A stock closing line, not a satisfaction check. His “so that's it?” was still uncertain; ask whether he feels settled.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'sweet-bye',
          text: {
            'zh-CN': '哎呀不会不会～您路上慢点哈，有事随时找小陈哦，拜拜～',
            en: 'Oh, not at all~ Drive safe, okay? Call Chen any time, bye-bye~',
          },
          behaviours: ['over-affectionate', 'premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '腔调又甜回去了，还顺势挂了电话。家里有用氧的老人，他这时要的是一句稳稳的确认，不是客套。',
            en: 'The syrup is back, and you used it to hang up. With an old man on oxygen at home, he needs a steady check that he is covered, not pleasantries.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'real-close',
          text: {
            'zh-CN':
              '您别这么说，断线是您及时报上来的，谢谢您。这么安排，您心里有底了吗？还有哪儿不放心，现在就跟我说。',
            en: 'Not at all. You reported that line in time, thank you. Does this plan leave you feeling on top of things? If anything still worries you, tell me now.',
          },
          behaviours: ['thank', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '谢谢他报修，再真正问一句他心里有没有底。满意要确认，不能靠猜；挂机前给他留一个把担心说出来的口子。',
            en: 'You thanked him for reporting and genuinely asked whether he feels settled. Satisfaction is confirmed, not assumed: leave him room to voice a last worry before you hang up.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 70 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
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
            'zh-CN': '有底了。我这就扶我爸下楼，送他过去。',
            en: "I'm sorted. I'll help Dad downstairs and take him over now.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '今晚总算有个人跟我说了句实在话。十一点我等你电话啊，小陈。',
            en: 'Tonight someone finally gave me a straight answer. I will wait for your call at eleven, Chen.',
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生趁氧气还够，把父亲送到了河对岸，没有再第四次拨 95598。您稳住了声音、先提醒了安全，听出他真正要拿的是“等还是走”的主意，给了实在的时间、报了进度、约好了回电。',
        en: 'Mr. Zheng moved his father across the river while the oxygen lasted and never made a fourth call to 95598. You kept your voice steady, put safety first, heard that his real question was wait or go, and gave him a realistic time, an update and a callback.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        { text: { 'zh-CN': '……行吧，就这样吧。', en: "…Fine. Let's leave it there." } },
        {
          text: {
            'zh-CN': '反正今晚是指望不上了，我自己看着办。',
            en: "There's no counting on anything tonight anyway. I'll work it out myself.",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '电话挂了，郑先生心里还是悬着。没有实在的时间、没有说到做到的进度，或者没确认他是否真的有底就收线，他多半还会再打进来，事情也就算不上办好。',
        en: 'The call ended with Mr. Zheng still on edge. Without a realistic time, an update you actually delivered, or a real check that he felt covered, he will most likely call again, and the job is not really done.',
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '凌晨一两点？！折腾了半天，就等来这么一句？',
            en: "1 or 2 a.m.?! All this runaround, and that's what I get?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '你们拿老百姓当什么了！把你们领导叫来，我要投诉！',
            en: 'What do you take people for? Put your manager on. I want to make a complaint!',
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生要找领导，投诉升级了。“凌晨一两点”本身没说错，错在说的时候：他还在气头上，前面的答复又让他觉得没人在听，坏消息一到就炸了。先稳住情绪、接住他真正的担心，再讲可能要停很久。',
        en: 'Mr. Zheng demanded a manager and the complaint went up a level. “1 or 2 a.m.” was not wrong; the timing was. He was still boiling and felt unheard, so the bad news set him off. Calm him and pick up his real worry first, then warn that the outage may be long.',
      },
    },
    {
      id: 'ending-on-record',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '十一点是吧？行，我记下你工号了，3106。',
            en: 'Eleven, is it? Right, I have written down your number: 3106.',
          },
        },
        {
          text: {
            'zh-CN': '到点要是还黑着，我直接打 12398 投诉你们！',
            en: "If it's still dark by then, I'm calling 12398 and filing a complaint against you!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '郑先生暂时挂了电话，却把“十一点”和您的工号一起记下了。落地断线凌晨才修得好，这个承诺到点一定落空，投诉已经在路上；他也可能因此没把老人及时送走。',
        en: 'Mr. Zheng rang off for now, but wrote down “eleven” along with your staff number. A downed line will not be fixed before the small hours, so the promise is bound to fail and the complaint is already on its way; worse, he may not have moved his father in time.',
      },
    },
    {
      id: 'ending-hung-up',
      kind: 'ending',
      outcome: 'customer-hung-up',
      lines: [
        {
          text: {
            'zh-CN': '行了行了，跟你说不通！',
            en: "Forget it, forget it. There's no talking to you!",
          },
          cue: 'rising-tone',
        },
        { text: { 'zh-CN': '我自己想办法！', en: "I'll sort it out myself!" } },
      ],
      summary: {
        'zh-CN':
          '郑先生挂断了电话，老人的氧气、路口的断线、来电的时间，一样都没落实。他急得有道理：否认他的情绪、跟他争，或者一味哄着他，都会让他觉得没人在认真对待他。',
        en: "Mr. Zheng hung up with nothing settled: not his father's oxygen, not the fallen line, not the restoration time. He had every reason to be frantic; denying it, arguing with him or just cooing at him all told him nobody was taking him seriously.",
      },
    },
    {
      id: 'ending-public-complaint',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '好，你们就这态度是吧？',
            en: "Right. So that's your attitude, is it?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '我这就从窗户把路口那根冒火的线拍下来，连这通电话一起发到网上，让大伙儿都看看你们怎么办事的！',
            en: "I'm filming that sparking wire from my window right now and putting it online with this call. Let everyone see how you lot work!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生把落地打火的断线和这通电话一起发到了网上。一个本该由抢修解决的停电，变成了公开的服务投诉。他反复来电是因为没人给准话，跟他争对错，只会把他推到公众面前。',
        en: 'Mr. Zheng posted the sparking line, and the story of this call, online. An outage that repairs would have fixed became a public complaint about service. He kept calling because nobody gave him a straight answer; arguing with him pushed him in front of an audience.',
      },
    },
  ],
};

export default powerOutage95598;

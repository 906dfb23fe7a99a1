import type { Scenario } from '../../engine/scenario-schema';

/**
 * C20 (F003, F004): a defect found after a new car's delivery. The dealer's own complaint rules say
 * problems missed at the delivery inspection are compensated first and responsibility pursued
 * later; customer misuse is raised only on firm evidence. The customer and the visit are authored.
 */
const carDeliveryDefect: Scenario = {
  formatVersion: 1,
  id: 'car-delivery-defect',
  version: 1,
  title: {
    'zh-CN': '新车提了三天',
    en: 'Three Days Off the Lot',
  },
  briefing: {
    'zh-CN':
      '郑先生提车才三天，发现车门上一道划痕，门板还咯噔作响。他开回店里，站在售后前台，一脸失望，怀疑自己买到了“问题车”。您是服务顾问。',
    en: 'Mr. Zheng collected his new car three days ago. Now there is a scratch on a door and a rattling panel. He has driven back to the dealer and is standing at the service desk, disappointed and suspecting he was sold a "problem car". You are the service advisor.',
  },
  industry: 'automotive',
  channel: 'counter',
  difficulty: 3,
  objectives: [
    {
      'zh-CN': '放下手上的事，先致歉、先共情，请客户带您看车、把问题说全。',
      en: 'Drop what you are doing, apologize and empathize first, and let him show you the car and tell you everything.',
    },
    {
      'zh-CN': '记录并核实交车检验记录；没有确凿证据，不暗示是客户自己弄的，也不拿签字堵他。',
      en: "Record and check the delivery inspection record; without firm evidence, never hint it was his doing, and don't hold his signature against him.",
    },
    {
      'zh-CN': '听出他对“问题车”的担心，用记录和检测数据打消它。',
      en: 'Hear his fear of a "problem car" and answer it with records and measurements.',
    },
    {
      'zh-CN': '先行赔付：先给修复时间、代步车和有限度的补偿，再查交检流程，按约反馈、回访。',
      en: 'Compensate first: a repair date, a loan car and bounded goodwill; then look into the inspection process and report back as promised.',
    },
  ],
  source: {
    caseId: 'C20',
    file: 'shared/seeds/003_246d957d77303b28.txt (F003); shared/seeds/004_f8e611c461ff71b6.txt (F004)',
  },
  notes: {
    'zh-CN':
      '来源：F003 的经销商《客户投诉抱怨处理制度》——投诉来源含主机厂工单、上门投诉等；接到投诉应详细记录；工作人员态度问题要致歉、化解、找原因、提预防办法；用户使用不当须在“有确凿证据后”耐心解释；“交车检验未发现的问题：先行赔付，再追究相关责任人责任”。F004 的汽车销售九步：交车要按约定交付洁净、无缺陷的车，跟踪服务是客户体验经销商服务的开始。以下均为作者补充：客户郑先生（33 岁，中学物理老师，第一台车，贷款购买，落地约 16.8 万元）；车型与品牌不具名；提车三天后发现右后门把手下方一道约 10 厘米长的划痕、左前门板过减速带异响；服务顾问赵晴；交检单、运输记录、入库照片、漆膜厚度检测的核对过程与结果（漆膜一致、运输无事故、入库照片上已有划痕）；检查员漏看把手下方、门板漏装一个卡扣的原因；次日 17:00 前修好、代步车、免费保养或 800 元精品券二选一、改为两人复检、下周三回访；车友群、汽车论坛、厂家 400 热线等说法（均不指向真实平台）；全部对话、分支、情绪数值与各结局。',
    en: 'Sources: the dealer complaint procedure in F003 (complaint sources include manufacturer tickets and walk-ins; record every complaint in detail; for staff-attitude complaints apologize, defuse, find the cause and prevent it; explain customer misuse only "once there is firm evidence"; "problems missed at the delivery inspection: compensate first, then pursue the responsible staff"), and the car-sales nine steps in F004 (deliver a clean, defect-free car on the agreed date; follow-up is the customer\'s first taste of the dealer\'s service). Authored here: Mr. Zheng (33, secondary-school physics teacher, first car, on a loan, about ¥168,000 on the road); the unnamed make and model; the scratch about 10 cm long under the rear right handle and the front left panel rattling over speed bumps, found three days after delivery; service advisor Zhao Qing; the checks of the delivery sheet, transport log, arrival photos and paint-thickness readings, and what they show (even paint, no transport incident, the scratch already visible in the arrival photos); the cause (the inspector missed the area under the handle; one panel clip was left off); the repair by 17:00 next day, the loan car, the choice of a free service or an ¥800 accessories voucher, the switch to two-person inspection and the call next Wednesday; the owners\' group chat, the car forums and the manufacturer\'s 400 hotline (none of them a real platform); all dialogue, branches, mood figures and endings.',
  },
  persona: {
    name: { 'zh-CN': '郑先生', en: 'Mr. Zheng' },
    profile: {
      'zh-CN':
        '33 岁，中学物理老师。攒了几年首付，贷款买了人生第一台车，比了三家店才定下来。提车那天拍了一堆照片发朋友圈，三天后就发现了毛病。话不多，但句句带刺，爱讲证据。',
      en: "33, a secondary-school physics teacher. He saved for years for the down payment, took a loan for his first car and compared three dealers before choosing. He posted a stack of photos on delivery day; three days later he found the faults. He doesn't say much, but what he says has an edge, and he likes evidence.",
    },
    psychology: 'post-purchase-doubter',
    surfaceComplaint: {
      'zh-CN': '新车右后门有一道划痕，左前门板过坎咯噔作响，才提车三天。',
      en: 'A scratch on the rear right door and a front left panel that clunks over bumps, three days after delivery.',
    },
    realExpectation: {
      'zh-CN':
        '尽快修好或得到公道的补偿，更要确认这台车底子没问题，不是磕过修过再卖给他的“问题车”。',
      en: 'A quick repair or fair compensation, and above all reassurance that the car itself is sound, not a damaged-and-patched "problem car" sold to him as new.',
    },
    startingMood: { anger: 62, trust: 20 },
    agitatedAt: 60,
    appearance: { age: 'young', hair: 'short', skin: 1, glasses: true },
  },
  start: 'arrival',
  nodes: [
    {
      id: 'arrival',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你好。这车大前天刚在你们这儿提的，你们自己出去看看吧。',
            en: 'Hi. I picked this car up from you three days ago. Go out and have a look for yourselves.',
          },
        },
        {
          text: {
            'zh-CN': '车门上一道印子，开起来门板还咯噔咯噔响。新车啊，才开了三天！',
            en: "There's a mark on the door, and the door panel clunks when I drive. It's a new car! Three days!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'finish-this-first',
          text: {
            'zh-CN':
              '您稍等一下啊，我先把这位客户的结算单打完，他赶时间等着走呢，我这边弄完马上就过来给您看。',
            en: "Just a moment, I'll finish printing this customer's bill first. He's waiting to leave. I'll be right with you once it's done.",
          },
          behaviours: ['keep-waiting'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他憋着一肚子气进门，您却让他站在一边看您忙别人的事。不让客户干等：手上的活请同事接一下，至少说清要等多久。',
            en: "He walked in with a head of steam and you left him standing there watching you serve someone else. Don't leave an upset customer waiting: hand the job to a colleague, or at least say how long.",
          },
          next: 'flare',
        },
        {
          id: 'signed-at-delivery',
          text: {
            'zh-CN':
              '先生，交车那天外观是跟您一起检查过的，交车单上您也签了字确认，当时没提出来呀。',
            en: "Sir, we went over the exterior with you on delivery day, and you signed the handover sheet. You didn't raise anything then.",
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '拿签字堵他，等于说“是您自己没看仔细”。店里的规矩写得明白：交车检验没发现的问题，先行赔付，再追究相关责任人。坚决避免与客户争执。',
            en: 'Holding up his signature says "you didn\'t look properly". Our own rules are clear: problems missed at the delivery inspection are compensated first, responsibility pursued later. Never argue with the customer.',
          },
          next: 'flare',
        },
        {
          id: 'greet-apologize',
          text: {
            'zh-CN':
              '先生您好，我是服务顾问赵晴。新车才三天就这样，换谁都闹心，真对不起。您带我去看看？',
            en: "Hello, sir, I'm Zhao Qing, a service advisor here. Three days into a new car and this happens; anyone would be upset. I'm sorry. Will you show me?",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'apologize', 'let-vent'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '放下手上的事，报身份、说出他的闹心、诚恳致歉，再请他带您去看车。先处理心情再处理事情；让客户自己把问题指出来，他才觉得被当回事。',
            en: "You put down what you were doing, gave your name, named his frustration, apologized and asked him to show you. Mood before matter; letting him point out the faults himself shows you're taking him seriously.",
          },
          next: 'at-the-car',
          recommended: true,
        },
        {
          id: 'quick-fix-promise',
          text: {
            'zh-CN': '您别着急，划痕补个漆、门板紧一紧就好了，都是小毛病，今天就能给您弄好。',
            en: "Don't worry, we'll touch up the paint and tighten the panel. They're small things; we can sort them today.",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '还没看车就说“小毛病”“今天弄好”，他听到的是您没把他的事当回事。先处理心情、先听清问题，办法要在看过车之后再给。',
            en: 'Calling it "small things" and "sorted today" before seeing the car tells him you don\'t take it seriously. Mood first, hear the problem out, and offer a fix only once you\'ve seen the car.',
          },
          next: 'flare',
        },
      ],
    },
    {
      id: 'flare',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '十几万买的车，提回去三天就出毛病，我过来说一声，你们就这态度？',
            en: "I paid over a hundred grand for this car, it's faulty three days later, I come in to tell you, and this is the attitude I get?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '是不是非得我打厂家 400 热线，你们才肯好好说话？',
            en: "Do I have to ring the manufacturer's 400 hotline before you'll talk to me properly?",
          },
        },
      ],
      choices: [
        {
          id: 'calm-down-sir',
          text: {
            'zh-CN':
              '先生，您先别激动，有问题我们肯定会给您处理的。再说厂家热线您打了，最后也还是转回我们店里来处理。',
            en: 'Sir, please calm down, we will deal with it. Besides, if you call the hotline it just comes back to us anyway.',
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“您先别激动”否认了他的情绪，后半句还暗示投诉也没用。不否认客户的情绪，更不要把他往外推。',
            en: '"Please calm down" denies his feelings, and the second half hints that complaining is pointless. Never deny the customer\'s feelings, and never dare him to go elsewhere.',
          },
          next: {
            branches: [{ when: { anger: { atLeast: 85 } }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'sorry-show-me',
          text: {
            'zh-CN':
              '对不起，是我刚才没把您的事当回事。新车提三天就出毛病，您窝火是应该的。走，您一处一处指给我看。',
            en: "I'm sorry, I didn't take you seriously just now. A new car faulty after three days, of course you're fed up. Come on, show me each thing.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'let-vent'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先认下自己刚才的怠慢，说出他窝火的理由，再请他带您看车。认错不丢人，这是把局面拉回来最快的办法。',
            en: 'You owned the brush-off, named why he is angry, then asked him to show you the car. Admitting a slip costs nothing, and it is the quickest way to win the visit back.',
          },
          next: 'at-the-car',
          recommended: true,
        },
        {
          id: 'could-be-parking',
          text: {
            'zh-CN': '我们交出去的车都是检查过的。这三天车停在哪儿、开过哪儿，我们也不清楚啊。',
            en: "Every car we hand over is checked. Where it's been parked or driven these three days, we've no way of knowing.",
          },
          behaviours: ['blame'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '没有任何证据，就把问题往客户这三天的用车上引。店里规定，客户使用不当要有确凿证据才能说。不归咎客户。',
            en: "With no evidence at all, you steered the fault onto how he used the car. Our own rules say misuse is raised only on firm evidence. Don't blame the customer.",
          },
          next: {
            branches: [{ when: { anger: { atLeast: 85 } }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
      ],
    },
    {
      id: 'at-the-car',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你看这儿，右后门把手底下，这么长一道，指甲都能抠着。',
            en: 'Look here, under the rear right door handle. That long. You can catch it with a fingernail.',
          },
        },
        {
          text: {
            'zh-CN': '还有这个，左前门板。你上来坐着，一过减速带就咯噔咯噔的，跟要散架似的。',
            en: "And this one, the front left door panel. Get in, go over a speed bump, and it clunks like it's falling apart.",
          },
          cue: 'exaggeration',
        },
      ],
      choices: [
        {
          id: 'parked-outside',
          text: {
            'zh-CN':
              '这道印子……您这几天停车，是不是停小区路边了？有时候就是电动车把手给刮的，这种情况我们见得挺多的。',
            en: "This mark… have you been parking on the street by your estate? Sometimes it's an e-bike handlebar that catches it. We see that a lot, to be honest.",
          },
          behaviours: ['blame'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '没有证据，就暗示是他自己停车被刮的，正戳中他最怕的地方。规定写着：使用不当要有确凿证据才能提；交检没发现的，先行赔付。',
            en: 'With no evidence you hinted he got it scratched himself, right where it hurts most. The rules say misuse needs firm evidence; anything the delivery check missed is compensated first.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'record-and-ask',
          text: {
            'zh-CN':
              '我记下了：右后门把手下方约 10 厘米长的划痕，左前门板过坎异响。除了这两处，还有哪儿不对劲？',
            en: 'Noted: a scratch about 10 cm long under the rear right handle, and the front left panel rattling over bumps. Apart from those two, is anything else bothering you?',
          },
          behaviours: ['record', 'paraphrase', 'ask-facts', 'open-question'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '边看边记，把位置、大小、现象念回给他核对，再用开放式问题问还有没有别的。先听清问题再解决问题，也让他看到您在认真对待。',
            en: 'You noted it as you looked, read the position, size and symptom back to him, and asked openly if there was anything else. Hear the whole problem first, and let him see you taking it seriously.',
          },
          next: 'doubt',
          recommended: true,
        },
        {
          id: 'polish-it-out',
          text: {
            'zh-CN': '这种浅划痕抛个光就看不出来了，门板多半是卡扣松了，摁一下就好，您不用太担心。',
            en: "A light scratch like that polishes right out, and the panel's probably a loose clip; one push and it's fixed. Nothing to worry about.",
          },
          behaviours: ['explain', 'offer-solution'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '看了一眼就下结论，“抛个光”“摁一下”，把他的新车问题说成小事。没记录、没核实就给方案，他心里的疙瘩一点没碰到。先听清问题再解决问题。',
            en: 'One glance and a verdict — "polish it", "one push" — makes his new-car problem sound trivial. A fix with no record and no check leaves his real worry untouched. Hear the problem out before solving it.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'still-doubt',
          },
        },
      ],
    },
    {
      id: 'doubt',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '就这两处。还不够啊？',
            en: "Just those two. Isn't that enough?",
          },
        },
        {
          text: {
            'zh-CN':
              '其实补漆、修门板都好说，修就修呗。我怕的是这车底子就有问题——才三天就这儿响那儿划的，谁知道是不是运输路上磕过、修好了又卖给我的？',
            en: "Honestly, a bit of paint and a door panel, fine, fix them. What worries me is whether the car itself is bad — three days in and it's rattling here, scratched there. Who's to say it wasn't knocked in transit, patched up and sold to me?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'repair-by-tomorrow',
          text: {
            'zh-CN': '这个您放心，划痕给您做局部补漆，门板重新装一下，明天下午就能弄好。',
            en: "Leave it with us. We'll spot-repaint the scratch and refit the panel, and it'll be ready tomorrow afternoon.",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他说“修就修呗”，真正怕的是后半句：这是不是一台修过的问题车。您只回答了怎么修，没接住他的怕。听到关键的话，先复述、先追问。',
            en: 'He said "fine, fix them"; what he fears is the second half: is this a patched-up problem car? You answered how to repair it and missed the fear. When you hear the key line, play it back and probe.',
          },
          next: 'still-doubt',
        },
        {
          id: 'name-the-worry',
          text: {
            'zh-CN':
              '您真正担心的，是这车底子有没有问题，对吗？我调交检单、运输记录，再测一遍全车漆膜，二十分钟给您结果，拿数据说话。',
            en: "What really worries you is whether the car itself is sound, isn't it? I'll pull the delivery sheet and transport log and measure the paint all over. Twenty minutes, and let the numbers speak.",
          },
          behaviours: [
            'paraphrase',
            'probe-expectation',
            'verify-facts',
            'hold',
            'closed-question',
          ],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '您听出了“修就修呗”后面那句才是重点：他怕的是问题车。先复述确认，再用记录和检测去核实、说清要多久，而不是空口保证。这正是探询客户的真实期望。',
            en: 'You heard that the point came after "fine, fix them": he fears a problem car. You confirmed it back to him, then checked it with records and measurements, saying how long it would take, instead of giving empty assurances. That is probing the real expectation.',
          },
          next: 'evidence',
          recommended: true,
        },
        {
          id: 'all-new-guaranteed',
          text: {
            'zh-CN':
              '这个您绝对放心，我们卖的都是全新车，每台出厂都检验过，不可能有问题，这点我敢打包票。',
            en: "You can rest easy on that. Every car we sell is brand new and factory-inspected. There's no way it has problems. I'd guarantee it.",
          },
          behaviours: ['over-promise'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '“不可能有问题”是拍胸脯，不是证据，何况车上已经有问题了。客户起疑的时候，空口担保只会让他更疑：先复述他的担心，再拿记录和数据说话。',
            en: '"No way it has problems" is bluster, not evidence, and the car already has problems. When a customer is suspicious, empty guarantees deepen it: play back his worry, then answer with records and data.',
          },
          next: 'still-doubt',
        },
      ],
    },
    {
      id: 'still-doubt',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '就这么一句话，就完了？',
            en: "That's it? One sentence and we're done?",
          },
        },
        {
          text: {
            'zh-CN': '我想知道的是，这车到底有没有毛病。你们倒是给句准话啊，我这几天心里一直悬着。',
            en: "What I want to know is whether there's something wrong with this car. Give me a straight answer, will you? It's been nagging at me for days.",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'swear-its-new',
          text: {
            'zh-CN':
              '您放心，绝对是新车，出厂、运输、入库每一步都有人检查，我拿我这份工作给您担保，真有问题您随时来找我。',
            en: "Trust me, it's definitely new. It's checked at the factory, in transit and on arrival. I'd stake my job on it. If anything's wrong, come and find me.",
          },
          behaviours: ['over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '拿自己的工作担保，听着诚恳，其实还是空口无凭。他要的是证据：记录、数据、检测结果。审慎承诺，用事实让他放心。',
            en: 'Staking your job sounds sincere, but it is still just words. He wants evidence: records, readings, test results. Promise carefully, and reassure with facts.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'sorry-check-it',
          text: {
            'zh-CN':
              '对不起，是我没听明白。您担心的是车底子，不光是划痕。我这就调交检单、运输记录，再测全车漆膜。',
            en: "Sorry, I missed your point. You're worried about the car as a whole, not just the scratch. I'll pull the delivery sheet and transport log now and measure the paint all over.",
          },
          behaviours: ['apologize', 'paraphrase', 'verify-facts'],
          mood: { anger: -10, trust: 15 },
          note: {
            'zh-CN':
              '第二次听到同一个担心，马上认错、复述，再拿出核实的办法。客户重复的话往往就是他最在意的，重复两遍还没接住，就要失去他了。',
            en: 'Hearing the same worry a second time, you apologized, played it back and offered a way to check. What a customer repeats is usually what matters most; miss it twice and you lose him.',
          },
          next: 'evidence',
          recommended: true,
        },
      ],
    },
    {
      id: 'evidence',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（二十分钟后，赵晴拿着交检单和漆膜仪读数回来）怎么样，查出什么来了？',
            en: '(Twenty minutes later Zhao Qing comes back with the inspection sheet and the paint-gauge readings.) Well? What did you find?',
          },
        },
        {
          text: { 'zh-CN': '你可别拿话糊弄我。', en: "And don't try to fob me off." },
        },
      ],
      choices: [
        {
          id: 'signature-says-fine',
          text: {
            'zh-CN':
              '漆膜读数都正常，车是没问题的。不过交检单外观一栏您当时签的是“无异议”，这道划痕，我们很难认定是交车前就有的。',
            en: 'The paint readings are all normal. But you signed "no objections" for the exterior on the delivery sheet, so we can\'t really accept the scratch was there before handover.',
          },
          behaviours: ['explain', 'argue', 'policy-first'],
          mood: { anger: 25, trust: -20 },
          note: {
            'zh-CN':
              '查出车没修过是好消息，您却顺手又拿签字把责任推回给他。交车检验没发现的问题，规定是先行赔付、再追究相关责任人，不是让客户认账。',
            en: "Finding the car was never repaired was good news, but you used his signature to push the blame back on him. Problems missed at delivery are compensated first, staff held to account later; the customer doesn't carry them.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'we-missed-it',
          text: {
            'zh-CN':
              '查清了：全车漆膜一致，没补过漆，运输也没出过事故。这道划痕入库照片上就有，是我们交车检查漏了，对不起。',
            en: "Here's what we found: the paint is even all over, nothing resprayed, and no incidents in transport. The scratch already shows in the arrival photos, so our delivery check missed it. I'm sorry.",
          },
          behaviours: ['explain', 'apologize'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先用数据回答他最怕的问题：车没修过。再拿入库照片坦白是交检漏了，并道歉。核实在前、认账在后，不推给客户，也不推给哪个同事，客户才愿意接着往下谈。',
            en: 'You answered his biggest fear with data first: the car has not been repaired. Then, with the arrival photos as proof, you admitted the inspection missed it and apologized. Verify first, then own it, blaming neither the customer nor a colleague, and he stays willing to talk.',
          },
          next: 'remedy',
          recommended: true,
        },
        {
          id: 'find-who-missed',
          text: {
            'zh-CN':
              '漆膜没问题。划痕是哪个环节漏的，我得先问问那天交车的销售和质检，查清楚了再给您答复。',
            en: 'The paint is fine. As for which step missed the scratch, I need to ask the salesperson and inspector from that day first. Once we know, we will get back to you.',
          },
          behaviours: ['explain', 'investigate-blame', 'investigate'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '车况的疑虑解开了，可您先去查是谁的责任，修车的事一个字没提，也没说什么时候答复。先给时间和办法，再查原因：一切向前看。',
            en: "You cleared up his worry about the car, then went off to find who was at fault without a word about the repair or when you'd come back. Give the date and the fix first, then the cause: look forward.",
          },
          next: 'who-is-to-blame',
        },
      ],
    },
    {
      id: 'who-is-to-blame',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '查谁的责任，那是你们内部的事。',
            en: 'Whose fault it was is your internal business.',
          },
        },
        {
          text: {
            'zh-CN': '我就问一句：我这车什么时候能修好？我天天得开车上班。',
            en: "I'm asking one thing: when will my car be fixed? I drive to work every day.",
          },
        },
      ],
      choices: [
        {
          id: 'date-first',
          text: {
            'zh-CN':
              '您说得对，先修车。明天 17:00 前修好，这两天给您备代步车。责任我们内部查，不用您操心。',
            en: "You're right, the car comes first. It'll be fixed and ready by 17:00 tomorrow, with a loan car till then. We'll sort out responsibility ourselves; that's not your worry.",
          },
          behaviours: ['offer-solution', 'commit-deadline', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '把顺序扳回来：先说什么时候修好、这期间怎么出行，再说内部追责。先给时间和办法，再查原因，这是客户最关心的次序。',
            en: "You put the order right: first when it'll be fixed and how he gets about meanwhile, then the internal inquiry. Date and action before root cause is the order customers care about.",
          },
          next: 'compensation',
          recommended: true,
        },
        {
          id: 'wait-for-result',
          text: {
            'zh-CN':
              '得先把责任定下来，才好走维修流程，不然单子开不出来。您先回去，等我们内部查清楚了再通知您过来。',
            en: "We need to pin down responsibility before we can start the repair, or the job can't be opened. Head home for now, and we'll let you know once we've looked into it.",
          },
          behaviours: ['investigate-blame', 'investigate'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '让客户的车等着内部追责，顺序完全颠倒了。交车检验没发现的问题，先行赔付，再追究相关责任人。',
            en: 'Making his car wait on an internal blame hunt gets the order backwards. Problems missed at delivery are put right first; the staff responsible are dealt with afterwards.',
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'remedy',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……没修过就好。说实话，我这两天心里一直犯嘀咕。',
            en: "…Well, as long as it hasn't been repaired. Honestly, it's been gnawing at me for two days.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '那现在怎么弄？我天天得开车上班，总不能一直这么咯噔着开吧。',
            en: "So what now? I drive to work every day. I can't keep clunking along like this.",
          },
        },
      ],
      choices: [
        {
          id: 'swap-the-car',
          text: {
            'zh-CN': '您要是实在不放心，我去帮您申请换一台新车，这种情况我们尽量给您争取！',
            en: "If you're really not comfortable, I'll apply to swap it for a new car. In a case like this we'll push for it!",
          },
          behaviours: ['over-promise', 'offer-solution'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '换车不是您一个人说了算，这么一句，只会把他的期望抬到您够不着的地方。审慎承诺：不许自己兑现不了的诺言。',
            en: "Swapping the car isn't yours to decide; saying this only lifts his expectations somewhere you can't reach. Promise carefully: never offer what you can't deliver.",
          },
          next: 'swap-trap',
        },
        {
          id: 'what-do-you-want',
          text: {
            'zh-CN':
              '这事确实是我们没做好，让您受委屈了。您看您想怎么处理？修车、补偿还是别的，您尽管提，我们尽量满足。',
            en: "We really did get this wrong, and I'm sorry you've been put through it. How would you like us to handle it? Repair, compensation, something else: just say and we'll do our best.",
          },
          behaviours: ['apologize', 'open-ended-offer', 'open-question'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '开放式地问“您想怎么处理”，等于把价码交给客户去开，最后不是尴尬就是许不起。方案和补偿要由您给出具体的选项。',
            en: 'Asking openly "how would you like it handled" hands him the pen to name his price; it ends in awkwardness or promises you can\'t afford. Put concrete options in front of him.',
          },
          next: 'swap-trap',
        },
        {
          id: 'fix-by-tomorrow',
          text: {
            'zh-CN':
              '明天一早钣喷和装配一起上：局部补漆，门板重装卡扣，17:00 前修好。这期间给您备一台代步车。',
            en: "First thing tomorrow the body shop and fitters start together: spot repaint, refit the panel clips, done by 17:00. You'll have a loan car in the meantime.",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先给办法和时间：怎么修、几点修好、这期间怎么出行，一句话说清。交车检验漏掉的问题先行赔付，别让客户为我们的疏漏多跑一趟。',
            en: "The fix and the time first: how, done by when, and how he gets about meanwhile, all in one go. What the delivery check missed is put right first; he shouldn't pay for our slip with extra trips.",
          },
          next: 'compensation',
          recommended: true,
        },
      ],
    },
    {
      id: 'swap-trap',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '那就换车。', en: 'Then swap it.' } },
        {
          text: {
            'zh-CN': '修过的车，开着心里总膈应。换一台，这事就算了。',
            en: "A repaired car would always bug me. Swap it and we'll call it quits.",
          },
        },
      ],
      choices: [
        {
          id: 'ill-try-apply',
          text: {
            'zh-CN': '行，我帮您往上申请试试，您先回去等消息吧。',
            en: "OK, I'll put in an application for you. Head home and wait to hear from us.",
          },
          behaviours: ['over-promise', 'investigate'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '明知换车希望不大，还让他回家“等消息”，没有时间、没有把握。几天后落空，他只会直接去找厂家投诉。',
            en: 'Knowing a swap is unlikely, you still sent him home to "wait to hear", with no date and no real chance. When it falls through in a few days, he goes straight to the manufacturer.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'honest-walkback',
          text: {
            'zh-CN':
              '对不起，换车我做不了主，不能乱答应您。这类问题按规定是修复。我能保证的是明天 17:00 前修好，再给您一份补偿。',
            en: "I'm sorry, a swap isn't my call and I won't promise what I can't deliver. Faults like these are repaired under the rules. What I can promise: fixed by 17:00 tomorrow, plus compensation.",
          },
          behaviours: [
            'apologize',
            'decline-tactfully',
            'set-expectations',
            'offer-solution',
            'commit-deadline',
          ],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '把抬高的期望诚实地拉回来：说清做不到什么、为什么，再马上给出做得到的办法和时间。委婉而明确，比拖着让他等强得多。',
            en: "You brought the raised expectation back down honestly: what you can't do and why, then straight away what you can, and when. Tactful and clear beats leaving him waiting on a maybe.",
          },
          next: 'compensation',
          recommended: true,
        },
      ],
    },
    {
      id: 'compensation',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '明天五点，是吧？行。', en: 'Five tomorrow, right? OK.' },
        },
        {
          text: {
            'zh-CN': '……就是这提新车的高兴劲儿，全让这事给搅和了。',
            en: "…It's just that the whole buzz of getting a new car got ruined by all this.",
          },
        },
      ],
      choices: [
        {
          id: 'goodwill-choice',
          text: {
            'zh-CN':
              '这份闹心是我们给您添的。作为补偿，您看是送一次免费保养，还是一张 800 元精品券？',
            en: 'This hassle is on us. To make up for it, would you prefer a free service or an ¥800 accessories voucher?',
          },
          behaviours: ['acknowledge-emotion', 'bounded-offer', 'closed-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '先接住他那句失落，再用封闭式选项给出有限度的补偿，让他挑。补偿要量力而行，选项给得具体，客户才不尴尬。',
            en: 'You met his disappointment first, then offered bounded compensation as a closed choice. Compensation should stay within your means; concrete options spare everyone the awkwardness.',
          },
          next: 'root-cause',
          recommended: true,
        },
        {
          id: 'not-a-big-deal',
          text: {
            'zh-CN':
              '其实修好了跟新车一模一样，一点都不影响使用，您真不用太往心里去，开上一阵子自然就忘了。',
            en: "Honestly, once it's fixed it's as good as new. It won't affect anything at all, so don't take it to heart. You'll forget about it in a few weeks.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '他说的是一份失落，您回的是“不影响使用”“不用往心里去”，等于告诉他不该难受。不否认客户的情绪：先接住，再谈补偿。',
            en: "He voiced a disappointment and you answered \"it won't affect anything, don't take it to heart\", telling him he shouldn't feel it. Never deny the customer's feelings: meet them, then talk compensation.",
          },
          next: 'root-cause',
        },
      ],
    },
    {
      id: 'root-cause',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '（点点头）行吧。', en: '(He nods.) All right.' } },
        {
          text: {
            'zh-CN': '可我还是想不通：交车那天你们好几个人围着车转，怎么就没一个人看出来？',
            en: "But I still don't get it. Several of you walked round the car on delivery day. How did nobody spot it?",
          },
        },
      ],
      choices: [
        {
          id: 'blame-new-sales',
          text: {
            'zh-CN':
              '说实话，那天给您交车的销售是刚来的新人，干活毛躁，检查也就走了个过场，我们回头肯定严肃处理他。',
            en: "To be honest, the salesperson who handed your car over is new and a bit careless; the checks were a box-ticking job. We'll definitely deal with him.",
          },
          behaviours: ['blame', 'investigate-blame'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '把同事推出来挡枪，客户不会因此更信任你们，只会觉得这家店内部都在甩锅。查根源是为了改流程，不是为了找人受罚。',
            en: "Throwing a colleague under the bus won't win his trust; it tells him the whole dealership passes the buck. Root causes are for fixing the process, not for finding someone to punish.",
          },
          next: 'pickup',
        },
        {
          id: 'sales-dept-thing',
          text: {
            'zh-CN': '交车检查归销售部管，我们售后这边不太清楚具体情况，您要问可以找销售顾问。',
            en: "Delivery inspection is the sales department's job. We in after-sales don't really know the details; you could ask your sales consultant.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '对客户来说，店就是一家店，没有销售部、售后部之分。首问负责：他问到您，您就要把答案找回来。',
            en: 'To the customer the dealership is one place; sales and after-sales are our internal lines. First-contact ownership: he asked you, so you find the answer.',
          },
          next: 'pickup',
        },
        {
          id: 'review-pdi',
          text: {
            'zh-CN':
              '是我们交车检查没做到位。今天我就把您这台车的交检流程过一遍，看哪一步漏了，明天提车时当面告诉您。',
            en: "Our delivery check fell short. Today I'll go through your car's inspection step by step to find where it slipped, and tell you in person when you collect tomorrow.",
          },
          behaviours: ['root-cause', 'investigate', 'commit-deadline', 'callback-promise'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '修车的时间已经给了，再来查原因，次序对了。查的是流程哪一步漏了，不是抓哪个人，还约好了什么时候、怎么告诉他。',
            en: 'The repair date was already set, so now the cause: the right order. You look for which step failed, not whom to punish, and you said when and how you will tell him.',
          },
          next: 'pickup',
          recommended: true,
        },
      ],
    },
    {
      id: 'pickup',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（第二天 16:40，郑先生来提车）漆补得挺平，门板也不响了。',
            en: '(Next day, 16:40. Mr. Zheng comes to collect.) The paint is smooth, and the panel is quiet now.',
          },
        },
        {
          text: {
            'zh-CN': '……就是不知道，过阵子会不会又冒出别的毛病。',
            en: '…I just wonder whether something else will crop up in a while.',
          },
        },
      ],
      choices: [
        {
          id: 'sign-and-go',
          text: {
            'zh-CN':
              '放心吧，都检查过了。没问题的话，您在这儿签个字，车就可以开走了，代步车钥匙给我就行。',
            en: "Don't worry, it's all been checked. If you're happy, just sign here and the car's yours to drive off. Hand me the loan car keys.",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他刚说出心里最后一点不踏实，您递过去的是签字单；约好当面告诉他的交检结果也没给。交车前要确认他真的放心了，说好的事要做到。',
            en: 'He had just voiced his last bit of unease and you handed him a form to sign, without the inspection findings you promised in person. Check he is truly at ease before he drives off, and keep your word.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'report-and-check',
          text: {
            'zh-CN':
              '查清了：检查员漏看了把手下方，门板少装一个卡扣，已改成两人复检。全车今天也复查过了。下周三我打电话回访。您看，心里踏实了吗？',
            en: "Traced it: the inspector missed the spot under the handle, and a panel clip was left off. Every car now gets two checks; yours was rechecked today. I'll call next Wednesday. Feel easier now?",
          },
          behaviours: ['progress-update', 'follow-up', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '说好当面告诉他的结果，一条条交代清楚；全车复查和回访时间，正好接住他“会不会又冒毛病”的担心；最后真诚地问他踏不踏实。后续跟踪加满意度确认，这才算闭环。',
            en: 'You delivered the findings you promised, point by point; the full recheck and the follow-up date answer his "will something else crop up?"; then you sincerely asked whether he felt reassured. Follow-up plus a real satisfaction check closes the loop.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 65 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'anything-else',
          text: {
            'zh-CN': '车都弄好了，您看还有别的需要吗？',
            en: "The car's all sorted. Is there anything else you need?",
          },
          behaviours: ['premature-close'],
          mood: {},
          note: {
            'zh-CN':
              '一句“还有别的需要吗”，接不住他那句“会不会又冒出别的毛病”。收尾的套话不是满意度确认。',
            en: '"Anything else you need?" doesn\'t answer "will something else crop up?". A stock closing line is not a satisfaction check.',
          },
          next: 'resigned-no',
        },
      ],
    },
    {
      id: 'resigned-no',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '……哦，没有了。', en: "…Oh. No, that's all." }, cue: 'avoidance' },
      ],
      choices: [
        {
          id: 'hear-it',
          text: {
            'zh-CN':
              '听您这口气，心里还悬着。查清了：漏看了把手下方，门板少了个卡扣，已改成两人复检。您还有哪儿不放心？',
            en: "You sound like it's still nagging at you. We traced it: the area under the handle was missed and a panel clip left off; now every car gets a second check. What else is worrying you?",
          },
          behaviours: ['acknowledge-emotion', 'progress-update', 'check-satisfaction'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您听出了“没有了”里的无奈，没有顺势送客，而是把答应他的交检结果补上，再把话头递回给他。满意要确认，不能靠猜。',
            en: 'You heard the resignation in "that\'s all" and, instead of seeing him out, gave him the promised findings and handed the conversation back. Satisfaction is confirmed, not assumed.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 65 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'see-you-out',
          text: {
            'zh-CN': '好的，那您慢走，开车注意安全，有问题随时回来找我们！',
            en: 'All right, drive safely, and come back any time if there is a problem!',
          },
          behaviours: ['premature-close'],
          mood: {},
          note: {
            'zh-CN':
              '“还有别的吗”“没有了”“慢走”，正是课上讲的不合格收尾。说好当面告诉他的交检结果，也就这么不了了之了。',
            en: '"Anything else?", "No", "Drive safely" is exactly the unqualified close the course warns about. And the inspection findings you promised him in person simply never came.',
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
            'zh-CN': '行，有你这些话，我心里就有底了。',
            en: 'Right. After hearing all that, I feel I can trust this car.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '说真的，进门的时候我都想好了，你们要是耍赖，我就发车友群里去。下周三等你电话啊。',
            en: "Honestly, when I walked in I'd already decided: if you tried to wriggle out of it, it was going in the owners' group chat. Speak to you Wednesday.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生放心地把车开走了。您先接住他的失望，记录并核实交检记录，用漆膜数据回答了“是不是问题车”，按“先行赔付”给出修复时间、代步车和有限度的补偿，再查流程、当面反馈、约好回访。',
        en: 'Mr. Zheng drove off reassured. You met his disappointment first, recorded and checked the delivery record, answered "is it a problem car?" with paint readings, compensated first with a repair date, a loan car and bounded goodwill, then traced the process, reported back in person and booked a follow-up call.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        { text: { 'zh-CN': '……行吧，车我先开走了。', en: "…Fine. I'll take the car for now." } },
        {
          text: {
            'zh-CN': '反正有事我再来呗。',
            en: "If anything happens, I'll just come back, I suppose.",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '车修了，郑先生心里的疙瘩却没解开。空口担保、把期望抬高又落空、或者不确认他是否放心就送客，都会让一位本可以挽回的新车主从此对这家店留个心眼。',
        en: "The car got fixed, but Mr. Zheng's doubts did not. Empty guarantees, raising his hopes and dropping them, or seeing him off without checking he is reassured leave a new owner who could have been won back wary of this dealer for good.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行，跟你们说不清楚。',
            en: "Right. There's no getting through to you people.",
          },
        },
        {
          text: {
            'zh-CN': '我现在就打厂家 400 热线投诉，让厂家来跟你们说！',
            en: "I'm calling the manufacturer's 400 hotline right now. Let them sort you out!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '郑先生把投诉打到了厂家，工单会再转回店里，只是这回多了一层追问。拿签字堵他、先查责任后修车、许了换车又兑现不了，都会把一次交检疏漏变成厂家工单。',
        en: "Mr. Zheng took his complaint to the manufacturer; the ticket will come back to the dealer with harder questions attached. Citing his signature, hunting for blame before the repair, or promising a swap you couldn't deliver turns a missed inspection into a manufacturer complaint.",
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '（掏出手机，对着划痕一通拍）行，你们就这么对待刚提车的客户是吧？',
            en: '(He takes out his phone and photographs the scratch.) Right, so this is how you treat someone who just bought a car?',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我发车友群，再发汽车论坛，让大家都看看你们店是怎么卖新车的！',
            en: "It's going in the owners' group and on the car forums. Let everyone see how this dealer sells new cars!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生把照片和经过发到了网上。没有证据就暗示是他自己弄的、又否认他的情绪，正好坐实了他最怕的事：这家店卖了他一台问题车还不认账。',
        en: "Mr. Zheng posted the photos and his story online. Hinting without evidence that he caused it, and brushing off his feelings, confirmed his worst fear: that the dealer sold him a problem car and won't own up.",
      },
    },
  ],
};

export default carDeliveryDefect;

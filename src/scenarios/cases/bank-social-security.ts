import type { Scenario } from '../../engine/scenario-schema';

/**
 * C2 (F003): a retired man in tears at a crowded bank counter, sure the bank has been taking his
 * ¥145 monthly low-income payment. The cause lies outside the bank; the counter's 7 steps are graded.
 */
const bankSocialSecurity: Scenario = {
  formatVersion: 1,
  id: 'bank-social-security',
  version: 1,
  title: {
    'zh-CN': '三个月没到的低保钱',
    en: 'Three Months Without His ¥145',
  },
  briefing: {
    'zh-CN':
      '周二上午，和平路支行大厅排着长队。一位老大爷在柜台窗口外哭着说银行扣了他的低保钱，柜员跟他争了两句，旁边的人都围了过来。您是大堂经理，现在过去。',
    en: 'A busy Tuesday morning at the Heping Road branch. An old man is crying at the counter window, insisting the bank has been taking his welfare money; the teller argued back and a crowd is gathering. You are the lobby manager. Go over.',
  },
  industry: 'banking',
  channel: 'counter',
  difficulty: 4,
  objectives: [
    {
      'zh-CN': '按柜台七步法的顺序来：先迅速隔离、亮明身份，再安抚情绪、聆听倾诉。',
      en: "Follow the counter's seven steps in order: separate him quickly and say who you are, then calm him and listen.",
    },
    {
      'zh-CN': '详细记录并念给客户核对，到客户视线外去核实，不当着围观的人讲政策、查账。',
      en: 'Record in detail and read it back, verify out of his sight, and never explain policy or check his account in front of onlookers.',
    },
    {
      'zh-CN': '讲清社保局、银行、客户三者的关系，给出具体渠道（社保局电话、社区）和回话时间。',
      en: 'Explain how the bureau, the bank and he fit together, and give him concrete channels (the bureau, the community office) and a time you will call back.',
    },
    {
      'zh-CN': '按约回话、跟踪到钱到账，收尾前真正确认他心里踏实了。',
      en: 'Call back as promised, follow through until the money arrives, and genuinely check he is at ease before you close.',
    },
  ],
  source: { caseId: 'C2', file: 'shared/seeds/003_246d957d77303b28.txt (F003)' },
  protocol: 'bank-seven-steps',
  notes: {
    'zh-CN':
      '来源（F003，沈阳农商银行讲稿）给出：每月 20 号往后几天发放的 145 元社保低保钱，客户连续三个月没收到，在柜台外哭，说银行扣他的钱，还要投诉；工作人员讲明社保局—银行—客户的关系，帮他分析原因，找到社保局电话，并建议打不通就去所在社区，请社区联系社保局；原因可能是社保局平时联系不上人，无法确认客户是否还在、是否仍符合代发条件；客户去了社区，下个月钱就到了卡里。七步法及“我是这个银行的……请您随我来”“喝口水润润嗓子”“换做是我”“您的水快凉了”等做法出自同一讲稿。以下均为作者补充：孙大爷的姓氏、67 岁、早年在街道五金厂上班、丧偶两年、儿子在深圳打工；他夏天换了手机号；七月最后一次到账、八至十月未到；此前来问过两次、柜员只答“系统里没有”；大厅拥挤、有人用手机拍视频；虚构的河东农商银行和平路支行与大堂经理何敏；幸福里社区；第一次拨社保局电话占线；次日上午 10 点前回电、社保局说明因年审联系不上而暂停发放；下月 25 号前后再回访；行长、市民热线、网上视频、锦旗等结局情节；全部对话、分支与情绪数值。关于“社保局”：来源原话是“社保低保钱”“社保局”。现实中，最低生活保障由民政部门主管，申请和定期复核多经街道（乡镇）和社区办理；每年确认“人还在不在”的资格认证，更接近养老金的做法。本案对白沿用来源和老百姓的叫法“社保局”，不改成民政；推荐路径的关键一步（请社区出面联系发放部门）在两种情形下都成立。“年审联系不上就暂停、确认后补发”为作者设定，不代表任何地方的实际政策。',
    en: 'The source (F003, a talk by a Shenyang rural commercial bank employee) gives: a ¥145 social-security low-income payment that usually arrives a few days after the 20th; a customer who missed it three months running, cried outside the counter, said the bank was deducting his money and threatened to complain; staff patiently explained the bureau–bank–customer relationship, analysed the cause with him, found the bureau\'s phone number, and advised that if it could not be reached he should go to his community office and have it contact the bureau; the likely cause was that the bureau could not reach him to confirm he was still alive and still met the conditions for the payment arrangement; he went to the community office and the money arrived the next month. The seven steps and the phrases used here ("I am … of this bank … please come with me", water for the throat, "in your place I would think the same", "your water is getting cold") come from the same talk. Authored here: Mr. Sun\'s surname, age 67, past job at a neighbourhood hardware factory, widowed two years, son working in Shenzhen; his change of phone number in the summer; July as the last payment and August–October missed; his two earlier visits answered only with "nothing in the system"; the crowded hall and someone filming; the fictional Hedong Rural Commercial Bank, Heping Road branch, and lobby manager He Min; the Xingfuli community; the bureau line being engaged on the first try; the call-back before 10 the next morning and the bureau\'s explanation (payments paused after the annual check could not reach him); the follow-up around the 25th of the next month; the branch president, city hotline, online video and silk-banner details in the endings; all dialogue, branches and mood figures. On "the bureau": the source says "social-security low-income money" and "social-security bureau". In practice the minimum living allowance (低保) is run by the civil-affairs department, with applications and periodic reviews handled through street (township) and community offices; an annual "are you still alive" check is closer to how pensions work. The dialogue keeps the source\'s and the public\'s everyday name, "the social-security bureau", rather than switching to civil affairs; the key step on the recommended path (having the community office contact the paying department) holds either way. "Paused when the annual check could not reach him, back-paid once confirmed" is authored and describes no real local policy.',
  },
  persona: {
    name: { 'zh-CN': '孙大爷', en: 'Mr. Sun' },
    profile: {
      'zh-CN':
        '67 岁，住幸福里社区。早年在街道五金厂上班，厂子黄了以后打零工，如今退下来在家。老伴两年前走了，儿子在深圳打工。每月 20 号以后，145 元低保钱打进他在河东农商银行的卡里，买药、交电费都靠它。',
      en: '67, lives in the Xingfuli community. Worked at a neighbourhood hardware factory until it folded, then did odd jobs; now retired at home. His wife died two years ago and his son works in Shenzhen. Each month after the 20th, ¥145 of low-income support lands on his Hedong Rural Commercial Bank card; it pays for his medicine and electricity.',
    },
    psychology: 'aggrieved',
    surfaceComplaint: {
      'zh-CN': '连续三个月没收到每月 145 元的低保钱，认定是银行扣了，在柜台外哭着要投诉。',
      en: 'Three months without his ¥145 monthly payment; he is sure the bank took it and is in tears at the counter, threatening to complain.',
    },
    realExpectation: {
      'zh-CN':
        '把钱要回来；弄明白钱到底卡在哪儿、该找谁；被当回事、被尊重，而不是被当成来闹事的老头。',
      en: 'To get the money back, to understand where it is stuck and whom to turn to, and to be taken seriously and treated with respect rather than as an old man making a scene.',
    },
    startingMood: { anger: 80, trust: 20 },
    agitatedAt: 60,
    appearance: { age: 'senior', hair: 'short', skin: 2, glasses: false },
  },
  start: 'hall',
  nodes: [
    {
      id: 'hall',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你们凭啥扣我钱？啊？凭啥！一个月就 145 块，三个月了，一分钱都没见着！',
            en: "What right have you got to take my money? Eh? What right! It's ¥145 a month, and for three months I haven't seen a penny!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '大伙儿都听听，银行连老头子的低保钱都扣！我今天非投诉你们不可！',
            en: "Listen, everybody — this bank is even taking an old man's welfare money! I'm putting in a complaint today, you mark my words!",
          },
          cue: 'exaggeration',
        },
      ],
      choices: [
        {
          id: 'guard-shoo',
          text: {
            'zh-CN': '大爷，大爷，您别在这儿闹了，后头一大排人等着呢。走走走，有啥事咱边上说。',
            en: "Sir, sir, please don't make a fuss here, there's a whole queue behind you. Come on, come on, we'll talk over there.",
          },
          behaviours: ['isolate', 'deny-emotion'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '这正是课上说的保安式劝离。“别闹”“走走走”，在他听来就是嫌他烦、不拿他当回事，围观的人也都听见了。隔离要先亮明身份，说清您能帮他。',
            en: "This is the security-guard brush-off the course warns about. “Don't make a fuss” and “come on, come on” tell him he's a nuisance, in front of everyone. Separate him by saying who you are and that you can help.",
          },
          next: 'public-scene',
        },
        {
          id: 'explain-at-window',
          text: {
            'zh-CN':
              '大爷，您先听我说一句：低保钱是社保局发的，银行只管代发，到了就入账，没到就是没发，我们没权扣您一分钱。',
            en: "Sir, just hear me out: the welfare money comes from the social-security bureau. We only pass it on: if it arrives, it goes in; if not, it wasn't sent. We have no power to take a penny.",
          },
          behaviours: ['explain', 'policy-first'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '话没错，地方和时候都不对：当着一屋子人讲代发关系，他听到的是“不关我们的事”，围观的人看到的是银行在推。先隔离、先安抚，事情后说。',
            en: 'True, but the wrong place and the wrong moment. Explaining the payment chain in front of a crowd sounds like “not our business” to him and like passing the buck to everyone watching. Separate and calm first; the matter comes later.',
          },
          next: 'crowd',
        },
        {
          id: 'step-aside',
          text: {
            'zh-CN':
              '大爷，我是大堂经理何敏。您这事儿我来管，一定帮您弄明白。这儿太吵，您随我到里边坐下说，好吗？',
            en: "Sir, I'm He Min, the lobby manager. I'll take this on myself and we'll get to the bottom of it. It's noisy out here — will you come inside and sit down with me?",
          },
          behaviours: ['isolate', 'self-identify', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '七步法第一步：迅速隔离。亮明身份、说清能帮他、请他随您走，既把他和围观的人、和刚争过嘴的柜员隔开，又让他觉得被重视。',
            en: 'Step one of the seven: separate quickly. You named yourself, said you can help and asked him to come with you, taking him away from the onlookers and the teller he clashed with while showing him he matters.',
          },
          next: 'side-room',
          recommended: true,
        },
        {
          id: 'teller-argue',
          text: {
            'zh-CN':
              '大爷，刚才柜员都给您查过了，系统里一分钱没扣。您可不能当着这么多人冤枉我们啊。',
            en: "Sir, the teller has already checked for you: nothing was deducted. You can't go accusing us like this in front of all these people.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '替柜员说话、当众跟客户辩对错，等于坐实了“银行欺负老头”。坚决避免争执，先把他和柜员、和人群隔开。',
            en: 'Defending the teller and arguing the point in public only confirms the “bank bullies old man” story. Never argue; separate him from the teller and the crowd first.',
          },
          next: 'public-scene',
        },
      ],
    },
    {
      id: 'crowd',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '不是你们扣的？钱是往你们卡里打的，不是你们是谁？',
            en: "Not you? The money goes into YOUR card. If it isn't you, who is it?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '大伙儿听听，推得一干二净！欺负我们老百姓不懂是吧？',
            en: "Hear that, everyone? Washing their hands of it! Think ordinary folk like us don't understand, do you?",
          },
        },
      ],
      choices: [
        {
          id: 'check-in-public',
          text: {
            'zh-CN': '那您把卡和身份证给我，我就在这儿给您查，让大家都看看到底扣没扣。',
            en: 'Then give me your card and ID and I will check right here, so everyone can see whether anything was taken.',
          },
          behaviours: ['verify-facts', 'disclose-private'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '想用事实自证清白，可当着一群人查他的账、念他的流水，是把客户的隐私摆到了大厅里。核实要去营业室做，结果私下跟他讲。',
            en: 'You want the facts to clear the bank, but checking his account in front of a crowd puts his private details on display. Verify in the back office and tell him the result privately.',
          },
          next: 'public-scene',
        },
        {
          id: 'crowd-recover',
          text: {
            'zh-CN':
              '大爷，对不起，是我急着解释，没先听您说。我是大堂经理何敏，这事我负责。咱到里边坐下慢慢说，好吗？',
            en: "Sir, I'm sorry, I rushed to explain before hearing you out. I'm He Min, the lobby manager, and I'll see this through. Shall we sit down inside and take it slowly?",
          },
          behaviours: ['apologize', 'isolate', 'self-identify', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '认下自己抢了话，再亮明身份、把他请离人群。大厅里说错一句不要紧，马上收回来、换个安静地方，七步法还能从头走起。',
            en: 'You owned the slip, named yourself and took him away from the crowd. One wrong sentence in the hall can be recovered if you take it back at once and move somewhere quiet; the seven steps can start again.',
          },
          next: 'side-room',
          recommended: true,
        },
        {
          id: 'repeat-not-us',
          text: {
            'zh-CN':
              '大爷，这真不是我们的问题。代发就是代发，社保局不往卡里打钱，我们也变不出钱来啊，您跟我们嚷也没用。',
            en: "Sir, this really isn't our problem. We only pay it out. If the bureau sends nothing, we can't conjure money out of thin air. Shouting at us won't change that.",
          },
          behaviours: ['deflect', 'argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“不是我们的问题”加上“变不出钱来”，当着围观的人跟他较劲，他只会觉得被推出了门。首问负责：先接住，再一起找办法。',
            en: "“Not our problem” plus “we can't conjure money”, squaring up to him in front of onlookers, tells him he's being shown the door. First-contact ownership: take it on, then find the way together.",
          },
          next: 'ending-public',
        },
      ],
    },
    {
      id: 'public-scene',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '我哪儿也不去！就在这儿说，当着大伙儿的面说！',
            en: "I'm not going anywhere! I'll say it right here, in front of everyone!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '后头那小伙子都拿手机拍上了——拍！都拍下来！让大伙儿看看银行是咋对待老头子的！',
            en: 'That young fellow at the back is filming — go on, film the lot! Let everyone see how this bank treats an old man!',
          },
        },
      ],
      choices: [
        {
          id: 'call-security',
          text: {
            'zh-CN': '大爷，您要再这么闹下去，我只能请保安过来了，大厅里还有别的客户呢。',
            en: 'Sir, if you carry on like this I will have to call security. There are other customers in here.',
          },
          behaviours: ['threaten'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '拿保安压客户，是把一个受了委屈的老人推成了对立面，正好给拍视频的人送了素材。不威胁、不对抗。',
            en: 'Using security to lean on him turns an aggrieved old man into an opponent and hands the person filming their clip. No threats, no confrontation.',
          },
          next: 'ending-public',
        },
        {
          id: 'complain-then',
          text: {
            'zh-CN': '行，您要投诉就投诉吧，投诉电话墙上贴着呢，我们接受监督。',
            en: 'All right, if you want to complain, go ahead. The complaints number is on the wall; we welcome scrutiny.',
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '听着客气，其实是撒手不管，把他往投诉渠道一推了之。他嚷着要投诉，恰恰说明他还指望银行给个说法。',
            en: 'It sounds polite, but it gives up and pushes him towards the complaints line. His threat to complain shows he still expects the bank to give him an answer.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'public-recover',
          text: {
            'zh-CN':
              '大爷，刚才是我们不对，我给您赔个不是。三个月没着落，搁谁都憋屈。我是大堂经理何敏，您随我到里屋坐，喝杯温水。',
            en: "Sir, we were in the wrong just now and I apologize. Three months with nothing — anyone would feel hard done by. I'm He Min, the lobby manager. Come and sit inside and have some warm water.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'self-identify', 'isolate'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先为刚才的冒犯道歉，说出他的委屈，再亮明身份请他离开人群。场面越僵，越要放低姿态，把人请到安静处。',
            en: 'You apologized for what just happened, named his grievance, then introduced yourself and invited him away from the crowd. The tenser the scene, the lower your stance and the quieter the place.',
          },
          next: 'side-room',
          recommended: true,
        },
      ],
    },
    {
      id: 'side-room',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……我都这把年纪了，还能上你们银行讹钱来？',
            en: '…At my age, would I come to a bank to con you out of money?',
          },
        },
        {
          text: {
            'zh-CN': '那是我的活命钱啊！买药、交电费，全指着它。三个月了，三个月啊……',
            en: 'That money keeps me going! Medicine, the electric bill — it all comes out of that. Three months. Three months…',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'warm-water',
          text: {
            'zh-CN':
              '大爷，来，先喝口温水，润润嗓子。三个月没着落，心里能不慌吗？不着急，咱慢慢说，我听着。',
            en: "Here, sir, have a sip of warm water first; it'll ease your throat. Three months with nothing — of course you're worried. No rush. Take your time; I'm listening.",
          },
          behaviours: ['acknowledge-emotion', 'let-vent'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '七步法第二步：安抚情绪。一杯不凉不烫的温水，一句说到他心坎上的话，再告诉他不着急、慢慢说。先处理心情，再处理事情。',
            en: 'Step two: calm him. A cup of water neither hot nor cold, a sentence that names what he feels, and permission to take his time. Handle the mood before the matter.',
          },
          next: 'venting',
          recommended: true,
        },
        {
          id: 'id-card-first',
          text: {
            'zh-CN':
              '大爷，您先把卡和身份证给我，我登记一下信息，马上去后台帮您把这三个月的流水查个明明白白。',
            en: "Sir, let me have your card and ID first. I'll log your details and go straight to the back to check these three months' statement properly.",
          },
          behaviours: ['ask-facts', 'verify-facts'],
          mood: { anger: 5 },
          note: {
            'zh-CN':
              '想快点查清，出发点没错；可他还在抹眼泪，您张口就要证件，像在走流程。先让他坐稳、喝口水，火下去了再问信息。',
            en: "Wanting to check quickly is fine, but he's still wiping his eyes and you open by asking for documents, which sounds like procedure. Let him settle and have some water; ask for details once the heat has gone.",
          },
          next: 'venting',
        },
        {
          id: 'reassure-not-us',
          text: {
            'zh-CN': '大爷，您放心，银行是不会扣客户钱的。这钱是社保局打过来的，我们只是代发。',
            en: "Don't worry, sir, banks don't take customers' money. That payment comes from the social-security bureau; we just pass it on.",
          },
          behaviours: ['explain'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '人是带到安静处了，可一坐下就讲代发，他一肚子委屈还没说出口，只听见“不关银行的事”。先听他说完，再解释。',
            en: "You got him somewhere quiet, but the moment he sat down you explained the payment chain. He hasn't voiced his grievance yet and only hears “not the bank's fault”. Hear him out first, explain after.",
          },
          next: 'flare',
        },
        {
          id: 'dont-cry',
          text: {
            'zh-CN': '大爷，您别哭了，这么大岁数，为一百多块钱哭坏了身子，不值当的。',
            en: "Please stop crying, sir. At your age, making yourself ill over a hundred-odd yuan just isn't worth it.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '本想宽他的心，可“不值当”一出口，等于说他的眼泪和这 145 块都不值一提。对他来说，这是活命钱。',
            en: "You meant to comfort him, but “not worth it” says his tears and his ¥145 don't matter. To him it's what he lives on.",
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
            'zh-CN': '你们就会这一套！我的钱没了，一个个轻飘飘一句话就想把我打发了！',
            en: "Always the same with you lot! My money's gone and you think one breezy sentence will get rid of me!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我不跟你说了，把你们行长叫出来！',
            en: "I'm done talking to you. Get your branch president out here!",
          },
        },
      ],
      choices: [
        {
          id: 'calm-down',
          text: {
            'zh-CN': '大爷，您冷静一点。您这么嚷嚷，我也没法帮您查啊。',
            en: "Sir, please calm down. I can't look into anything for you while you're shouting like this.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“您冷静一点”把问题推回给他，好像是他的情绪耽误了您办事。否认客户的情绪，只会把事情直接推到找行长那一步。',
            en: "“Calm down” puts the onus back on him, as if his feelings were getting in your way. Denying a customer's emotion pushes things straight to “get me the president”.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'flare-recover',
          text: {
            'zh-CN':
              '大爷，对不起，是我话说早了，您的事还没听完呢。您喝口水，从头跟我说，我一句一句记着。',
            en: "I'm sorry, sir, I spoke too soon — I hadn't even heard your story. Have some water, start from the beginning, and I'll note down every word.",
          },
          behaviours: ['apologize', 'let-vent'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '认下自己话说早了，把话头还给他。火气没顶到头时，这句话拉得回来；他已经气到非找行长不可，光道歉就晚了，所以前面那句错话代价才那么大。',
            en: "You owned speaking too soon and handed the floor back. While his anger hasn't peaked, that wins him back; once he's set on the president, an apology alone comes too late, which is why the earlier slip cost so much.",
          },
          next: {
            branches: [{ when: { anger: { atLeast: 90 } }, to: 'ending-escalated' }],
            otherwise: 'venting',
          },
          recommended: true,
        },
        {
          id: 'president-no',
          text: {
            'zh-CN':
              '行长在开会，一时半会儿下不来。这事说到底归社保局管，您找行长也没用，还得上社保局问去。',
            en: "The president's in a meeting. And really this is the bureau's business; the president can't help. You need to go and ask the bureau.",
          },
          behaviours: ['deflect', 'explain'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '一句“找行长也没用”，一句“上社保局问去”，既没接住他，也没给一条具体的路，他只会越过您往上找。首问负责，路要替他指清楚。',
            en: "“The president can't help” and “go and ask the bureau”: you neither took him on nor gave him a concrete route, so he'll go over your head. Own it, and show him the way.",
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'venting',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '每个月 20 号往后几天，准到，这么些年就没差过。',
            en: 'It always came a few days after the 20th. All these years, never once late.',
          },
        },
        {
          text: {
            'zh-CN':
              '八月没到，我寻思晚几天；九月没有，十月还没有！我来问过两回，窗口那闺女头都不抬，就一句“系统里没有”。你们是看我老头子好糊弄是吧？',
            en: "August, nothing — I thought, it's just late. September, nothing. October, still nothing! I came in twice and the girl at the window didn't even look up: “Nothing in the system.” Think an old man's easy to fob off, do you?",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'filler-nod',
          text: {
            'zh-CN': '嗯，嗯，是，对，您接着说。',
            en: 'Mm-hm. Yes. Right. Go on.',
          },
          behaviours: ['filler', 'let-vent'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '只会“嗯，是，对”，他说了半天委屈，您一句实在话都没接。倾听要有回应：说出他的感受，站到他那边想一想。',
            en: 'Just “mm, yes, right”: he poured out his grievance and you gave nothing real back. Listening needs a response: name what he feels and see it from his side.',
          },
          next: 'details',
        },
        {
          id: 'in-his-shoes',
          text: {
            'zh-CN':
              '换做是我，跑两趟就听一句“没有”，也觉得被糊弄了。是我们没做好，对不起。这几个月您这边有啥变化？',
            en: "In your shoes — two trips for a flat “nothing” — I'd feel fobbed off too. That's on us, and I'm sorry. What's changed for you these past few months?",
          },
          behaviours: [
            'acknowledge-emotion',
            'apologize',
            'let-vent',
            'ask-facts',
            'open-question',
          ],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '七步法第三步：聆听。“换做是我也会这么想”让他知道您站在他这边；为前两回没给他说明白道歉，不等于承认扣了钱。再用开放式问题问问最近的变化，线索往往就在里头。',
            en: "Step three: listen. “In your shoes I'd feel the same” puts you on his side, and apologizing for the two brush-offs is not admitting the bank took money. Then an open question about what has changed lately: that is usually where the clue is.",
          },
          next: 'details',
          recommended: true,
        },
        {
          id: 'yes-but-teller',
          text: {
            'zh-CN':
              '是，让您白跑了两趟，实在不好意思。但是柜员说的也是实情，系统里确实没有入账记录，这点您得相信我们。',
            en: "Yes, and I'm sorry you made two wasted trips. But the teller was telling you the truth: there really is no payment in the system. You'll have to trust us on that.",
          },
          behaviours: ['apologize', 'yes-but', 'explain'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '“但是”一出口，前面的歉意就抵消了；再替柜员辩护，他只会觉得银行的人抱成团。先把他的话听完，事实留到核实之后再讲。',
            en: 'The “but” cancels the apology, and defending the teller makes the bank look like a closed shop. Hear him out; leave the facts until you have verified them.',
          },
          next: 'details',
        },
      ],
    },
    {
      id: 'details',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '七月还到了呢，八月就断了。卡一直在我兜里揣着，密码谁也没告诉；就夏天老手机坏了，换了个号，别的啥也没动。',
            en: "July it came, August it stopped. The card's always in my pocket and I've never told anyone the PIN. Only thing is my old phone packed up in the summer and I got a new number. Nothing else changed.",
          },
        },
        {
          text: {
            'zh-CN':
              '老伴走了两年了，儿子在深圳打工，电话里跟他也说不明白……我一个老头子，上哪儿问去？就知道这钱是往你们卡里打的，我不找你们，我找谁啊？',
            en: "My wife passed two years ago, my son's working in Shenzhen and can't make head or tail of it over the phone… I'm an old man on my own — where am I meant to ask? All I know is the money goes into your card. If I don't come to you, who do I go to?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'verify-now',
          text: {
            'zh-CN': '行，情况我大概明白了。您把卡给我，我这就去后台把流水调出来看看。',
            en: "All right, I've got the gist. Give me your card and I'll go and pull up the statement in the back.",
          },
          behaviours: ['verify-facts'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他最后那句“我不找你们找谁”，说的是他根本不知道该找谁。您直接去查流水，把这句话放过去了，也没记录、没念给他核对。',
            en: 'His last words, “who else would I go to?”, say he has no idea whom to ask. Going straight off to the statement let that pass, and you neither noted his story nor read it back.',
          },
          next: 'result',
        },
        {
          id: 'go-bureau',
          text: {
            'zh-CN': '大爷，这事儿您找我们真没用，低保是社保局管的，您得上社保局去问。',
            en: "Sir, coming to us really won't help. Welfare payments are the bureau's business; you need to go and ask them.",
          },
          behaviours: ['deflect', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他刚说完“我上哪儿问去”，您回一句“上社保局问”，等于把他最怕的那扇门又关上了。没有电话、没有地方，不算给了渠道。',
            en: "He had just said “where am I meant to ask?” and you answered “ask the bureau”, shutting the very door he feared. Without a number or a place, that isn't a channel.",
          },
          next: {
            branches: [{ when: { trust: { below: 30 } }, to: 'ending-escalated' }],
            otherwise: 'doubt',
          },
        },
        {
          id: 'read-back',
          text: {
            'zh-CN':
              '我记下来，您听听对不对：每月 20 号后到 145 块，七月还有，八月起三个月没到。您最着急的，是弄清钱卡在哪儿、该找谁，是吧？',
            en: "Let me note it and read it back: ¥145 after the 20th each month, July fine, nothing for three months since August. What you need most is to know where it's stuck and who to turn to — right?",
          },
          behaviours: ['record', 'paraphrase', 'probe-expectation', 'closed-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '七步法第四步：详细记录并念给客户核对。您还接住了他那句“我不找你们找谁”：他真正要的，是有人告诉他钱卡在哪儿、该去找谁。',
            en: 'Step four: record in detail and read it back. And you caught his “who else would I go to?”: what he really needs is someone to tell him where the money is stuck and whom to ask.',
          },
          next: 'readback',
          recommended: true,
        },
      ],
    },
    {
      id: 'readback',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '……对，对，就这么个事儿。', en: "…Yes. Yes, that's it exactly." },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '我姓孙。你给好好查查，到底是不是你们给扣了。',
            en: 'The name is Sun. Check it properly — did you lot take it or not?',
          },
        },
      ],
      choices: [
        {
          id: 'fresh-water',
          text: {
            'zh-CN':
              '好的孙大爷，您再给我留个电话。这水凉了，我给您换杯温的，顺道去后台调流水，五分钟就回来。',
            en: "Thank you, Mr. Sun — could you leave me your phone number? Your water's gone cold; I'll fetch a warm one and pull up the statement on the way. Back in five minutes.",
          },
          behaviours: ['record', 'verify-facts', 'hold'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '记下联系电话，借换水说清去哪儿、去多久，再到营业室核实流水。核实在客户视线外做，回来再讲结果，他也不会干坐着心里没底。',
            en: 'You took his number, used fetching water to say where you were going and for how long, and verified in the back office. Checking out of his sight and reporting back keeps him from sitting there in the dark.',
          },
          next: 'result',
          recommended: true,
        },
        {
          id: 'wait-my-turn',
          text: {
            'zh-CN':
              '行，您先在这儿坐会儿，我把前头那位客户的业务办完，回头马上来给您查，保证不会让您等太久的。',
            en: "Right, sit here a while. I'll finish with the customer before you and come straight back to check yours. I promise I won't keep you long.",
          },
          behaviours: ['keep-waiting'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '刚把他安抚下来，又把他晾在一边去忙别的，他只会觉得自己又被排到了后头。处理投诉时，不让客户干等。',
            en: 'You had only just calmed him, then left him to deal with someone else; he feels pushed to the back again. While handling a complaint, never leave the customer waiting idle.',
          },
          next: 'result',
        },
        {
          id: 'promise-refund',
          text: {
            'zh-CN': '孙大爷您放心，要真是我们这边出的岔子，这三个月的钱我今天就做主给您补上。',
            en: "Don't worry, Mr. Sun. If it turns out we slipped up, I'll make up the three months for you myself, today.",
          },
          behaviours: ['over-promise', 'offer-solution'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '还没核实就许诺“今天补上”，一旦查出来不是银行的事，这句话就成了失信。审慎承诺：先查清，再说能做什么。',
            en: "Promising “I'll make it up today” before verifying turns into a broken promise the moment the cause proves to be elsewhere. Promise carefully: check first, then say what you can do.",
          },
          next: 'result',
        },
      ],
    },
    {
      id: 'result',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '咋样？查着没有？', en: 'Well? Did you find anything?' } },
        {
          text: {
            'zh-CN': '你跟我说实话，是不是你们给扣了？',
            en: 'Tell me straight — did you lot take it?',
          },
        },
      ],
      choices: [
        {
          id: 'print-statement',
          text: {
            'zh-CN': '您看这张流水单，八月以后就没有社保局的入账了。白纸黑字，这跟我们真没关系。',
            en: "Look at this statement: nothing from the bureau since August. It's there in black and white — it really has nothing to do with us.",
          },
          behaviours: ['argue', 'explain'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '拿流水单“证明”他错了，是在跟他争输赢。单子可以给他看，但要说“咱一起看看”，而不是“白纸黑字，跟我们没关系”。',
            en: "Using the statement to prove him wrong is arguing to win. Show it by all means, but as “let's look at it together”, not “black and white, nothing to do with us”.",
          },
          next: 'doubt',
        },
        {
          id: 'three-parties',
          text: {
            'zh-CN':
              '查清楚了：卡上一分没扣，是这三个月社保局没往卡里发。钱是他们发、我们代转。我帮您查他们电话，咱现在就打一个？',
            en: "I've checked: nothing was taken from your card; the bureau simply sent nothing these three months. They pay, we pass it on. Shall I find their number and we ring them now?",
          },
          behaviours: ['explain', 'offer-solution', 'closed-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '先给结论，再用一句大白话讲清社保局、银行和他三者的关系，紧跟着给下一步，用封闭式提问请他点头。判断需求：他要的是一条路，不是一番道理。',
            en: 'Conclusion first, then the bureau–bank–customer relationship in one plain sentence, then the next step as a closed question he can simply agree to. Judging the need: he wants a way forward, not a lecture.',
          },
          next: 'line-busy',
          recommended: true,
        },
        {
          id: 'not-our-problem',
          text: {
            'zh-CN':
              '孙大爷，系统显示我们这边没问题，不是我们的问题。钱是社保局没发，您得找他们去。',
            en: "Mr. Sun, the system shows nothing wrong on our side. It isn't our problem: the bureau didn't send the money, so you'll need to go to them.",
          },
          behaviours: ['deflect', 'explain'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '结论没错，可“不是我们的问题”一出口，他又被推回了“上哪儿问去”的原点。他要是还信您，会憋着气走人；要是本就不信，就认定银行在推。',
            en: "The finding is right, but “not our problem” sends him back to “where am I meant to ask?”. If he still trusts you he'll leave fuming; if he never did, he'll be sure the bank is passing the buck.",
          },
          next: {
            branches: [{ when: { trust: { below: 50 } }, to: 'doubt' }],
            otherwise: 'ending-grudging',
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
            'zh-CN': '你们银行的人，当然向着银行说话！',
            en: 'Of course you bank people stick up for the bank!',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '社保局？社保局门朝哪儿开我都不知道！我这么大岁数，腿脚又不好，你让我上哪儿找去？',
            en: "The bureau? I don't even know where its door is! At my age, with my legs, where am I supposed to go looking?",
          },
        },
      ],
      choices: [
        {
          id: 'doubt-recover',
          text: {
            'zh-CN':
              '您说得在理，光说“找社保局”不顶用，是我没说到点上，对不起。我这就查他们电话，咱俩现在打一个？',
            en: "You're right, just saying “go to the bureau” is no help. I missed the point, and I'm sorry. I'll look up their number now and we'll call together, shall we?",
          },
          behaviours: ['apologize', 'offer-solution', 'closed-question'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '承认刚才的话没帮上他，道歉，再把“找社保局”变成一件您陪他一起做的具体事。首问负责：渠道要落到电话号码上。',
            en: 'You admitted your answer had not helped, apologized, and turned “go to the bureau” into something concrete you do with him. First-contact ownership: a channel means a phone number.',
          },
          next: 'line-busy',
          recommended: true,
        },
        {
          id: 'done-my-part',
          text: {
            'zh-CN': '孙大爷，该跟您说的我都说清楚了，社保局的事，我们银行确实管不了。',
            en: "Mr. Sun, I've told you everything I can. The bureau's business really is out of the bank's hands.",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“我们管不了”把一个不知道该找谁的老人留在了原地。事情在银行之外，不等于银行就没事可做：替他查电话、指路，都在您手上。',
            en: "“Out of our hands” leaves an old man who doesn't know whom to ask exactly where he was. The cause being outside the bank doesn't mean the bank can do nothing: finding the number and showing him the way are yours to do.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'rules-say',
          text: {
            'zh-CN':
              '我理解您的心情，但是规定就是这样：代发业务，银行只负责把钱入到卡上，社保局那边的事，我们确实没权过问。',
            en: "I understand how you feel, but those are the rules: with payroll-agency payments, the bank only credits the card. Anything else isn't ours to ask about.",
          },
          behaviours: ['yes-but', 'policy-first'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“我理解，但是规定……”是最常见的一句套话。他要的是路，您给的是条款，他只会越过您去找行长。',
            en: '“I understand, but the rules…” is the most common stock phrase there is. He wanted a way forward and got a clause, so he will go over your head to the president.',
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'line-busy',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……占线？又占线？你看看，打不通吧！',
            en: "…Engaged? Engaged again? See? You can't get through!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '人家以前年年打电话问我情况，今年倒好，一个电话没有，钱也停了。我又没犯啥错，这钱还能要回来不？',
            en: "They used to ring me every year to check up on me. This year, not one call, and the money stops. I haven't done anything wrong. Can I even get it back?",
          },
        },
      ],
      choices: [
        {
          id: 'just-redial',
          text: {
            'zh-CN': '这个点儿打的人多，占线正常。您回家多打几遍，总能打通的。',
            en: "It's always busy at this time of day. Keep trying from home; you'll get through eventually.",
          },
          behaviours: ['offer-solution'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '把打电话的事又推回给一个腿脚不便、不知道该找谁的老人，等于没给办法。打不通，就要有第二条路：社区。',
            en: "Handing the calling back to an old man with bad legs who doesn't know whom to ask is no plan at all. If the line is busy, there has to be a second route: the community office.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'guarantee',
          text: {
            'zh-CN': '您放心，这钱肯定能补，下个月一准给您补齐。明天我打电话跟您说信儿。',
            en: "Don't worry, you'll definitely get it back, all of it next month, guaranteed. I'll ring you tomorrow with news.",
          },
          behaviours: ['over-promise', 'callback-promise'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '补不补、什么时候补，是社保局说了算，您却替他们打了包票。想让他安心，可以说清下一步和回话时间，不能许诺您做不了主的结果。',
            en: "Whether and when it is paid is the bureau's call, yet you guaranteed it for them. To reassure him, give the next step and a time you'll call back; never promise an outcome that isn't yours to decide.",
          },
          next: 'next-morning',
        },
        {
          id: 'community-route',
          text: {
            'zh-CN':
              '您没做错啥。补不补得社保局定，我不替他们打包票。路还有：您去幸福里社区，请社区帮着联系。明早 10 点前我再打，通没通都回话。',
            en: "You've done nothing wrong. Back pay is the bureau's call, so no promises. Another way: ask the Xingfuli community office to contact them. I'll try again before 10 tomorrow and ring you either way.",
          },
          behaviours: ['set-expectations', 'offer-solution', 'commit-deadline', 'callback-promise'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '七步法第六步：及时处理。他问“能要回来不”，您不替社保局打包票；电话打不通就给第二条路——社区，再定好时间、不管结果都回话。办法、时间、谁负责，三样都齐了。',
            en: "Step six: act promptly. Asked “can I get it back?”, you don't guarantee the bureau's decision; the line is busy, so you give a second route, the community office, and a time you'll call back whatever happens. A plan, a time and an owner: all three are there.",
          },
          next: 'next-morning',
          recommended: true,
        },
      ],
    },
    {
      id: 'next-morning',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂？哎，是银行的何经理吧？',
            en: 'Hello? Oh, is that Ms. He from the bank?',
          },
        },
        {
          text: {
            'zh-CN': '我一宿都没睡踏实。咋样，那边打通没有？',
            en: 'I hardly slept a wink. Well? Did you get through to them?',
          },
        },
      ],
      choices: [
        {
          id: 'blame-phone',
          text: {
            'zh-CN': '打通了。说白了还是您换号没跟社保局说一声，人家年审联系不上您，当然就给停了。',
            en: "I did. To be blunt, you changed your number without telling the bureau, so they couldn't reach you for the annual check. Naturally they stopped it.",
          },
          behaviours: ['follow-up', 'root-cause', 'blame'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '原因找对了，话说错了。把停发算到他头上，他只会觉得丢了面子。哪怕是客户自己的疏忽，也要给他台阶下。',
            en: "Right cause, wrong words. Pinning the stoppage on him only costs him face. Even when the slip was the customer's, give him a way to save face.",
          },
          next: 'closing',
        },
        {
          id: 'report-back',
          text: {
            'zh-CN':
              '孙大爷，我是何敏，说好给您回话。社保局打通了：年审时联系不上您，就先停了。您带身份证去社区确认一下，钱能补发。',
            en: "Mr. Sun, it's He Min, calling back as promised. I got through: they couldn't reach you for the annual check, so it was paused. Take your ID to the community office to confirm, and it'll be paid.",
          },
          behaviours: ['follow-up', 'root-cause', 'explain'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '按约定时间回电，先报身份，再讲结果和下一步。原因说成“联系不上您”，而不是“您换号没通知”，事讲清了，面子也给足了。',
            en: "You called at the agreed time, said who you were, then gave the result and the next step. “They couldn't reach you” rather than “you didn't tell them”: the facts are clear and his face is spared.",
          },
          next: 'closing',
          recommended: true,
        },
        {
          id: 'vague-update',
          text: {
            'zh-CN': '孙大爷，社保局那边我问了，说是要核实点情况，具体的您去社区问问吧。',
            en: "Mr. Sun, I asked the bureau. They said they need to verify something; you'll have to ask the community office for details.",
          },
          behaviours: ['follow-up', 'deflect'],
          mood: { trust: -20 },
          note: {
            'zh-CN':
              '回电是回了，可一句“具体的您去问”又把事推了出去。回话要带着结果或进度，让他知道下一步具体去哪儿、办什么。',
            en: 'You did call back, but “ask them for details” pushed it away again. A call-back should carry a result or progress, so he knows exactly where to go next and what to do there.',
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
          text: {
            'zh-CN': '哎呀，闹了半天是这么回事……行，我这就上社区去。',
            en: "Well I never, so that's what it was all along… Right, I'll go to the community office now.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '何经理，昨天我在大厅里又哭又嚷的，你可别往心里去啊。',
            en: "Ms. He, all that crying and shouting in the hall yesterday — don't take it to heart, will you?",
          },
        },
      ],
      choices: [
        {
          id: 'anything-else',
          text: {
            'zh-CN': '没事儿大爷，应该的。请问您还有什么需要我帮您办的吗？',
            en: "Not at all, sir, it's my job. Is there anything else I can help you with?",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他刚把心里话掏出来，您就用一句套话收尾。“还有什么可以帮您”不是满意度确认，何况钱还没到，事也还没完。',
            en: "He had just opened up and you closed with a stock line. “Anything else?” is not a satisfaction check, and the money hasn't even arrived yet.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'real-check',
          text: {
            'zh-CN':
              '您千万别这么说，换谁都急。下月 25 号前后钱到没到，我再打电话问您。这么安排，您心里踏实了吗？',
            en: "Please don't give it a thought — anyone would have been upset. Around the 25th next month I'll ring to check the money's arrived. Does that put your mind at rest?",
          },
          behaviours: ['check-satisfaction', 'follow-up'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '接住他的歉意，不让他难堪；认真问一句他踏不踏实，再约好钱到账时跟进。七步法第七步：后续跟踪，钱进了卡才算办完。',
            en: 'You accepted his apology without embarrassing him, asked in earnest whether he felt at ease, and arranged to follow up when the money is due. Step seven: follow up; it is done when the money is in his card.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 80 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'lecture-number',
          text: {
            'zh-CN':
              '没事儿。不过以后换手机号，您可千万记得跟社保局、社区都说一声，不然还得给停了，到时候又得白着急一回。',
            en: "That's fine. But next time you change your number, do remember to tell the bureau and the community office, or it'll be stopped again and you'll be worrying for nothing all over again.",
          },
          behaviours: ['explain', 'premature-close'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '提醒本身有用，放在收尾当教训讲，就成了数落。他刚给您赔不是，这时候该接住他的心意，确认他真的放心了。',
            en: 'The reminder is useful, but delivered as a parting lesson it sounds like a telling-off. He had just apologized to you; this was the moment to accept it and check he is truly at ease.',
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
            'zh-CN': '踏实了，踏实了。有你这句话，我心里就有底了。',
            en: 'I am, I am. Hearing you say that, I know where I stand now.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '等钱到了，我给你们送面锦旗来！',
            en: "When the money comes, I'm bringing you lot a silk banner!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '孙大爷当天去了社区，社区帮他联系上社保局、补做了确认。下个月，钱打进了卡里，您按约打电话时他正从银行往家走。隔离、安抚、倾听、记录核实、判断需求、处理、跟踪，七步一步没落，一场当众哭闹的投诉成了对银行的信任。',
        en: 'Mr. Sun went to the community office that day; they reached the bureau and he redid the confirmation. The next month the money was in his card, and when you rang as promised he was walking home from the bank. Separate, calm, listen, record and verify, judge the need, act, follow up: not one step missed, and a tearful public complaint became trust in the bank.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: {
            'zh-CN': '……没啥了，就这样吧。',
            en: "…Nothing. That's it, then.",
          },
          cue: 'avoidance',
        },
        {
          text: {
            'zh-CN': '我一个老头子，也不好老来麻烦你们。',
            en: "An old man like me can't keep coming here bothering you people.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '孙大爷走了，投诉没再提，心里的疙瘩却还在：要么不知道下一步该找谁，要么觉得银行只是把他打发走了，要么觉得自己被数落、被敷衍了。问题出在银行之外，不等于只要说清“不是我们”；给出具体渠道、按时回话、确认他真的踏实，才算把投诉处理完。',
        en: "Mr. Sun left and dropped the complaint, but the knot remains: he may still not know whom to turn to, feel the bank simply got rid of him, or feel lectured and fobbed off. A cause outside the bank does not end with “it wasn't us”; a concrete channel, a call-back on time and a real check that he is at ease are what close a complaint.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '我不跟你说了！把你们行长叫来！',
            en: "I'm not talking to you any more! Fetch your branch president!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '行长不来，我就上市民热线告你们去！',
            en: "If he won't come, I'm reporting you to the city hotline!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '孙大爷要求见行长，还扬言要打市民热线。否认他的情绪、把他往外推、拿规定挡他，让一件本可以在网点化解的事升了级，也把一位本来信任银行的老客户推到了对面。',
        en: 'Mr. Sun demanded the branch president and threatened to ring the city hotline. Denying his feelings, pushing him away or hiding behind the rules escalated something the branch could have settled, and turned a long-standing customer who trusted the bank into an opponent.',
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '大伙儿都看见了吧？银行就是这么对待老头子的！',
            en: 'Did you all see that? That is how this bank treats an old man!',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '拍下来，发网上去，让全城的人都看看！',
            en: 'Film it, put it online, let the whole city see!',
          },
        },
      ],
      summary: {
        'zh-CN':
          '围观的人拍下了视频，当晚就在本地的网络群里传开了。在拥挤的大厅里不隔离、当众争执、亮出保安，一位老人的眼泪就成了全城的话题。迅速隔离之所以排在七步的第一步，就是为了不让这一幕发生。',
        en: "Onlookers filmed it and by evening the video was all over local online groups. Failing to separate him in a crowded hall, arguing in public or bringing in security turned an old man's tears into the talk of the town. That is exactly why separating quickly is step one of the seven.",
      },
    },
  ],
};

export default bankSocialSecurity;

import type { Scenario } from '../../engine/scenario-schema';

/**
 * C4 (F003): the compensation seeker. A small balance left on an idle card has been eaten by the
 * card and annual fees; she makes a scene at the counter. Settle it with a bounded, closed offer.
 */
const cardAnnualFee: Scenario = {
  formatVersion: 1,
  id: 'card-annual-fee',
  version: 1,
  title: {
    'zh-CN': '“我的钱没了！”——被年费吃掉的余额',
    en: '“My Money’s Gone!” — A Balance Eaten by Fees',
  },
  briefing: {
    'zh-CN':
      '吴阿姨拿着一张四年没用的卡来查余额，存进去的 80 块只剩 35 块，她当场在窗口哭嚷起来。您是网点负责人，柜员请您出面。',
    en: 'Auntie Wu came in to check a card she has not used for four years. Of the ¥80 she put in, ¥35 is left, and she is crying and shouting at the window. You run the branch; the teller has asked you to step in.',
  },
  industry: 'banking',
  channel: 'counter',
  difficulty: 3,
  objectives: [
    {
      'zh-CN': '先接住她的心疼和委屈，请她坐下，让她把话说完。',
      en: 'Take in her distress first, ask her to sit down, and let her say it all.',
    },
    {
      'zh-CN': '听出她真正要的是什么，核实流水，用大白话讲清每一笔扣费，不念条款、不说教。',
      en: 'Hear what she really wants, check the statement, and explain each charge in plain words, without reciting rules or lecturing.',
    },
    {
      'zh-CN': '为开卡时没讲清楚道歉，用封闭式选项给出有限度的补偿，不敞开问、不乱许诺。',
      en: 'Apologize for not explaining it at the start, and offer bounded compensation as a closed choice: no open-ended asks, no rash promises.',
    },
    {
      'zh-CN': '当场办完能办的，约好回访，回访时真正确认她心里没疙瘩了。',
      en: 'Do what can be done on the spot, arrange a follow-up call, and use it to check she really has no hard feelings left.',
    },
  ],
  source: { caseId: 'C4', file: 'shared/seeds/003_246d957d77303b28.txt (F003)' },
  notes: {
    'zh-CN':
      '来源（F003，银行讲稿）只给了梗概：几年前某银行开卡要收年费和工本费，开卡时存够 100 元可以免除；客户的卡几年没用，去查时发现余额不足 100 元，就在银行哭闹；最后网点负责人出面，给客户拿了礼品、赔了不是，客户满意离开。讲者据此说明“求补偿”心理可以用物质解决，但不能无限满足客户的期望值，要量力而行，否则客户会把哭闹当成谋取小利的办法；七步法中“油、纸抽等小礼物，您看您喜欢什么”的封闭式问法也出自同一讲稿。以下均为作者补充：吴阿姨的姓氏、58 岁、在早市卖菜、为孙子存压岁钱开卡；开卡存 80 元、四年未用；工本费 5 元、年费每年 10 元、共扣 45 元、余额约 35 元（具体收费标准为虚构）；开卡时柜员未讲收费；楼里“老李太太”去年得了一桶油的说法；200 元精神损失费的要价；豆油、纸抽两种礼品；当场销卡、取出余额；一周后的回访电话；虚构的滨江银行东风路支行与网点负责人林悦；各结局中的总行、网上视频、孙子开卡等情节；全部对话、分支与情绪数值。另：来源讲的是“前几年”的事；现实中，监管部门近年已要求银行对符合条件的个人账户（如客户在本行的唯一账户）免收年费和小额账户管理费，本案的收费只作情节，不代表任何银行的现行做法。',
    en: 'The source (F003, a bank talk) gives only an outline: some years ago a bank charged an annual fee and a card fee unless the opening deposit reached ¥100; a customer left a card unused for years, found the balance below ¥100 and cried and made a scene in the branch; the branch head came out, gave a gift and apologized, and the customer left satisfied. The speaker uses it to show that the compensation-seeking mindset can be settled with material items, but that expectations must not be met without limit (act within your means), or customers learn that making a scene pays. The closed offer of small gifts such as cooking oil or tissues comes from the same talk. Authored here: Auntie Wu\'s surname, age 58, her vegetable stall at the morning market, and opening the card for her grandson\'s New Year money; the ¥80 deposit and four idle years; the ¥5 card fee, ¥10 yearly annual fee, ¥45 in total and a balance of about ¥35 (the fee schedule is fictional); the teller not mentioning fees at opening; the neighbour "old Mrs. Li" and her bottle of oil; the ¥200 "emotional distress" demand; the oil-or-tissues choice; closing the card and withdrawing the balance on the spot; the follow-up call a week later; the fictional Binjiang Bank, Dongfeng Road branch, and branch head Lin Yue; the head office, online video and grandson details in the endings; all dialogue, branches and mood figures. Also: the source describes something from "a few years ago"; today regulators require banks to waive annual and small-balance fees on qualifying personal accounts (such as a customer\'s only account at that bank), so the charges here are plot only and describe no bank\'s current practice.',
  },
  persona: {
    name: { 'zh-CN': '吴阿姨', en: 'Auntie Wu' },
    profile: {
      'zh-CN':
        '58 岁，在早市摆摊卖菜，嗓门大、爱面子，街坊里谁家得了什么好处她都门儿清。四年前给孙子存压岁钱，在滨江银行开了张卡，存了 80 块，之后再没用过。',
      en: "She is 58, sells vegetables at the morning market, has a loud voice and a strong sense of face, and knows exactly who in the neighbourhood got what. Four years ago she opened a Binjiang Bank card for her grandson's New Year money, put in ¥80, and never used it again.",
    },
    psychology: 'compensation-seeker',
    surfaceComplaint: {
      'zh-CN': '存进去的 80 块只剩 35 块，认定银行“明抢”，要银行把钱吐出来。',
      en: 'Her ¥80 has shrunk to ¥35; she says the bank robbed her and wants the money back.',
    },
    realExpectation: {
      'zh-CN':
        '不想吃哑巴亏：要一个明明白白的说法和一点实在的补偿，面子上过得去，跟邻居比不能落下风；钱多少倒在其次。',
      en: 'Not to be left swallowing it: a straight answer and a small, tangible token, so she keeps face and does no worse than her neighbour. The money itself matters less.',
    },
    startingMood: { anger: 75, trust: 25 },
    agitatedAt: 65,
    appearance: { age: 'middle', hair: 'bun', skin: 2, glasses: false },
  },
  start: 'window',
  nodes: [
    {
      id: 'window',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '哎哟我的钱啊！存进去 80，就剩 35 了！我的钱没了！',
            en: "Oh, my money! I put in 80 and there's only 35 left! My money's gone!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '大伙儿给评评理，钱搁银行里还能越搁越少？你们这跟明抢有啥两样！',
            en: 'You tell me, everyone — money kept in a bank shrinks? How is that any different from daylight robbery!',
          },
          cue: 'exaggeration',
        },
      ],
      choices: [
        {
          id: 'its-the-rule',
          text: {
            'zh-CN':
              '阿姨，这是规定，开卡协议上都写着呢：存款不满 100 块要收年费，不是我们乱扣的。',
            en: "Auntie, those are the rules. It's in the account agreement: under ¥100 there's an annual fee. We didn't just take it.",
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“这是规定，卡上写着呢”最顺嘴，也最伤人：先拿规定堵她的嘴，等于说她无理取闹。规定可以讲，但要放在安抚和倾听之后，而且不是为了争赢。',
            en: "“Those are the rules, it's written down” comes easiest and hurts most: it shuts her up with policy and implies she is being unreasonable. Rules can be explained, but after calming and listening, and never to win.",
          },
          next: 'scene',
        },
        {
          id: 'greet-and-seat',
          text: {
            'zh-CN':
              '阿姨，我是这儿的负责人林悦。存的钱少了一大截，换谁都心疼。您到这边坐，我陪您一笔一笔对清楚。',
            en: "Auntie, I'm Lin Yue, I run this branch. Seeing your savings shrink like that — anyone would be upset. Come and sit over here and we'll go through it item by item.",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'own-problem', 'isolate'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先亮明身份、接住她的心疼，再把她从窗口请开。先处理心情，再处理事情：她得先觉得有人当回事，才听得进后面的话。',
            en: 'You named yourself, took in her distress, then moved her away from the window. Mood before matter: she has to feel taken seriously before she can hear anything else.',
          },
          next: 'seated',
          recommended: true,
        },
        {
          id: 'explain-fee-first',
          text: {
            'zh-CN':
              '阿姨，钱没丢，是扣了工本费和年费。开卡存款不满 100 块，一年扣 10 块，我给您一算您就明白了。',
            en: "Auntie, nothing's been lost. It's the card fee and the annual fee: opened with under ¥100, it's ¥10 a year. Let me work it out and you'll see.",
          },
          behaviours: ['explain'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '算账没错，可她正嚷着“钱没了”，您一上来就讲年费，她只听见“扣得有理”。先处理心情，再算账。',
            en: "The sums are right, but she is still shouting “my money's gone” and you open with annual fees, so all she hears is “we were entitled to it”. Mood first, arithmetic later.",
          },
          next: 'scene',
        },
      ],
    },
    {
      id: 'scene',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '年费？谁跟我说过有年费了？一个字都没提过！',
            en: 'An annual fee? Who ever told me about any annual fee? Not one word!',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我不管，今天不把钱给我吐出来，我就坐这儿不走了！',
            en: "I don't care. Until you cough up my money, I'm sitting right here and I'm not budging!",
          },
        },
      ],
      choices: [
        {
          id: 'calm-down-auntie',
          text: {
            'zh-CN': '阿姨，您先别激动，这么嚷嚷多不好看，后头还有客户排着队呢。',
            en: "Auntie, please don't get worked up. All this shouting doesn't look good, and there are customers waiting.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“别激动”否认了她的委屈，“多不好看”又伤了她的面子。越是爱面子的客户，越要先给面子。',
            en: "“Don't get worked up” denies her grievance, and “doesn't look good” costs her face. The more a customer cares about face, the more you must give it first.",
          },
          next: 'ending-public',
        },
        {
          id: 'oil-to-hush',
          text: {
            'zh-CN': '阿姨，这样吧，我们先给您拿桶油，这事儿咱就别嚷了，行吗？',
            en: "Tell you what, Auntie, we'll give you a bottle of cooking oil, and let's not make a fuss about it. All right?",
          },
          behaviours: ['bounded-offer', 'closed-question'],
          mood: { anger: -5, trust: -5 },
          note: {
            'zh-CN':
              '想用一桶油把场面压下去，可她的话还没说完，委屈也没人听。没弄清情况就拿东西堵嘴，她只会觉得闹一闹就有好处，要价反而更高。',
            en: 'You tried to settle the scene with a bottle of oil before she had finished or anyone had heard her out. Gifts used to silence before the facts are clear teach her that a scene pays, and she will ask for more.',
          },
          next: 'haggle',
        },
        {
          id: 'scene-recover',
          text: {
            'zh-CN':
              '阿姨，对不起，没先听您说就讲起规矩来了。我是负责人林悦，您这事我管。咱到那边坐下，您慢慢说。',
            en: "Auntie, I'm sorry, I started on the rules before hearing you out. I'm Lin Yue, I run this branch, and this is mine to sort out. Let's sit down over there and you can tell me.",
          },
          behaviours: ['apologize', 'self-identify', 'own-problem', 'isolate'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '马上认下先讲规矩的错，亮明身份，把她从窗口请开。台阶先给出去，她才有地方下来。',
            en: 'You owned leading with the rules straight away, said who you were, and moved her away from the window. Offer her a way down first, and she has somewhere to step down to.',
          },
          next: 'seated',
          recommended: true,
        },
      ],
    },
    {
      id: 'seated',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……坐就坐。你们可得给我个说法啊。',
            en: "…Fine, I'll sit. But you'd better give me a proper answer.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '我一个卖菜的，80 块钱得起多早、卖多少斤菜，你们坐办公室的知道吗？',
            en: 'I sell vegetables. Do you office folk have any idea how early I get up and how many kilos I sell to make 80 yuan?',
          },
        },
      ],
      choices: [
        {
          id: 'hard-earned',
          text: {
            'zh-CN':
              '这 80 块是您起早贪黑一斤斤卖菜挣的，少一分都心疼。当初这卡是怎么办的，您跟我说说？',
            en: 'That 80 came from getting up before dawn and selling vegetables a kilo at a time — of course every fen hurts. How did you come to open this card? Tell me about it.',
          },
          behaviours: ['acknowledge-emotion', 'ask-facts', 'open-question'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先说出她的辛苦，再用开放式问题请她讲来龙去脉。倾听不是干等着，是用问题帮她把话说出来。',
            en: 'You named how hard she works for it, then asked an open question about how it all began. Listening is not waiting in silence; it is asking so she can get it all out.',
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'yes-yes-understand',
          text: {
            'zh-CN': '嗯嗯，是是是，我理解，我特别理解您。',
            en: 'Mm, yes, yes, I understand. I really do understand.',
          },
          behaviours: ['filler'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '一连串“是是是，我理解”，听着像在打发人。共情要说出她具体心疼的是什么，再请她往下讲。',
            en: 'A string of “yes, yes, I understand” sounds like a brush-off. Empathy names exactly what hurts her, then invites her to go on.',
          },
          next: 'story',
        },
        {
          id: 'fee-schedule',
          text: {
            'zh-CN':
              '阿姨，按当时的收费标准，开卡存款不满 100 元，要收工本费和年费，这个在大厅里都有公示的。',
            en: 'Auntie, under the fee schedule at the time, accounts opened with under ¥100 paid a card fee and an annual fee. It was posted up in the hall.',
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '刚请她坐下，就拿“大厅里有公示”来回她，等于说她自己没看。她火气还大时，这句话会直接把她推去找总行；火气小些，她也只会憋着一口气往下说。',
            en: 'She has only just sat down and you answer with “it was posted in the hall”, as if she should have read it. While she is still hot this sends her straight to head office; even calmer, she carries on with a grudge.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'story',
          },
        },
      ],
    },
    {
      id: 'story',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '四年前给我孙子存压岁钱，你们这儿一个小姑娘给办的，就存了 80。年费？她一个字都没提！',
            en: "Four years ago I opened it for my grandson's New Year money. One of your young girls did it; I put in 80. Annual fee? She never said a word!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN':
              '我们楼里老李太太，去年也让你们扣了几十块，来闹了一场，你们还给拿了桶油呢。我也不是差这几十块钱，凭啥别人都有个说法，就我吃哑巴亏？',
            en: "Old Mrs. Li in my building got docked a few dozen yuan last year too. She kicked up a fuss and you gave her a bottle of oil. It's not that I need the money — but why does everyone else get some acknowledgement while I just have to swallow it?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'pull-statement',
          text: {
            'zh-CN': '您先别急，我先把这张卡的流水调出来，看看到底扣了哪几笔、都是什么钱。',
            en: "Hold on, let me pull up this card's statement first and see exactly what was taken, and what for.",
          },
          behaviours: ['verify-facts'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '查流水迟早要做，可她刚说了最要紧的一句“我也不是差这几十块钱”：她要的是不吃哑巴亏。这句话被您放过去了。',
            en: "The statement has to be checked sooner or later, but she had just said the thing that mattered most: “it's not that I need the money”. She wants not to be left swallowing it, and you let that pass.",
          },
          next: 'statement',
        },
        {
          id: 'hear-her-point',
          text: {
            'zh-CN':
              '我听明白了：几十块钱是小事，您是不想吃这个哑巴亏，想要个明明白白的说法，对吧？',
            en: "I hear you: the money's a small thing. What you won't accept is being left to swallow it — you want a straight answer. Is that right?",
          },
          behaviours: ['paraphrase', 'probe-expectation', 'closed-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '她那句“我也不是差这几十块钱”就是关键：她要的是不吃亏、有说法。您复述出来，她就知道您听懂了。听懂她的期望，不等于照着老李家的标准许诺。',
            en: "Her “it's not that I need the money” is the key: she wants not to lose out, and an answer. Playing it back shows you understood. Understanding her expectation is not the same as promising her what the neighbour got.",
          },
          next: 'verify',
          recommended: true,
        },
        {
          id: 'neighbour-argue',
          text: {
            'zh-CN':
              '阿姨，老李家是老李家的情况，每个人都不一样，咱可不能比着别人来要东西啊，这样不合适。',
            en: "Auntie, Mrs. Li's case was Mrs. Li's. Everyone's situation is different; you can't ask for things just because someone else got them. That isn't right.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '话里的意思是“您是来要东西的”，当场把她的面子撕了。跟客户争“凭啥”，争赢了理，就输掉了客户。',
            en: "What she hears is “you're here to grab something”, and her face is torn on the spot. Argue over “why her and not me” and you may win the point but lose the customer.",
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'verify',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '对！就是要个说法！', en: 'Exactly! I want a straight answer!' },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '你先给我查查，这四年到底扣了我几回。',
            en: 'First, look it up. How many times have you docked me in four years?',
          },
        },
      ],
      choices: [
        {
          id: 'refund-everything',
          text: {
            'zh-CN': '您放心，不管扣了多少，我全给您退回来，一分钱都不让您少，这个我说了算。',
            en: "Don't worry — whatever it comes to, I'll refund every fen. You won't lose a thing. That's my call to make.",
          },
          behaviours: ['over-promise', 'offer-solution'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '还没查就许诺全退，一来未必做得了主，二来让她觉得还能再往上加。补偿要量力而行，先查清再说。',
            en: 'Promising a full refund before checking is a promise you may not be able to keep, and it tells her there is more to be had. Compensate within your means, and only once the facts are clear.',
          },
          next: 'haggle',
        },
        {
          id: 'ask-what-she-wants',
          text: {
            'zh-CN': '说法肯定给您。阿姨，您就直说吧，您想要什么补偿？',
            en: 'You will get your answer, I promise. Auntie, just tell me straight: what compensation would you like?',
          },
          behaviours: ['open-ended-offer'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '敞开了让她开价，只会徒增尴尬：开高了您接不住，开低了她又觉得亏。补偿要用封闭式选项来给。',
            en: "Inviting her to name her price only creates awkwardness: too high and you can't accept it, too low and she feels short-changed. Offer compensation as a closed choice.",
          },
          next: 'haggle',
        },
        {
          id: 'print-each-item',
          text: {
            'zh-CN': '好，您把卡给我，我在系统里调流水，一笔一笔打出来给您看，两分钟就好。',
            en: "Sure. Give me the card and I'll pull up the statement and print every item for you to see. Two minutes.",
          },
          behaviours: ['verify-facts', 'hold'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '核实事实，并说清要做什么、要多久。每一笔都打出来给她看，明明白白，比任何解释都有说服力。',
            en: 'You checked the facts and said what you would do and how long it would take. Printing every item for her to see is clearer and more convincing than any explanation.',
          },
          next: 'statement',
          recommended: true,
        },
      ],
    },
    {
      id: 'statement',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……扣了 45？四年扣了我 45？',
            en: "…45? Four years, and you've taken 45 off me?",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '这都是些啥钱啊，你给我说道说道。',
            en: 'What is all this for, then? Go on, explain it to me.',
          },
        },
      ],
      choices: [
        {
          id: 'explain-and-apologize',
          text: {
            'zh-CN':
              '开卡工本费 5 块，年费一年 10 块，扣了 4 年。开卡时没人跟您讲清楚，是我们没做到位，对不起您。',
            en: "A ¥5 card fee at opening, then ¥10 a year for four years. Nobody explained that to you at the start. That was our failing, and I'm sorry.",
          },
          behaviours: ['explain', 'apologize'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '两句话讲清每笔钱的来历，不念条款；再为开卡时没说清楚道歉。这是为服务不到位道歉，不是承认乱扣费：道歉不等于认责。',
            en: 'Two sentences on where each yuan went, no clauses quoted, then an apology for not explaining at the start. You are apologizing for the service, not admitting improper charges: an apology is not an admission of liability.',
          },
          next: 'offer',
          recommended: true,
        },
        {
          id: 'you-signed',
          text: {
            'zh-CN':
              '阿姨，这些都是按规定扣的，协议第三条写得清清楚楚，当初您可是签了字的，这个您得认。',
            en: 'Auntie, these were all charged by the rules. Clause three of the agreement spells it out, and you signed it at the time. You have to accept that.',
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '“您可是签了字的”是在翻她的错处。就算责任在她，也要给她台阶下，何况开卡时本就该有人讲清楚。',
            en: '“You signed it” is digging up her mistake. Even when the customer is at fault you give her a way to save face, and in any case someone should have explained it when the card was opened.',
          },
          next: 'ending-public',
        },
        {
          id: 'yes-but-fees',
          text: {
            'zh-CN': '是，开卡时没跟您说清楚，不好意思。但是年费各家银行都收，这个真退不了。',
            en: "Yes, and I'm sorry nobody explained it at the start. But every bank charges an annual fee; this really can't be refunded.",
          },
          behaviours: ['apologize', 'yes-but', 'explain'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '“但是”把前面的歉意一笔勾销，“各家都收”又像在说她大惊小怪。要说做不到的事，先把能做的摆出来，别用“但是”转折。',
            en: "The “but” wipes out the apology, and “every bank charges it” sounds like she is making a fuss over nothing. To say what you can't do, lead with what you can, and drop the “but”.",
          },
          next: {
            branches: [{ when: { trust: { below: 30 } }, to: 'ending-escalated' }],
            otherwise: 'offer',
          },
        },
      ],
    },
    {
      id: 'offer',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……那你说，这事咋整吧？',
            en: '…So what are you going to do about it, then?',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '反正这钱是让你们扣走了。',
            en: "Either way, you've taken the money.",
          },
        },
      ],
      choices: [
        {
          id: 'name-your-price',
          text: {
            'zh-CN':
              '这事是我们没做好。阿姨，您看想要什么补偿，您尽管提，我们一定尽量想办法满足您，决不让您吃亏。',
            en: "We got this wrong. Auntie, tell me what compensation you'd like — ask for anything, and we'll do our very best to meet it. You won't lose out.",
          },
          behaviours: ['open-ended-offer'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '态度是好的，可“您想要什么补偿”等于把价码交给了她，后面接不住就更难收场。给两三个具体选项，让她挑。',
            en: "The spirit is right, but “what would you like?” hands her the price tag, and it is harder to close if you then can't meet it. Offer two or three concrete options and let her choose.",
          },
          next: 'haggle',
        },
        {
          id: 'refund-plus-interest',
          text: {
            'zh-CN': '您放心，这 45 块我做主全退给您，利息也给您补上，您还想要啥，我都去给您申请。',
            en: "Don't worry: I'll refund the whole ¥45 myself and add the interest, and anything else you'd like, I'll put in for it.",
          },
          behaviours: ['over-promise', 'offer-solution'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '一口气全退、补利息、“还想要啥都去申请”，补偿没了边界。不能无限满足期望，要量力而行，否则她下回还会用这个办法。',
            en: 'Refund, interest and “anything else you like”: the compensation has no limit. Never meet expectations without limit; act within your means, or she will use the same tactic again.',
          },
          next: 'haggle',
        },
        {
          id: 'oil-or-tissues',
          text: {
            'zh-CN':
              '给您赔个不是：我们有豆油、纸抽，您看喜欢哪样？这卡要不常用，我帮您销了，以后就不会再扣了。',
            en: "By way of apology, we've got cooking oil or tissues. Which would you like? And if you don't use this card, I can close it so nothing more is charged.",
          },
          behaviours: ['apologize', 'bounded-offer', 'closed-question', 'offer-solution'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '补偿有边界、用封闭式提问给出：油还是纸抽，她挑一样；再加一个不再扣费的实在办法。补了她的面子，也不让“闹一闹就有好处”成了惯例。',
            en: 'Bounded compensation, offered as a closed question: oil or tissues, she picks one. Plus a practical fix so no more fees are taken. Her face is restored, and “a scene pays” does not become the rule.',
          },
          next: 'choose',
          recommended: true,
        },
      ],
    },
    {
      id: 'haggle',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '那行啊！这四年扣的钱连本带利退给我，再赔我 200 块精神损失费！',
            en: 'Right then! Give back everything you took these four years, with interest, plus 200 yuan for emotional distress!',
          },
          cue: 'exaggeration',
        },
        {
          text: {
            'zh-CN': '老李太太都得了桶油，我比她冤多了，一桶油可打发不了我！',
            en: "Mrs. Li got a bottle of oil, and I've been hard done by far worse than her. One bottle of oil won't buy me off!",
          },
        },
      ],
      choices: [
        {
          id: 'decline-and-choose',
          text: {
            'zh-CN':
              '精神损失费这个口子，谁来我们都开不了，这得跟您说实话。赔个不是：豆油、纸抽您挑一样，卡我帮您销了不再扣，行吗？',
            en: "I have to be straight with you: distress money isn't something we give anyone. By way of apology: oil or tissues, your pick, and I'll close the card so nothing more is charged. All right?",
          },
          behaviours: [
            'decline-tactfully',
            'set-expectations',
            'apologize',
            'bounded-offer',
            'closed-question',
          ],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '委婉但明确地说清做不到的和为什么：谁来都一样，她也就不比老李家吃亏。再回到有边界的选项，量力而行。她对您还有几分信任，就顺着台阶下；信任耗光了，只能带着怨气走。',
            en: "You said clearly but kindly what you can't do and why: it's the same for everyone, so she does no worse than Mrs. Li. Then back to bounded options, within your means. If she still trusts you a little she takes the way down; if that trust is spent, she leaves resentful.",
          },
          next: {
            branches: [{ when: { trust: { atLeast: 35 } }, to: 'choose' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'give-in',
          text: {
            'zh-CN': '行行行，阿姨，您说多少就多少，我这就去跟上头申请，保证给您办下来。',
            en: "All right, all right, Auntie, whatever you say. I'll put it to head office right now, and I guarantee it'll be sorted.",
          },
          behaviours: ['over-promise'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '为了息事宁人一口答应，上头不批，这句“保证”就成了下一次更大的投诉；她也学会了：闹一闹就有好处。',
            en: 'Agreeing to everything to keep the peace: when head office says no, that “guarantee” becomes a bigger complaint, and she has learned that a scene pays.',
          },
          next: 'ending-broken-promise',
        },
        {
          id: 'rules-are-rules',
          text: {
            'zh-CN': '阿姨，规定就是规定，赔钱是不可能的，油也不是谁来闹都给的。',
            en: "Auntie, rules are rules. Cash compensation is out of the question, and oil isn't handed to everyone who makes a scene.",
          },
          behaviours: ['argue'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '“谁来闹都给”等于说她是来闹事的。拒绝可以，但要讲理由、给台阶，而不是跟她较劲。',
            en: '“Not for everyone who makes a scene” calls her a troublemaker. You may refuse, but with reasons and a way to save face, not by squaring up to her.',
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'choose',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '……那就要那桶油吧。', en: "…I'll take the oil, then." },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '卡也别留着了，给我销了，剩那 35 块取出来给我。',
            en: "And don't keep the card. Close it and give me the 35 that's left.",
          },
        },
      ],
      choices: [
        {
          id: 'all-done-anything-else',
          text: {
            'zh-CN': '好嘞，这就都给您办好。阿姨，您看还有什么需要我帮忙的吗？',
            en: "Right you are, I'll get it all done now. Anything else I can help you with, Auntie?",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '事办完了，可“还有什么需要”只是收尾的套话。她心里是不是真顺了，要回头再确认；当场能解决的，也要有后续跟踪。',
            en: 'The job is done, but “anything else?” is just a stock close. Whether she is really at ease needs checking later; even a complaint settled on the spot deserves a follow-up.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'do-it-and-call',
          text: {
            'zh-CN':
              '好，油这就给您拿，销卡取钱五分钟办完。下礼拜三我给您打电话，问问您还有啥不放心的。',
            en: "Right, I'll fetch the oil now, and closing the card takes five minutes. I'll give you a ring next Wednesday to see if anything's still on your mind.",
          },
          behaviours: ['commit-deadline', 'callback-promise'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '当场办、时间说清，再主动约一个回访电话。当场解决的投诉也要后续跟踪，才知道她是不是真的满意。',
            en: 'Done on the spot, with the time spelled out, plus a follow-up call you offered yourself. Even a complaint settled at the counter needs a follow-up to know whether she is really satisfied.',
          },
          next: 'week-later',
          recommended: true,
        },
        {
          id: 'next-time-ask',
          text: {
            'zh-CN':
              '行。阿姨，以后再办卡可得先问清楚收费，别光顾着往里存钱，再吃这种亏，可就真不值当了啊。',
            en: "Fine. Auntie, next time you open a card, ask about the fees first instead of just putting money in. Getting caught out like this again really isn't worth it.",
          },
          behaviours: ['blame'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '好心提醒，听着却是“怪您自己没问”。刚给了台阶，又把她推回“是她的错”，前面的功夫就白费了。不归咎客户。',
            en: 'Meant kindly, but it sounds like “your fault for not asking”. You had just given her a way to save face and now push her back to “it was her mistake”, undoing the good work. Never blame the customer.',
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'week-later',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂？哦，是银行的林经理啊……',
            en: "Hello? Oh, it's Ms. Lin from the bank…",
          },
        },
        {
          text: {
            'zh-CN': '咋的，又有啥事？不会是要我买理财吧？',
            en: 'What is it now? Not trying to sell me some investment product, are you?',
          },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'just-closing-it',
          text: {
            'zh-CN': '不是不是。就跟您说一声，您那张卡已经销户了，这事儿就算了结了啊。',
            en: "No, no. Just letting you know your card's been closed, so that's all settled.",
          },
          behaviours: ['progress-update', 'premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '打了回访电话，却只是通知一声就收尾，没问她心里还有没有疙瘩。回访的目的是确认满意，不是宣布结案。',
            en: 'You made the follow-up call but only to announce the case closed, without asking whether anything still rankles. A follow-up is for confirming satisfaction, not declaring the file shut.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'rate-us',
          text: {
            'zh-CN':
              '不是推销，您放心。上礼拜的事都给您办完了，麻烦您给我们的服务打个分，十分满分，您看能打几分？',
            en: "No, not a sales call, don't worry. Since last week's business is all done, could you rate our service? Out of ten, what would you give us?",
          },
          behaviours: ['follow-up', 'solicit-review'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '请客户评价不算错，可一开口就要分数，她会觉得您关心的是考核，不是她。先问她心里是否顺了，评价放在后面。',
            en: "Asking for a rating isn't wrong, but leading with a score makes her feel you care about your targets, not about her. Ask first whether she is at ease; the rating can come later.",
          },
          next: {
            branches: [{ when: { trust: { atLeast: 85 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
        },
        {
          id: 'any-hard-feelings',
          text: {
            'zh-CN':
              '不推销，您放心。上回的事，谢谢您给我们提了个醒。就想问问：办完以后，您心里还有疙瘩没有？',
            en: "No sales, I promise. Thank you for flagging that problem to us last week. I just wanted to ask: now it's all sorted, is anything still bothering you?",
          },
          behaviours: ['follow-up', 'thank', 'check-satisfaction', 'closed-question'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '按约回访，先打消她“又来推销”的戒心，感谢她的批评，再真心问一句还有没有疙瘩。她愿意接着往下聊，说明这次投诉是真化解了。',
            en: 'You called as promised, put her “another sales call?” suspicion to rest, thanked her for the criticism and asked in earnest whether any hard feelings remain. If she is happy to keep chatting, the complaint really is resolved.',
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
            'zh-CN': '嗐，早没事儿了！那油我炒菜正好使。',
            en: "Oh, that's long forgotten! The oil's just right for my cooking.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '说真的，那天你那么一说，我心里就顺了。回头我孙子开卡，还上你们那儿办！',
            en: "Honestly, the way you put it that day, I felt all right about it. When my grandson needs a card, we're coming to you!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '吴阿姨拿着一桶豆油、销了那张不用的卡，心气顺了；一周后的回访里，她还说要带孙子来开卡。先安抚、再倾听，核实后讲清每笔扣费，为没说清道歉，再用封闭式选项给出有限度的补偿：量力而行，投诉变成了回头客。',
        en: 'Auntie Wu left with a bottle of cooking oil and her idle card closed, her pride restored; on the follow-up call a week later she even said she would bring her grandson to open a card. Calm, listen, verify and explain each charge, apologize for not explaining, then a bounded, closed offer: within your means, a complaint became a returning customer.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        { text: { 'zh-CN': '……行吧，就这样吧。', en: "…Fine. That'll do." }, cue: 'avoidance' },
        {
          text: {
            'zh-CN': '反正钱是要不回来了，我算是记住你们银行了。',
            en: "The money's not coming back anyway. I'll remember this bank, that's all.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '事情了了，吴阿姨心里的疙瘩却没解开。说教、数落，或者事办完了不确认她是否真顺了心，她都会把这口气带回楼里，讲给街坊听。求补偿的客户要的不只是东西，还有一个说法和面子。',
        en: 'The matter is closed, but Auntie Wu still has a knot inside. Lecture her, tell her off, or finish without checking she is really at ease, and she takes the grudge home to tell the neighbours. A compensation seeker wants more than a gift: she wants an answer and her face.',
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '我不跟你说了！你们行长呢？我找你们总行去！',
            en: "I'm done talking to you! Where's your president? I'm going to your head office!",
          },
          cue: 'rising-tone',
        },
        { text: { 'zh-CN': '今天这事儿没完！', en: "This isn't over, not by a long way!" } },
      ],
      summary: {
        'zh-CN':
          '吴阿姨要去总行投诉。几十块钱的事，因为拿规定压她、跟她比对错，闹到了总行。坚决避免争执：争赢了道理，就输掉了客户。',
        en: 'Auntie Wu is taking it to head office. A matter of a few dozen yuan went all the way up because she was met with rules and argument. Never argue: win the point and you lose the customer.',
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '行，你们等着！我这就拍视频发网上，让大伙儿都看看你们银行咋坑老百姓的！',
            en: "Right, you just wait! I'm filming this and putting it online, so everyone can see how your bank cheats ordinary people!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '吴阿姨在大厅里录了视频，发到了网上。否认她的情绪、翻她签字的旧账，伤的是她的面子，赔进去的是银行的名声。',
        en: 'Auntie Wu filmed a video in the hall and posted it online. Denying her feelings or raking up the form she signed cost her face, and the bank paid with its reputation.',
      },
    },
    {
      id: 'ending-broken-promise',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '那天你不是拍着胸脯说给我办吗？这都三天了，钱呢？',
            en: "Didn't you swear blind the other day you'd sort it? That was three days ago. Where's my money?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '说话不算话是吧？行，我找你们总行去！',
            en: "So your word means nothing? Fine, I'm going to your head office!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '上头没批那 200 块，吴阿姨三天后又找上门来，这回直接要去总行。为了息事宁人许下做不到的承诺，失信比当初的拒绝更伤人；求补偿的客户要满足，但要量力而行。',
        en: 'Head office turned down the ¥200, and three days later Auntie Wu was back, this time heading for head office. A promise made to keep the peace and then broken hurts more than a refusal would have. Meet a compensation seeker, but within your means.',
      },
    },
  ],
};

export default cardAnnualFee;

import type { Scenario } from '../../engine/scenario-schema';

/**
 * C6, the Ctrip-style Australia tour (F000): a first-time traveller on a cheap promotion, anxious
 * before she left, ignored on the way, now posting online. One support chat over three days;
 * lessons: own it as the organiser, respond at once, feed back daily, exceed expectations.
 */
const tourMultiDay: Scenario = {
  formatVersion: 1,
  id: 'tour-multi-day',
  version: 1,
  title: {
    'zh-CN': '九千九的澳洲八日游',
    en: 'The ¥9,999 Australia Tour',
  },
  briefing: {
    'zh-CN':
      '沈女士参加了悦行旅游网 9999 元的澳洲 8 日特惠游，回国后在论坛发了长帖，又在线上投诉通道找到了投诉专席。这件事要谈上好几天，由您来接。',
    en: "Ms. Shen went on Yuexing Travel's ¥9,999 eight-day Australia promotion. Back home, she wrote a long forum post and has now reached the complaint desk through the online channel. This will take several days, and it's yours.",
  },
  industry: 'travel',
  channel: 'online',
  difficulty: 5,
  objectives: [
    {
      'zh-CN': '第一句就说“对不起”，以组织者的身份把事情认下来，不去算“谁的错多”。',
      en: "Say sorry in your first message and own it as the organiser; don't start counting whose fault it was.",
    },
    {
      'zh-CN': '听出她话里真正的委屈：第一次出国，一路上没有人认账、没有人管。',
      en: 'Hear the real hurt under her words: her first trip abroad, and nobody owned anything or took charge.',
    },
    {
      'zh-CN': '调查和回应同时进行：当天给出回话时间，之后每天按点反馈，哪怕没有进展。',
      en: 'Respond while you investigate: set a time that day, then report on time every day, even with no news.',
    },
    {
      'zh-CN': '补偿用封闭式选项给出，谈妥后多给一点心意并致谢，最后确认她真的满意。',
      en: 'Offer compensation as a closed choice, add a small extra and thanks once agreed, and check she is really satisfied.',
    },
  ],
  source: { caseId: 'C6', file: 'shared/seeds/000_59c7e734db7b5dbc.txt (F000)' },
  notes: {
    'zh-CN':
      '来源（F000）评述的是携程澳洲游投诉：9999 元的 8 天特惠游（正常价约 15000 元，上海往返机票近 7000 元，签证费 1000 元）；客户出国经验不足，出发前办手续倍感焦虑；签证材料要得多、保证金、境外“星级”酒店与国内不同；早班机没吃上早餐（评论者认为应与酒店约好送早餐）；旅途中的小抱怨没人重视；事后受理人员态度生硬、没有及时说“对不起”；客户发到 BBS 成为热点；处理停留在“是顾客错误多还是我们错误多”。四条教训：主动承担组织者责任、立即响应（调查同时进行）、持续反馈（至少每天一次，2 到 3 天无反馈即“石沉大海”）、超越期望（谈妥后追加小礼品或折扣券并再次致谢）；道歉不等于承担责任。以下均为作者补充：公司名“悦行旅游网”与“行者论坛”（均为虚构）；客户沈女士及其年龄、职业；悉尼—墨尔本的行程、第五天 6:40 的航班与 4:30 出发；墨尔本“四星”酒店房间小；签证材料补了三回、两万元保证金；行程客服三次只回“已记录”；坐席小许；每次回复的具体时间（次日 16:30、12 点、11:40 等）；调查结论（没提前跟酒店订打包早餐）；补偿方案（退 1500 元或 2500 元出境游券，追加 500 元周边游券）及“早餐打包已改进”；多日对话以同一在线会话中的时间标注（如“（次日 16:30）”“（三天后）”）表示，括号内为场景说明；全部对话、分支、情绪数值与各结局。来源对是否有随团导游说法不一，本案按“自助为主、路上找行程客服”处理。',
    en: "The source (F000) discusses the Ctrip Australia complaint: an 8-day promotion at ¥9,999 (normal price about ¥15,000; return flights from Shanghai near ¥7,000, visa ¥1,000); an inexperienced traveller who felt anxious getting documents ready; extra visa paperwork, a deposit, overseas 'star' hotels unlike domestic ones; breakfast missed because of an early flight (a commentator says the company should have arranged breakfast with the hotel); small complaints ignored during the trip; complaint staff afterwards stiff and slow to say sorry; the customer posted on a BBS and it became a public issue; handling stuck on 'is it more the customer's fault or ours'. Four lessons: take responsibility as organiser, respond at once (investigate in parallel), keep feeding back (at least daily; 2–3 days of silence reads as 'sunk without trace'), exceed expectations (a small gift or coupon after agreement, thanks again); an apology is not liability. Authored here: the fictional Yuexing Travel and Xingzhe forum; Ms. Shen, her age and job; the Sydney–Melbourne itinerary, the 06:40 flight on day 5 and the 04:30 departure; the cramped Melbourne 'four-star' room; the visa papers requested three times and the ¥20,000 deposit; the trip-service chat replying 'noted' three times; the representative Xu; the times of each message (16:30 the next day, 12:00, 11:40 and so on); the finding that no packed breakfast was ordered; the remedy (¥1,500 refund or a ¥2,500 outbound voucher, plus a ¥500 local-trip voucher) and the breakfast fix; the days shown as time stamps in one chat (e.g. '(next day, 16:30)', '(three days later)'), with bracketed text as stage directions; all dialogue, branches, mood figures and endings. The sources disagree on whether a guide travelled with the group; here it is mostly self-guided, with complaints sent to the trip-service chat.",
  },
  persona: {
    name: { 'zh-CN': '沈女士', en: 'Ms. Shen' },
    profile: {
      'zh-CN':
        '29 岁，上海一家外贸公司的行政。第一次出国，冲着 9999 元的特惠价报了悉尼、墨尔本 8 日游。出发前签证材料补了三回，押了两万保证金，整月睡不好。路上几次在行程客服里反映问题，回复都是“已记录”。回国后在行者论坛发了长帖。',
      en: "29, an administrator at a Shanghai trading firm. Her first trip abroad, booked for the ¥9,999 promotional price: eight days in Sydney and Melbourne. Before leaving she was asked for more visa papers three times and put down a ¥20,000 deposit, and slept badly for a month. On the trip she raised problems in the trip-service chat several times and was told 'noted'. Back home she wrote a long post on the Xingzhe forum.",
    },
    psychology: 'aggrieved',
    surfaceComplaint: {
      'zh-CN': '签证材料要得多、早班机没吃上早餐、“四星”酒店名不副实，路上反映了几次都没人管。',
      en: "Too many visa papers, no breakfast before an early flight, a 'four-star' hotel that wasn't, and nobody dealt with it when she raised it on the way.",
    },
    realExpectation: {
      'zh-CN':
        '有人以组织者的身份站出来，真诚道歉、认下这件事、认真管起来；补偿其次，但要体面，最好超出她的预期。',
      en: 'Someone to step up as the organiser, apologize sincerely, own it and take charge. Compensation comes second, but it should be respectful, ideally more than she expected.',
    },
    startingMood: { anger: 70, trust: 15 },
    agitatedAt: 60,
    appearance: { age: 'young', hair: 'long', skin: 1, glasses: false },
  },
  start: 'first-message',
  nodes: [
    {
      id: 'first-message',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '是投诉专席吧？我就问一句：你们悦行是不是只管收钱，收完就不管人了？',
            en: 'This is the complaints desk, right? One question: does Yuexing just take your money and then stop caring?',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '八天，九千九，从办签证到回国，就没一件事是顺的。我已经发到行者论坛上了，你们自己去看吧。',
            en: "Eight days, ¥9,999, and not one thing went right from the visa to the flight home. I've put it all on the Xingzhe forum. Go and read it yourselves.",
          },
        },
      ],
      choices: [
        {
          id: 'contract-says',
          text: {
            'zh-CN':
              '沈女士您好，您在论坛上反映的问题我们已经关注到了。根据您出发前签署的旅游合同，行程中包含的服务项目是这样的……',
            en: "Hello Ms. Shen, we've seen the issues you raised on the forum. Under the travel contract you signed before departure, the services included in the itinerary are as follows…",
          },
          behaviours: ['policy-first'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '她一开口是委屈和失望，您一开口是合同。先念条款，在她听来就是“先撇清责任”，这正是组织者最不该给的第一印象。',
            en: "She opened with hurt and disappointment; you opened with the contract. Leading with clauses sounds like 'first, let's establish it's not our fault' — the worst first impression an organiser can give.",
          },
          next: 'defensive',
        },
        {
          id: 'passed-to-dept',
          text: {
            'zh-CN': '您好，您的情况我已经记录下来，会提交给相关部门调查，有结果了第一时间通知您。',
            en: "Hello. I've logged your case and will pass it to the relevant department to investigate. We'll let you know as soon as there's a result.",
          },
          behaviours: ['investigate'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '“提交相关部门，有结果通知您”：不道歉，不给时间，等于让她接着等。速度体现态度，安抚要马上，调查可以同时进行。',
            en: "'Passed to the relevant department, we'll let you know': no apology, no time, just more waiting. Speed shows attitude: soothe her now, and investigate alongside.",
          },
          next: 'brushed-off',
        },
        {
          id: 'sorry-own-it',
          text: {
            'zh-CN':
              '沈女士您好，我是悦行投诉专席小许。这趟是我们组织的，让您一路受委屈了，真对不起。这事我来跟，您从头跟我说说？',
            en: "Hello Ms. Shen, this is Xu at the Yuexing complaint desk. We organised this trip and it made you miserable. I'm truly sorry. I'll take this on myself. Will you tell me about it from the start?",
          },
          behaviours: [
            'self-identify',
            'apologize',
            'acknowledge-emotion',
            'own-problem',
            'let-vent',
            'open-question',
          ],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '报了身份就道歉，以组织者的身份把事接下来：在客户眼里，签证、航班、酒店、吃饭都是旅行社的事。道歉是为她的经历，不急着逐条认账；再请她从头说，把委屈倒出来。',
            en: "You gave your name, apologized at once and took it on as the organiser: to the customer, visas, flights, hotels and meals are all the travel company's business. The apology is for her experience, not a ruling on each point. Then you invited her to tell it all.",
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'quick-refund',
          text: {
            'zh-CN':
              '您好，关于您这次出行的问题，我们这边可以先给您退 500 元，您看这样处理可以吗？',
            en: 'Hello. Regarding the problems on your trip, we can start by refunding you ¥500. Would that be acceptable?',
          },
          behaviours: ['offer-solution', 'bounded-offer', 'closed-question'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '没道歉、没听她说一个字，先把钱摆出来，她只会觉得你们想花钱了事。先处理心情再处理事情，补偿放在最后，而且要让她感到被尊重。',
            en: "No apology, not a word heard, and money on the table: she'll think you want to buy her off. Mood before matter; compensation comes last, and it has to feel respectful.",
          },
          next: 'not-about-money',
        },
      ],
    },
    {
      id: 'defensive',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '合同？呵，我就知道你们会拿合同说事。',
            en: 'The contract? Ha. I knew you would bring the contract into it.',
          },
        },
        {
          text: {
            'zh-CN': '合同我是签了。可哪一条写了，出了事没人管、找你们三回都没一句人话？',
            en: 'Yes, I signed it. So which clause says that when things go wrong nobody deals with it, and three messages to you get nothing human back?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'drop-the-contract',
          text: {
            'zh-CN':
              '您说得对，对不起，是我开错了头。合同先放一边：这趟是我们组织的，您一路受的委屈，我先听您说完。',
            en: "You're right, and I'm sorry — I started in the wrong place. Forget the contract for now: we organised this trip, and I want to hear everything you went through first.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'own-problem', 'let-vent'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '马上认下开错了头，把合同放下，回到她的委屈上。道歉不等于认责，却能把对话从对立拉回来。',
            en: 'You admitted the wrong start at once, put the contract away and went back to what she went through. An apology is not liability, but it pulls the conversation out of confrontation.',
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'clause-seven',
          text: {
            'zh-CN':
              '沈女士，合同是双方自愿签的约定。第七条写得很清楚，早班机当天不含酒店早餐，这一点上我们并没有违约。',
            en: "Ms. Shen, the contract is an agreement between both parties. Clause 7 is quite clear that breakfast isn't included on early-flight days, so we haven't breached anything there.",
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '拿条款跟客户争“我们没违约”，争赢了道理，就输掉了客户。她要的是被听见，不是被判输。',
            en: "Arguing from the clauses that 'we haven't breached anything' wins the point and loses the customer. She wants to be heard, not ruled against.",
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'brushed-off',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '“提交相关部门”，“有结果通知您”。',
            en: "'Passed to the relevant department.' 'We'll let you know.'",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我在路上找你们三回，回回都是这一句。你们是不是就会这一句啊？',
            en: 'Three times I contacted you on the trip, and every time it was that line. Is that the only thing you know how to say?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'standard-process',
          text: {
            'zh-CN': '沈女士，这是我们的标准处理流程。调查需要一定的时间，还请您耐心等待。',
            en: 'Ms. Shen, this is our standard procedure. Investigations take a certain amount of time, so please bear with us.',
          },
          behaviours: ['policy-first', 'investigate'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '她刚说这句话听了三回，您又给了第四回，还搬出“标准流程”。不给时间的“耐心等待”，在客户那里就是石沉大海。',
            en: "She'd just said she'd heard that line three times, and you gave her a fourth, plus 'standard procedure'. 'Please wait' with no time attached is, to the customer, sinking without trace.",
          },
          next: 'ending-public',
        },
        {
          id: 'no-more-template',
          text: {
            'zh-CN':
              '对不起，这句话您听太多遍了。路上找了三回都没人当回事，换谁都寒心。这回我来跟，当时是怎么回事？',
            en: "I'm sorry; you've heard that far too often. Three tries on the road and nobody took it seriously — anyone would lose heart. I'm on it now. What happened?",
          },
          behaviours: [
            'apologize',
            'acknowledge-emotion',
            'own-problem',
            'ask-facts',
            'open-question',
          ],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '先为那句套话道歉，说出她寒心的原因，再表明这回有人管，然后请她说。立即响应，速度和诚意要一起到。',
            en: 'You apologized for the stock phrase, named why she lost heart, said someone is in charge now, and then asked. Respond at once, with speed and sincerity together.',
          },
          next: 'story',
          recommended: true,
        },
      ],
    },
    {
      id: 'not-about-money',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '五百块？', en: '¥500?' } },
        {
          text: {
            'zh-CN': '你们以为我在论坛上发帖，就是为了讹你们五百块钱？我话都还没说呢！',
            en: "You think I posted on a forum to squeeze ¥500 out of you? I haven't even told you what happened!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'raise-it',
          text: {
            'zh-CN': '那这样，我帮您申请到 1000 元，这已经是我们这边能给的最高标准了。',
            en: "All right, I'll get it raised to ¥1,000 for you. That's the most we're able to give.",
          },
          behaviours: ['bounded-offer', 'offer-solution'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '她刚说不是为了钱，您就加价。越加价，越坐实她“花钱买了一肚子气”的说法。先听她说，钱的事最后谈。',
            en: "She'd just said it wasn't about money, and you raised the offer. Every increase confirms her story that money is all you understand. Hear her out; money comes last.",
          },
          next: 'ending-public',
        },
        {
          id: 'sorry-let-her-talk',
          text: {
            'zh-CN':
              '对不起，是我太急了，话都没听您说就谈钱，难怪您更生气。这一路让您受了哪些委屈，您从头跟我说说？',
            en: "I'm sorry, I rushed in talking money before hearing a word from you; no wonder you're angrier. Would you tell me from the beginning what you went through?",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'let-vent', 'open-question'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '认下自己急着谈钱，说出她为什么更气，再把话头交还给她。先处理心情再处理事情，补偿的事等她说完了再谈。',
            en: 'You owned rushing to money, named why she got angrier, and handed the floor back to her. Mood before matter: compensation can wait until she has finished.',
          },
          next: 'story',
          recommended: true,
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
              '出发前那个月我就一直提心吊胆。签证材料补了三回，还押了两万块保证金，打电话问你们，就一句“按清单准备”。',
            en: "The whole month before I left, I was on edge. They asked for more visa papers three times, I had to put down a ¥20,000 deposit, and when I called you all I got was 'just follow the checklist'.",
          },
        },
        {
          text: {
            'zh-CN':
              '在悉尼，第五天早上六点四十的飞机，四点半就被拉去机场。酒店早餐六点半才开，我们一口早饭都没吃上。',
            en: "In Sydney, day five, the flight was at 6:40, so we were taken to the airport at half four. The hotel breakfast didn't open until 6:30. We didn't get a bite.",
          },
        },
        {
          text: {
            'zh-CN':
              '墨尔本那个“四星”酒店，房间小得箱子都打不开。我在你们行程客服里发了三回，回我的永远是“已记录”。',
            en: "And that 'four-star' hotel in Melbourne — the room was too small to open my suitcase. I messaged your trip service three times, and the answer was always 'noted'.",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'itinerary-said',
          text: {
            'zh-CN':
              '沈女士，有几点我得说明：早班机那天不含早餐，行程单上写了；签证材料是领事馆要求的。有些情况，可能是您出发前没看清行程。',
            en: "Ms. Shen, a few points: the itinerary says no breakfast on the early-flight day, and the visa papers are what the consulate requires. Some of this may be because you didn't read the itinerary closely.",
          },
          behaviours: ['blame', 'argue', 'explain'],
          mood: { anger: 20, trust: -20 },
          note: {
            'zh-CN':
              '每一句单拿出来都没错，合在一起就是“是您自己没看清”。先算是谁的错，正是这类投诉被推成论坛热帖的那一步。',
            en: "Each point may be accurate; together they say 'you didn't read it properly'. Counting whose fault it is was exactly the step that turned this kind of complaint into a trending post.",
          },
          next: 'ending-public',
        },
        {
          id: 'play-it-back',
          text: {
            'zh-CN':
              '我理一下：材料补三回，没人讲清为什么；四点半出门，没吃上早饭；酒店不像样，找三回都只回“已记录”。这一路太憋屈了。',
            en: "Let me check I have it: papers three times, nobody saying why; out at half four with no breakfast; a poor hotel, and three messages answered 'noted'. What a miserable way to travel.",
          },
          behaviours: ['paraphrase', 'acknowledge-emotion'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '把三件事按她的原话理了一遍，最后一句说出她的感受。复述让她知道您真的在听，这比任何解释都更早让她松口气。',
            en: 'You went through the three things in her own terms and ended by naming how it felt. Playing it back shows you were really listening, which eases her sooner than any explanation.',
          },
          next: 'key-moment',
          recommended: true,
        },
        {
          id: 'yes-but',
          text: {
            'zh-CN':
              '早餐的事确实是我们没安排好，这个我认。但是签证材料和酒店星级，都是按领事馆和当地的标准来的。',
            en: "The breakfast was our failure, I accept that. But the visa papers and the hotel rating both follow the consulate's and local standards.",
          },
          behaviours: ['yes-but', 'explain'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '认了一件、辩了两件，“但是”一出口，前面那句“我认”就不算数了。她现在要的不是逐条对账。',
            en: "One point conceded, two defended, and once the 'but' comes out the 'I accept that' no longer counts. She doesn't want the items settled one by one right now.",
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'key-moment',
          },
        },
      ],
    },
    {
      id: 'key-moment',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你知道吗，我长这么大，这是第一次出国。',
            en: 'You know, that was the first time in my life I had been abroad.',
          },
        },
        {
          text: {
            'zh-CN':
              '人生地不熟，英语也说不利索，碰到事只能找你们，你们倒好，一句“已记录”就完了。哪怕有一个人站出来说一句“这事怪我们，我们来管”，我也不至于气成这样去发帖。',
            en: "Strange place, my English isn't great, and when something went wrong you were all I had — and all I got was 'noted'. If just one person had stepped up and said 'this one's on us, we'll deal with it', I'd never have got so upset I posted about it.",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'offer-800',
          text: {
            'zh-CN': '真的很抱歉。给您两个方案：退 800 元，或者送 1000 元旅游券，您看选哪个？',
            en: "I'm truly sorry. Two options for you: a ¥800 refund, or a ¥1,000 travel voucher. Which would you prefer?",
          },
          behaviours: ['apologize', 'bounded-offer', 'offer-solution', 'closed-question'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '她刚说“哪怕有人说一句这事怪我们”，您却直接报了价。关键线索在“有人认账”，不在钱；补偿再合理，也答非所问。',
            en: "She had just said 'if only someone had said this one's on us', and you went straight to a price. The key cue was about someone owning it, not money; even a fair offer misses the point.",
          },
          next: 'money-again',
        },
        {
          id: 'someone-owns-it',
          text: {
            'zh-CN':
              '第一次出国，碰到事只能找我们，却只等来“已记录”。您最想要的，是有人站出来认下这事、真正管起来，对吗？',
            en: "Your first time abroad, we were all you had, and all you got was 'noted'. What you want most is for someone to step up, own this and really take charge of it. Is that right?",
          },
          behaviours: ['paraphrase', 'probe-expectation'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您抓住了那句最容易滑过去的话：“哪怕有一个人站出来说这事怪我们”。把她真正要的说破：不是钱，是有人认账、有人管。',
            en: "You caught the line that's easiest to miss — 'if just one person had stepped up and said this one's on us' — and said out loud what she really wants: not money, but someone who owns it and takes charge.",
          },
          next: 'plan',
          recommended: true,
        },
        {
          id: 'cheap-package',
          text: {
            'zh-CN':
              '您的心情我理解。不过这条线本来就是 9999 元的特惠价，光机票加签证就要八千多，地接能安排的服务确实有限。',
            en: "I understand how you feel. But this was a ¥9,999 promotional route; flights and visa alone cost over ¥8,000, so there's genuinely only so much the local operator can provide.",
          },
          behaviours: ['yes-but', 'deflect', 'explain'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '价低不是服务缺位的理由。“一分钱一分货”式的解释，等于告诉她“便宜就活该”，还把她的委屈算到了她自己贪便宜上。',
            en: "A low price is no excuse for missing service. A 'you get what you pay for' explanation tells her she deserved it for going cheap, and puts her hurt down to her own bargain-hunting.",
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'money-again',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '……又是钱。', en: '…Money again.' } },
        {
          text: {
            'zh-CN': '我要是为了这几百块，犯得着一条一条打字发帖吗？',
            en: 'If this were about a few hundred yuan, would I have bothered typing it all out line by line on a forum?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'not-the-money',
          text: {
            'zh-CN':
              '对不起，是我听岔了。您在意的，是一路上没人认账、没人管，对吗？这件事从现在起我来管。',
            en: "I'm sorry, I misheard you. What matters to you is that nobody owned anything or took charge the whole way, isn't it? From now on, I'm taking charge of this.",
          },
          behaviours: ['apologize', 'probe-expectation', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '认下自己听岔了，把她真正在意的说出来，再表明有人负责。回到那句关键的话上，比任何加价都管用。',
            en: 'You owned the mishearing, named what she really cares about and said someone is responsible now. Going back to her key line works better than any higher offer.',
          },
          next: 'plan',
          recommended: true,
        },
        {
          id: 'raise-to-1500',
          text: {
            'zh-CN':
              '明白，那我再帮您往上争取一下：退 1500 元，这已经是我们这边的上限了，您看这样行吗？',
            en: "Understood. Let me push for more on your behalf: a ¥1,500 refund. That's really our ceiling. Would that work for you?",
          },
          behaviours: ['bounded-offer', 'set-expectations', 'closed-question'],
          mood: { trust: -5 },
          note: {
            'zh-CN': '她两次说不是为了钱，您两次加价。钱能补损失，补不了“没人把她当回事”的委屈。',
            en: "Twice she said it wasn't about money, and twice you raised the offer. Money can cover a loss; it can't cover the hurt of nobody taking her seriously.",
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'ending-grudging',
          },
        },
      ],
    },
    {
      id: 'plan',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '……对。就是这么个理。', en: "…Yes. That's exactly it." },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '那你们打算怎么弄？可别又是“查一查，等通知”。',
            en: "So what are you going to do? And don't give me 'we'll look into it, wait to hear from us' again.",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'file-it',
          text: {
            'zh-CN':
              '好的，您反映的这几件事我都详细记下来了，会提交给相关部门逐一调查，等全部调查清楚以后，再给您一个正式的书面答复。',
            en: "Of course. I've noted everything you raised in detail and will pass it to the departments concerned to investigate one by one. Once it's all clear, we'll send you a formal written reply.",
          },
          behaviours: ['investigate'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '她刚说“别又是查一查、等通知”，您给的正是这一句。没有时间、没有下一次联系，调查再认真，在她那儿也是石沉大海。',
            en: "She'd just said 'don't give me look-into-it-and-wait' and that's exactly what you gave her. No time and no next contact: however thorough the investigation, to her it has sunk without trace.",
          },
          next: 'silence',
        },
        {
          id: 'per-contract',
          text: {
            'zh-CN':
              '我们会依据合同条款逐项核实责任，属于我方责任的部分，按合同约定的标准给您赔付，这一点请您放心。',
            en: "We'll check liability item by item against the contract terms, and whatever is our responsibility will be compensated at the contractual rate. You can rest assured of that.",
          },
          behaviours: ['policy-first', 'investigate'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“依据合同条款”“按约定标准”，句句在理，却句句在划界线。她要的是组织者站出来，不是一份责任清单。',
            en: "'According to the contract terms', 'at the contractual rate': every word is reasonable and every word draws a line. She wants the organiser to step up, not a liability checklist.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'i-own-it',
          text: {
            'zh-CN':
              '这事从现在起我负责。今天就调出行前通话记录，跟酒店、地接逐一核实。明天 17:00 前，查到多少，我都来跟您说进展。',
            en: "From now on this is my responsibility. Today I'll pull the pre-trip call records and check with the hotel and local operator. By 17:00 tomorrow, however far I've got, I'll update you here.",
          },
          behaviours: [
            'own-problem',
            'verify-facts',
            'investigate',
            'commit-deadline',
            'callback-promise',
          ],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '谁负责、查什么、几点回话，一句话全交代了。调查和回应同时进行：查是为了补漏洞，不是为了分对错；回话的时间今天就定。',
            en: "Who's responsible, what gets checked, when she'll hear back: all in one message. Respond while you investigate — you look for weak links, not for who's to blame — and set the time today.",
          },
          next: 'overnight',
          recommended: true,
        },
      ],
    },
    {
      id: 'overnight',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行。明天五点，我等着。',
            en: "Fine. Five o'clock tomorrow. I'll be waiting.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '说好了啊，别到时候又没影了。',
            en: "That's a promise, mind. Don't just vanish on me.",
          },
        },
      ],
      choices: [
        {
          id: 'update-no-news',
          text: {
            'zh-CN':
              '（次日 16:30）沈女士，我是小许。酒店和地接还没回齐，上午又催了。没结果也先说一声：明天 12 点前给您完整答复。',
            en: "(Next day, 16:30) Ms. Shen, it's Xu. The hotel and local operator haven't all replied yet; I chased them again this morning. No result yet, but I said I'd update you: full answer by 12:00 tomorrow.",
          },
          behaviours: ['progress-update', 'commit-deadline', 'callback-promise'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '没有新结果，照样按点来报一声，并给出下一次的时间。复杂投诉至少每天反馈一次，让她知道事情一直有人在办。',
            en: 'No new result, yet you reported on time and set the next time. On a complex complaint, feed back at least once a day, so she knows someone is still working on it.',
          },
          next: 'visa-question',
          recommended: true,
        },
        {
          id: 'wait-for-all',
          text: {
            'zh-CN':
              '您放心，一定给您个交代。只是酒店、地接、签证几件事得一起核实，我想等全部查清了，再一次性给您完整答复，免得说一半又改口。',
            en: "Don't worry, you'll get a proper answer. It's just that the hotel, the operator and the visa all need checking together, so I'd rather give you one full answer than half of one I'd have to correct.",
          },
          behaviours: ['investigate'],
          mood: { anger: 10, trust: -15 },
          note: {
            'zh-CN':
              '“全查清了再一次说清楚”听着稳妥，却把刚约好的五点收了回去，换来的是杳无音信。复杂投诉至少每天反馈一次，没有进展也要按点说一声。',
            en: "'One complete answer once it's all clear' sounds careful, but it quietly takes back the five o'clock you just agreed, and what she gets is silence. On a complex complaint, report at least daily, even when there's no news.",
          },
          next: 'silence',
        },
        {
          id: 'late-thin-update',
          text: {
            'zh-CN': '（次日 21:40）沈女士您好，今天各方还在核实，暂时没有结论，有结果了再告诉您。',
            en: "(Next day, 21:40) Hello Ms. Shen. Everyone's still checking today, so there's no conclusion yet. We'll let you know when there's a result.",
          },
          behaviours: ['progress-update', 'investigate'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '报了进展，可比约好的五点晚了近五个钟头，也没说下一次什么时候。反馈要准时，还要带着下一个时间点，否则她还是得干等。',
            en: "You did report, but nearly five hours after the agreed five o'clock, and with no next time. Feedback must be punctual and carry the next checkpoint, or she is still left waiting.",
          },
          next: 'visa-question',
        },
      ],
    },
    {
      id: 'silence',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（三天后）你好？还有人吗？',
            en: '(Three days later) Hello? Is anyone there?',
          },
        },
        {
          text: {
            'zh-CN': '说好的答复呢？帖子底下几百条留言都在问“悦行回你了没有”，我都不知道该怎么回！',
            en: "Where's the answer you promised? Hundreds of comments under my post are asking 'has Yuexing got back to you yet?', and I don't even know what to tell them!",
          },
          cue: 'exaggeration',
        },
      ],
      choices: [
        {
          id: 'still-investigating',
          text: {
            'zh-CN': '实在不好意思，相关部门还在调查，请您再耐心等几天，有结果一定第一时间通知您。',
            en: "I'm really sorry; the departments concerned are still investigating. Please bear with us a few more days, and we'll tell you the moment there's a result.",
          },
          behaviours: ['apologize', 'investigate'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '又是“再等几天”。复杂投诉至少每天反馈一次；三天没声音之后再来一句“等通知”，她只剩论坛这一条路。',
            en: "'A few more days' again. A complex complaint needs an update at least daily; after three silent days, another 'wait to hear' leaves her only the forum.",
          },
          next: 'ending-public',
        },
        {
          id: 'late-sorry-update',
          text: {
            'zh-CN':
              '对不起，沈女士，三天没给您一句回音，是我们的错。进展是：酒店和地接都联系上了，还差最后核对。明天 12 点前我给您完整方案。',
            en: "I'm sorry, Ms. Shen. Three days without a word from us is our fault. Where things stand: we've reached the hotel and local operator and are finishing the checks. Full proposal by 12:00 tomorrow.",
          },
          behaviours: ['apologize', 'progress-update', 'commit-deadline', 'callback-promise'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '迟到的反馈先认错，再报进展、给时间。失掉的三天补不回来，至少把事情拉回了轨道；以后要每天按点报一次。',
            en: "A late update that opens with an apology, then gives progress and a time. The three lost days can't be recovered, but the case is back on track; from now on, report on time every day.",
          },
          next: 'visa-question',
          recommended: true,
        },
      ],
    },
    {
      id: 'visa-question',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '……行，我知道了。', en: '…Okay. Noted.' } },
        {
          text: {
            'zh-CN':
              '还有个事我一直憋着：同事去澳洲，交几样材料就完了。你们让我交了一大摞，还押了两万保证金。是不是看我没出过国，好糊弄？',
            en: "There's one more thing I've been holding in. A colleague went to Australia and handed in a few documents, that's all. You had me hand over a whole pile and a ¥20,000 deposit. Was it because I'd never been abroad, so I'd put up with anything?",
          },
        },
      ],
      choices: [
        {
          id: 'consulate-rules',
          text: {
            'zh-CN':
              '沈女士，签证材料都是领事馆那边的要求，保证金也是行业里通行的惯例，我们也只是照章办事，这个真不是我们旅行社能决定的。',
            en: "Ms. Shen, the visa documents are what the consulate requires, and the deposit is standard practice in the industry. We're only following the rules; it really isn't something a travel agency decides.",
          },
          behaviours: ['deflect', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '句句是实情，可“不是我们能决定的”把组织者的责任推了出去。她问的是“是不是欺负我没经验”，该回应的是那一个月的着急。',
            en: "All true, but 'it isn't something we decide' pushes the organiser's responsibility away. She asked whether you took advantage of her inexperience; what needed an answer was that month of worry.",
          },
          next: 'remedy',
        },
        {
          id: 'should-have-asked',
          text: {
            'zh-CN': '清单上每一项其实都写了用途。您当时有疑问，随时可以打电话问我们的签证顾问呀。',
            en: 'Actually every item on the checklist says what it is for. If you had questions at the time, you could have called our visa consultants whenever you liked.',
          },
          behaviours: ['blame'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '她刚说过打电话问了，只得到“按清单准备”。“您当时可以问”等于说是她自己没问，这一句截图发上论坛，就是新的热帖。',
            en: "She'd already said she called and got 'follow the checklist'. 'You could have asked' says it was her own fault, and a screenshot of that line is the next trending post.",
          },
          next: 'ending-public',
        },
        {
          id: 'explain-and-own',
          text: {
            'zh-CN':
              '不是糊弄您。多要材料和保证金，是为降低拒签和滞留风险。可我们没讲清为什么要、哪些必需，让您白着急一个月，对不起。',
            en: "It wasn't that. The extra papers and deposit are there to reduce the risk of refusal or overstaying. But we never explained why, or which were essential, and left you worrying for a month. I'm sorry.",
          },
          behaviours: ['explain', 'apologize'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '等她情绪平复了，才平心静气地澄清：多要材料有原因，没讲清楚是我们的不对。道歉不等于认下所有的账，讲清楚反而更可信。',
            en: "Once she'd calmed down you clarified calmly: the extra papers had a reason; not explaining them was our fault. An apology isn't accepting every charge, and a clear account is more credible for it.",
          },
          next: 'remedy',
          recommended: true,
        },
      ],
    },
    {
      id: 'remedy',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……行吧，签证的事，我不跟你计较了。',
            en: "…All right. I won't keep on at you about the visa.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '你说的方案，我等着看。',
            en: "I'll wait and see what you come back with.",
          },
        },
      ],
      choices: [
        {
          id: 'name-your-price',
          text: {
            'zh-CN':
              '（次日 11:40）沈女士，这一趟确实让您受委屈了。您看希望我们怎么补偿比较合适？您说个数，我去帮您申请。',
            en: "(Next day, 11:40) Ms. Shen, you really were treated badly on this trip. What compensation would you feel is fair? Name a figure and I'll put in for it.",
          },
          behaviours: ['follow-up', 'acknowledge-emotion', 'open-ended-offer'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '让她自己开价，说多了怕被说讹钱，说少了心里委屈，只会徒增尴尬。补偿用封闭式提问：给两三个有限度的选项，让她挑。',
            en: "Asking her to name a price is a trap for her: too high and she's 'squeezing you', too low and she's short-changed. It only creates awkwardness. Offer two or three bounded options and let her choose.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'two-options',
          text: {
            'zh-CN':
              '（次日 11:40）查清了：没提前跟酒店订打包早餐，错在我们。两个选择：退 1500 元，或 2500 元出境游券，两年有效。您选哪个？',
            en: "(Next day, 11:40) Found it: we never ordered packed breakfasts from the hotel. That's on us. Two options: a ¥1,500 refund, or a ¥2,500 outbound-travel voucher valid two years. Which would you like?",
          },
          behaviours: [
            'follow-up',
            'root-cause',
            'own-problem',
            'bounded-offer',
            'closed-question',
          ],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '按约定的时间回话，先把查到的原因说清、认下，再给两个有限度的选项让她挑。封闭式的补偿既体面，又不会越谈越高。',
            en: 'Back on time as promised, you stated what you found and owned it, then gave her two bounded options to choose from. A closed-choice offer is dignified and keeps the figure from spiralling.',
          },
          next: 'agreement',
          recommended: true,
        },
        {
          id: 'standard-rate',
          text: {
            'zh-CN':
              '（次日 11:40）按公司的服务补偿标准，这类情况补偿团费的 3%，也就是 300 元，今天就可以给您退。',
            en: '(Next day, 11:40) Under our service-compensation standard, cases like this receive 3% of the tour price, which is ¥300. We can refund it today.',
          },
          behaviours: ['follow-up', 'policy-first', 'bounded-offer', 'commit-deadline'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '三天的努力，最后用一句“按标准 3%”收了尾。规定可以做补偿的依据，但开口就报标准，她只会觉得自己又成了一个工单号。',
            en: "Three days of effort, closed with 'the standard is 3%'. Policy can back an offer, but leading with the standard makes her feel like a ticket number again.",
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'agreement',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '……那就退 1500 吧。', en: '…The ¥1500 refund, then.' },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '说实话，钱多钱少是其次，总算有个人把这事当回事了。',
            en: 'Honestly, the money is secondary. At least someone finally took this seriously.',
          },
        },
      ],
      choices: [
        {
          id: 'refund-anything-else',
          text: {
            'zh-CN': '好的，1500 元会在 3 个工作日内退回您的原支付账户。请问还有什么可以帮您的吗？',
            en: 'Very well, the ¥1,500 will go back to your original payment account within 3 working days. Is there anything else I can help you with?',
          },
          behaviours: ['commit-deadline', 'premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '方案一谈妥就急着收尾，“还有什么可以帮您”把刚回暖的气氛一下子变回了例行公事。善终比善始更重要。',
            en: "Closing the moment it's agreed: 'anything else?' turns a warming conversation back into routine. Ending well matters more than starting well.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'little-extra',
          text: {
            'zh-CN':
              '退款今天就办，3 个工作日到账。另外送您一张 500 元周边游券，算我们一点心意。谢谢您把这些都说出来，打包早餐我们已经改了。',
            en: "I'll process the refund today; it arrives within 3 working days. And here's a ¥500 short-trip voucher as a small gesture from us. Thank you for telling us all this; packed breakfasts are fixed now.",
          },
          behaviours: ['commit-deadline', 'exceed-expectations', 'thank'],
          mood: { trust: 10 },
          note: {
            'zh-CN':
              '谈妥之后多给一点意料之外的心意，真诚道谢，再告诉她她的意见已经让流程改了。超越期望，才能把发帖的客户变回回头客。',
            en: 'After agreement you added something unexpected, thanked her sincerely and told her that her feedback has already changed the process. Exceeding expectations is how a customer who posted becomes one who returns.',
          },
          next: 'final',
          recommended: true,
        },
        {
          id: 'ask-delete-post',
          text: {
            'zh-CN':
              '好的，退款 3 个工作日内到账。另外想麻烦您一下：论坛上那个帖子，方便的话能不能删掉？',
            en: 'Fine, the refund will arrive within 3 working days. And may I ask a favour: that post on the forum — would you be able to take it down?',
          },
          behaviours: ['commit-deadline'],
          mood: { anger: 10, trust: -15 },
          note: {
            'zh-CN':
              '刚谈妥就提删帖，她会觉得前面三天的诚意都是为了这一句。帖子怎么处理由她决定；把事情办好，她自己会去更新。',
            en: "Asking her to delete the post the moment you agree makes three days of sincerity look like it was all for this. What happens to the post is her call; do the job well and she'll update it herself.",
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'final',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '……嗯，谢谢你啊，小许。', en: '…Mm. Thank you, Xu.' },
          cue: 'softening',
        },
        { text: { 'zh-CN': '那就这样吧。', en: "Let's leave it there, then." } },
      ],
      choices: [
        {
          id: 'real-check',
          text: {
            'zh-CN':
              '不客气。最后想问您一句：这样处理，您心里这口气顺了吗？还有哪儿觉得不妥，您直接跟我说。',
            en: "You're welcome. One last question: with it handled this way, do you feel it's been put right? If anything still doesn't sit well, just tell me.",
          },
          behaviours: ['check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '不是走流程地问“还有什么事”，而是确认她心里这口气真顺了。满意要确认，不能靠猜；给她留一句话的空间。',
            en: "Not a routine 'anything else?' but a real check that she feels it has been put right. Satisfaction is confirmed, not assumed; leave her room to say one more thing.",
          },
          next: {
            branches: [{ when: { trust: { atLeast: 80 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'bye',
          text: {
            'zh-CN': '好的，感谢您对悦行的支持，祝您生活愉快，再见！',
            en: 'Very well. Thank you for supporting Yuexing, and have a lovely day. Goodbye!',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '她那句“那就这样吧”不冷不热，您就用一句客套收了线。结束对话不是目标，确认她真的满意才是。',
            en: "Her 'let's leave it there' was lukewarm, and you closed with a pleasantry. Ending the conversation isn't the goal; confirming she's truly satisfied is.",
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
            'zh-CN': '顺了。说实话，要是一开始就有你这样的人管，我根本不会去发帖。',
            en: "It has. Honestly, if someone like you had been handling it from the start, I'd never have posted at all.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '帖子我会在底下补一条，把你们这几天怎么处理的也写上。下回出国，说不定还找你们。',
            en: "I'll add an update under the post about how you handled it these past few days. Next time I go abroad, I might even book with you again.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '沈女士在帖子下补了一条后续，写了悦行这几天是怎么处理的。您第一句就道了歉，以组织者的身份把事情认下，边查边答、每天按点反馈，谈妥后又多给了一点心意：怒气变成了回头客。',
        en: 'Ms. Shen added a follow-up under her post describing how Yuexing handled it. You apologized in your first message, owned it as the organiser, responded while investigating, reported on time every day, and added a little extra once it was agreed: anger turned into a returning customer.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        { text: { 'zh-CN': '……行吧，就这样吧。', en: "…Fine. That'll do." } },
        {
          text: {
            'zh-CN': '帖子我就不删了，也懒得再改。',
            en: "I won't take the post down. I can't be bothered to update it either.",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '钱退了，事情也算了结，可沈女士心里那口气没顺，帖子原样挂着。补偿给得再多，没人真正认账、反馈不准时、收尾草草，客户就只是“不再吵了”，不是满意了。',
        en: "The money was refunded and the matter closed, but Ms. Shen isn't at peace, and the post stays up as it was. However generous the payout, without someone truly owning it, punctual updates and a proper close, the customer has only stopped arguing; she isn't satisfied.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行，你们要讲条款、讲标准、讲价钱，那我们就按程序走。',
            en: "Fine. If you want to talk clauses, standards and prices, we'll go through the proper channels.",
          },
        },
        {
          text: {
            'zh-CN': '我这就去旅游质监所投诉，你们跟他们解释去吧！',
            en: "I'm filing a complaint with the tourism quality supervision office right now. You can explain yourselves to them!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '沈女士把投诉交给了旅游质监部门。拿合同、拿价格、拿“但是”去跟一个满腹委屈的客户对账，就算条条有理，也等于告诉她：这件事没有人替她管。',
        en: "Ms. Shen took her complaint to the tourism regulator. Settling accounts with an aggrieved customer using the contract, the price or a 'but' — however sound each point — tells her nobody is going to take charge of this for her.",
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '好，我知道了。',
            en: 'Right. I get it.',
          },
        },
        {
          text: {
            'zh-CN': '你这几句话，我截图发到帖子里，让大家都看看悦行是怎么处理投诉的。',
            en: "I'm screenshotting what you just said and adding it to my post, so everyone can see how Yuexing handles complaints.",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '沈女士把对话截图贴到了论坛，帖子越顶越高，还被媒体转载。算谁的错多、拖着不回、拿钱打发，每一步都在给帖子添新料；网上的怨气，一旦有人带头，很快就成了一片。',
        en: 'Ms. Shen posted screenshots of the chat; the thread climbed and was picked up by the media. Counting faults, going silent, trying to buy her off — each step fed the post. Online, once one person leads, resentment spreads fast.',
      },
    },
  ],
};

export default tourMultiDay;

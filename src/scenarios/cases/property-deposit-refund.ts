import type { Scenario } from '../../engine/scenario-schema';

/**
 * C12, the refund demand (F002; expectation management from F001): a buyer storms into the sales
 * office demanding his deposit back over a fee nobody mentioned when he signed. Behind "退定" is a
 * man who feels he was not told the truth, and who still wants the flat.
 */
const propertyDepositRefund: Scenario = {
  formatVersion: 1,
  id: 'property-deposit-refund',
  version: 1,
  title: {
    'zh-CN': '“买的时候没告诉我要交这笔钱！”',
    en: '“Nobody Told Me About This Fee!”',
  },
  briefing: {
    'zh-CN':
      '郑先生交了 5 万元定金，临到网签才被告知还要交 17800 元住宅专项维修资金。他冲进售楼处大厅，当着看房客户的面要求退定。您是驻场项目经理，由您来接待。',
    en: "Mr. Zheng paid a ¥50,000 deposit, and only at contract signing was he told about a ¥17,800 maintenance fund. He has stormed into the sales office and, in front of other buyers, demands his deposit back. You're the on-site project manager.",
  },
  industry: 'real-estate',
  channel: 'onsite',
  difficulty: 4,
  objectives: [
    {
      'zh-CN': '先道歉、把他请离大厅，让他把话说完；不急着讲规定，更不先念合同。',
      en: 'Apologize, take him out of the hall and let him say it all; no rules up front, and never open with the contract.',
    },
    {
      'zh-CN':
        '核实当初到底告知了什么；查实是我们没讲清楚，就坦白认下，不推给销售顾问，也不因怕担责而不道歉。',
      en: "Check what he was actually told; if we failed to tell him, say so plainly. Don't pin it on the sales consultant, and don't withhold an apology for fear of liability.",
    },
    {
      'zh-CN':
        '听出“退定”背后他真正要的东西，说清这笔钱哪些能改、哪些不能改，给有限度的封闭式选项。',
      en: 'Hear what he really wants behind "give me my deposit back", say what can and cannot change about the fee, and offer a bounded, closed choice.',
    },
    {
      'zh-CN': '承诺有期限的书面答复，约好跟进，送他走之前确认他是真的放心了。',
      en: 'Commit to a written answer by a set time, arrange the follow-up, and check he is genuinely reassured before he leaves.',
    },
  ],
  source: { caseId: 'C12', file: 'shared/seeds/002_52c4668a2a4d3dfa.txt (F002)' },
  notes: {
    'zh-CN':
      '来源（F002，地产代理公司“客户投诉及危机处理”课件）只有案例标题“XX楼盘客户要求退定”、客户原话“买的时候没告诉我要交这笔钱”和“角色扮演、学员评价”的形式；同一课件给出楼盘投诉的特点（九成以上不满服务态度、多发生在购买后、超范围承诺最招不满、目的明确：退定换房或发泄）、“受了误导”的客户原话和处理技巧；期望管理（说清能做和不能做的、不轻易承诺）取自 F001。以下均为作者补充：楼盘“澜庭·滨江”和代理公司“致远地产顾问”（均虚构）；客户郑先生的年龄、职业、家庭和父母住在附近；6 栋 1203、建筑面积 89 平方米、总价 186 万元、定金 5 万元、本月 8 日签认购书、认购书约定 15 日内网签；销售顾问小周和她手写的费用清单（首付、契税、贷款）；这笔费用定为住宅专项维修资金：每平方米 200 元的标准、17800 元的金额和“本市在网签前缴存”的时点都是作者虚构的（全国性的《住宅专项维修资金管理办法》只规定首期交存额为当地住宅建筑安装工程每平方米造价的 5%–8%，具体标准和缴存时点由各地定）；维修资金由业主交存、不能免缴，现实中也有开发商以促销形式代付，本案设定代付不在项目经理可申请的范围内；认购书第九条“其他税费按国家规定缴纳”；驻场项目经理方敏；两个选项（无责退定、5 万元全额退还；或继续购买，由开发商补贴两年物业费，按每平方米每月 3.2 元约 6835 元，均需开发商签字）；周四 18:00 前的盖章书面答复、网签期限书面延至下周一（设定驻场项目经理有权书面顺延网签期限）、周四下午的电话；全部对话、分支、情绪数值与各结局。',
    en: 'The source (F002, a property sales agency\'s course on complaints and crisis handling) gives only the case title "a buyer at XX development demands his deposit back", the customer\'s words "nobody told me I\'d have to pay this when I bought", and the format (role-play, trainee evaluation). The same deck lists the traits of property complaints (over 90% about service attitude, mostly after purchase, out-of-scope promises the most resented, clear aims: cancel the deposit, change unit or vent), a customer quote about being "misled through the whole purchase", and handling techniques; expectation management (say what can and cannot be done, promise carefully) comes from F001. Authored here: the development "Lanting Riverside" and the agency "Zhiyuan Property Advisers" (both fictional); Mr. Zheng\'s age, job, family and his parents living nearby; unit 1203 in block 6, 89 m², ¥1.86m, the ¥50,000 deposit, the subscription agreement signed on the 8th with contract signing due within 15 days; the sales consultant Xiao Zhou and her handwritten cost sheet (down payment, deed tax, mortgage); the fee itself, a housing maintenance fund: the ¥200/m² rate, the ¥17,800 total and "payable in this city before contract signing" are all invented (the national Measures for the Administration of Housing Special Maintenance Funds only set the first deposit at 5–8% of the local per-m² construction cost, leaving rates and timing to each city); owners must pay it and it cannot be waived, and although some developers do pay it as a promotion, here that is set outside what the project manager can apply for; clause 9, "other taxes and fees payable as required by the state"; the project manager Fang Min; the two options (cancel with no penalty and the ¥50,000 refunded in full, or go ahead with the developer paying two years\' management fees, about ¥6,835 at ¥3.2/m²/month, both needing the developer\'s signature); the stamped written answer by Thursday 18:00, the signing deadline extended in writing to next Monday (the on-site project manager is assumed to have authority to extend it), the Thursday afternoon call; all dialogue, branches, mood figures and endings.',
  },
  persona: {
    name: { 'zh-CN': '郑先生', en: 'Mr. Zheng' },
    profile: {
      'zh-CN':
        '35 岁，软件公司测试主管，做事讲究数字对得上。和爱人攒了几年、加上父母贴补才凑够首付，看中了澜庭·滨江一套 89 平方米的两居，楼下是小学，离父母家一条街。本月 8 日交了 5 万元定金。',
      en: '35, a QA lead at a software company who likes numbers that add up. He and his wife saved for years, with help from his parents, to make the down payment on an 89 m² two-bed at Lanting Riverside: a primary school downstairs, his parents a street away. He paid the ¥50,000 deposit on the 8th.',
    },
    psychology: 'aggrieved',
    surfaceComplaint: {
      'zh-CN':
        '销售顾问给的费用清单上没有维修资金，认购时也没人提；临到网签才说要先交 17800 元。他要求退定，5 万元定金全退。',
      en: 'The cost sheet the sales consultant gave him left out the maintenance fund and nobody mentioned it; only at contract signing was he told to pay ¥17,800 first. He demands to cancel and get the full ¥50,000 back.',
    },
    realExpectation: {
      'zh-CN':
        '想被诚实地对待：要一句“是我们没告诉您”的实话，和一张以后不会再冒出新钱的明白账。房子他其实还想要，只要这次的意外能被认下、能重新商量。',
      en: 'To be dealt with honestly: a plain "we didn\'t tell you" and a full account so no more surprise costs appear. He still wants the flat, if this surprise is owned up to and renegotiated.',
    },
    startingMood: { anger: 80, trust: 20 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'short', skin: 2, glasses: true },
  },
  start: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你是管事的？行。我今天来就一件事：退定！五万块定金，一分不少退给我！',
            en: "You're in charge? Good. I'm here for one thing: I'm cancelling. My fifty-thousand deposit, back, every last yuan!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '买的时候没告诉我要交这笔钱，到签合同了，冒出来一万七千八。你们这是卖房子还是下套啊？',
            en: "Nobody told me about this fee when I bought. Now it's time to sign, and up pops seventeen thousand eight hundred. Are you selling flats or setting traps?",
          },
        },
      ],
      choices: [
        {
          id: 'fund-is-mandatory',
          text: {
            'zh-CN':
              '郑先生，您先听我说一句。维修资金是政府规定每套商品房都要交的，专款专用，不是我们额外收的，您去哪个楼盘买都一样。',
            en: "Mr. Zheng, just hear me out a second. The maintenance fund is required by the government on every new flat and ring-fenced. It isn't our charge; you'd pay it at any development.",
          },
          behaviours: ['explain', 'policy-first'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '说的是事实，可他在大厅里正火着，第一句就是“政府规定”，听着像在说“你自己没搞懂”。先处理心情，再处理事情；先听清，再解释。',
            en: 'True, but he\'s fuming in the middle of the hall, and opening with "government rules" sounds like "you just didn\'t understand". Mood before matter; hear him out before you explain.',
          },
          next: 'brushed',
        },
        {
          id: 'apologize-take-aside',
          text: {
            'zh-CN':
              '郑先生，我是项目经理方敏。临签约冒出一万七千八，换谁都要火，真对不起。咱们去洽谈室坐，您从头跟我说。',
            en: "Mr. Zheng, I'm Fang Min, the project manager. ¥17,800 popping up right before signing — anyone would be furious. I'm sorry. Come and sit in the meeting room and tell me from the start.",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'apologize', 'isolate', 'let-vent'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '报上身份，说出他的火从哪儿来，先道歉，再把他请离大厅、请他从头讲。先处理心情再处理事情，也免得围观的客户把事越看越大。',
            en: 'You said who you are, named what made him angry, apologized, then moved him out of the hall and invited the whole story. Mood before matter, and no audience to make it bigger.',
          },
          next: 'vent',
          recommended: true,
        },
        {
          id: 'refund-right-away',
          text: {
            'zh-CN': '行，郑先生，定金我给您退，今天就办，保证不让您吃亏。',
            en: "All right, Mr. Zheng, I'll refund your deposit. We'll do it today; you won't lose a penny, I promise.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '想用一句“给您退”把火压下去，可退定要开发商签字，“今天就办”您做不了主。还没听清就许诺，承诺超出了能兑现的范围。',
            en: 'You tried to put the fire out with "I\'ll refund you", but a cancellation needs the developer\'s signature and "today" isn\'t yours to promise. A promise made before hearing him out, and beyond what you can deliver.',
          },
          next: 'promised-refund',
        },
        {
          id: 'keep-it-down',
          text: {
            'zh-CN': '先生，您声音小一点，大厅里还有别的客户在看房，有什么事好好说嘛。',
            en: "Sir, please keep your voice down. There are other customers viewing flats. Let's discuss this nicely.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '在他最火的时候让他“小点声、好好说”，等于告诉他这火不该发。想避开围观，就请他去洽谈室，而不是请他闭嘴。',
            en: 'Telling him to "keep it down and talk nicely" at the height of his anger says his anger is out of place. To avoid an audience, invite him to a meeting room; don\'t ask him to be quiet.',
          },
          next: 'brushed',
        },
      ],
    },
    {
      id: 'brushed',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '我话还没说完，你就先来教育我？',
            en: "I haven't even finished, and you're lecturing me already?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '买的时候没告诉我要交这笔钱，现在倒成我的不是了？行，我现在就拍视频发业主群，让大家看看你们这个售楼处！',
            en: "Nobody told me about this fee when I bought, and now it's my fault? Fine. I'm filming this right now and putting it in the owners' group chat. Let everyone see this sales office!",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'post-it-then',
          text: {
            'zh-CN': '郑先生，您发到群里也改变不了规定。维修资金哪家都得交，真不是我们坑您。',
            en: "Mr. Zheng, posting it won't change the rules. Every development charges the maintenance fund; we're really not cheating you.",
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '他要拍视频了，您还在跟他争规定对不对。坚决避免争执：争赢了道理，输掉的是客户，还有整个项目的口碑。',
            en: "He's about to film and you're still arguing about the rules. Never argue: win the point and you lose the customer, and the development's name with him.",
          },
          next: 'ending-public',
        },
        {
          id: 'own-and-sit',
          text: {
            'zh-CN':
              '您说得对，是我没听您说完就抢着讲，对不起。这么大一笔钱临签约才听说，您生气有道理。咱们去里边坐，您慢慢说。',
            en: "You're right. I jumped in before hearing you out, and I'm sorry. That much money sprung on you right before signing: you've every reason to be angry. Let's sit down inside, and tell me everything.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'isolate', 'let-vent'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '认下自己抢了话，承认他有理由生气，再请他坐下慢慢讲。认错不丢人，这是把场面拉回来最快的办法。',
            en: 'You owned that you cut in, agreed he had reason to be angry, and invited him to sit and talk. Admitting a slip costs nothing and is the fastest way to win the moment back.',
          },
          next: 'vent',
          recommended: true,
        },
        {
          id: 'film-warning',
          text: {
            'zh-CN':
              '您要拍可以，不过话要说在前头：视频要是影响了项目声誉，开发商那边是可以追究的。',
            en: "Film if you like, but let me be clear: if the video damages the development's reputation, the developer can take action.",
          },
          behaviours: ['threaten'],
          mood: { anger: 25, trust: -15 },
          note: {
            'zh-CN': '拿“追究”吓客户，是把投诉变成公开冲突最快的一步。对抗之下，品牌输得最多。',
            en: 'Threatening a customer with "action" is the quickest way to turn a complaint into a public fight. In a confrontation, the brand loses most.',
          },
          next: 'ending-public',
        },
      ],
    },
    {
      id: 'promised-refund',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '这还差不多。那现在就办，五万块今天打我卡上。',
            en: "That's more like it. Do it now, then. Fifty thousand in my account today.",
          },
        },
        {
          text: {
            'zh-CN': '……怎么不说话了？刚才不是说今天就退吗？',
            en: "…Why have you gone quiet? Didn't you just say today?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'correct-myself',
          text: {
            'zh-CN':
              '对不起，我刚才说急了。退定要开发商签字，今天到不了账。咱们去洽谈室坐，您把经过跟我说清楚，我再给您准话。',
            en: "I'm sorry, I spoke too fast. A cancellation needs the developer's signature, so no money today. Come into the meeting room and tell me what happened; then I'll give you a straight answer.",
          },
          behaviours: ['apologize', 'set-expectations', 'isolate', 'let-vent'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '许错了就马上收回，说清能做和不能做的，再把他请离大厅、回到倾听。他会不高兴，但比等他发现被骗要好得多。',
            en: "When you've over-promised, take it back at once, say what can and can't be done, move him out of the hall and go back to listening. He won't like it, but it's far better than letting him discover it himself.",
          },
          next: 'vent',
          recommended: true,
        },
        {
          id: 'tell-finance',
          text: {
            'zh-CN': '没问题，我这就跟财务打招呼，今天下班前一定到账，您放心。',
            en: "No problem. I'll have a word with finance right away. It'll be in your account before close of business today, I promise.",
          },
          behaviours: ['over-promise', 'commit-deadline'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '一个做不到的承诺上又加了一个。财务一句“要开发商批”，今天下午就会变成第二次投诉。审慎承诺，失信比拒绝更伤人。',
            en: 'A second impossible promise on top of the first. The moment finance says "the developer must approve", it becomes a second complaint. Promise carefully: a broken promise hurts more than a no.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'fill-the-form',
          text: {
            'zh-CN':
              '郑先生，是这样的，退定我们有规定的流程。您先填一份退定申请表，我们报给开发商审批，有结果了会第一时间通知您。',
            en: "Well, Mr. Zheng, cancellations follow a set procedure. Fill in this application form first, we'll send it to the developer for approval, and we'll let you know as soon as there's a decision.",
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '刚说完“今天就退”，转身就是“填表、等通知”。前后两套话，客户只会认定你们在糊弄他。',
            en: 'One moment "today", the next "fill in a form and wait". Two stories in a minute, and he concludes you\'re fobbing him off.',
          },
          next: 'ending-public',
        },
      ],
    },
    {
      id: 'vent',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '八号，我在这儿交的五万定金，签的认购书。小周给我写了张单子：首付多少，契税多少，贷款多少，一笔一笔的。',
            en: 'On the 8th I paid the fifty thousand right here and signed the subscription agreement. Xiao Zhou wrote me a sheet: down payment, deed tax, mortgage, item by item.',
          },
        },
        {
          text: {
            'zh-CN':
              '我拿回去跟我爱人算了三个晚上，算得好好的。昨天签约的人跟我说，网签前先交一万七千八的维修资金。',
            en: 'My wife and I spent three evenings going over it. It all added up. Then yesterday the contracts person tells me: pay ¥17,800 for the maintenance fund before signing.',
          },
        },
        {
          text: {
            'zh-CN': '单子上哪有这一项？买的时候没告诉我要交这笔钱！一万七千八啊，不是一百七十八！',
            en: "Where's that on the sheet? Nobody told me about this fee when I bought! Seventeen thousand eight hundred, not a hundred and seventy-eight!",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'contract-is-clear',
          text: {
            'zh-CN':
              '郑先生，您看认购书第九条，写得清清楚楚：“其他税费按国家规定缴纳”。这一条您签字的时候，应该是看过的吧？',
            en: 'Mr. Zheng, look at clause 9 of the agreement. It\'s perfectly clear: "other taxes and fees payable as required by the state". You would have read that before signing, surely?',
          },
          behaviours: ['argue', 'blame', 'policy-first'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '“合同里写得清清楚楚”“您应该看过”，一句拿条款挡，一句怪客户。他说的是没人告诉他，您回的是“怪你自己”，这是最典型的火上浇油。',
            en: '"The contract is perfectly clear" and "you should have read it": one hides behind a clause, the other blames him. He said nobody told him; you answered "your own fault". Textbook fuel on the fire.',
          },
          next: 'contract-flare',
        },
        {
          id: 'blame-xiaozhou',
          text: {
            'zh-CN': '小周是新来的，业务还不熟，单子是她自己写的。您放心，回头我一定严肃处理她。',
            en: "Xiao Zhou is new and still learning; she wrote that sheet herself. Don't worry, I'll deal with her firmly.",
          },
          behaviours: ['blame', 'investigate-blame'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '把错推给新人，客户听到的是“公司没错，是她一个人的事”。在他眼里小周就是你们，不归咎同事，先解决他的问题。',
            en: 'Pinning it on the new girl tells him "the company did nothing wrong, it\'s just her". To him, Xiao Zhou is you. Don\'t blame colleagues; solve his problem first.',
          },
          next: 'contract-flare',
        },
        {
          id: 'note-it-back',
          text: {
            'zh-CN':
              '我记一下：八号交定金，小周的单子上没有维修资金，昨天签约时才说要交一万七千八，对吧？您接着说。',
            en: "Let me note this: deposit on the 8th, no maintenance fund on Xiao Zhou's sheet, and only yesterday at signing you were told to pay ¥17,800. Is that right? Please go on.",
          },
          behaviours: ['paraphrase', 'record', 'let-vent'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '边记边复述，让他知道每一个数字您都听进去了，再请他接着说。复述确认是倾听最有力的证明。',
            en: "Noting and reading back shows him every figure landed, and then you let him carry on. Paraphrasing to confirm is the strongest proof you're listening.",
          },
          next: 'verify',
          recommended: true,
        },
      ],
    },
    {
      id: 'contract-flare',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '说来说去，没一个人说一句“是我们没讲清楚”！合着全是别人的错？',
            en: "On and on, and not one of you says \"we didn't make it clear\"! So it's everyone else's fault?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '行，住建局的电话我已经查好了。你们自己看着办吧。',
            en: "Fine. I've already looked up the housing bureau's number. Suit yourselves.",
          },
        },
      ],
      choices: [
        {
          id: 'report-it-then',
          text: {
            'zh-CN':
              '郑先生，您要去住建局投诉，那是您的权利，我们不拦着。不过我们也是按规定办事的，住建局来了，我们也是这么说。',
            en: "Mr. Zheng, complaining to the housing bureau is your right; we won't stop you. But we follow the rules, and if the bureau comes, we'll tell them exactly the same.",
          },
          behaviours: ['deflect', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“您去投诉吧”是把门关上了。这时候最该做的是把该认的认下来，给他一个留下来谈的理由。',
            en: '"Go ahead and complain" shuts the door. What the moment needs is to own what\'s yours and give him a reason to stay and talk.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'check-in-front',
          text: {
            'zh-CN':
              '您说得对，刚才那话是我不对，对不起，该认的我们认。我现在就调认购书和签约档案，当着您的面核对，五分钟。',
            en: "You're right. What's ours to own, we own, and what I just said was wrong. I'm sorry. I'll fetch the agreement and the signing file now and go through them with you. Five minutes.",
          },
          behaviours: ['apologize', 'own-problem', 'verify-facts', 'hold'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '马上收回、道歉，再用当面核对的行动表明不是在找理由。说了错话不可怕，可怕的是不改口。',
            en: "You took it back, apologized, and showed by checking in front of him that you weren't hunting for excuses. A wrong word isn't fatal; refusing to take it back is.",
          },
          next: 'facts-found',
          recommended: true,
        },
      ],
    },
    {
      id: 'verify',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你说，你们是不是故意的？先不提，等人交了定金跑不掉了，再一样一样往外加？',
            en: "Tell me, is it deliberate? Keep quiet until people have paid a deposit and can't back out, then add things one at a time?",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '小周那张单子我今天带来了，白纸黑字，你自己看！',
            en: "I've brought Xiao Zhou's sheet with me. It's all in black and white. See for yourself!",
          },
        },
      ],
      choices: [
        {
          id: 'not-deliberate',
          text: {
            'zh-CN': '郑先生，这您真误会了。我们是正规代理公司，绝对不可能故意瞒着客户。',
            en: "Mr. Zheng, you've really got us wrong. We're a reputable agency; we would never deliberately hide anything from a customer.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '还没看单子，就先替公司辩护。不要自我维护：是不是故意，得靠核实出来的事实回答，不是靠一句“不可能”。',
            en: 'You defended the company before even looking at the sheet. Don\'t defend yourself: whether it was deliberate is answered by checked facts, not by "never".',
          },
          next: 'contract-flare',
        },
        {
          id: 'fund-is-yours-anyway',
          text: {
            'zh-CN':
              '是，单子上漏了，这确实不应该。但维修资金本来就是业主自己的钱，存在专户里，将来电梯外墙坏了都从里面出。',
            en: "Yes, the sheet left it out, and it shouldn't have. But the fund is the owners' own money, kept in a special account; lifts and outer walls get repaired from it later.",
          },
          behaviours: ['yes-but', 'explain'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '前半句认了错，一个“但”字又收了回去。解释本身没错，可他还没平静时，任何“但是”都像在找理由。',
            en: 'The first half owned the mistake; the "but" took it back. The explanation is accurate, but while he is still upset any "but" sounds like an excuse.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'contract-flare' }],
            otherwise: 'facts-found',
          },
        },
        {
          id: 'check-the-file',
          text: {
            'zh-CN': '单子您让我看一下。我再去把认购书和签约档案调过来，咱们当面一项项对，五分钟。',
            en: "May I see the sheet? I'll fetch the agreement and the signing file too, and we'll go through them together, item by item. Five minutes.",
          },
          behaviours: ['verify-facts', 'hold'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '不争辩、不保证，先核实：看他的单子，调档案，说清要等多久。是不是故意，交给事实来回答。',
            en: 'No arguing, no assurances: verify first. You looked at his sheet, fetched the files and said how long it would take. Let the facts answer "was it deliberate".',
          },
          next: 'facts-found',
          recommended: true,
        },
      ],
    },
    {
      id: 'facts-found',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '看到了吧？单子上有没有？有没有？',
            en: 'See? Is it on the sheet? Is it?',
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '别跟我绕，你就给我一句实话：是不是你们没告诉我？',
            en: "Don't dodge. Just give me a straight answer: did you or didn't you tell me?",
          },
        },
      ],
      choices: [
        {
          id: 'clause-nine',
          text: {
            'zh-CN':
              '单子上是没列，不过认购书第九条有“其他税费按国家规定缴纳”，从合同上讲，我们是提示过的。',
            en: 'It\'s not on the sheet, true. But clause 9 says "other taxes and fees as required by the state", so contractually, you were informed.',
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '事实都摆在桌上了，还拿一句笼统的条款跟他辩“提示过”。他要一句实话，您给了一段法条，这就把人推去了住建局。',
            en: 'The facts are on the table and you still argue "informed" from a vague clause. He asked for a straight answer and got legal wording, which sends him to the housing bureau.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'yes-we-didnt',
          text: {
            'zh-CN':
              '没有，单子上没有。认购书里也只有一句笼统的“其他税费”，这不算告诉您。是我们没讲清楚，我代表项目向您道歉。',
            en: "No, it isn't. The agreement only has a vague line about \"other fees\"; that isn't telling you. We didn't make it clear, and on behalf of the project, I apologize.",
          },
          behaviours: ['apologize', 'own-problem'],
          mood: { anger: -15, trust: 15 },
          note: {
            'zh-CN':
              '查实了就坦白认下，不用笼统条款给自己找台阶，并代表项目道歉。道歉不等于认赔，但一句实话，正是他今天来要的。',
            en: "Once it was confirmed you owned it plainly, without sheltering behind a vague clause, and apologized for the project. An apology isn't a payout, but a straight answer is exactly what he came for.",
          },
          next: 'keycue',
          recommended: true,
        },
        {
          id: 'no-sorry-yet',
          text: {
            'zh-CN':
              '单子漏项这件事，我会如实报给公司。不过“对不起”三个字我现在不能说，说了就等于公司认了责任，这得等法务来定性。',
            en: "I'll report the missing item honestly. But I can't say sorry right now; that would mean the company admits liability. Legal has to decide.",
          },
          behaviours: ['refuse-apology'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '怕道歉就是认责，结果把客户推到了对面。道歉安抚的是情绪，责任和赔偿可以之后再厘清。',
            en: 'Fearing that an apology admits liability pushed him to the other side. An apology soothes feelings; liability and money can be sorted out later.',
          },
          next: 'ending-public',
        },
      ],
    },
    {
      id: 'keycue',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……行，你总算说了句实话。',
            en: '…All right. At last, a straight answer.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '其实一万七千八，咬咬牙也不是拿不出来，我跟我爱人再省省就是了。可一百八十多万的房子，交多少钱都没人跟我说句实话，以后面积、交房、车位，我还敢信你们哪句？',
            en: "Honestly, I could find the seventeen-eight; my wife and I would tighten our belts. But a ¥1.8 million flat, and nobody gave me the truth about what I'd pay. Floor area, handover, parking — which of your words do I trust now?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'subsidy-now',
          text: {
            'zh-CN':
              '郑先生，这样吧，我给您申请补贴两年物业费，算下来六千八左右，也算我们的一点心意。您看这事能不能就这么了了？',
            en: "Tell you what, Mr. Zheng: I'll apply for two years' management fees to be covered, about ¥6,800, as a gesture from us. Can we call it settled?",
          },
          behaviours: ['offer-solution', 'bounded-offer', 'closed-question'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '他刚说了钱咬咬牙拿得出来，您递过去的还是钱。关键线索就在这句话里：他要的是能信得过你们，先复述、先探询，再谈补偿。',
            en: 'He had just said he could find the money, and you handed him money. The key cue was right there: he wants to be able to trust you. Paraphrase and probe before you talk compensation.',
          },
          next: 'ending-refund',
        },
        {
          id: 'trust-is-the-point',
          text: {
            'zh-CN':
              '我听明白了：钱是一方面，您更在意我们的话靠不靠得住。那除了退定，这房子您要是还想要，您希望我们怎么做？',
            en: "I hear you: the money's one thing, but what matters more is whether our word can be trusted. Besides cancelling — if you still want the flat, what would you want us to do?",
          },
          behaviours: ['paraphrase', 'probe-expectation', 'open-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '他把真心话藏在“拿得出来”后面，您接住了，说破“靠不靠得住”，再用开放式提问探他真正的期望。听出退定背后要的是被诚实对待。',
            en: 'He tucked the real issue behind "I could find the money"; you caught it, named "can your word be trusted", and probed with an open question. Behind the refund demand, he wants honest dealing.',
          },
          next: 'expectation',
          recommended: true,
        },
      ],
    },
    {
      id: 'expectation',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……房子我是真喜欢。朝南，楼下就是小学，离我爸妈家也就一条街。',
            en: '…I really do like the flat. South-facing, a primary school downstairs, my parents one street away.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '我爱人说算了，别置气。可我就是咽不下这口气。那你说，这事到底能怎么办？',
            en: "My wife says let it go, don't fight it. But I just can't swallow it. So tell me, what can actually be done?",
          },
        },
      ],
      choices: [
        {
          id: 'waive-it',
          text: {
            'zh-CN': '这一万七千八我去找开发商给您免了，您就别操心了，包在我身上。',
            en: "I'll get the developer to waive the ¥17,800 for you. Don't worry about it; leave it to me.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { anger: -5, trust: -5 },
          note: {
            'zh-CN':
              '维修资金按规定由业主交存，谁也免不了。为了让他高兴许下做不到的事，正是“超范围承诺”，楼盘投诉里最招恨的一种。',
            en: 'Owners are required to pay into the maintenance fund; nobody can waive it. Promising the impossible to please him is an out-of-scope promise, the most resented kind in property complaints.',
          },
          next: 'mistrust',
        },
        {
          id: 'two-options',
          text: {
            'zh-CN':
              '维修资金是国家规定要交的，谁也免不了，这点我不哄您。我能替您报开发商的有两条：无责退定，五万全退；或者继续买，补您两年物业费。您选哪个？',
            en: "It's a national requirement; nobody can waive it, and I won't pretend otherwise. I can put two options to the developer: cancel, no penalty, ¥50,000 back; or buy with two years' fees covered. Which?",
          },
          behaviours: ['set-expectations', 'explain', 'bounded-offer', 'closed-question'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '先说清什么不能改，再给两个有边界的选项让他挑。期望管理不是压低客户，而是用实话换一个双方都站得住的结果。',
            en: "You said what can't change, then gave two bounded options to choose from. Managing expectations isn't talking him down; it's trading the truth for an outcome both sides can stand by.",
          },
          next: 'deadline',
          recommended: true,
        },
        {
          id: 'name-your-price',
          text: {
            'zh-CN': '您看我们怎么补偿，您心里才过得去？您提个数，我去帮您申请。',
            en: "What compensation would put this right for you? Name a figure and I'll apply for it.",
          },
          behaviours: ['open-ended-offer'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '让客户自己开价，只会抬高期望、让双方尴尬。补偿要用封闭式选项，由您给出两三个具体方案让他挑。',
            en: 'Asking him to name a price only raises expectations and makes it awkward. Offer compensation as a closed choice: two or three concrete options of yours.',
          },
          next: 'big-ask',
        },
      ],
    },
    {
      id: 'mistrust',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '全免？你说了算吗？',
            en: 'Waived completely? Is that your call to make?',
          },
        },
        {
          text: {
            'zh-CN': '上回小周也拍着胸脯说“就这些钱”，结果呢？你们的话，我还能信几句啊？',
            en: 'Last time Xiao Zhou swore "that\'s everything you\'ll pay", and look what happened. How much of what you say can I believe?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'stand-by-it',
          text: {
            'zh-CN':
              '这个您放心，项目上的事我说了算。开发商那边我熟，我去说肯定没问题，万一真办不下来，您直接来找我方敏本人。',
            en: "Don't worry, on this project it's my call. I know the developer's people well; if I ask, it'll happen. And if it somehow doesn't, come straight to me, Fang Min.",
          },
          behaviours: ['over-promise'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '把做不到的承诺再加固一遍。等他发现维修资金一分都免不了，这次投诉就会以更大的火气卷土重来。',
            en: "You doubled down on a promise that can't be kept. When he finds the fund can't be waived, the complaint comes back angrier.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'take-it-back',
          text: {
            'zh-CN':
              '您问得对，是我说过头了，对不起。维修资金谁也免不了。能争取的是：无责退定，或继续买、补您两年物业费。',
            en: "Fair question: I overstated it, and I'm sorry. Nobody can waive the fund. What I can get is one of two: cancel with no penalty, or go ahead with two years' management fees covered.",
          },
          behaviours: ['apologize', 'set-expectations', 'bounded-offer'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '当场收回过头的话，承认自己说错，再回到实打实能做的选项。在一个觉得被骗过的客户面前，改口比硬撑更能挣回信任。',
            en: 'You withdrew the overstatement on the spot, admitted it, and went back to options you can really deliver. With a customer who feels deceived, correcting yourself earns more trust than bluffing.',
          },
          next: 'deadline',
          recommended: true,
        },
      ],
    },
    {
      id: 'big-ask',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '那好办。一万七千八你们出，我就不退了。',
            en: "Easy, then. You pay the seventeen-eight, and I won't cancel.",
          },
        },
        {
          text: {
            'zh-CN': '本来就是你们的错嘛，这不过分吧？',
            en: "It's your mistake in the first place. That's not asking too much, is it?",
          },
        },
      ],
      choices: [
        {
          id: 'honest-no',
          text: {
            'zh-CN':
              '您这么想，我理解。跟您说实话：让开发商替您出这笔钱，不在我能申请的范围里。我能报的是两条：无责退定，或继续买、补两年物业费。',
            en: "I see why you'd ask. To be straight: getting the developer to pay the fund isn't something I can apply for. What I can put forward: cancel with no penalty, or buy with two years' fees covered.",
          },
          behaviours: ['decline-tactfully', 'set-expectations', 'bounded-offer'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '要价是您自己引出来的，现在只能委婉而明确地说不，讲清理由，再把有限度的选项摆出来。下次补偿直接给选项，省掉这一步。',
            en: 'Your open question invited the figure; now you must decline tactfully but clearly, with the reason, and put bounded options on the table. Next time offer the options first and skip this step.',
          },
          next: 'deadline',
          recommended: true,
        },
        {
          id: 'try-my-best',
          text: {
            'zh-CN': '行，我尽量帮您去争取，争取下来最好，争取不下来咱们再商量。',
            en: "All right, I'll do my best to get it. If it works out, great; if not, we'll talk again.",
          },
          behaviours: ['over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '明知这笔钱不在您能申请的范围里，还让他抱着希望等。没有期限、没有边界的“尽量”，到头来只会落空，变成第二次投诉。',
            en: 'You know this is beyond what you can apply for, yet you leave him hoping. An open-ended, undated "I\'ll try" only falls through and becomes the second complaint.',
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'deadline',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……那我还是想买。补两年物业费，这话你说了算？',
            en: "…I still want to buy, then. Two years' fees covered — is that yours to promise?",
          },
        },
        {
          text: {
            'zh-CN': '网签期限可是周四，到时候开发商还没签字，我定金是不是又没了？',
            en: "And the signing deadline is Thursday. If the developer hasn't signed by then, do I lose my deposit on top of everything?",
          },
        },
      ],
      choices: [
        {
          id: 'promise-its-fine',
          text: {
            'zh-CN': '这点事开发商肯定给面子，您就放一百个心，到时候保证没问题。',
            en: "The developer will certainly agree to something this small. Don't give it another thought; it'll be fine, I guarantee it.",
          },
          behaviours: ['over-promise'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '“保证没问题”既没有期限，也不是您能拍板的。他刚因为一句没说清的话吃了亏，再给空头保证，只会让他更不踏实。',
            en: '"It\'ll be fine, guaranteed" has no date and isn\'t your decision. He has just been burned by something left unsaid; another empty guarantee leaves him even less sure.',
          },
          next: 'closing',
        },
        {
          id: 'we-will-notify',
          text: {
            'zh-CN': '我今天就往上报，开发商那边批下来，我们会第一时间通知您的。',
            en: "I'll send it up today, and as soon as the developer approves, we'll let you know right away.",
          },
          behaviours: ['offer-solution', 'investigate'],
          mood: { trust: -15 },
          note: {
            'zh-CN':
              '“批下来通知您”没有日期，网签期限这个最要紧的担心也没接。等待让人焦虑，先告诉他哪天、几点一定给答复。',
            en: "\"We'll tell you once it's approved\" has no date, and it ignores his biggest worry, the signing deadline. Waiting breeds anxiety: tell him the day and hour he'll have an answer.",
          },
          next: 'closing',
        },
        {
          id: 'written-by-thursday',
          text: {
            'zh-CN':
              '这事我负责到底。今天报开发商，周四 18:00 前给您盖章的书面答复和完整费用清单；网签期限我现在就书面给您延到下周一。',
            en: "I'll see this through. It goes to the developer today; by Thursday 18:00 you'll have a stamped written answer and a full cost list. I'll extend your signing deadline to next Monday in writing now.",
          },
          behaviours: ['own-problem', 'commit-deadline', 'offer-solution'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '把事揽过来，给出具体到钟点的书面答复，还先解决了他最怕的网签期限。有边界的办法加明确的时间，承诺才落得了地。',
            en: 'You took ownership, gave a written answer down to the hour, and first removed his biggest fear, the signing deadline. A bounded remedy with a firm time is a promise that lands.',
          },
          next: 'closing',
          recommended: true,
        },
      ],
    },
    {
      id: 'closing',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行，那我就等你们的消息。',
            en: "Fine. I'll wait to hear from you, then.",
          },
        },
        {
          text: {
            'zh-CN': '……今天就先这样吧。',
            en: "…Let's leave it there for today.",
          },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'see-you-out',
          text: {
            'zh-CN': '好的，那您慢走。后面有什么事，您直接联系小周就行。',
            en: 'All right, mind how you go. If anything else comes up, just contact Xiao Zhou.',
          },
          behaviours: ['premature-close', 'deflect'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '把他送回给出错的那个人，再客客气气送出门。首问负责：后续该由您来跟，临走前还要确认他是不是真的放心了。',
            en: 'You handed him back to the person who made the mistake and saw him politely to the door. First-contact ownership: the follow-up is yours, and you check he is really reassured before he goes.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'anything-else',
          text: {
            'zh-CN': '好的郑先生，请问还有什么可以帮到您的吗？',
            en: 'Very good, Mr. Zheng. Is there anything else I can help you with?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '这是收尾的套话，不是满意度确认。他那句“先这样吧”说得含糊，这时候该问的是他心里踏实没有。',
            en: 'A stock closing line, not a satisfaction check. His "let\'s leave it there" was noncommittal; what you needed to ask was whether he feels settled.',
          },
          next: 'resigned-no',
        },
        {
          id: 'call-and-check',
          text: {
            'zh-CN':
              '好。周四下午我先给您打电话，再把文件送到您手上。今天这样处理，您心里踏实点了吗？哪儿还不放心，您现在就说。',
            en: "Good. Thursday afternoon I'll call you first, then bring the papers to you. Does today's plan put your mind at rest? If anything still bothers you, tell me now.",
          },
          behaviours: ['follow-up', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '约好跟进的时间和方式，再认真问一句他是否真的放心。结束接待不是目标，客户满意才是。',
            en: "You set the follow-up's time and channel, then genuinely asked whether he is reassured. Ending the visit isn't the goal; a satisfied customer is.",
          },
          next: {
            branches: [{ when: { trust: { atLeast: 75 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
      ],
    },
    {
      id: 'resigned-no',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '……没有了。', en: "…No. That's all." },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'hear-the-sigh',
          text: {
            'zh-CN': '郑先生，听您这声“没有了”，好像心里还有疙瘩。哪儿没说透，您直说，我听着。',
            en: "Mr. Zheng, that \"that's all\" sounds like something's still bothering you. If we've missed anything, say so. I'm listening.",
          },
          behaviours: ['acknowledge-emotion', 'check-satisfaction'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您听出了“没有了”里的无奈，没有顺势送客，而是把话头递回给他。合格和优秀，就差这一步。',
            en: 'You heard the resignation in "that\'s all" and, instead of seeing him out, handed the conversation back. That step separates adequate from excellent.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 75 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'goodbye',
          text: {
            'zh-CN': '好的，感谢您的理解，您慢走！',
            en: 'Very good, thank you for understanding. Take care!',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“还有什么可以帮您”“没有了”“您慢走”，正是课上讲的不合格收尾。那声“没有了”是失望，不是满意。',
            en: '"Anything else?", "No", "Take care": exactly the unqualified close the course warns about. That "no" was disappointment, not satisfaction.',
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
            'zh-CN': '说实话，我今天进门的时候，是铁了心要退的。',
            en: 'Honestly, when I walked in today I was dead set on cancelling.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '你能把话说明白，我就不跟你们较这个劲了。周四我等你电话，清单记得一笔一笔列清楚啊。',
            en: "Since you've been straight with me, I'll drop the fight. I'll expect your call Thursday — and make sure that list has every item on it.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生不再提退定，带着一张盖章答复的约定和网签延期的书面确认离开了售楼处。您先道歉、听他说完，再查实、认错，听出“退定”背后他要的是一句实话，并说清了什么能改、什么不能改。',
        en: 'Mr. Zheng dropped the cancellation and left with a promised stamped answer and a written extension of his signing deadline. You apologized and heard him out, checked and owned the omission, caught that behind "cancel" he wanted honesty, and were clear about what could and could not change.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: {
            'zh-CN': '……行吧。反正定金在你们手里，我还能怎么样。',
            en: "…Fine. You've got my deposit; what else can I do?",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '郑先生走了，事情暂时有了着落，可他心里那句“你们的话还能信几句”没有解开。先讲规定、许过头的话、答复没有期限、没确认他是否真的放心就送客，每一处都在他心里记着：问题办了，信任没回来。',
        en: 'Mr. Zheng left with something arranged, but his "how much of what you say can I believe" was never settled. Rules before feelings, promises that went too far, an answer with no date, a send-off without checking he was reassured: he remembers each one. The matter got handled; the trust did not come back.',
      },
    },
    {
      id: 'ending-refund',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: {
            'zh-CN': '……算了，不说了。退定吧，手续你们赶紧办。',
            en: '…Forget it. Just cancel it. Get the paperwork done, fast.',
          },
        },
        {
          text: {
            'zh-CN': '这房子再好，跟你们打交道我也累了。',
            en: "However nice the flat is, I'm tired of dealing with you people.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生放弃了一套自己喜欢的房子。他那句“以后我还敢信你们哪句”被放了过去，您递上的是一笔补贴，而他要的是一句能信的实话。一个本来能留下的客户，就这样走了。',
        en: 'Mr. Zheng gave up a flat he liked. His "which of your words do I trust now?" went unanswered; you offered a subsidy when what he wanted was a truth he could believe. A customer who could have stayed walked away.',
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行了，我跟你说不着。把开发商的人叫来，我要当面问问！',
            en: "Enough. You're no use to me. Get someone from the developer here; I want to ask them to their face!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '他们不来，我明天就去住建局。',
            en: "If they won't come, I'm going to the housing bureau tomorrow.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生越过代理公司，直接找开发商、扬言去住建局。拿条款挡、许做不到的承诺、让他去投诉，都会把一笔可以当场讲清的账，变成开发商和主管部门都要过问的事。',
        en: "Mr. Zheng went over the agency's head to the developer and threatened the housing bureau. Hiding behind clauses, promising the impossible or telling him to go and complain turns an account that could be settled on the spot into a matter for the developer and the authorities.",
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '行，我算是看明白你们了。',
            en: 'Right. Now I know exactly what you people are like.',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '今晚我就把这事从头到尾写出来，连小周那张单子一起拍照，发业主群、发网上，让后面来买房的都看看！',
            en: "Tonight I'm writing the whole thing up, with a photo of Xiao Zhou's sheet, for the owners' group and online. Let every future buyer see it!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '郑先生把投诉带上了业主群和网络，看到的不只是他一个人，还有所有准备来买房的人。跟他争规定、拿后果吓他、让他填表干等、不肯道歉，都成了他帖子里的素材；一句“是我们没讲清楚，对不起”，本来可以让这一幕不发生。',
        en: "Mr. Zheng took the complaint to the owners' group and online, where every future buyer can read it. Arguing the rules, threatening him, sending him off with a form, refusing to apologize: each became material for his post. A single \"we didn't make it clear, I'm sorry\" could have stopped it.",
      },
    },
  ],
};

export default propertyDepositRefund;

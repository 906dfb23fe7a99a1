import type { Scenario } from '../../engine/scenario-schema';

/**
 * C11, the respect seeker (F002; 求尊重 from F003): a buyer who felt sized up by her clothes and
 * brushed off by a sales consultant. She needs no discount and no gift: she needs to be taken
 * seriously, in every line, by the person she complains to.
 */
const snobbishSalesperson: Scenario = {
  formatVersion: 1,
  id: 'snobbish-salesperson',
  version: 1,
  title: {
    'zh-CN': '“看我不像买得起的？”',
    en: "“I Don't Look Like I Can Afford It?”",
  },
  briefing: {
    'zh-CN':
      '周六下午，陈小姐在售楼处站了快半个钟头，置业顾问报了个价、塞了本楼书就去招呼别的客户。她走到前台点名要见经理。您是案场销售经理，由您来接待。',
    en: 'Saturday afternoon. Ms. Chen has stood in the sales office for nearly half an hour; the consultant quoted a price, handed her a brochure and went off to other clients. She has asked at the front desk for the manager. You are the sales manager on site.',
  },
  industry: 'real-estate',
  channel: 'onsite',
  difficulty: 2,
  objectives: [
    {
      'zh-CN': '每一句话都带着尊重：先报身份、先道歉，请她坐下，让她把经过说完。',
      en: 'Show respect in every line: introduce yourself, apologize first, offer her a seat and let her tell it all.',
    },
    {
      'zh-CN': '不替同事辩解，不贬低同事来讨好她，更不要问她的预算、质疑她买不买得起。',
      en: "Don't defend your colleague, don't run her down to side with the customer, and never ask about budget or question whether she can afford it.",
    },
    {
      'zh-CN': '听出她话里真正的委屈，说破它，问清她今天到底想要什么。',
      en: 'Hear the real hurt in what she says, name it, and ask what she actually wants today.',
    },
    {
      'zh-CN': '把事揽下来，给出当天就能兑现的安排和明确的回访，送她走之前确认她满意。',
      en: 'Own it, offer something you can deliver today and a definite follow-up, and check she is satisfied before she leaves.',
    },
  ],
  source: { caseId: 'C11', file: 'shared/seeds/002_52c4668a2a4d3dfa.txt (F002)' },
  notes: {
    'zh-CN':
      '来源（F002，地产代理公司“客户投诉及危机处理”课件）只有案例标题“XX楼盘陈小姐投诉服务态度”、她的原话“售楼小姐太势利，看我不像买得起的，就对我爱搭不理！”和“角色扮演、学员评价”的形式；同一课件指出九成以上的楼盘投诉是不满服务态度、投诉目的之一是发泄不满、高学历客户爱上网抱怨；“求尊重”型客户心理取自 F003，“不要贬低公司、同事来讨好客户”取自 F001。以下均为作者补充：楼盘“锦程·云栖”（虚构）；陈小姐 32 岁、开了八年面包店、穿运动服骑电动车来、袖口沾着面粉、已做完银行按揭预审、想和母亲商量；周六下午四点到、站了快半个钟头、没人倒水；置业顾问小杨的言行（打量、“三居总价都在三百万以上哦”、塞楼书、去招呼拎名牌包的客户、说样板间要预约）；销售经理何静、资深顾问王姐；朝南三居样板间；次日 15:00 的电话和价格单、按揭测算；全部对话、分支、情绪数值与各结局。',
    en: 'The source (F002, a property sales agency\'s course on complaints and crisis handling) gives only the case title "Ms. Chen at XX development complains about service attitude", her words "the sales lady is a snob; she thought I couldn\'t afford it and ignored me!", and the format (role-play, trainee evaluation). The same deck says over 90% of property complaints are about service attitude, that venting is one of the aims of complaining, and that better-educated buyers tend to complain online; the respect-seeking customer type comes from F003, and "don\'t run down the company or colleagues to side with the customer" from F001. Authored here: the development "Jincheng Yunqi" (fictional); Ms. Chen being 32, running a bakery for eight years, arriving in sportswear on an e-bike with flour on her sleeve, having finished her mortgage pre-assessment and wanting to consult her mother; arriving at 4 pm on a Saturday, standing nearly half an hour, no one offering water; what the consultant Xiao Yang did (the once-over, "three-beds all start above three million", the brochure, going to a couple with a designer bag, "the show flat is by appointment"); the sales manager He Jing and the senior consultant Wang; the south-facing three-bed show flat; the next-day 15:00 call with the price list and mortgage estimate; all dialogue, branches, mood figures and endings.',
  },
  persona: {
    name: { 'zh-CN': '陈小姐', en: 'Ms. Chen' },
    profile: {
      'zh-CN':
        '32 岁，在老城区开了八年面包店，凌晨四点起来揉面，首付是一个面包一个面包攒出来的。今天关店后直接骑电动车过来，身上还是运动服，袖口沾着面粉。说话不喊不叫，可每一句都带着刺。',
      en: 'Thirty-two. She has run a bakery in the old town for eight years, kneading dough from four every morning; her down payment was saved one loaf at a time. She came straight from closing the shop on her e-bike, still in sportswear with flour on her sleeve. She never raises her voice, but every sentence has an edge.',
    },
    psychology: 'respect-seeker',
    surfaceComplaint: {
      'zh-CN':
        '置业顾问小杨打量她一眼，报了句“三居都在三百万以上哦”，塞给她一本楼书就去招呼别的客户；她想看样板间，被一句“要预约”挡了回来。',
      en: 'The consultant Xiao Yang looked her up and down, said "three-beds all start above three million", handed her a brochure and went off to other clients; when she asked to see the show flat she was told it was "by appointment".',
    },
    realExpectation: {
      'zh-CN':
        '被当作一个认真的买房人、一个值得尊重的人来对待，而不是被人按衣着估价。她不要礼品、不要折扣，要的是这份尊重，以及有人认认真真陪她把房子看完。',
      en: 'To be treated as a serious buyer and a person who deserves respect, not priced up by her clothes. She wants no gift and no discount: she wants that respect, and someone to show her the flat properly.',
    },
    startingMood: { anger: 65, trust: 30 },
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
            'zh-CN': '你是经理？好。我就问一句：你们这儿卖房子，是先看人穿什么的吗？',
            en: "You're the manager? Good. Just one question: do you sell flats here by looking at what people wear first?",
          },
        },
        {
          text: {
            'zh-CN':
              '售楼小姐太势利，看我不像买得起的，就对我爱搭不理！我在那儿站了快半个钟头，连杯水都没人倒。',
            en: "Your sales lady is a snob. She decided I couldn't afford it and barely gave me the time of day! I stood there nearly half an hour and nobody even offered me water.",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'she-didnt-mean-it',
          text: {
            'zh-CN':
              '陈小姐，您真误会了，小杨肯定不是那个意思。周末客户特别多，她手上正好有两组预约的客户，可能一时没顾上您。',
            en: "Ms. Chen, you've really misunderstood. Xiao Yang can't have meant it like that. Weekends are packed; she had two groups with appointments and just couldn't get to you in time.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '第一句就替同事开脱，等于告诉她“是您想多了”。不要自我维护：她的感受是真的，先接住，事实可以之后再核实。',
            en: 'Excusing your colleague in your first breath tells her "you\'re imagining it". Don\'t defend yourselves: her feeling is real; take it on first and check the facts later.',
          },
          next: 'defended',
        },
        {
          id: 'register-first',
          text: {
            'zh-CN':
              '您好，为了给您安排合适的顾问，麻烦先登记一下：您看几居室？预算大概多少？全款还是贷款？',
            en: 'Hello. So I can match you with the right consultant, could you register first: how many bedrooms, roughly what budget, cash or mortgage?',
          },
          behaviours: ['policy-first', 'ask-facts'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '她刚说被人当成买不起，您开口就问预算、问全款还是贷款，正好坐实了她的委屈。先处理心情，绝不能质疑客户的购买力。',
            en: "She's just said she was taken for someone who can't afford it, and you open with budget and cash-or-mortgage, confirming her grievance. Mood before matter, and never question a customer's means.",
          },
          next: 'means-flare',
        },
        {
          id: 'respect-first',
          text: {
            'zh-CN':
              '陈小姐，我是销售经理何静。让您站半个钟头没人招呼，是我们失礼了，对不起。里边请坐，喝口水慢慢说。',
            en: "Ms. Chen, I'm He Jing, the sales manager. Leaving you standing half an hour with no one to look after you was rude of us. I'm sorry. Come and sit inside, have some water, and tell me everything.",
          },
          behaviours: ['self-identify', 'apologize', 'acknowledge-emotion', 'isolate', 'let-vent'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '报上身份、用“失礼”认下怠慢、请她坐下喝水。对求尊重的客户，这几个动作本身就是尊重：先处理心情，再处理事情。',
            en: 'You gave your name, called the neglect "rude of us", and gave her a seat and a drink. For a respect seeker those gestures are the respect: mood before matter.',
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'swap-consultant',
          text: {
            'zh-CN': '这样，我马上给您换一位资深顾问，专门陪您看样板间。',
            en: "Right, I'll get you a senior consultant straight away to take you round the show flat personally.",
          },
          behaviours: ['offer-solution'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '办法不坏，可她一句经过都还没说，您就急着“换个人”，听起来像把她打发给下一位。先听清问题，再解决问题。',
            en: 'Not a bad remedy, but she hasn\'t told you a thing yet and you\'re already "swapping people", which sounds like passing her on. Hear the problem before you solve it.',
          },
          next: 'handed-off',
        },
      ],
    },
    {
      id: 'defended',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '忙？忙就能看人下菜碟？我听错了，还是我看错了？',
            en: 'Busy? So being busy means you get to size people up? Did I hear wrong, or see wrong?',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '说到底，你们就是看我不像买得起的。行，你们护着自己人，我找你们开发商说去。',
            en: "When it comes down to it, you all think I can't afford it. Fine, protect your own. I'll take it up with the developer.",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'her-record',
          text: {
            'zh-CN':
              '陈小姐，我真不是护着谁。小杨在我们这儿做了三年，业绩一直是最好的，还从来没有客户投诉过她。',
            en: "Ms. Chen, I'm honestly not protecting anyone. Xiao Yang has been here three years, she's our top seller, and no customer has ever complained about her.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '搬出同事的业绩和“从没人投诉”，言下之意是问题出在她身上。争赢了道理，就输掉了客户。',
            en: 'Citing your colleague\'s sales record and "no one has ever complained" implies the problem is her. Win the point and you lose the customer.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'withdraw-the-excuse',
          text: {
            'zh-CN':
              '您说得对，我不该替她解释，对不起。您受了冷落，是我们的事，我来负责。咱们去里边坐。',
            en: "You're right. I shouldn't have made excuses for her, and I'm sorry. You were neglected here; that's on us, and I'll take responsibility. Let's sit down inside.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'own-problem', 'isolate'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '马上收回辩解、道歉，把事揽到自己身上。说错了就改口，对一个觉得被轻视的客户，这比任何解释都管用。',
            en: 'You withdrew the excuse at once, apologized and took it on yourself. Correcting yourself works better than any explanation with someone who feels looked down on.',
          },
          next: 'ask-yang',
          recommended: true,
        },
        {
          id: 'hotline-is-there',
          text: {
            'zh-CN': '开发商的客服电话前台有，您要投诉可以打。',
            en: "The developer's customer service number is at the front desk, if you want to complain.",
          },
          behaviours: ['deflect'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN': '把电话号码一递，就是把她推出门。首问负责：她找到您，这件事就是您的事。',
            en: 'Handing her a phone number shows her the door. First-contact ownership: she came to you, so this is yours.',
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'means-flare',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '预算？全款还是贷款？',
            en: 'Budget? Cash or mortgage?',
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '呵，又来了。是不是我先报个数，你们再决定给不给我倒杯水？',
            en: 'Ha, here we go again. So I name a figure first, and then you decide whether I get a glass of water?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'sorry-wrong-question',
          text: {
            'zh-CN': '您说得对，刚被人看低，我又先问预算，太不应该了，对不起。里边请坐，您慢慢说。',
            en: "You're right. You'd just been looked down on, and I opened with your budget. That was wrong of me, and I'm sorry. Please come and sit inside and tell me everything.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'isolate', 'let-vent'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '认下问错了话，道歉，请她坐下先讲经过。补救要快：越早收回，她越愿意给您第二次机会。',
            en: 'You admitted the question was wrong, apologized and asked her to sit and tell you. Repair fast: the sooner you take it back, the likelier she gives you a second chance.',
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'standard-procedure',
          text: {
            'zh-CN':
              '陈小姐，这是我们的标准接待流程，每位客户进来都要登记这些，真不是针对您一个人。',
            en: "Ms. Chen, this is our standard reception procedure. Every customer who comes in registers these details; it really isn't aimed at you.",
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '流程也许是真的，可她听到的是“您想多了”。拿规定跟一个觉得被看轻的人争，只会让她更确信自己被看轻了。',
            en: 'The procedure may be real, but what she hears is "you\'re imagining it". Arguing procedure with someone who feels belittled only convinces her she was.',
          },
          next: 'ending-public',
        },
      ],
    },
    {
      id: 'handed-off',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '换个人？换个人就完了？',
            en: 'Swap someone in? And that settles it?',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我还没说她是怎么对我的，你就急着把我打发给下一个。你们这儿是不是都这样？',
            en: "I haven't even told you how she treated me, and you're already passing me on to the next one. Is everyone here like this?",
          },
        },
      ],
      choices: [
        {
          id: 'vip-upgrade',
          text: {
            'zh-CN':
              '哎呀陈姐，您别往心里去嘛！我再给您升级成我们的 VIP 客户，以后您来都有专人接待，好不好嘛？',
            en: "Oh, Ms. Chen, don't take it to heart! I'll upgrade you to VIP, so you'll always have someone dedicated to you when you come. How about that?",
          },
          behaviours: ['over-affectionate', 'offer-solution'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '撒娇似的语气加一个 VIP 头衔，她听到的是“哄哄就好了”。求尊重的客户最反感被哄，平稳、诚恳比甜腻更有分量。',
            en: 'A wheedling tone plus a VIP label tells her "she just needs humouring". Respect seekers hate being humoured; steady and sincere weighs more than sweet.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'hear-it-first',
          text: {
            'zh-CN':
              '您说得对，是我急了。您受了冷落，我连经过都没听就安排，对不起。您请坐，跟我说说刚才怎么回事。',
            en: "You're right, I rushed it. You were left out in the cold and I made arrangements without hearing a word. I'm sorry. Please sit down and tell me what happened.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'isolate', 'let-vent'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN': '承认自己急了，道歉，把话头交还给她。先听清问题，再解决问题。',
            en: 'You admitted you rushed, apologized and handed the floor back to her. Hear the problem before you solve it.',
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
              '我四点来的。一进门就问她三居，她从头到脚看了我一眼，说“三居总价都在三百万以上哦”，把本楼书往我手里一塞。',
            en: 'I came in at four and asked her about the three-beds. She looked me up and down, said "three-beds all start above three million, you know", and shoved a brochure at me.',
          },
        },
        {
          text: {
            'zh-CN': '转头就去招呼后面那对拎名牌包的。我说想看样板间，她说要预约，让我先看资料。',
            en: 'Then she turned straight to the couple behind me with the designer bag. When I asked to see the show flat, she said it was by appointment and I should read the brochure.',
          },
        },
        {
          text: {
            'zh-CN': '就因为我穿着运动服、骑电动车来的？看我不像买得起的，是吧？',
            en: "Because I'm in sportswear and came on an e-bike? She decided I couldn't afford it, didn't she?",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'busy-weekend',
          text: {
            'zh-CN':
              '您说的情况我理解，但是周末客户确实多，一个顾问要同时接好几组客户，难免会有照顾不周的地方。',
            en: 'I understand what happened, but weekends really are busy. One consultant handles several groups at once, so some people inevitably get less attention.',
          },
          behaviours: ['yes-but', 'explain'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '“我理解，但是”一出口，前半句就作废了。她说的是被人看低，您解释的是人手不够，答的根本不是她问的。',
            en: 'Once "I understand, but" is out, the first half is void. She told you she was looked down on; you explained staffing, which answers a different question.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'defended' }],
            otherwise: 'ask-yang',
          },
        },
        {
          id: 'play-it-back',
          text: {
            'zh-CN':
              '我确认一下：您一进门问三居，她先报价、塞楼书，转身去接别人，您想看样板间也被挡了回来。换了我，也会觉得不被当回事。',
            en: "Let me check I have it: you asked about three-beds, she quoted a price, handed you a brochure and turned to others, and the show flat was refused. In your place I'd feel brushed off too.",
          },
          behaviours: ['paraphrase', 'acknowledge-emotion'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '把经过一件件复述回去，再说一句“换了我也会这么觉得”。复述证明您听进去了，将心比心证明您站在她这边。',
            en: 'You played back each step, then said "in your place I\'d feel the same". Paraphrase proves you listened; putting yourself in her shoes shows whose side you\'re on.',
          },
          next: 'ask-yang',
          recommended: true,
        },
        {
          id: 'yang-always',
          text: {
            'zh-CN': '唉，小杨就这毛病，看人下菜碟，好几个客户都跟我反映过，我早该好好说说她了。',
            en: "Sigh. That's Xiao Yang all over; she judges people by their looks. Several customers have told me. I should have had a word with her long ago.",
          },
          behaviours: ['disparage-competitor'],
          mood: { anger: -5, trust: -10 },
          note: {
            'zh-CN':
              '顺着客户数落同事，看似站在她这边，其实是把公司的管理问题摊在了台面上。不贬低同事来讨好客户，问题要由您来担。',
            en: "Running your colleague down seems to take her side, but it lays the office's management problem on the table. Never disparage colleagues to please a customer; the problem is yours to carry.",
          },
          next: 'gossip',
        },
      ],
    },
    {
      id: 'gossip',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……好几个客户都反映过？',
            en: '…Several customers have told you?',
          },
        },
        {
          text: {
            'zh-CN': '那你们早干吗去了？你们自己人背后都这么说她，那我走了以后，是不是也这么说我？',
            en: "So what were you doing about it? If you talk about her like that behind her back, what will you all say about me once I've gone?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'more-about-yang',
          text: {
            'zh-CN':
              '不会不会，您跟她不一样。不瞒您说，她上个月刚因为这个被客户投诉、扣了奖金，我们几个经理也是头疼得很。',
            en: "No, no, you're different. Between us, a customer complained about this last month and her bonus was docked. She's a real headache for us managers too.",
          },
          behaviours: ['disparage-competitor', 'disclose-private'],
          mood: { anger: 10, trust: -20 },
          note: {
            'zh-CN':
              '把同事受处分的事说给客户听，既泄露了内部信息，又让客户看清这里的人背后怎么议论人。不泄露他人隐私，这是底线。',
            en: "Telling a customer about a colleague's disciplinary action leaks internal information and shows her exactly how people here talk behind backs. Other people's privacy is a hard line.",
          },
          next: 'ending-public',
        },
        {
          id: 'my-responsibility',
          text: {
            'zh-CN':
              '您问得对，我不该这么说同事，对不起。顾问怎么接待客户，是我们管理的责任，这件事我来负责。',
            en: "Fair question; I shouldn't have spoken about a colleague like that, and I'm sorry. How our consultants treat customers is a management responsibility. This one's mine.",
          },
          behaviours: ['apologize', 'own-problem'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '收回对同事的议论，道歉，把责任收回到管理上。客户信得过的，是一个敢担事、不在背后说人的经理。',
            en: "You took back the remark, apologized, and brought responsibility back to management. A customer trusts a manager who owns things and doesn't talk behind people's backs.",
          },
          next: 'ask-yang',
          recommended: true,
        },
      ],
    },
    {
      id: 'ask-yang',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行，该说的我都说了。',
            en: "Right. I've said what I had to say.",
          },
        },
        {
          text: {
            'zh-CN': '你也别光听我一个人的。把她叫过来呀，当面问问她，看她怎么说。',
            en: "And don't just take my word for it. Call her over and ask her to her face. Let's hear what she says.",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'check-the-cameras',
          text: {
            'zh-CN':
              '这样，您先在这儿稍等一下，我去调一下大厅的监控，看看当时到底是什么情况，回头再来给您一个答复。',
            en: "Tell you what, wait here a moment. I'll go and check the hall cameras to see what actually happened, and then I'll come back to you.",
          },
          behaviours: ['investigate', 'rough-hold'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '核实没有错，可当着她的面说“先调监控”，听起来是在查她说的是真是假，还让她干等。核实在后台做，眼前先把她的事接住。',
            en: 'Checking is fine, but announcing "I\'ll check the cameras first" sounds like testing whether she\'s telling the truth, and leaves her waiting. Verify behind the scenes; take her concern on now.',
          },
          next: 'doubted',
        },
        {
          id: 'call-her-over',
          text: {
            'zh-CN': '行，小杨，你过来一下！你跟陈小姐说说，刚才到底是怎么回事？',
            en: 'All right. Xiao Yang, come over here a moment! Tell Ms. Chen what exactly happened just now.',
          },
          behaviours: ['investigate-blame'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '当着一厅客户让两个人对质，谁对谁错都会变成一场戏，同事也会本能地辩解。先解决，后追责；核实要私下做。',
            en: 'A face-off in front of a hall of buyers turns right and wrong into a show, and your colleague will instinctively defend herself. Solve first, find fault later, and check in private.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'noted-and-owned',
          text: {
            'zh-CN':
              '您说的我都记下了。我会私下跟小杨和前台核实，但不管结果如何，今天没接待好您，责任在我们。',
            en: "I've noted everything you said. I'll check with Xiao Yang and reception in private, but whatever I find, you weren't properly looked after today, and that's our responsibility.",
          },
          behaviours: ['record', 'verify-facts', 'own-problem'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '记下来、私下核实、当场担责，三件事一句话说完。不让客户当众对质，也不拿核实当推脱，这才是尊重。',
            en: "Noted, checked in private, owned on the spot, all in one breath. No public face-off, and no hiding behind the check: that's what respect looks like.",
          },
          next: 'keycue',
          recommended: true,
        },
      ],
    },
    {
      id: 'doubted',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '调监控？',
            en: 'Check the cameras?',
          },
        },
        {
          text: {
            'zh-CN':
              '合着我说的话，你们还得先查查真假？我在那儿站了半个钟头，监控里倒是能看得清清楚楚。',
            en: "So what I say has to be checked for truth first? I stood there for half an hour; I'm sure the cameras show that nice and clearly.",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'cameras-are-policy',
          text: {
            'zh-CN':
              '陈小姐，这真不是不信您。我们处理投诉都要以监控为准，这样对双方都公平，也是公司的规定。',
            en: "Ms. Chen, it really isn't that we don't believe you. We base all complaint handling on the camera footage; it's fair to both sides, and it's company policy.",
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '监控是核实的工具，不是跟客户讲理的依据。对一个觉得被看低的人说“以监控为准”，就是让她自证清白。',
            en: 'Cameras are a tool for checking, not an argument to put to the customer. Telling someone who feels belittled that "the footage decides" asks her to prove her innocence.',
          },
          next: 'ending-public',
        },
        {
          id: 'i-believe-you',
          text: {
            'zh-CN':
              '对不起，是我说得不妥。您说的我信，您不需要证明什么。今天没接待好您，责任在我们。',
            en: "I'm sorry, that came out wrong. I believe you; you don't need to prove anything. We didn't look after you properly today, and that's on us.",
          },
          behaviours: ['apologize', 'own-problem'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '马上道歉，明说“我信您”，把责任揽回来。核实可以做，但不能让客户觉得自己在受审。',
            en: 'You apologized at once, said plainly "I believe you" and took responsibility back. You can still check, but the customer must never feel she is on trial.',
          },
          next: 'keycue',
          recommended: true,
        },
      ],
    },
    {
      id: 'keycue',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……你这么说，还像句话。',
            en: '…Well, that at least sounds like a proper answer.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '其实我也不是头一回了。开了八年面包店，首付是一个面包一个面包攒出来的，走到哪儿人家都先看我穿什么。今天出门前，我还想过要不要换身衣服。',
            en: "It's not the first time, to be honest. Eight years running a bakery, the down payment saved one loaf at a time, and everywhere I go people look at my clothes first. Before I came out today I wondered whether to change.",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'ask-the-budget',
          text: {
            'zh-CN': '那您这次首付大概准备了多少？我好帮您挑挑合适的房源。',
            en: 'So roughly how much have you put aside for the down payment? Then I can pick out suitable units for you.',
          },
          behaviours: ['ask-facts'],
          mood: { anger: 25, trust: -20 },
          note: {
            'zh-CN':
              '她刚说出到哪儿都被人按钱掂量，您没接住这句心里话，反倒问她准备了多少钱。这是整通接待里最伤人的一句：永远不要质疑客户的购买力。',
            en: "She'd just said everywhere she goes people weigh up her money; instead of picking that up, you asked how much she's got. The most wounding line of the visit: never question a customer's means.",
          },
          next: 'ending-public',
        },
        {
          id: 'gift-pack',
          text: {
            'zh-CN':
              '陈小姐，为了表示我们的歉意，我给您申请一份购房礼包：送一年的物业费，或者一套厨房电器，您看要哪一样？',
            en: 'Ms. Chen, to apologize, let me apply for a welcome package for you: a year of management fees or a set of kitchen appliances. Which would you prefer?',
          },
          behaviours: ['offer-solution', 'bounded-offer', 'closed-question'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '选项给得很规范，可她要的不是东西。她刚说了“走到哪儿都先被看穿什么”，这才是要接住的关键线索：先复述、先探询，再谈别的。',
            en: 'A textbook closed offer, but she doesn\'t want things. She\'d just said "everywhere, they look at my clothes first": that was the key cue to pick up. Paraphrase and probe before anything else.',
          },
          next: 'gift-rebuff',
        },
        {
          id: 'worth-respect',
          text: {
            'zh-CN':
              '一个面包一个面包攒出来的首付，走进哪儿都该被郑重对待，跟穿什么没关系。您今天原本最想看的是什么？',
            en: 'A down payment saved one loaf at a time deserves to be taken seriously anywhere, whatever you wear. What had you most wanted to see today?',
          },
          behaviours: ['paraphrase', 'probe-expectation', 'open-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '她把真正的委屈藏在一段闲话里，您接住了，用她自己的话把那份辛苦和尊严说了回去，再开放式地问她想要什么。求尊重的客户，要的就是这一句。',
            en: 'She hid the real hurt in what sounded like small talk; you caught it, gave her hard work and dignity back in her own words, then asked openly what she wants. For a respect seeker, this is the line.',
          },
          next: 'wants',
          recommended: true,
        },
      ],
    },
    {
      id: 'gift-rebuff',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '礼包？',
            en: 'A welcome package?',
          },
        },
        {
          text: {
            'zh-CN': '你觉得我是来要东西的？我缺你们那套电器吗？',
            en: 'You think I came here for freebies? Do I look like I need your kitchen appliances?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'you-name-it',
          text: {
            'zh-CN': '那您看要什么合适，您尽管提，我去跟开发商那边帮您申请。',
            en: "Then tell me what would suit you. Name anything, and I'll put in for it with the developer.",
          },
          behaviours: ['open-ended-offer'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '从一个礼包换成“您随便提”，还是在用东西打发人，而且把难题丢给了客户。她要的根本不在选项里。',
            en: 'Going from a gift pack to "name anything" is still buying her off, and hands her the awkward job. What she wants was never on the list.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'not-about-things',
          text: {
            'zh-CN':
              '您说得对，是我想岔了，对不起。您要的不是东西，是被当回事。您今天原本最想看的是什么？',
            en: "You're right, I got that wrong, and I'm sorry. It's not things you want; it's being taken seriously. What had you most wanted to see today?",
          },
          behaviours: ['apologize', 'paraphrase', 'probe-expectation', 'open-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '认下自己把尊重当成了补偿，说破她真正要的东西，再问她的期望。听错了不要紧，改得快就好。',
            en: 'You admitted you mistook respect for compensation, named what she really wants and asked about it. Misreading her is forgivable if you correct course fast.',
          },
          next: 'wants',
          recommended: true,
        },
      ],
    },
    {
      id: 'wants',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……我今天本来是来定房的。银行的按揭预审，我上周就做完了。',
            en: "…I actually came today to put down a deposit. I finished the bank's mortgage pre-assessment last week.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '我就想好好看一眼那套三居的样板间，有个人认认真真给我讲讲。这要求过分吗？',
            en: "I just want a proper look at the three-bed show flat, with someone who'll explain it to me seriously. Is that too much to ask?",
          },
        },
      ],
      choices: [
        {
          id: 'discount-today',
          text: {
            'zh-CN':
              '一点都不过分！那正好，您今天要是能定下来，我给您申请个九八折，再送一年车位使用权，名额不多了，您看怎么样？',
            en: "Not at all! Perfect timing, then: if you sign today I'll get you 2% off and a year's parking thrown in. There aren't many left. What do you say?",
          },
          behaviours: ['offer-solution', 'closed-question'],
          mood: { anger: 10, trust: -15 },
          note: {
            'zh-CN':
              '一听说她做了预审，话锋立刻转成推销。这正是她最恨的那种“看钱换脸”。先兑现尊重，再谈生意。',
            en: 'The moment you heard about the pre-assessment, you switched to a sales pitch: exactly the "change face when money shows" she hates. Deliver the respect first; business comes after.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'walk-you-round',
          text: {
            'zh-CN':
              '一点都不过分。现在就去：我亲自陪您，或者请我们最资深的王姐全程陪您，您挑。价格和按揭，回来一项项给您算清楚。',
            en: "Not too much at all. Let's go now: I'll take you myself, or our most senior consultant, Ms. Wang, will go round with you, your choice. Prices and mortgage, we'll work through item by item.",
          },
          behaviours: ['own-problem', 'offer-solution', 'closed-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '当天就兑现：经理亲自陪或者最资深的顾问陪，让她自己挑。对求尊重的客户，“被认真接待”本身就是最好的补救。',
            en: 'Delivered today: the manager or the most senior consultant in person, and she chooses. For a respect seeker, being served seriously is itself the best remedy.',
          },
          next: 'after-tour',
          recommended: true,
        },
        {
          id: 'yang-again',
          text: {
            'zh-CN': '不过分。我这就让小杨过来，先给您当面道个歉，再让她陪您把样板间看一遍。',
            en: "Not at all. I'll have Xiao Yang come over, apologize to you in person, and then show you round the show flat.",
          },
          behaviours: ['offer-solution'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '让冷落她的人来赔笑脸、再陪她看房，两个人都尴尬。道歉由您代表项目来说，接待换一个能让她放心的人。',
            en: 'Making the person who snubbed her smile through an apology and a tour embarrasses both of them. Apologize for the project yourself, and give her someone she can feel comfortable with.',
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'after-tour',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '样板间看完了，讲得挺细的。那套朝南的三居，我是真喜欢。',
            en: 'Seen the show flat. That was thorough. I really do like the south-facing three-bed.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '不过今天先不定了，我回去跟我妈商量商量。',
            en: "I won't sign today, though. I'll talk it over with my mum first.",
          },
        },
      ],
      choices: [
        {
          id: 'follow-up-tomorrow',
          text: {
            'zh-CN':
              '好，不急，您跟阿姨商量好再说。明天下午三点我给您打电话，把价格单和按揭测算发您；您反映的接待问题我们怎么改，也一并告诉您。',
            en: "Of course, no rush; talk it over with your mum. I'll ring you tomorrow at 3 pm, send the price list and mortgage estimate, and tell you what we're changing about how visitors are looked after.",
          },
          behaviours: ['follow-up', 'commit-deadline'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '不催单，约好具体的回访时间，还主动告诉她投诉会有下文：说怎么整改，不说同事受了什么处分。说到做到的跟进，是把“满意”变成“忠诚”的那一步。',
            en: 'No pressure to sign, a specific time to follow up, and an unprompted promise that her complaint will lead somewhere: what changes, not how a colleague was disciplined. Following up as promised turns satisfied into loyal.',
          },
          next: 'closing',
          recommended: true,
        },
        {
          id: 'back-to-yang',
          text: {
            'zh-CN':
              '好的，您回去慢慢考虑。您是小杨登记的客户，后面有什么问题，您直接联系她就行，她会跟进的。',
            en: "Of course, take your time. You're registered as Xiao Yang's client, so if anything comes up, just contact her directly. She'll follow up.",
          },
          behaviours: ['deflect'],
          mood: { trust: -20 },
          note: {
            'zh-CN':
              '按登记归属把她交回给小杨，是售楼处的老习惯，可对她来说，等于把一切打回原点。首问负责：后续由您来跟。',
            en: 'Handing her back to Xiao Yang because she is "registered" to her is a sales-office habit, but for her it undoes everything. First-contact ownership: the follow-up is yours.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'call-us-anytime',
          text: {
            'zh-CN': '好的，那您回去商量，有需要随时联系我们。',
            en: 'Of course. Talk it over, and get in touch any time you need us.',
          },
          behaviours: ['premature-close'],
          mood: { trust: -10 },
          note: {
            'zh-CN': '“随时联系我们”是把跟进的责任交给了客户。约一个具体的时间，由您来打这个电话。',
            en: '"Get in touch any time" hands the follow-up to the customer. Set a specific time, and make the call yourself.',
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'closing',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行，那就明天三点。',
            en: 'Fine. Tomorrow at three, then.',
          },
        },
        {
          text: {
            'zh-CN': '……今天这一趟，也算没白跑吧。',
            en: "…I suppose today wasn't a wasted trip after all.",
          },
          cue: 'softening',
        },
      ],
      choices: [
        {
          id: 'anything-else',
          text: {
            'zh-CN': '好的陈小姐，请问还有什么可以帮到您的吗？',
            en: 'Very good, Ms. Chen. Is there anything else I can help you with?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN': '这是收尾的套话，不是满意度确认。她那句“也算没白跑”还有余味，值得再问一句。',
            en: 'A stock closing line, not a satisfaction check. Her "not a wasted trip" left something unsaid, worth one more question.',
          },
          next: 'resigned-no',
        },
        {
          id: 'thank-and-check',
          text: {
            'zh-CN':
              '谢谢您直接来找我，不然这样的问题我们还蒙在鼓里。今天的安排，您看还有哪儿没做到位？',
            en: "Thank you for coming straight to me; otherwise we'd never have known. Is there anything about today's arrangements that still falls short for you?",
          },
          behaviours: ['thank', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '感谢她的批评，再诚心问一句还有哪里不到位。把她当成帮您发现问题的人，正是对求尊重的客户最好的收尾。',
            en: 'You thanked her for the criticism and sincerely asked what still falls short. Treating her as the person who helped you find a problem is the best close for a respect seeker.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 70 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'see-you-out',
          text: {
            'zh-CN': '好的，陈小姐您慢走，欢迎下次再来，我送您到门口！',
            en: 'Wonderful, Ms. Chen, take care, and do come again. Let me walk you to the door!',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN': '客气是客气，可送客之前没问一句她满不满意。结束接待不是目标，客户满意才是。',
            en: "Polite, but you saw her out without asking whether she's satisfied. Ending the visit isn't the goal; a satisfied customer is.",
          },
          next: 'ending-grudging',
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
          id: 'goodbye',
          text: {
            'zh-CN': '好的，感谢您今天过来，您慢走！',
            en: 'Very good. Thank you for coming in today. Take care!',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“还有什么可以帮您”“没有了”“您慢走”，正是课上讲的不合格收尾。那声“没有了”不一定是满意。',
            en: '"Anything else?", "No", "Take care": the unqualified close the course warns about. That "no" isn\'t necessarily satisfaction.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'hear-the-pause',
          text: {
            'zh-CN':
              '陈小姐，您这声“没有了”，我听着还有点保留。今天哪儿让您不舒服，您直说，我想知道。',
            en: "Ms. Chen, that \"that's all\" sounds like you're holding something back. If anything today didn't sit right, please say so. I want to know.",
          },
          behaviours: ['acknowledge-emotion', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '您听出了“没有了”里的保留，没有顺势送客，而是把话头递了回去。满意要确认，不能靠猜。',
            en: 'You heard the reservation in "that\'s all" and, instead of seeing her out, handed the conversation back. Satisfaction is confirmed, not assumed.',
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
            'zh-CN': '说实话，刚才我都想直接走了，这辈子不再进你们这个门。',
            en: 'Honestly, a while ago I was ready to walk out and never set foot in here again.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '明天三点我等你电话。下回再来，我还找你。',
            en: "I'll expect your call tomorrow at three. And next time I come, I'm asking for you.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '陈小姐带着价格单的约定和一次认真的看房离开，还说下次来点名找您。您每一句都给足了尊重：先道歉、让她说完、不替同事辩也不贬同事，听出了“走到哪儿都先看我穿什么”背后的委屈，并用当天就能兑现的安排回应了它。',
        en: 'Ms. Chen left after a proper viewing, with a promised price list, saying she will ask for you next time. You showed respect in every line: apologized first, let her finish, neither defended nor ran down your colleague, caught the hurt behind "everywhere they look at my clothes first", and answered it with something delivered the same day.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: {
            'zh-CN': '……行吧，就这样吧。',
            en: '…Fine. Leave it at that.',
          },
          cue: 'avoidance',
        },
        {
          text: {
            'zh-CN': '房子我再去别家看看。',
            en: "I'll look at a few other developments.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '陈小姐没有再发火，可也没再提定房的事。用礼品、折扣、VIP 去回应一份尊重的需求，把她交回给小杨，或者没确认她是否满意就送客，事情是过去了，客户也跟着走了。',
        en: 'Ms. Chen did not flare up again, but she never mentioned the deposit again either. Meeting a need for respect with gifts, discounts or VIP labels, handing her back to Xiao Yang, or seeing her out without checking she was satisfied: the incident passed, and so did the customer.',
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行了，你们自己人护着自己人，我跟你说不着。',
            en: "That's enough. You lot look after your own; there's no point talking to you.",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我这就给你们开发商打电话，倒要看看他们怎么说。',
            en: "I'm calling your developer right now. Let's see what they have to say.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '陈小姐越过售楼处，直接投诉到了开发商。替同事辩解、当众对质、把她推给客服电话，都在告诉她“您不值得我们认真对待”，而这正是她来投诉的原因。',
        en: 'Ms. Chen went over the sales office\'s head to the developer. Defending your colleague, staging a face-off or pushing her to a hotline all told her "you\'re not worth taking seriously", which is exactly why she complained.',
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '呵，行，我算是见识了。',
            en: "Ha. Well, now I've seen it all.",
          },
        },
        {
          text: {
            'zh-CN': '今晚我就发个帖子，让大家都看看锦程·云栖的售楼处是怎么看人下菜碟的。',
            en: "Tonight I'm posting about it, so everyone can see how the Jincheng Yunqi sales office sizes people up.",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '陈小姐把这次经历发到了网上。问她预算、拿监控和流程跟她讲理、在她面前说同事的私事，每一句都在坐实她那句“看我不像买得起的”。一个本来要定房的客户，成了一篇差评帖。',
        en: 'Ms. Chen took her story online. Asking her budget, arguing with cameras and procedure, or gossiping about a colleague\'s private matters each proved her point: "they decided I couldn\'t afford it". A buyer who came to sign became a bad review.',
      },
    },
  ],
};

export default snobbishSalesperson;

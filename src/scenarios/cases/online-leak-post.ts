import type { Scenario } from '../../engine/scenario-schema';

/**
 * C14 (F002), with the BBS dynamics of the Ctrip case (F000 C6) and the Hengsheng lesson (F000 C8):
 * a buyer posts on a property forum that the sales team sold her personal information, other
 * owners pile in, and the company's online care representative answers in the thread and in
 * private messages. What she wants is the truth, protection and someone who answers for it.
 */
const onlineLeakPost: Scenario = {
  formatVersion: 1,
  id: 'online-leak-post',
  version: 1,
  title: {
    'zh-CN': '论坛曝光：“你们把我们的资讯卖了”',
    en: "Forum Post: 'You Sold Our Details'",
  },
  briefing: {
    'zh-CN':
      '澜山府业主林女士在本地房产论坛发帖，说汇诚地产的销售把业主信息卖了，其他业主纷纷跟帖。您是汇诚的官方网络客服，先在帖子里回复，再转到私信里处理。',
    en: "Ms. Lin, a buyer at Lanshan Residence, has posted on the local property forum that Huicheng Realty's sales staff sold buyers' personal details, and other owners are piling in. You are Huicheng's official online customer-care representative: reply in the thread first, then take it to private messages.",
  },
  industry: 'real-estate',
  channel: 'online',
  difficulty: 5,
  objectives: [
    {
      'zh-CN': '第一时间公开回应，一个声音：承认业主的担心、道歉，但不承认还没核实的事，也不否认。',
      en: 'Respond publicly and at once, with one voice: acknowledge the worry and apologize, without admitting or denying anything not yet verified.',
    },
    {
      'zh-CN': '把个案细节转到私信里，公开场合不谈任何业主的个人信息。',
      en: "Move the details to private messages, and never discuss any owner's personal information in public.",
    },
    {
      'zh-CN': '听出她真正要的是什么；边查边回应，给出核查的时间，至少每天反馈一次进度。',
      en: 'Hear what she really wants; investigate while you respond, give a time for the findings, and update at least daily.',
    },
    {
      'zh-CN': '不威胁、不甩锅：查清真相、说实话，再确认她真的放心。',
      en: 'No threats, no passing the blame: find out the truth, tell it straight, then check she really feels reassured.',
    },
  ],
  source: { caseId: 'C14', file: 'shared/seeds/002_52c4668a2a4d3dfa.txt (F002)' },
  notes: {
    'zh-CN':
      '来源（F002）只给了标题和一句客户原话“世联的销售代表把我们的资讯出卖了”，练习形式是“学员建议＋网上演示”；危机处理原则“第一时间、一个声音、一个指挥”，以及“南山或高学历客户选择网络抱怨”。论坛传播的特点（易共鸣、传播快、信息扭曲大）取自 F000 携程案例，起诉消费者的后果取自 F000 恒升案例。以下均为作者补充：公司名“汇诚地产”和楼盘“澜山府”（均为虚构，替代原文的真实公司名）；林女士的年龄、职业、房号 6 栋 1803、3 月 9 日签约、6 月交房；次日起每天五六个推销电话；论坛网友“澜山老王”（5 栋 2 单元 1201、1 月 8 日签约、经手销售小刘）和“小雨点”；坐席小周；晚 8 点更新、3 个工作日出结果、每晚私信进度；锁定资料查看权限、协助向 12321 举报；500 元购物卡或车位管理费减半的补偿选项；核查结果（原案场一名置业助理导出签约名单卖给装修公司，已解除合作并报警）；全部对话、分支、情绪数值与各结局。',
    en: 'The source (F002) gives only the title, one customer quote ("Shilian\'s sales reps sold our information") and the exercise format (trainee suggestions plus an online demonstration), with the crisis rule "first moment, one voice, one command" and the note that better-educated buyers complain online. The dynamics of forum complaints (quick to resonate, fast to spread, easily distorted) come from F000\'s Ctrip case, and the cost of suing a consumer from F000\'s Hengsheng case. Authored here: the company name Huicheng Realty and the development Lanshan Residence (both fictional, replacing the real company in the source); Ms. Lin\'s age, job, flat 1803 in Block 6, signing on 9 March and June handover; the five or six sales calls a day from the next morning; the forum users "Lanshan Lao Wang" (Block 5, Unit 2, flat 1201, signed 8 January, handled by sales consultant Liu) and "Raindrop"; the representative Zhou; the 8 pm update, the three-working-day deadline and nightly progress messages; locking her record and helping report numbers to the 12321 hotline; the ¥500 shopping card or half-price parking fee offer; the findings (a former sales-office assistant exported the buyer list and sold it to a renovation firm; the contract was ended and the police informed); all dialogue, branches, mood figures and endings.',
  },
  persona: {
    name: { 'zh-CN': '林女士', en: 'Ms. Lin' },
    profile: {
      'zh-CN':
        '34 岁，外企人事主管，和丈夫掏空积蓄、加上父母的钱，在澜山府买了人生第一套房。签约第二天起，推销电话就没断过。她觉得自己信任了对方，却被当成了商品。',
      en: 'A 34-year-old HR manager at a foreign firm. She and her husband emptied their savings and borrowed from her parents to buy their first home at Lanshan Residence. From the day after signing the sales calls have not stopped. She trusted the company, and feels she has been sold like goods.',
    },
    psychology: 'aggrieved',
    surfaceComplaint: {
      'zh-CN':
        '签约第二天起，装修、贷款、家具公司天天打电话，对方知道她的姓名、房号和交房时间；她认定是汇诚的销售把信息卖了。',
      en: "Since the day after signing, renovation, loan and furniture firms call daily, knowing her name, flat number and handover date. She is sure Huicheng's sales staff sold her details.",
    },
    realExpectation: {
      'zh-CN':
        '知道真相（到底是谁泄露的），得到保护（以后不再泄露、骚扰有人帮着处理），有人为这件事负责，而不是一句“我们有保密制度”。',
      en: 'The truth (who actually leaked it), protection (no further leaks and help with the harassment) and someone accountable, rather than "we have a confidentiality policy".',
    },
    startingMood: { anger: 70, trust: 15 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'long', skin: 1, glasses: true },
  },
  start: 'thread',
  nodes: [
    {
      id: 'thread',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '楼主：【曝光】汇诚的销售代表把我们的资讯出卖了！！3 月 9 号在澜山府签的约，10 号一早装修公司就打来了，叫得出我名字，知道我买的几栋几零几，连几月交房都知道！',
            en: "OP: [EXPOSED] Huicheng's sales reps sold our details!! Signed at Lanshan Residence on 9 March, and first thing on the 10th a renovation firm rang. Knew my name, my block and flat number, even the month we get the keys!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '澜山老王：+1。我 5 栋的，签完约也是天天有人推装修、推贷款，原来不是我一个人。',
            en: "Lanshan Lao Wang: +1. I'm in Block 5. Since signing it's been renovation and loan calls every day. So it's not just me.",
          },
        },
        {
          text: {
            'zh-CN': '小雨点：买个房，个人信息全成了别人的生意。@汇诚地产 出来说句话啊！',
            en: "Raindrop: Buy a flat and your personal details become someone else's business. @HuichengRealty, say something!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'deny-flat',
          text: {
            'zh-CN':
              '各位业主好，我司一向高度重视客户隐私，对客户信息有严格的保密制度和管理流程，销售人员不可能泄露客户资料。请大家不要轻信、不要传播不实信息，谢谢配合。',
            en: 'Hello, owners. We take customer privacy very seriously and have strict confidentiality rules. Our sales staff could not possibly leak customer data. Please do not believe or spread false information.',
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '还没查就搬出保密制度一口否认，还给业主的话扣上“不实信息”的帽子。公开场合跟客户争对错，围观的人只会站在客户那边：先回应担心，事实查清再说。',
            en: "You hid behind the confidentiality policy, flatly denied it before checking anything, and labelled the owners' posts false. Argue with a customer in public and the onlookers side with the customer. Respond to the worry first; state facts once they are checked.",
          },
          next: 'pile-on',
        },
        {
          id: 'block-tips',
          text: {
            'zh-CN':
              '您好，这类推销电话可以在手机里开启骚扰拦截，也可以拨打 12321 举报，建议您先这样处理。',
            en: 'Hello. For sales calls like these you can switch on call blocking on your phone, or report them to the 12321 hotline. We suggest you start there.',
          },
          behaviours: ['offer-solution', 'explain'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '办法本身不错，可她正气头上，问的是“谁把我卖了”，您却教她拦截电话。先处理心情，先听清问题，再谈办法，否则满帖子都会觉得官方在避重就轻。',
            en: 'A useful tip, but she is furious and asking who sold her out, and you are teaching her to block calls. Mood first, hear the problem, then solve; otherwise the whole thread reads it as dodging.',
          },
          next: 'pile-on',
        },
        {
          id: 'public-first-reply',
          text: {
            'zh-CN':
              '林女士，我是汇诚官方客服小周。刚签约就被电话轮番打扰，换谁都窝火，给您添堵了，对不起。公司已开始核查，今晚 8 点前在本帖更新，细节请私信我。',
            en: "Ms. Lin, Zhou from Huicheng customer care. Nonstop calls right after signing would upset anyone; I'm sorry. We've started checking and will update this thread by 8 pm. Please DM me the details.",
          },
          behaviours: [
            'self-identify',
            'acknowledge-emotion',
            'apologize',
            'investigate',
            'callback-promise',
            'isolate',
          ],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '第一时间公开回应：接住担心、道歉，却不承认也不否认还没核实的事；说了已在核查、几点更新，再把细节请进私信。速度体现态度，一个声音，个案细节不留在公开帖里。',
            en: "A prompt public reply: you took in the worry and apologized without admitting or denying anything unverified, said you're checking and when you'll update, and moved the details to DMs. Speed shows attitude; one voice; case details stay out of the public thread.",
          },
          next: 'pm-open',
          recommended: true,
        },
        {
          id: 'legal-threat',
          text: {
            'zh-CN':
              '本帖内容涉嫌捏造事实、损害我司商誉，请楼主尽快删帖，否则我司将依法追究相关责任。',
            en: "This post appears to fabricate facts and damage our company's reputation. The poster should delete it promptly, or we will pursue legal liability.",
          },
          behaviours: ['threaten'],
          mood: { anger: 30, trust: -20 },
          note: {
            'zh-CN':
              '恒升告消费者的教训：敢对客户动法律的公司，网友只会认定它不把消费者当回事。对一个还在气头上的买家发律师函式的回复，等于把投诉变成公开事件。',
            en: "The Hengsheng lesson: once a company takes legal aim at a customer, the public concludes it doesn't take consumers seriously. A lawyer's-letter reply to an angry buyer turns a complaint into a public fight.",
          },
          next: 'ending-public',
        },
      ],
    },
    {
      id: 'pile-on',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '楼主：大家看看，这就是汇诚的回复。出了事，第一句话先把自己撇干净。',
            en: "OP: Look, everyone, that's Huicheng's answer. Something goes wrong and the first thing they do is wash their hands of it.",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '澜山老王：官方就这么回？这态度，我看是心里有鬼。',
            en: "Lanshan Lao Wang: That's the official reply? With that attitude I'd say they've got something to hide.",
          },
        },
        {
          text: {
            'zh-CN': '小雨点：建议大家都去 12315 投诉，人多了看他们管不管！',
            en: "Raindrop: Everyone should complain to the 12315 consumer hotline. Let's see them ignore all of us!",
          },
        },
      ],
      choices: [
        {
          id: 'copy-paste',
          text: {
            'zh-CN':
              '您好，您反映的情况我们已经收到，并已第一时间转交公司相关部门跟进处理，处理结果会另行通知，请您耐心等待，感谢您对汇诚地产的关注与支持。',
            en: 'Hello, we have received your feedback and passed it straight to the relevant department. You will be notified of the outcome. Please wait patiently, and thank you for your interest in Huicheng.',
          },
          behaviours: ['deflect', 'investigate'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '一句模板话，没有人、没有时间，“相关部门”又把事推远了。网上最怕石沉大海：查可以慢慢查，回应要有具体的人和下一次回复的时间。',
            en: 'A template line with no name and no time, and "the relevant department" pushes it further away. Online, silence sinks you: the checking can take time, but the reply needs a person and a time for the next update.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'correct-course',
          text: {
            'zh-CN':
              '林女士，刚才的回复太草率，对不起。签约后天天被陌生电话骚扰，换谁都烦心。公司已开始核查，今晚 8 点前在本帖更新，细节请私信我。',
            en: "Ms. Lin, that last reply was careless; I'm sorry. Daily calls from strangers since signing would upset anyone. We've started checking and will update here by 8 pm tonight. Please DM me the details.",
          },
          behaviours: [
            'apologize',
            'acknowledge-emotion',
            'investigate',
            'callback-promise',
            'isolate',
          ],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '公开认下刚才的回复不妥，比删帖、装没看见强得多。接住情绪、给出更新时间、把细节转到私信，帖子里的口径就回到了一个声音。',
            en: 'Owning the bad reply in public is far better than deleting it or pretending not to see. You took in the feeling, gave a time for the update and moved the details to DMs, so the thread hears one voice again.',
          },
          next: 'pm-open',
          recommended: true,
        },
        {
          id: 'legal-double-down',
          text: {
            'zh-CN':
              '请各位理性发言。对于恶意造谣、损害我司名誉的言论，我司已截图留证，将依法处理。',
            en: 'Please keep the discussion rational. We have screenshots of malicious rumours damaging our reputation and will deal with them according to law.',
          },
          behaviours: ['threaten'],
          mood: { anger: 25, trust: -20 },
          note: {
            'zh-CN':
              '帖子已经起火，您又加了一把“依法处理”。恒升的教训就在眼前：威胁消费者赢不了官司之外的任何东西，口碑会一落千丈。',
            en: 'The thread was already alight and you added "we will deal with it according to law". Remember Hengsheng: threatening consumers wins nothing outside a courtroom, and the reputation collapses.',
          },
          next: 'ending-public',
        },
      ],
    },
    {
      id: 'pm-open',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（私信）私信就私信。先说好，别想着私下把我糊弄过去，帖子我是不会删的。',
            en: "(DM) Fine, DMs it is. But let's be clear: don't think you can quietly fob me off in private. I'm not deleting that post.",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '3 月 9 号签的约，第二天上午第一个电话就来了。现在一天五六个，装修的、贷款的、卖家具的，都知道我买的 6 栋 1803，知道 6 月交房。',
            en: "Signed on 9 March, first call the next morning. Now it's five or six a day: renovation, loans, furniture. They all know I bought 1803 in Block 6, and that we get the keys in June.",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'explain-sources',
          text: {
            'zh-CN':
              '林女士，我理解您的心情。不过现在信息外泄的渠道其实很多，网签备案、银行按揭、物业交接、装修公司扫楼都有可能，不一定就是我们销售这边出的问题。',
            en: "Ms. Lin, I understand. But details leak in lots of ways these days: contract registration, the mortgage bank, the property handover, renovation firms canvassing. It isn't necessarily our sales team.",
          },
          behaviours: ['yes-but', 'deflect', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“我理解”后面紧跟“不过”，前半句就白说了；“不一定是我们”也许有道理，可还没查就先替自己开脱，听在她耳朵里就是甩锅。先把她的话记下来、核实清楚，再谈可能的渠道。',
            en: '"I understand" followed by "but" cancels itself out. "It isn\'t necessarily us" may even be true, but clearing yourself before checking sounds like passing the buck. Note what she says and verify first; discuss other channels afterwards.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'key',
          },
        },
        {
          id: 'hear-and-record',
          text: {
            'zh-CN':
              '帖子删不删，您说了算。我先记一下：3 月 9 日签约，10 日上午开始来电，对方知道您姓名、房号和交房时间，现在每天五六个，对吗？',
            en: 'Whether the post stays up is your call. Let me note this down: signed 9 March, calls from the morning of the 10th, they know your name, flat and handover date, five or six a day now. Right?',
          },
          behaviours: ['paraphrase', 'record', 'closed-question'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先打消她“私下糊弄”的顾虑，再把时间、对方掌握的信息、来电频率一条条复述记录。记下的细节就是核查的线索，她也看到您在认真听。',
            en: "You first eased her fear of being fobbed off in private, then played back and noted the dates, what the callers know and how often. Those details are the leads for the investigation, and she can see you're really listening.",
          },
          next: 'key',
          recommended: true,
        },
        {
          id: 'ask-for-id',
          text: {
            'zh-CN': '为了方便核查，麻烦您提供一下身份证号、手机号和认购书编号，我这边先登记。',
            en: "So we can look into it, please send me your ID number, mobile number and subscription agreement number, and I'll log it.",
          },
          behaviours: ['ask-facts'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '她正担心个人信息被卖，您开口先要身份证号，时机和分寸都不对。她刚说的细节已经够开始核查了，先复述确认、让她知道您听进去了。',
            en: 'She is worried her personal data was sold, and your first move is to ask for her ID number. Wrong moment, wrong touch. What she just told you is enough to start; play it back so she knows you heard.',
          },
          next: 'key',
        },
      ],
    },
    {
      id: 'key',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……我们 6 月还得搬进去住呢，现在想想都膈应。',
            en: "…We're supposed to be moving in there in June. Just thinking about it makes my skin crawl.",
          },
        },
        {
          text: {
            'zh-CN':
              '我也不是非要闹。我们是信任你们，才把身份证、电话、家里情况全交出来的。我就想知道到底是谁给出去的，以后还会不会再漏，有没有人真为这事负责？别拿一句“我们有保密制度”打发我。',
            en: "I'm not trying to make a scene. We trusted you; that's why we handed over our IDs, phone numbers, everything about our family. I just want to know who gave it out, whether it'll happen again, and whether anyone will actually answer for it. Don't fob me off with 'we have a confidentiality policy'.",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'compensation-offer',
          text: {
            'zh-CN':
              '真的很抱歉给您添了这么多麻烦。为表歉意，我们可以送您一张 500 元购物卡，或者一年车位管理费减半，您看选哪个？',
            en: "I'm truly sorry for all the trouble. As an apology we can offer you a ¥500 shopping card, or half off a year's parking management fee. Which would you prefer?",
          },
          behaviours: ['apologize', 'bounded-offer', 'closed-question'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '补偿给得有分寸，可她刚说的是真相、保护和有人负责，一个字没提钱。没接住这句话就递礼品，像是拿东西堵嘴：先复述她的要求，再谈办法。',
            en: 'A well-bounded offer, but she had just asked for the truth, protection and accountability, and never mentioned money. Offering gifts without picking that up looks like buying her silence. Play back what she asked for first.',
          },
          next: 'not-money',
        },
        {
          id: 'no-proof',
          text: {
            'zh-CN':
              '我理解您的心情，不过目前没有任何证据表明是我们销售泄露的，如果您有证据，可以提供给我们。',
            en: 'I understand how you feel, but at the moment there is no evidence that our sales staff leaked anything. If you have proof, you are welcome to send it to us.',
          },
          behaviours: ['yes-but', 'argue'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '她刚放下一点戒备，您却让受害的一方自己拿证据。查证是公司的责任，不是客户的：跟客户争对错，只会把她推到监管部门那里去。',
            en: "She had just lowered her guard, and you asked the injured party to produce proof. Verifying is the company's job, not the customer's. Arguing the point only pushes her towards the regulator.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'probe-three',
          text: {
            'zh-CN':
              '我听明白了，您要三件事：查清是谁给出去的，以后不再漏，有人对这事负责。除了这些，还有什么放心不下的？',
            en: "I hear you. You want three things: find out who gave it out, make sure it can't happen again, and have someone answer for it. Anything else worrying you?",
          },
          behaviours: ['paraphrase', 'probe-expectation', 'open-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '她这段话里藏着真正的期望：真相、保护、有人负责。您把三件事原样复述出来，再用开放式问题请她补充。透过现象看本质，方向对了，后面的办法才有的放矢。',
            en: 'Her real expectations were in that speech: the truth, protection, accountability. You repeated all three and used an open question to invite more. See past the surface to the substance, and every step after is aimed right.',
          },
          next: 'plan',
          recommended: true,
        },
      ],
    },
    {
      id: 'not-money',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '谁稀罕你们的购物卡？我说了半天，你们就想拿点东西把我嘴堵上是吧？',
            en: 'Who wants your shopping card? I explain all this and you just want to buy my silence, is that it?',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我问的是谁漏的，你答的是送什么。',
            en: 'I asked who leaked it, and you answered with a gift.',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'raise-offer',
          text: {
            'zh-CN': '那这样，我去跟领导申请一下，给您换成 1000 元的购物卡，您看这样可以吗？',
            en: 'How about this: I ask my manager to make it a ¥1,000 shopping card instead. Would that be all right?',
          },
          behaviours: ['bounded-offer', 'closed-question'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '她刚说了不要东西，您却把价码翻了一倍。这等于告诉她“您就是想要钱”，对一个觉得被出卖的人，这是第二次伤害。',
            en: "She had just said she didn't want gifts, and you doubled the price. That tells her you think she is after money: a second injury for someone who already feels sold out.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'recover-truth',
          text: {
            'zh-CN':
              '对不起，是我答偏了。您要的是真相、以后不再漏、有人负责，不是礼品。我这就跟您说说我们怎么查。',
            en: "I'm sorry, I answered the wrong question. You want the truth, no more leaks and someone accountable, not a gift. Let me tell you how we'll investigate.",
          },
          behaviours: ['apologize', 'paraphrase'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '认下自己答偏了，把她的三个要求复述清楚。错了就马上改口，比硬着头皮往下推强：先弄清客户要什么，再给办法。',
            en: 'You owned the misstep and restated her three demands. Correcting course at once beats pushing on: be clear about what the customer wants, then offer the fix.',
          },
          next: 'plan',
          recommended: true,
        },
      ],
    },
    {
      id: 'plan',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……行，那你说，到底怎么查？查多久？',
            en: '…Fine. So tell me, how exactly will you look into it? How long will it take?',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '别又是一句“正在核查中”，然后就没下文了。',
            en: 'And not another "we are looking into it" followed by nothing.',
          },
        },
      ],
      choices: [
        {
          id: 'investigation-plan',
          text: {
            'zh-CN':
              '这件事由我跟到底。我们查系统里谁看过、导出过您的资料，约谈经手的人，3 个工作日内给您结果，每晚 8 点前私信您进度。',
            en: "I'll see this through myself. We'll check who viewed or exported your record and interview everyone who handled it. Findings within three working days, and a progress DM by 8 every night.",
          },
          behaviours: [
            'own-problem',
            'explain',
            'investigate',
            'root-cause',
            'commit-deadline',
            'callback-promise',
          ],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '谁负责、查什么、几天出结果、多久报一次进度，全说清楚了。立即响应，持续反馈：复杂的投诉至少每天反馈一次，她就不会觉得石沉大海。',
            en: "Who is responsible, what will be checked, when the findings come and how often she'll hear: all spelled out. Respond now and keep feeding back, at least daily on a complex complaint, and she won't feel it has sunk without trace.",
          },
          next: 'protect',
          recommended: true,
        },
        {
          id: 'wait-for-result',
          text: {
            'zh-CN': '请您放心，我们一定会认真调查，调查清楚以后，第一时间通知您。',
            en: "Rest assured, we'll investigate thoroughly, and the moment we have the full picture we'll let you know.",
          },
          behaviours: ['investigate'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '她刚说了最怕“正在核查中然后没下文”，您给的正是这句话。调查可以慢慢查，回应不能等：说出结果哪天出、进度几点报。',
            en: "She had just said she dreads \"we're looking into it\" and then silence, and that's exactly what you gave her. The investigation can take time; the response can't. Say when the findings come and when she'll get updates.",
          },
          next: 'protect',
        },
        {
          id: 'fire-them',
          text: {
            'zh-CN':
              '林女士您放心，这件事公司领导高度重视。不管查出来是谁，我们马上开除、绝不姑息，我可以向您保证，以后再也不会发生这种事情。',
            en: "Don't worry, management is taking this extremely seriously. Whoever it turns out to be will be fired on the spot, no leniency, and I can promise you this will never happen again.",
          },
          behaviours: ['over-promise', 'investigate-blame'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '还没查就先许诺开除谁、保证永不再犯，这是做不到也不该先说的话。她要的是真相和保护，不是一个替罪羊：审慎承诺，先给时间和办法。',
            en: "Promising to sack someone and guaranteeing it will never recur, before any checking, is a promise you can't keep and shouldn't lead with. She wants the truth and protection, not a scapegoat. Promise carefully; give a time and a method first.",
          },
          next: 'protect',
        },
      ],
    },
    {
      id: 'protect',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '那这几天的电话呢？我今天上班又接了三个，会开到一半就响。',
            en: "And the calls in the meantime? I've had three more at work today, one right in the middle of a meeting.",
          },
        },
        {
          text: {
            'zh-CN': '你们查归查，我这边怎么办？',
            en: 'You can investigate all you like, but what am I supposed to do?',
          },
        },
      ],
      choices: [
        {
          id: 'promise-silence',
          text: {
            'zh-CN': '您放心，我这边一定想办法，保证从明天起，不会再有一个骚扰电话打给您。',
            en: "Leave it with me. I'll find a way, and I guarantee that from tomorrow you won't get a single nuisance call.",
          },
          behaviours: ['over-promise'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '名单已经流出去了，明天一个电话都没有，谁也保证不了。做不到的承诺一旦落空，她只会更确信你们在糊弄：说清能做什么、不能做什么。',
            en: "The list is already out; nobody can guarantee zero calls from tomorrow. When that promise breaks she'll be surer than ever you're fobbing her off. Say what you can and can't do.",
          },
          next: 'evening',
        },
        {
          id: 'lock-and-help',
          text: {
            'zh-CN':
              '今天就办两件事：锁定您资料的查看权限；骚扰号码您发我，我们整理好帮您向 12321 举报。电话一下子全拦住我做不到，得跟您说实话。',
            en: "Two things today: your record gets locked down, and you send me the numbers; we'll compile them and report them to 12321 for you. I can't stop every call at once, honestly.",
          },
          behaviours: ['offer-solution', 'commit-deadline', 'set-expectations'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '两件今天就能落地的事，再坦白说清拦不住所有电话。管理期望值：告诉客户哪些能做到、哪些做不到，比拍胸脯更让人放心。',
            en: "Two things that can happen today, and an honest word that you can't stop every call. Managing expectations, saying what you can and can't do, reassures far more than grand promises.",
          },
          next: 'evening',
          recommended: true,
        },
        {
          id: 'just-block',
          text: {
            'zh-CN': '这个建议您在手机上开一下骚扰拦截，外面打来的电话，我们这边确实管不了。',
            en: "For that I'd suggest switching on call blocking on your phone. Calls from outside firms really aren't something we can control.",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“我们管不了”把难处原样推了回去。外面的电话管不了，自己的系统、举报渠道总能帮一把：首问负责，先想能做什么。',
            en: '"We can\'t control that" hands the problem straight back. You can\'t stop outside firms, but you can lock your own system and help with reporting. First-contact ownership: start from what you can do.',
          },
          next: 'evening',
        },
      ],
    },
    {
      id: 'evening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（当晚 7 点半，论坛帖子里）楼主：官方说今晚 8 点前更新，还剩半小时，我等着。',
            en: "(7:30 that evening, in the forum thread) OP: The official account said there'd be an update by 8 tonight. Half an hour to go. I'm waiting.",
          },
        },
        {
          text: {
            'zh-CN':
              '澜山老王：@汇诚地产官方客服 我 5 栋的，签约后也天天接装修电话，你们查不查我的？查到了就在这儿说说！',
            en: "Lanshan Lao Wang: @HuichengCare I'm in Block 5 and I've had renovation calls every day since signing too. Are you checking mine? If you find anything, say it here!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'disclose-neighbour',
          text: {
            'zh-CN':
              '@澜山老王 王先生您好，您放心，系统显示您是 5 栋 2 单元 1201，1 月 8 日签约，经手的是销售顾问小刘，我们会一并核查。',
            en: "@LanshanLaoWang Hello Mr. Wang. Our system shows you in Block 5, Unit 2, flat 1201, signed 8 January, handled by sales consultant Liu. We'll check yours too.",
          },
          behaviours: ['disclose-private'],
          mood: { anger: 20, trust: -25 },
          note: {
            'zh-CN':
              '想显得透明，却在公开帖里把另一位业主的房号、签约日期和经手人都晒了出来，恰好坐实了“泄露信息”。个案细节只在私信里谈，公开场合不谈任何业主的个人信息。',
            en: "Trying to look transparent, you posted another owner's flat, signing date and sales contact in a public thread, proving the leak story for them. Case details belong in private messages; never discuss any owner's personal data in public.",
          },
          next: 'ending-public-disclosed',
        },
        {
          id: 'mixed-message',
          text: {
            'zh-CN':
              '各位业主：经初步核查，我司系统未发现客户信息外泄，请大家不要轻信网络传言，以官方通知为准。',
            en: 'To all owners: our initial checks have found no leak of customer data from our systems. Please do not believe online rumours, and rely on official notices.',
          },
          behaviours: ['argue'],
          mood: { anger: 25, trust: -20 },
          note: {
            'zh-CN':
              '私信里说正在查、3 天出结果，帖子里却说“未发现外泄”，口径自相矛盾，还把业主的话叫“传言”。危机处理要一个声音：核查没结束，就不能先下结论。',
            en: "In DMs you said the check takes three days; in the thread you declared no leak and called the owners' posts rumours. Two voices, and an argument besides. Crisis handling needs one voice: no conclusions before the check is done.",
          },
          next: 'ending-public',
        },
        {
          id: 'quiet-until-done',
          text: {
            'zh-CN':
              '（私信林女士）帖子那边我们先不更新了，等核查结果出来再统一发声明，到时候第一时间告诉您。',
            en: "(DM to Ms. Lin) We'll hold off updating the thread for now and put out a single statement once the findings are in. You'll be the first to know.",
          },
          behaviours: ['investigate'],
          mood: { anger: 10, trust: -15 },
          note: {
            'zh-CN':
              '说好 8 点前在帖子里更新，到点却不出声，还“等结果出来再说”。帖子里的沉默会被当成心虚：立即响应，持续反馈，没有进展也要按时说一声。',
            en: 'You promised a thread update by 8 and then went quiet, "until the findings are in". Silence in a thread reads as guilt. Respond now and keep feeding back; even with no progress, speak at the promised time.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 60 } }, to: 'result' }],
            otherwise: 'ending-public',
          },
        },
        {
          id: 'evening-update',
          text: {
            'zh-CN':
              '按约定更新：已锁定相关业主资料的查看权限，正在逐条核对导出记录，明晚 8 点前再更新。@澜山老王 您的情况请私信我，一并核查。',
            en: "Update as promised: access to the affected owners' records is now locked and we're checking every export log. Next update by 8 pm tomorrow. @LanshanLaoWang please DM me and we'll check yours too.",
          },
          behaviours: ['progress-update', 'investigate', 'callback-promise', 'isolate'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '准时更新，说了已做的和正在做的，约好下一次；老王的事请进私信，公开帖里一个字的个人信息都没有。持续反馈，一个声音，个案不上公屏。',
            en: "On time, with what's done and what's under way, and the next update booked. Lao Wang is invited to DM, and not one personal detail appears in public. Keep feeding back, one voice, and no case details on the public board.",
          },
          next: 'result',
          recommended: true,
        },
      ],
    },
    {
      id: 'result',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（第三天晚上，私信）三天了。',
            en: "(Third evening, DM) It's been three days.",
          },
        },
        {
          text: {
            'zh-CN': '查出来没有？到底是谁？',
            en: 'Have you found out? Who was it?',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'share-findings',
          text: {
            'zh-CN':
              '查清楚了：原案场一名置业助理 3 月导出签约名单，卖给了装修公司。已解除合作、报了警，导出权限全部收回。对不起，是我们管理的漏洞。',
            en: "We've found it. A former sales-office assistant exported the March buyer list and sold it to a renovation firm. Contract ended, police told, export rights withdrawn. I'm sorry; our controls failed.",
          },
          behaviours: ['follow-up', 'explain', 'root-cause', 'apologize'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '按时给结果，说清是谁、怎么漏的、做了什么处理、怎么防止再犯，最后为公司的漏洞道歉。查清了就说实话，主动承担企业的责任。',
            en: "Findings on time: who, how it leaked, what was done and how it's prevented, then an apology for the company's failure. Once the facts are clear, tell the truth and take responsibility as a company.",
          },
          next: 'close',
          recommended: true,
        },
        {
          id: 'blame-temp',
          text: {
            'zh-CN':
              '林女士，查到了，是一个已经离职的临时助理私下干的，他跟我们只是短期合作，完全属于他的个人行为，跟公司没有任何关系，说实话我们也是受害者。',
            en: "We found it: a temporary assistant, since gone, did it on his own. He was only on a short contract. It was entirely his personal conduct, nothing to do with the company. Frankly, we're victims too.",
          },
          behaviours: ['blame'],
          mood: { anger: 20, trust: -20 },
          note: {
            'zh-CN':
              '查出了人，却急着把公司摘干净。用的是你们的系统、你们的人，在客户眼里就是公司的事：主动承担责任，不把问题推给个人。',
            en: "You found the person, then rushed to clear the company. Your system, your staff: to the customer it is the company's doing. Take responsibility; don't pin it on one individual.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'vague-result',
          text: {
            'zh-CN':
              '核查已经有结果了，相关人员已经严肃处理。具体细节涉及内部管理，不便透露，请您理解。',
            en: "The check is complete and the staff involved have been dealt with seriously. The details are an internal matter we can't disclose. Thank you for understanding.",
          },
          behaviours: ['follow-up', 'set-expectations'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '按时回了话，可她要的正是真相，“不便透露”又把门关上了。员工的隐私可以保护，事情的来龙去脉和整改措施却应该说清楚。',
            en: 'You replied on time, but the truth is exactly what she asked for, and "we can\'t disclose" shuts the door again. Protect the employee\'s privacy if you must, but explain what happened and what has changed.',
          },
          next: 'close',
        },
      ],
    },
    {
      id: 'close',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……所以，还真是你们内部的人。',
            en: '…So it really was one of your own people.',
          },
        },
        {
          text: {
            'zh-CN': '那帖子呢？老王他们也都被打过电话，他们怎么办？',
            en: 'And the thread? Lao Wang and the others have been getting calls too. What about them?',
          },
        },
      ],
      choices: [
        {
          id: 'ask-delete',
          text: {
            'zh-CN':
              '事情已经处理好了，您看方便的时候，能不能把论坛那个帖子删一下，或者编辑成已解决？不然其他业主看到了还会一直担心。',
            en: "It's all been dealt with now. When you have a moment, could you delete the forum post or edit it to say resolved? Otherwise other owners will keep worrying when they see it.",
          },
          behaviours: ['premature-close'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '她刚问到别的业主，您却急着让她删帖，关心的是公司的面子，不是她的感受。结束投诉不是目标，确认客户真的放心才是。',
            en: "She had just asked about the other owners, and you hurried to get the post taken down: the company's face, not her feelings. Closing the complaint isn't the goal; making sure she's truly reassured is.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'public-close-and-check',
          text: {
            'zh-CN':
              '今晚我在帖子里公开说明结果和整改，不提任何业主信息；受影响的业主我逐一私信。这样安排，您还有哪儿不放心？',
            en: "Tonight I'll post the findings and fixes in the thread with no owner's details, and message each affected owner myself. With that, is there anything you're still uneasy about?",
          },
          behaviours: ['commit-deadline', 'follow-up', 'check-satisfaction', 'open-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '公开说明用一个声音、不带任何个人信息，其他业主也有人跟进，最后真心问她还有什么不放心。满意要问出来，不能靠猜。',
            en: 'A public statement in one voice with no personal data, follow-up for the other owners, and a genuine question about what still worries her. Satisfaction is something you ask about, not assume.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 70 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'thanks-bye',
          text: {
            'zh-CN': '感谢您的理解和支持！后续有任何问题，欢迎随时联系我们，祝您生活愉快。',
            en: 'Thank you for your understanding and support! If anything else comes up, feel free to contact us any time. Have a great day.',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '她问的帖子和其他业主，一句也没回答，就用客套话收了尾。善终比善始更重要：把她的问题答完，再确认她是否放心。',
            en: 'She asked about the thread and the other owners and got no answer, just a polite sign-off. Ending well matters more than starting well: answer her question, then check she is reassured.',
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
            'zh-CN': '行。这几天每晚 8 点都等得到你的消息，说到做到，我认。',
            en: "All right. Every night at 8 I got your message, like you said. You kept your word; I'll give you that.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '楼主（帖子更新）：汇诚查清楚了，是他们原来一个助理干的，已经报警。这次官方的处理，我认可。',
            en: "OP (thread update): Huicheng got to the bottom of it: a former assistant of theirs did it, and the police are involved. I'm satisfied with how they handled it this time.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '林女士在帖子里亲自更新了结果。您第一时间公开回应、一个声音，细节转到私信；听出她要的是真相、保护和有人负责；边查边每天反馈，按时给出真实的结果并为公司的漏洞道歉；公开场合从没出现任何业主的个人信息。',
        en: "Ms. Lin updated the thread herself. You responded publicly at once with one voice and moved the details to DMs; heard that she wanted truth, protection and accountability; fed back daily while investigating, delivered honest findings on time and apologized for the company's failure; and never let any owner's personal details appear in public.",
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
            en: "…Fine. Let's leave it there.",
          },
        },
        {
          text: {
            'zh-CN': '帖子我就留着了，给后面买房的人提个醒。',
            en: "I'm keeping the post up, though. A warning for the next people who buy.",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '事情没有再闹大，可帖子还挂着，林女士也没有真正放下。没接住她对真相和保护的要求、承诺落空或反馈断了，又或者没确认她是否放心就收尾，口碑上的伤口就还在。',
        en: "It didn't blow up further, but the post stays up and Ms. Lin hasn't really let go. Miss her need for truth and protection, break a promise or let the updates lapse, or close without checking she is reassured, and the damage to your reputation stays.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行，跟你们说不通。',
            en: "Right. There's no talking to you people.",
          },
        },
        {
          text: {
            'zh-CN': '我已经打了 12315，明天去派出所报案。你们跟警察和市场监管局解释去吧！',
            en: "I've called 12315, and tomorrow I'm reporting it to the police. You can explain yourselves to the police and the market regulator!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '林女士打了 12315 投诉，还要去报案，事情从论坛走到了监管部门和警方。让受害的一方自己举证、拿模板话应付、把责任推给个人，都在告诉她：在汇诚这里讨不到说法。',
        en: "Ms. Lin filed a complaint on the 12315 hotline and plans to go to the police; the matter has moved from the forum to the regulator and the police. Asking the injured party for proof, replying with templates, or pinning it on one person all told her she'd get no answer from Huicheng.",
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '楼主：截图都在这儿，官方说了什么、没做什么，大家自己看。',
            en: "OP: The screenshots are all here. What the official account said, and what it didn't do: see for yourselves.",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '小雨点：已经转到微博和本地公众号了，@市消协 管管吧！以后澜山府谁还敢买？',
            en: 'Raindrop: Already shared to Weibo and the local news accounts. @CityConsumerAssociation, do something! Who would buy at Lanshan now?',
          },
        },
      ],
      summary: {
        'zh-CN':
          '帖子被截图转发，一位业主的投诉变成了全网的话题。威胁起诉、口径前后不一、说好的更新不出声，在论坛上都会被放大：网络投诉易共鸣、传得快，也最容易被扭曲。',
        en: "The thread was screenshotted and shared, and one owner's complaint became a talking point across the internet. Legal threats, contradictory messages and a missed update are all magnified on a forum: online complaints resonate easily, spread fast and distort readily.",
      },
    },
    {
      id: 'ending-public-disclosed',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '澜山老王：？？？我的房号、哪天签的约、谁经手的，你们就这么贴在帖子里了？',
            en: 'Lanshan Lao Wang: ??? My flat number, the day I signed, who handled it, and you just post it in the thread?',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '楼主：大家都看见了吧？官方自己在帖子里晒业主信息，还说不会泄露？',
            en: "OP: Did everyone see that? The official account is posting owners' details in the thread itself, and they say nothing leaked?",
          },
        },
      ],
      summary: {
        'zh-CN':
          '您在公开帖里亮出了另一位业主的信息，等于当众证明了林女士的指控，帖子迅速被转发。网上回应再想显得透明，个人信息也只能在私信里谈。',
        en: "By posting another owner's details in a public thread you proved Ms. Lin's accusation in front of everyone, and the thread spread fast. However transparent you want to look online, personal information only belongs in private messages.",
      },
    },
  ],
};

export default onlineLeakPost;

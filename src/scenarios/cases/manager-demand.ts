import type { Scenario } from '../../engine/scenario-schema';

/**
 * C18, the caller who demands "your manager" (F004, interview Q1): a home-office designer whose
 * broadband has been down for three days, with a billing error on top, calls a third time and will
 * not talk to "just an agent". The model answer: say you are the person responsible, stand on his
 * side, let him talk, ask how he would like it settled, fix it with a clear time, and close with the
 * company's apology, thanks and a promise to improve.
 */
const managerDemand: Scenario = {
  formatVersion: 1,
  id: 'manager-demand',
  version: 1,
  title: {
    'zh-CN': '“叫你们领导来！”',
    en: '“Put Your Manager On!”',
  },
  briefing: {
    'zh-CN':
      '严先生家的宽带断了三天，账单还多扣了钱，前两次来电都没有下文。这是他第三次打来，一开口就要找领导。现在由您来接。',
    en: "Mr. Yan's broadband has been down for three days and his bill has an extra charge on it. Two earlier calls went nowhere. This is his third, and he opens by demanding a manager. The call is yours.",
  },
  industry: 'telecom',
  channel: 'phone',
  difficulty: 3,
  objectives: [
    {
      'zh-CN': '先报身份，表明“这件事由我负责”，不推、不转，先把信任建立起来。',
      en: 'Say who you are and that this is now yours to sort out. No passing him on: build trust first.',
    },
    {
      'zh-CN': '站在客户一边，让他把话说完，复述确认，再问“您觉得这件事怎么处理比较好”。',
      en: 'Stand on his side, let him finish, play it back, then ask how he would like it settled.',
    },
    {
      'zh-CN': '给出带钟点的具体办法，不说“尽快”；钱的问题查清楚、当场给答复。',
      en: 'Give a concrete fix with a time, never “as soon as possible”; check the charge and answer it on the spot.',
    },
    {
      'zh-CN': '最后代表公司致歉、感谢他的耐心、承诺改进，再真正确认他是否满意。',
      en: 'Close with an apology on behalf of the company, thanks for his patience and a promise to improve, then check he is really satisfied.',
    },
  ],
  source: { caseId: 'C18', file: 'shared/seeds/004_f8e611c461ff71b6.txt (F004)' },
  notes: {
    'zh-CN':
      '来源（F004 面试题一）只给了处理思路：难缠客户打到总部先要求见领导，应表明自己就是这个问题的负责人，建立信任，站在客户立场倾听、认同感受，问“您觉得这件事情怎么处理比较好”，提出方案、迅速解决并明确答复，最后代表公司致歉、感谢支持、承诺改进。首问责任制来自 F003 中国电信服务规范。以下均为作者补充：虚构运营商“畅联通信”；客户严先生的年龄、职业（在家办公的室内设计师）和“老用户十一年”；周一晚上断网、周二首次来电被告知 48 小时上门、周三再次来电被告知“已催”；用手机热点办公导致流量超出 30 元；账单里未订购的 15 元影视会员；坐席小周及工号 5127；今天 16:00 前上门、16:30 回电、3 个工作日内退款等安排；工信部 12300 申诉的说法；客户开场白“叫你们领导来！我不跟你说”；全部对话、分支、情绪数值与各结局。',
    en: "The source (F004, interview question 1) gives only the approach: difficult callers to head office first ask for a leader; say you are the person responsible for their problem and build trust; stand on their side, listen and acknowledge their feelings; ask “how do you think this should be handled?”; propose your solution, fix it quickly and give a clear answer; finally apologise on behalf of the company, thank them for their support and promise improvement. First-contact responsibility comes from the China Telecom norms in F003. Authored here: the fictional operator Changlian Telecom; Mr. Yan's age, job (an interior designer working from home) and eleven years as a customer; the outage from Monday night, the first call on Tuesday (“someone within 48 hours”) and the second on Wednesday (“we've chased it”); the ¥30 of extra mobile data from working on a hotspot; the ¥15 video membership he never ordered; the representative Zhou, staff no. 5127; the visit before 16:00 today, the 16:30 call-back and the refund within 3 working days; the MIIT 12300 appeal line as his threat; his opening line; all dialogue, branches, mood figures and endings.",
  },
  persona: {
    name: { 'zh-CN': '严先生', en: 'Mr. Yan' },
    profile: {
      'zh-CN':
        '46 岁，室内设计师，自己在家开工作室，用畅联的宽带十一年了。讲究体面，不爱求人；觉得前两次被当成“又一个打电话的”，这回只想跟“说话算数的人”谈。',
      en: '46, an interior designer who runs a one-man studio from home and has had Changlian broadband for eleven years. Proud, hates asking for favours. He feels the last two calls treated him as just another caller, and this time he only wants to talk to someone whose word counts.',
    },
    psychology: 'respect-seeker',
    surfaceComplaint: {
      'zh-CN':
        '宽带从周一晚上断到现在，两次报修都没人上门；这个月账单还多扣了一个没订过的 15 元影视会员。他要找领导。',
      en: "His broadband has been down since Monday night and two repair calls brought nobody; this month's bill also has a ¥15 video membership he never ordered. He wants a manager.",
    },
    realExpectation: {
      'zh-CN':
        '被当回事：有个能拍板的人把这件事接过去，给他一句带钟点的准话，而不是第三次“帮您反映”。找领导只是手段。',
      en: "To be taken seriously: someone with authority takes the problem on and gives him a firm answer with a time, not a third “we'll pass it on”. Asking for a manager is only the means.",
    },
    startingMood: { anger: 80, trust: 15 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'short', skin: 1, glasses: false },
  },
  start: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂？投诉专席是吧？叫你们领导来！我不跟你说。',
            en: "Hello? Complaints, is it? Get me your manager. I'm not talking to you.",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '这是我第三回打电话了。前两回都客客气气的，“帮您反映”“帮您加急”，结果呢？三天了，人影都没见着！',
            en: "This is my third call. Both times, very polite — “we'll pass it on”, “we'll hurry it up”. And? Three days, and not a soul has turned up!",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'transfer-now',
          text: {
            'zh-CN': '好的好的，您稍等，我这就帮您转我们值班经理。',
            en: "Okay, okay, one moment please. I'll put you through to the duty manager right away.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '顺着他要领导就转，看着是照办，其实是把他又推给了第四个人。首问负责：先表明您就是负责这件事的人，别急着转。',
            en: 'Putting him straight through looks obliging, but it hands him to a fourth person. First-contact ownership: tell him you are the one responsible before you think of transferring.',
          },
          next: 'bounced',
        },
        {
          id: 'own-it',
          text: {
            'zh-CN':
              '严先生您好，我是畅联投诉专席的小周，工号 5127。打了三回都没结果，换谁都要找领导，真对不起。这事从现在起我来负责。',
            en: "Mr. Yan, I'm Zhou at Changlian's complaint desk, staff no. 5127. Three calls and no result — anyone would ask for a manager, and I'm sorry. From now on, this is mine to sort out.",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'apologize', 'own-problem'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '报了身份，说出他火气的来由，先道一声歉，再明确“这件事我负责”。这正是面试题的开头：先让他知道电话那头有个能担事的人。道歉不等于认责，他越火，越该早说。',
            en: 'You gave your name, said where his anger comes from, apologized, and made it clear the problem is yours. That is the model opening: let him know someone on the line will carry this. An apology is not an admission; the angrier he is, the sooner it should come.',
          },
          next: 'doubt',
          recommended: true,
        },
        {
          id: 'rush-ticket',
          text: {
            'zh-CN':
              '严先生您好，我是投诉专席小周，工号 5127。您的报修单我查到了，我现在就给您下加急单，今天一定安排师傅上门，您看行吗？',
            en: "Hello Mr. Yan, Zhou at the complaint desk, no. 5127. I've found your repair ticket. I'm marking it urgent now and we'll definitely get a technician to you today. All right?",
          },
          behaviours: ['self-identify', 'verify-facts', 'offer-solution', 'commit-deadline'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '动作快是好事，可他刚说完“帮您加急”听了两回，您开口又是“加急”。他还在气头上，一句共情都没有就给办法，他听不进去：先处理心情，再处理事情。',
            en: "Speed is good, but he has just told you he heard “we'll hurry it up” twice, and you open with the same words. He's still fuming; a fix with no empathy won't land. Mood before matter.",
          },
          next: 'heard-before',
        },
      ],
    },
    {
      id: 'heard-before',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '加急？又是加急！周二那个也说给我加急，说 48 小时之内上门。48 小时早过了吧？',
            en: "Urgent? Urgent again! Tuesday's one said urgent too — someone within 48 hours. Well past 48 hours now, isn't it?",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '你们这套词我都会背了。我不跟你说，叫你们领导来！',
            en: "I could recite your script by now. I'm not talking to you. Get me your manager!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'transfer-after',
          text: {
            'zh-CN':
              '那好严先生，您先别挂电话。我这就帮您转我们的值班经理，您的情况我先跟他交代清楚，省得您再从头讲一遍。',
            en: "All right, Mr. Yan, please hold. I'll put you through to our duty manager and brief him first, so you won't have to start from scratch.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '碰了钉子就转手，等于承认“这事我担不了”。他要的是一个担事的人，不一定是领导本人。首问负责，责任不推。',
            en: "Passing him on the moment you hit resistance says “I can't carry this.” He wants someone who takes responsibility, not necessarily the manager himself. Own it; don't pass it on.",
          },
          next: 'bounced',
        },
        {
          id: 'sorry-own-it',
          text: {
            'zh-CN':
              '对不起，严先生，是我话说早了。前两回的“加急”都落了空，您不信是应该的。这件事我接了，不转给别人。',
            en: "I'm sorry, Mr. Yan, I spoke too soon. Both “urgent” promises came to nothing, so of course you don't believe it. I'm taking this on myself; I won't pass you on.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '认下自己抢了话，承认他不信是有道理的，再把事接过来。及时纠偏，他才肯再给您一次机会。',
            en: 'You owned that you rushed in, granted that his distrust is fair, and took the problem on. Correcting course quickly is what earns you another chance.',
          },
          next: 'doubt',
          recommended: true,
        },
      ],
    },
    {
      id: 'bounced',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（转接音乐响了两分钟）……喂？怎么又是你？',
            en: '(Two minutes of hold music) …Hello? You again?',
          },
        },
        {
          text: {
            'zh-CN':
              '转了半天没人接，又给我转回来了？你们这是踢皮球呢！我一上午啥活儿也没干，光给你们打电话了！',
            en: "Nobody picked up, so I get bounced back to you? You're kicking me around like a football! I've done no work all morning — I've spent it on the phone to you lot!",
          },
          cue: 'exaggeration',
        },
      ],
      choices: [
        {
          id: 'calm-first',
          text: {
            'zh-CN': '严先生，您先冷静一下，这么嚷嚷解决不了问题，咱们好好说。',
            en: "Mr. Yan, please calm down first. Shouting won't solve anything. Let's talk properly.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '让人白等两分钟，再叫他“冷静”，等于说他的火气不该有。否认客户的情绪，是把电话推向挂断最快的一句话。',
            en: "You left him on hold for nothing and then told him to calm down — as if his anger were out of place. Denying the customer's feelings is the fastest route to being hung up on.",
          },
          next: 'ending-hung-up',
        },
        {
          id: 'leave-number',
          text: {
            'zh-CN': '不好意思，经理这会儿在开会。您留个电话，我让他忙完了给您回过去，您看行吗？',
            en: "Sorry, the manager's in a meeting right now. If you leave a number, I'll have him call you back when he's free. Would that be okay?",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“忙完了回给您”没有钟点，也没有人负责，正是他听了两回的那种答复。首问负责：您接起的电话，就由您来担。',
            en: "“He'll call you when he's free” has no time and no owner: exactly the answer he's had twice already. First-contact ownership means the call you picked up is yours.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'stop-transfer',
          text: {
            'zh-CN':
              '让您白等了，真对不起。严先生，我是投诉专席小周，工号 5127。我不转了，这件事就由我来负责，您跟我说。',
            en: "I'm so sorry you were left waiting. Mr. Yan, I'm Zhou, complaint desk, no. 5127. No more transfers: this one is mine now. Tell me what happened.",
          },
          behaviours: ['apologize', 'self-identify', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先为白等道歉，补上身份，再明确“不转了，我负责”。把皮球接住，是挽回这通电话唯一的办法。',
            en: 'You apologised for the wasted wait, introduced yourself and said plainly: no more transfers, I own this. Catching the ball is the only way to win this call back.',
          },
          next: 'doubt',
          recommended: true,
        },
      ],
    },
    {
      id: 'doubt',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你负责？前两回接电话的也这么说，一个比一个客气。',
            en: "You're responsible? The last two said that too. Each one politer than the last.",
          },
        },
        {
          text: {
            'zh-CN':
              '我不是冲你啊，我是冲这个事。你一个接电话的，你做得了主吗？做不了主就叫个做得了主的来！',
            en: "It's not you, it's the situation. You answer phones — can you actually decide anything? If you can't, get me someone who can!",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'id-please',
          text: {
            'zh-CN': '好的严先生。为了帮您查，麻烦先报一下宽带账号和机主身份证后四位。',
            en: "Certainly, Mr. Yan. So I can look into it, could you first give me your broadband account number and the last four digits of the account holder's ID?",
          },
          behaviours: ['ask-facts', 'closed-question'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '核身份是流程，可他刚问“你做得了主吗”，您答的是“报账号”。问题没接住，他只会觉得又遇上一个走流程的。先回应他的疑虑，再核信息。',
            en: "Verifying identity is procedure, but he just asked whether you can decide anything and you answered “account number, please”. He'll feel he's met another box-ticker. Answer his doubt, then take the details.",
          },
          next: 'story',
        },
        {
          id: 'same-process',
          text: {
            'zh-CN':
              '严先生，说句实在话，这类问题就算领导来了，也是按同样的流程来处理的。您跟我说是一样的，我一样能给您办好。',
            en: 'Mr. Yan, to be honest, even if a manager took this, it would go through exactly the same process. Telling me is no different; I can handle it just the same.',
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“领导来了也一样”在跟他争找不找领导，等于说他的要求没道理。对一个求尊重的客户，争赢了道理，就输掉了客户。',
            en: "“A manager would do the same” argues with his request and tells him it's pointless. With a customer who wants respect, win the point and you lose the customer.",
          },
          next: {
            branches: [{ when: { anger: { atLeast: 70 } }, to: 'ending-hung-up' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'hear-it-all',
          text: {
            'zh-CN':
              '我做得了主的，当场给您办；做不了的，我去找领导要结果，不用您再打第四回。您从头说，有气也只管冲我来。',
            en: "What I can decide, I'll do now. What I can't, I'll get the answer from my manager myself — no fourth call for you. Start from the beginning, and if you're angry, take it out on me.",
          },
          behaviours: ['own-problem', 'let-vent', 'ask-facts', 'open-question'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '不吹也不躲：能办的当场办，办不了的您去跑，不让他再跑。接着请他从头说、把气撒出来。站在客户一边，先让他倾诉。',
            en: "No bluster, no dodging: what you can do, you do; what you can't, you chase, so he doesn't have to. Then you invite him to tell it all and let off steam. Stand on his side and let him talk.",
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
            'zh-CN': '周一晚上宽带就断了。我是做设计的，在家接活儿，图纸全靠网传，这下好，全瘫了。',
            en: "The broadband went down Monday night. I'm a designer, I work from home, every drawing goes out online. Now everything's stuck.",
          },
        },
        {
          text: {
            'zh-CN':
              '周二打电话，说 48 小时内上门，没人来；周三又打，说“已经帮您催了”，又没信儿。这三天我开手机热点干活，流量都超了！',
            en: "Tuesday I call: someone within 48 hours. Nobody. Wednesday I call again: “we've chased it for you”. Nothing. Three days working off my phone hotspot — I've blown through my data!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '还有这个月账单，多了个 15 块钱的什么影视会员，我压根就没订过！',
            en: "And this month's bill has some ¥15 video membership on it. I never ordered anything of the sort!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'blame-colleague',
          text: {
            'zh-CN':
              '周二登记的那位同事，可能没把加急标记打上，单子就一直压在普通队列里了。这个我回头一定查清楚，看看到底是谁的问题，给您个交代。',
            en: "The colleague who logged it on Tuesday probably didn't tick the urgent flag, so it sat in the normal queue. I'll find out afterwards exactly whose mistake it was and get back to you.",
          },
          behaviours: ['blame', 'investigate-blame'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '把责任推给同事，他听到的是“你们内部互相甩锅”，他的宽带还是没人修。先解决问题，后查原因；不归咎同事，对外只有一个声音。',
            en: "Pinning it on a colleague tells him your staff blame each other, and his broadband still isn't fixed. Solve first, look for causes later; never blame colleagues to the customer.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'read-back',
          text: {
            'zh-CN':
              '我边记边跟您核对：周一晚上断网，两次报修都没人来；这三天靠热点办公，流量超了；还多扣了个没订过的 15 元会员。对吧？',
            en: "Let me check as I note it down: down since Monday night; two repair calls, no visit; three days on a hotspot, so your data's over; and a ¥15 membership you never ordered. Right?",
          },
          behaviours: ['paraphrase', 'record'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '把三件事一条条复述回去，他知道您不但在听，还记下来了。复述确认，是让他不用再“从头讲第三遍”的最好办法。',
            en: 'You read the three problems back one by one, so he knows you listened and took notes. Playing it back is the surest way to spare him a third retelling.',
          },
          next: 'settle',
          recommended: true,
        },
        {
          id: 'yes-but-busy',
          text: {
            'zh-CN': '是，前两次确实慢了。但是这几天片区故障单特别多，师傅们都在加班排着呢。',
            en: "Yes, the last two were slow. But there've been loads of faults in your area this week, and the technicians are working overtime to get through them.",
          },
          behaviours: ['yes-but', 'explain'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '“但是”一出口，前面那句认同就白说了。片区忙是我们的事，不是他多等三天的理由。先认下，别解释。',
            en: "The moment you say “but”, the agreement before it is gone. A busy area is our problem, not a reason for him to wait three days. Accept it; don't explain it away.",
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'flare' }],
            otherwise: 'settle',
          },
        },
      ],
    },
    {
      id: 'flare',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你们忙？你们忙我就不忙了？我甲方等着图呢！',
            en: "You're busy? And I'm not? My client's waiting for drawings!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '你们忙是你们的事，凭什么让我干等三天？这也叫理由？',
            en: 'Being busy is your problem. Why should I sit and wait three days? You call that a reason?',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'no-excuses',
          text: {
            'zh-CN':
              '您说得对，对不起，是我在找理由。三天没网，耽误的是您的活儿。周一断网、两次报修没人来、多扣 15 元，这些我都记下了。',
            en: "You're right, and I'm sorry — I was making excuses. Three days offline is costing you work. Down since Monday, two calls, no visit, ¥15 extra: I've got all of it.",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'paraphrase'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '马上收回借口、道歉，把他的损失说出来，再复述事实。认错不丢人，这是把电话拉回来最快的办法。',
            en: "You dropped the excuse at once, apologised, named what it's costing him and played back the facts. Admitting a slip costs nothing and is the fastest way back.",
          },
          next: 'settle',
          recommended: true,
        },
        {
          id: 'cant-work-like-this',
          text: {
            'zh-CN': '严先生，您这样说话我没法处理。咱们能不能心平气和地说？',
            en: "Mr. Yan, I can't deal with this if you talk like that. Can we discuss it calmly?",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '“您这样说话我没法处理”是把问题推回给客户的情绪。他的火冲的是事，不是您；否认他的情绪，只会让他彻底不想谈。',
            en: "“I can't deal with you talking like that” turns the problem into his feelings. His anger is at the situation, not at you; deny it and he'll stop wanting to talk at all.",
          },
          next: 'ending-hung-up',
        },
      ],
    },
    {
      id: 'settle',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……对，就这三件事。',
            en: '…Yes. Those three.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '我用你们宽带十一年了，没找过一回事。我要找领导，也不是想为难谁——就是不想再听“帮您反映”了，想要个说话算数的，给我句准话。',
            en: "Eleven years with your broadband and I've never made a fuss once. Asking for a manager isn't about making trouble — I'm just done with “we'll pass it on”. I want someone whose word counts to give me a straight answer.",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'fix-straight',
          text: {
            'zh-CN': '明白了。我现在就给您派加急单，今天安排师傅上门，会员费也给您退掉。',
            en: "Understood. I'll put in an urgent repair order now, get a technician to you today, and refund the membership too.",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '办法不错，可您跳过了他刚说出口的心事：“要个说话算数的，给句准话”。先接住这句话，问问他想怎么处理，办法才落在他心坎上。',
            en: "A decent fix, but you skipped what he'd just confided: he wants someone whose word counts and a straight answer. Pick that up and ask how he'd like it settled, and your fix will land.",
          },
          next: 'demands',
        },
        {
          id: 'log-24h',
          text: {
            'zh-CN':
              '好的，您反映的情况我都给您登记成投诉单了。按规定，24 小时之内会有专人给您回复处理结果，请您保持电话畅通。',
            en: "Right, I've logged all of this as a formal complaint. Under our procedure, a specialist will get back to you with the outcome within 24 hours, so please keep your phone on.",
          },
          behaviours: ['policy-first', 'record'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他刚说完不想再听“帮您反映”，您给他的是第三份“等回复”。规定不是答复：他要的是一个现在就拍板的人。',
            en: "He'd just said he was done with “we'll pass it on”, and you gave him a third “wait for a reply”. Procedure isn't an answer: he wants someone to decide now.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'what-settles-it',
          text: {
            'zh-CN': '您要的是一句准话，不是又一句“帮您反映”。那您觉得，这件事怎么处理比较好？',
            en: "You want a straight answer, not another “we'll pass it on”. So how would you like this handled?",
          },
          behaviours: ['paraphrase', 'probe-expectation', 'open-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您接住了关键的一句：他找领导，是想要个说话算数的。再用开放式提问请他自己说怎么处理，让他觉得被当回事。先了解客户想要的方案。',
            en: "You caught the key line: he wants a manager because he wants someone whose word counts. Then an open question lets him say how he'd like it settled, so he feels taken seriously.",
          },
          next: 'demands',
          recommended: true,
        },
      ],
    },
    {
      id: 'demands',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '我就三样：宽带今天得有人来修，给我个钟点；没订的钱退给我；这几天热点多用的流量，你们也得认。',
            en: "Three things. Someone comes to fix the broadband today, and I get a time. The money for what I never ordered comes back. And the extra hotspot data these three days — that's on you.",
          },
        },
        {
          text: {
            'zh-CN': '别跟我说“尽快”啊，“尽快”我听了三天了。',
            en: "And don't say “as soon as possible”. I've had three days of “as soon as possible”.",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'asap',
          text: {
            'zh-CN': '您放心，这回我亲自盯着，一定尽快给您修好，绝对不让您再等了！',
            en: "Don't worry, I'll keep on it personally this time. We'll get it fixed as soon as possible — you won't be kept waiting again!",
          },
          behaviours: ['over-promise'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '他刚说别跟他说“尽快”，您张口就是“尽快”，还拍胸脯“绝对”。没有钟点的承诺是空头支票：审慎承诺，说出几点。',
            en: "He had just said “don't say as soon as possible” and you said it, with “absolutely” on top. A promise without a time is an empty cheque: promise carefully, and name the hour.",
          },
          next: 'asap-pushback',
        },
        {
          id: 'dated-fix',
          text: {
            'zh-CN':
              '加急单派了，片区也确认了：师傅今天 16:00 前到。16:30 我打电话问您，人到没到、网通没通。',
            en: "I've put in an urgent order and confirmed it with the area team: a technician will be with you before 16:00 today. At 16:30 I'll ring you to check he came and you're back online.",
          },
          behaviours: ['verify-facts', 'offer-solution', 'commit-deadline', 'follow-up'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先跟片区核实，再回答他最急的那件事：几点到，谁来盯。有把握的钟点加上主动回电，就是他要的那句“准话”。',
            en: 'You checked with the area team, then answered the most urgent thing first: what time, and who will check. A time you can stand behind plus a call-back you offered yourself is exactly the straight answer he asked for.',
          },
          next: 'billing',
          recommended: true,
        },
        {
          id: 'process-first',
          text: {
            'zh-CN':
              '按流程，外线故障要先由片区排查，排查完才能定上门时间。我这边先帮您再催一次片区，有结果第一时间通知您。',
            en: "Under our process, an outside-line fault has to be checked by the area team before a visit can be booked. I'll chase the area team again and let you know the moment there's news.",
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '流程讲得没错，可“再催一次、有结果通知您”正是前两回的原话。规定可以是办法的依据，不能拿来当答复。',
            en: "The process is real, but “I'll chase it and let you know” is word for word what he heard twice. Policy can back a solution; it can't be the answer.",
          },
          next: 'asap-pushback',
        },
      ],
    },
    {
      id: 'asap-pushback',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '又来了。尽快？有结果通知我？你们哪回不是这么说的？',
            en: "Here we go again. As soon as possible? Let me know when there's news? When have you ever said anything else?",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我就问你一句：几点？你说不出来，我就找说得出来的人。',
            en: "I'm asking you one thing: what time? If you can't tell me, I'll find someone who can.",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'give-the-hour',
          text: {
            'zh-CN':
              '对不起，是我没说清楚。我刚跟片区确认了：师傅今天 16:00 前到您家，16:30 我打电话问您网通没通。',
            en: "Sorry, I wasn't clear. I've just confirmed with the area team: the technician will be at yours before 16:00 today, and I'll ring you at 16:30 to check you're back online.",
          },
          behaviours: [
            'apologize',
            'verify-facts',
            'offer-solution',
            'commit-deadline',
            'follow-up',
          ],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '认下含糊，当场核实，给出几点到、几点回电。他问的是“几点”，答案就该是一个钟点。',
            en: 'You owned being vague, checked on the spot, and gave the arrival time and the call-back time. He asked “what time?” — the answer should be a time.',
          },
          next: 'billing',
          recommended: true,
        },
        {
          id: 'cant-say',
          text: {
            'zh-CN': '具体几点我这边真定不了，得看片区那边怎么排班，您再耐心等等。',
            en: "I genuinely can't fix an exact time from here; it depends on how the area team schedules it. Please bear with us a little longer.",
          },
          behaviours: ['deflect'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“我定不了，得看片区”，把他又推回给一个看不见的部门。他第四次听到“再等等”，找领导、打申诉电话就是顺理成章的事。',
            en: "“I can't decide, it's up to the area team” pushes him back to a department he can't see. Hearing “wait a bit longer” a fourth time, escalating is the obvious next step for him.",
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'billing',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……行，16:00，我记住了。',
            en: "…Fine. 16:00. I'll hold you to that.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '那钱呢？15 块钱是不多，可我没订的东西，凭什么扣我的？还有这几天热点超的流量，三十来块呢。',
            en: "And the money? ¥15 isn't much, but why take it for something I never ordered? Plus the hotspot data I went over — thirty-odd yuan.",
          },
        },
      ],
      choices: [
        {
          id: 'family-clicked',
          text: {
            'zh-CN':
              '这种影视会员一般是在电视上误点开通的，遥控器一按确认就订上了。您看看，是不是家里老人或者孩子看电视的时候不小心点到了？',
            en: 'These memberships are usually switched on by accident on the TV. Could someone at home — a child or an older relative — have pressed it on the remote?',
          },
          behaviours: ['blame', 'root-cause'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '还没查记录，先猜是他家里人点的，等于说错在他。就算真有可能，也要先查、先退，再说原因：不归咎客户。',
            en: "Before checking any records you guessed someone in his home pressed it — which puts the fault on him. Even if it's possible, check and refund first, explain after. Never blame the customer.",
          },
          next: 'ending-hung-up',
        },
        {
          id: 'send-to-billing',
          text: {
            'zh-CN': '账务的事我们这边处理不了，我把情况转给账务部门，让他们跟您联系。',
            en: "We can't handle billing from here. I'll pass the details to the billing department and they'll be in touch.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '前面好不容易建立的信任，一句“转账务”又退回原点。15 块钱的事，投诉专席完全可以当场查、当场办：首问负责，别让他再跑一个部门。',
            en: "The trust you'd built slid back to zero with “I'll pass it to billing”. A ¥15 charge is something the complaint desk can check and settle there and then. Own it; don't send him to another department.",
          },
          next: {
            branches: [{ when: { trust: { atLeast: 60 } }, to: 'close' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'refund-checked',
          text: {
            'zh-CN':
              '我查了，这个会员没有您的确认记录。现在给您退订，15 元 3 个工作日内退回；超出的 30 元流量费也一并减免。',
            en: "I've checked: there's no confirmation from you for that membership. I'm cancelling it now; the ¥15 comes back within 3 working days, and I'm having the ¥30 of extra data waived too.",
          },
          behaviours: ['verify-facts', 'offer-solution', 'commit-deadline'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '先查记录再表态，钱退多少、几天到账说得清清楚楚，流量费也没让他再开口。当场查、当场办，这就是给他的“准话”。',
            en: "You checked the record before committing, said how much comes back and when, and covered the data charge without making him ask twice. Checked and settled on the spot: that's a straight answer.",
          },
          next: 'close',
          recommended: true,
        },
      ],
    },
    {
      id: 'close',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行。网修好了，钱退了，我也就不找你们领导了。',
            en: "Right. Fix the line, refund the money, and I won't need your manager.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '今天这事……就先这样吧。',
            en: "Today's business… let's leave it there for now.",
          },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'company-apology',
          text: {
            'zh-CN':
              '严先生，我代表畅联向您道个歉，前两回没给您准话，是我们没做好。谢谢您还愿意打这个电话，这次的问题我会报上去改进。',
            en: "Mr. Yan, on behalf of Changlian, I apologise: twice we failed to give you a straight answer. Thank you for calling again, and I'll report this so we fix how it's handled.",
          },
          behaviours: ['apologize', 'thank'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '面试题的收尾三件事都做到了：代表公司致歉、感谢客户、承诺改进。开头为他的遭遇道过歉，事情办妥后再代表公司正式致歉，分量更重。',
            en: 'All three parts of the model close: an apology on behalf of the company, thanks to the customer, a promise to improve. You said sorry for his ordeal at the start; the formal apology, after the fix, carries real weight.',
          },
          next: 'check',
          recommended: true,
        },
        {
          id: 'goodbye-now',
          text: {
            'zh-CN': '好的严先生，那就按刚才说的办。感谢您的来电，再见！',
            en: "Great, Mr. Yan, we'll do as agreed. Thank you for calling. Goodbye!",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '事情安排好了，可最后那句代表公司的道歉和感谢没有说。他三天的委屈没人认，心里还是不痛快：收尾要致歉、感谢、承诺改进。',
            en: "The fix is arranged, but the company's apology and thanks were never said. Three days of grievance went unacknowledged. A proper close apologises, thanks and promises to improve.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'watch-texts',
          text: {
            'zh-CN': '给您添麻烦了。以后要是收到开通业务的短信，您及时回个“取消”，就不会被扣了。',
            en: "Sorry for the trouble. In future, if you get a text about a new service, just reply “cancel” straight away and you won't be charged.",
          },
          behaviours: ['apologize', 'blame'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '前半句是道歉，后半句却在教育他“自己没留意短信”。错在我们的时候，收尾不能把责任递回给客户。',
            en: 'The first half apologises; the second lectures him for not watching his texts. When the fault is ours, the close must not hand the blame back to the customer.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 70 } }, to: 'ending-grudging' }],
            otherwise: 'ending-hung-up',
          },
        },
      ],
    },
    {
      id: 'check',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……嗯。你这么说，我心里舒服多了。',
            en: '…Mm. Hearing you say that, I feel a lot better.',
          },
          cue: 'softening',
        },
      ],
      choices: [
        {
          id: 'anything-else',
          text: {
            'zh-CN': '不客气，这是我们应该做的。请问还有什么可以帮到您的吗？',
            en: "You're welcome, it's what we're here for. Is there anything else I can help you with?",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '这是收线的套话，不是满意度确认。他得到的暗示是“您可以挂了”，有没有真放心，您并不知道。',
            en: "That's a stock sign-off, not a satisfaction check. He hears “you can hang up now”, and you never learn whether he's really reassured.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'real-check',
          text: {
            'zh-CN':
              '那我最后跟您对一遍：16:00 前师傅上门，16:30 我回电，15 元 3 个工作日内退回，流量费减免。这样安排，您还有哪儿不放心吗？',
            en: "Let me run through it once more: technician before 16:00, my call at 16:30, ¥15 back within 3 working days, data charge waived. Is there anything about this you're still unsure of?",
          },
          behaviours: ['record', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '把约定念一遍，再真心问他还有哪儿不放心。挂机前确认满意，而不是问“还有什么可以帮您”。',
            en: 'You read back what was agreed and genuinely asked what still worries him. Confirm satisfaction before you hang up, rather than asking “anything else?”',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 65 } }, to: 'ending-satisfied' }],
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
            'zh-CN': '没了，就这样。说实话，打之前我是憋着一肚子火要找领导的。',
            en: 'No, that covers it. Honestly, I rang up ready to give a manager a piece of my mind.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '你这人说话算数，我记住你了，小周。16:30 等你电话啊。',
            en: "You're someone whose word counts, Zhou. I'll remember that. Speak to you at 16:30.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '严先生没再提找领导。您一开口就表明“这件事我负责”，让他把话说完，听出他要的是“说话算数的人”和“一句准话”，给了钟点、当场查账，最后代表公司致歉、感谢、承诺改进。找领导的客户，就这样变成了认您这个人的客户。',
        en: "Mr. Yan never mentioned a manager again. You owned the problem from your first words, let him finish, heard that he wanted someone whose word counts and a straight answer, gave him a time, settled the charge on the spot, and closed with the company's apology, thanks and a promise to improve. The caller who demanded a manager ended up trusting you.",
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: {
            'zh-CN': '……嗯，行吧。',
            en: '…Yeah. Fine.',
          },
          cue: 'avoidance',
        },
        {
          text: {
            'zh-CN': '反正 16:00 要是没人来，我再打。',
            en: "If nobody shows by 16:00, I'll be calling again.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '事情安排下去了，可严先生挂电话时并不痛快。该说的道歉和感谢没说全，或者没确认他是否真放心就收了线：问题解决了，客户却没被“当回事”，满意也就谈不上。',
        en: "The fix is in motion, but Mr. Yan rang off unconvinced. The apology and thanks weren't said in full, or the call closed without checking he was reassured. The problem was handled; he still didn't feel taken seriously.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行了，跟你说不着。',
            en: "Forget it. There's no point talking to you.",
          },
        },
        {
          text: {
            'zh-CN': '我也不找你们领导了，我直接打工信部 12300 申诉。十一年的老用户，就这待遇！',
            en: "I won't bother with your manager either. I'm going straight to the MIIT 12300 appeals line. Eleven years a customer, and this is how I'm treated!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '严先生越过公司，去工信部申诉了。投诉专席本该是最后一道关口：转给别人、拿规定挡、推给同事或账务部门，都是在告诉他“这事没人担”。',
        en: "Mr. Yan went over the company's head to the regulator. The complaint desk is meant to be the last stop; transferring him, quoting procedure, or pointing at colleagues or billing all told him that nobody would own this.",
      },
    },
    {
      id: 'ending-hung-up',
      kind: 'ending',
      outcome: 'customer-hung-up',
      lines: [
        {
          text: {
            'zh-CN': '好，好。你们就这个态度是吧？我不跟你说了！',
            en: "Right. Right. So that's your attitude? I'm done talking to you!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '严先生挂断了电话。一个想被当回事的客户，最受不了的就是被争辩、被说“冷静点”、被暗示是他自己的错：这些话让他觉得连最后一点尊重都没有了。',
        en: "Mr. Yan hung up. A customer who wants to be taken seriously can least bear being argued with, told to calm down or told it's his own fault: each of those took away the last bit of respect he was looking for.",
      },
    },
  ],
};

export default managerDemand;

import type { Scenario } from '../../engine/scenario-schema';

/**
 * C3 (F003): the role-play "取21万没有预约". The source names it and nothing more; the customer, his
 * reason, the branch's rule and every line here are authored (see notes).
 */
const largeWithdrawal: Scenario = {
  formatVersion: 1,
  id: 'large-withdrawal',
  version: 1,
  title: {
    'zh-CN': '没预约，要取 21 万',
    en: '¥210,000, No Appointment',
  },
  briefing: {
    'zh-CN':
      '赵先生在窗口要当天取 21 万元现金，柜员一句“没预约取不了”，他当着一排人嚷了起来。您是大堂经理，现在过去。',
    en: 'Mr. Zhao wants ¥210,000 in cash today. The teller told him "no booking, no withdrawal", and now he is shouting at the window in front of the whole queue. You are the lobby manager. Go.',
  },
  industry: 'banking',
  channel: 'counter',
  difficulty: 3,
  protocol: 'bank-seven-steps',
  objectives: [
    {
      'zh-CN': '迅速把客户从窗口和围观的人群里请出来，报上身份，接过这件事。',
      en: 'Get him away from the window and the onlookers quickly, say who you are, and take the matter on.',
    },
    {
      'zh-CN': '先接住他的急，再问清钱的用途和期限，听出“要现金”背后真正的需要。',
      en: 'Meet his urgency first, then find out what the money is for and by when, and hear the real need behind "I want cash".',
    },
    {
      'zh-CN': '用一两句话讲清预约规定的原因，不拿规定挡人，不和他争，不把责任推给总行。',
      en: "Explain the reason for the booking rule in a sentence or two; don't hide behind it, argue, or blame head office.",
    },
    {
      'zh-CN': '给出今天就能落地的办法和时间，不许兑现不了的诺言；按约回电确认，真正确认他放心了。',
      en: 'Offer options that work today, with times, and no promises you cannot keep; call back as agreed and check he is really at ease.',
    },
  ],
  source: { caseId: 'C3', file: 'shared/seeds/003_246d957d77303b28.txt (F003)' },
  notes: {
    'zh-CN':
      '来源（F003，沈阳农商银行张宇卓讲稿）只有一句：“取21万没有预约的案例，要找听课的同事们进行互动”，在讲完七步法之后演练；同一讲稿提到大额或复杂业务需要远程授权、时间较长。以下均为作者补充：客户赵先生（52 岁，开五金店）及其父亲 72 岁因心脏病夜间住院、次日换瓣膜、进口瓣膜自费、医院要求当天 17:00 前交齐 21 万元预交金；医院“市一院”、附近的“中山路支行”；网点“单笔 5 万元以上取现需提前一天预约”的规定及原因（金库按预约配送现金、大额现金临时调拨不安全）；手机银行每日转账限额 5 万元、医院刷卡有限额；网点当天现金只有 8 万元；柜台转账远程授权约 20 分钟；大堂经理王雪；全部对话、分支、情绪数值与各结局。规定和限额为虚构设定，不代表任何真实银行。',
    en: 'The source (F003, the Shenyang rural commercial bank talk) has one line: "the case of withdrawing 210,000 without an appointment; get colleagues in the audience to role-play it", staged after the seven steps; the same talk notes that large or complex transactions need remote authorization, which is slow. Authored here: Mr. Zhao (52, runs a hardware shop); his 72-year-old father in hospital with a heart condition, a valve replacement next morning, the imported valve paid out of pocket, and the hospital wanting the full ¥210,000 deposit by 17:00 today; "City No. 1 Hospital" and the nearby "Zhongshan Road branch"; the branch rule that cash withdrawals over ¥50,000 need booking a day ahead, and its reasons (the vault supplies cash by booking; moving large sums at short notice is unsafe); the ¥50,000 daily app transfer limit and the hospital card limit; the branch holding only ¥80,000 in cash that day; the ~20-minute remote authorization; lobby manager Wang Xue; all dialogue, branches, mood figures and endings. The rule and limits are fictional and describe no real bank.',
  },
  persona: {
    name: { 'zh-CN': '赵先生', en: 'Mr. Zhao' },
    profile: {
      'zh-CN':
        '52 岁，在建材市场开五金店，说话直，嗓门大。父亲心脏不好，昨天半夜犯病住进市一院，他一夜没合眼，中午从医院直接赶到银行，只想把钱取了赶回去。',
      en: "52, runs a hardware shop at the building-materials market; blunt and loud. His father, who has a bad heart, was rushed into City No. 1 Hospital in the night. He hasn't slept, and came straight from the hospital at noon wanting only to get the money and go back.",
    },
    psychology: 'anxious',
    surfaceComplaint: {
      'zh-CN': '要当天取 21 万元现金，柜员说没预约取不了，他觉得银行拿规定刁难人。',
      en: 'He wants ¥210,000 in cash today; the teller says not without a booking, and he feels the bank is using red tape against him.',
    },
    realExpectation: {
      'zh-CN':
        '今天 17:00 前把 21 万交到医院，现金不现金其实无所谓；并且觉得银行是站在他这边、在帮他想办法。',
      en: 'To get ¥210,000 to the hospital before 17:00 today, cash or not; and to feel the bank is on his side and working on it with him.',
    },
    startingMood: { anger: 75, trust: 20 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'short', skin: 2, glasses: false },
  },
  start: 'window',
  nodes: [
    {
      id: 'window',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '凭什么不让取？我自己的钱！存进来的时候，怎么没人说取还得提前一天打招呼？',
            en: "Why can't I take it out? It's my own money! Nobody said a word about booking a day ahead when I put it in.",
          },
        },
        {
          text: {
            'zh-CN': '21 万，今天就要！窗口就一句“没预约取不了”，后面一排人看着，我都急死了！',
            en: '¥210,000, and I need it today! All the window says is "no booking, no withdrawal", with the whole queue staring. I\'m going out of my mind!',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'no-booking-no-way',
          text: {
            'zh-CN': '先生，没预约就是不行，这是规定。您今天先把预约登记上，明天上午再过来取吧。',
            en: "Sir, without a booking it just can't be done; that's the rule. Put your booking in today and come back tomorrow morning.",
          },
          behaviours: ['policy-first', 'offer-solution'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '开口就是“规定”，再把他往明天推，正是窗口刚把他惹火的那句话。先处理心情再处理事情：先接住他的急，再谈规定。',
            en: 'Opening with "the rule" and pushing him to tomorrow is exactly what set him off at the window. Mood before matter: take in his urgency first, then talk about rules.',
          },
          next: 'flare',
        },
        {
          id: 'take-him-aside',
          text: {
            'zh-CN':
              '先生您好，我是大堂经理王雪。看您急成这样，肯定有要紧事。这事我来管，咱们去里边坐下说。',
            en: "Hello, sir, I'm Wang Xue, the lobby manager. You're clearly dealing with something urgent. I'll take this on. Let's sit down inside and talk.",
          },
          behaviours: ['self-identify', 'isolate', 'acknowledge-emotion', 'own-problem'],
          mood: { anger: -20, trust: 5 },
          note: {
            'zh-CN':
              '报身份、说出他的急、表明由您负责，再把他从窗口和围观的人群里请出来。柜台七步法第一步就是迅速隔离，先处理心情再处理事情。',
            en: "You named yourself, named his urgency, took ownership and moved him away from the window and the onlookers. Step one of the counter's seven steps is to separate quickly: mood before matter.",
          },
          next: 'side-room',
          recommended: true,
        },
        {
          id: 'half-now-rest-tomorrow',
          text: {
            'zh-CN':
              '先生，5 万以上取现得提前一天约。今天先给您取 5 万，剩下 16 万约明早九点，您看行吗？',
            en: 'Sir, cash over ¥50,000 has to be booked a day ahead. I can give you ¥50,000 now and book the other ¥160,000 for 9 tomorrow. Would that work?',
          },
          behaviours: ['explain', 'offer-solution', 'commit-deadline', 'closed-question'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '办法本身不坏，可他还在气头上、当着一排人，您连钱干什么用都没问就给了方案。先处理心情，先听清问题，再给办法。',
            en: "Not a bad offer in itself, but he's still fuming in front of a queue and you haven't asked what the money is for. Calm him and hear him out first; then offer options.",
          },
          next: 'flare',
        },
        {
          id: 'calm-down-aside',
          text: {
            'zh-CN': '先生，您先别激动，后面还有客户排队呢。有什么事，咱们到边上说。',
            en: "Sir, please don't get worked up; there are people waiting behind you. Whatever it is, let's talk over there.",
          },
          behaviours: ['deny-emotion', 'isolate'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '想把他请到一边没错，可“别激动”加上“后面有人排队”，听着就是嫌他添乱，和课上讲的“走走走，别闹”一个味道。隔离要先报身份、表明要帮他。',
            en: 'Taking him aside was right, but "don\'t get worked up" plus "people are waiting" sounds like he\'s a nuisance: the "come on, stop the fuss" the course warns about. Isolate by saying who you are and that you\'re there to help.',
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
            'zh-CN': '规定，规定，张嘴闭嘴就是规定！',
            en: "Rules, rules, it's always the rules!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我家老爷子在医院躺着，等这笔钱救命呢！今天不给我个说法，我就坐这儿不走了！',
            en: "My old man's lying in hospital waiting on this money! If I don't get a straight answer today, I'm not moving from this spot!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'head-office-rule',
          text: {
            'zh-CN':
              '先生，真不是我们网点故意为难您。这是总行统一定的规矩，我们底下人也觉得不方便，可我们说了不算啊，您多理解。',
            en: "Sir, honestly, our branch isn't trying to make things hard. Head office set this rule for everyone. We find it awkward down here too, but it's not our call. Please understand.",
          },
          behaviours: ['blame', 'deflect'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '把规定推给总行，看着像跟客户站一边，其实是在推卸，客户只会觉得这家银行谁都不管事。不归咎责任，首问负责。',
            en: "Pinning the rule on head office looks like taking his side, but it's passing the buck: he just concludes nobody at this bank is in charge. No blaming; whoever he asks first owns it.",
          },
          next: {
            branches: [{ when: { anger: { atLeast: 95 } }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'you-signed-it',
          text: {
            'zh-CN': '先生，您开户时签的协议里写着呢，大额取现要预约，大厅门口也贴着公告。',
            en: "Sir, it's in the agreement you signed when you opened the account, and there's a notice by the door: large cash withdrawals need booking.",
          },
          behaviours: ['argue', 'policy-first'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '拿协议和公告证明他错了，道理也许在您这边，可他当众丢了面子，只会更火。坚决避免与客户争执：争赢了道理，就输掉了客户。',
            en: 'Citing the agreement and the notice proves him wrong. You may have the rule on your side, but he loses face in public and gets angrier. Never argue: win the point and you lose the customer.',
          },
          next: {
            branches: [{ when: { anger: { atLeast: 95 } }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'sorry-and-aside',
          text: {
            'zh-CN':
              '对不起，刚才是我们说话太急了。家里人等着钱，您比谁都急。我是大堂经理王雪，这事我管，您跟我进去坐。',
            en: "I'm sorry, we were far too abrupt. With family waiting on this money, of course you're desperate. I'm Wang Xue, the lobby manager. I'll handle this; come and sit inside.",
          },
          behaviours: [
            'apologize',
            'acknowledge-emotion',
            'self-identify',
            'isolate',
            'own-problem',
          ],
          mood: { anger: -20, trust: 10 },
          note: {
            'zh-CN':
              '先认下刚才话说得急，再说出他急在哪儿，报身份、接过责任，把他从人群里请出来。道歉不等于认错，它先让火降下来。',
            en: 'You owned the abrupt words, named what he is desperate about, said who you are, took charge and led him away from the crowd. An apology is not an admission; it brings the heat down first.',
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
            'zh-CN': '（坐下，看了一眼面前那杯温水）水就不喝了，我没那工夫。',
            en: "(He sits and glances at the cup of warm water.) I won't have the water. I haven't got time.",
          },
        },
        {
          text: {
            'zh-CN': '你就直说吧，这钱今天到底能不能取？能，还是不能？',
            en: 'Just tell me straight: can I have the money today or not? Yes or no?',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'what-is-it-for',
          text: {
            'zh-CN':
              '让您在窗口干着急，真对不起。这么急着用钱，家里肯定出了大事。您跟我说说，钱要用在哪儿？',
            en: "I'm sorry you were left stuck at the window. Needing money this urgently, something serious must have happened. Tell me, what's it for?",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'ask-facts', 'open-question'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '他逼您答“能不能”，您没急着下结论，而是先道歉，再用开放式问题问钱的用途。先听清问题再解决问题，答案往往不在“能不能”里。',
            en: "He pressed you for a yes or no; you didn't rush a verdict but apologized and asked openly what the money is for. Hear the problem before solving it: the answer is rarely in the yes-or-no.",
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'explain-vault',
          text: {
            'zh-CN':
              '是这样，网点的现金是金库按前一天的预约量配送的。5 万以上没约，今天柜台确实拿不出这么多。',
            en: "Here's how it works: the vault sends each branch cash based on the day before's bookings. Without a booking, the counter really doesn't have that much today.",
          },
          behaviours: ['explain', 'set-expectations'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '解释得很清楚，可您还不知道他为什么要这笔钱，就先告诉他“拿不出来”。他要是还在气头上，这话只会被听成推托。先听清问题再解决问题。',
            en: 'A clear explanation, but you told him "we can\'t" before knowing why he needs the money. If he\'s still fuming, it only sounds like a brush-off. Hear the problem before solving it.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'story',
          },
        },
        {
          id: 'cool-down-first',
          text: {
            'zh-CN': '您先冷静冷静，这么急也解决不了问题。喝口水，咱们慢慢说。',
            en: "Try to cool down first; getting this worked up won't solve anything. Have some water and we'll take it slowly.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '课上教的是“喝口水润润嗓子，别着急，咱慢慢说”，您却加了一句“这么急也解决不了问题”，等于说他不该急。不否认客户的情绪。',
            en: 'The course line is "have some water, no rush, let\'s take it slowly". Adding "getting worked up won\'t solve anything" tells him he has no right to be upset. Never deny the customer\'s feelings.',
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
            'zh-CN': '你听我说。我家老爷子七十二了，心脏不好，昨天半夜送进的市一院。',
            en: 'Listen. My dad is seventy-two, bad heart. We rushed him into City No. 1 Hospital in the middle of last night.',
          },
        },
        {
          text: {
            'zh-CN':
              '大夫说明天一早就得换瓣膜，进口瓣膜全自费，让今天下午五点前把 21 万预交金交齐，交不齐，手术就得往后排。',
            en: "The doctor says he needs a new valve first thing tomorrow. The imported valve isn't covered, and they want the full ¥210,000 deposit by five this afternoon, or the operation gets pushed back.",
          },
        },
        {
          text: {
            'zh-CN':
              '这钱上个月刚从定期转到卡上。手机银行一天只让转 5 万，医院窗口又说刷卡也有限额——不取现金，我拿什么交？你说我拿什么交？',
            en: "The money only came off a fixed deposit onto my card last month. The app lets me transfer ¥50,000 a day, and the hospital says their card machine has a limit too — if I don't take cash, how am I meant to pay? You tell me, how?",
          },
          cue: 'repetition',
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'cash-now-rest-tomorrow',
          text: {
            'zh-CN':
              '明白了。那今天先给您取 5 万现金，剩下 16 万我给您约明天一早，九点一开门您就能拿到。',
            en: "I see. Then I'll give you ¥50,000 in cash today and book the other ¥160,000 for first thing tomorrow. It's yours when we open at nine.",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '他刚说了“五点前”“交不齐就往后排”，您给的却是明天九点。您只听见“取现金”，没听出他要的是今天把钱交进医院。听到关键的话，先复述、先追问。',
            en: 'He had just said "by five" and "or it gets pushed back", and you offered nine tomorrow. You heard "cash" and missed that what he needs is the money with the hospital today. When you hear the key line, play it back and probe.',
          },
          next: 'too-late',
        },
        {
          id: 'yes-but-rule',
          text: {
            'zh-CN':
              '老人家的情况我特别理解，但是规定就是规定，5 万以上没预约系统不让出款，最快也得明天。',
            en: "I completely understand about your father, but rules are rules. Over ¥50,000 without a booking, the system won't release it. Tomorrow is the earliest.",
          },
          behaviours: ['yes-but', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“我特别理解，但是……”，“但是”一出口，前面的理解就全作废了。他这段话里真正要的不是现金，是五点前把钱交上，您没听出来。',
            en: '"I completely understand, but…": the moment "but" comes out, the understanding is cancelled. And what he really needs is not cash but the deposit paid by five, which you missed.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'too-late',
          },
        },
        {
          id: 'confirm-real-need',
          text: {
            'zh-CN':
              '我记一下：21 万，今天 17:00 前交到市一院；您想取现，是因为转账有限额。那只要钱今天能进医院的账，不一定非得是现金，对吗？',
            en: "Let me note that: ¥210,000 to the hospital by 17:00 today, and you want cash because of the transfer limit. So if it reaches their account today, it needn't be cash, right?",
          },
          behaviours: ['record', 'paraphrase', 'probe-expectation', 'closed-question'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '您从“不取现金我拿什么交”里听出：他要的不是现金，是五点前把钱交进医院。边记边复述，再用封闭式问题确认，真正的需求就浮出来了。',
            en: 'You heard in "how else am I meant to pay" that he doesn\'t need cash; he needs the deposit in by five. Noting it, playing it back and confirming with a closed question brought the real need to the surface.',
          },
          next: 'rule-why',
          recommended: true,
        },
      ],
    },
    {
      id: 'too-late',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '明天？手术就是明天早上！',
            en: 'Tomorrow? The operation is tomorrow morning!',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我刚才说的你到底听没听啊？五点前！今天五点前！',
            en: "Were you even listening? By five! Five o'clock today!",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'find-cash-anyway',
          text: {
            'zh-CN':
              '您别急您别急，我这就去找我们行长特批，让金库给调款，今天无论如何也给您把 21 万现金凑齐！',
            en: "Don't worry, don't worry. I'll get our branch president to sign it off and have the vault send cash. One way or another you'll have ¥210,000 today!",
          },
          behaviours: ['over-promise', 'offer-solution'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '一句“无论如何”让他松了口气，可网点今天拿不拿得出这么多现金，您心里并没有底。审慎承诺：做不到的话不要说，失信比拒绝更伤人。',
            en: '"One way or another" gave him relief, but you have no idea whether the branch can find that much cash today. Promise carefully: a broken promise hurts more than a refusal.',
          },
          next: 'promise-trap',
        },
        {
          id: 'sorry-missed-it',
          text: {
            'zh-CN':
              '对不起，是我没听仔细。您要的是今天五点前把钱交进医院，对吧？那不一定非取现金不可。',
            en: "Sorry, I wasn't listening properly. What you need is the money paid to the hospital before five today, right? Then it needn't be cash.",
          },
          behaviours: ['apologize', 'paraphrase', 'probe-expectation'],
          mood: { anger: -15, trust: 15 },
          note: {
            'zh-CN':
              '错过了关键的话，马上认、马上补：道歉，复述他真正要的结果，再确认。及时回头，比硬撑着原来的方案强得多。',
            en: 'Missed the key line? Own it and repair it at once: apologize, play back the result he really needs, and confirm. Turning back quickly beats defending your first offer.',
          },
          next: 'rule-why',
          recommended: true,
        },
        {
          id: 'nothing-i-can-do',
          text: {
            'zh-CN': '先生，规定在这儿摆着，我也没办法。要不您去别的银行问问？',
            en: "Sir, the rule is the rule; there's nothing I can do. Maybe ask at another bank?",
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '“我也没办法”加“去别家问问”，等于把一位等着交手术费的客户推出门。首问负责：办法还没想完，就不能说没办法。',
            en: '"Nothing I can do" plus "try another bank" shows a man with a surgery bill to pay the door. First-contact ownership: until you have looked for a way, don\'t say there is none.',
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'promise-trap',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（二十分钟后）怎么样了？都快三点了！',
            en: "(Twenty minutes later.) Well? It's nearly three!",
          },
        },
        {
          text: {
            'zh-CN': '钱呢？你不是说今天一定能凑齐吗？',
            en: "Where's the money? You said I'd definitely have it today!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'vault-says-no',
          text: {
            'zh-CN': '行长问过金库了，今天调不了款。这个真不是我能决定的……',
            en: "The president checked with the vault; they can't send cash today. It really isn't up to me…",
          },
          behaviours: ['blame', 'deflect'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '话是您说满的，落空了却推给行长和金库。让客户白等二十分钟，再把责任推出去，投诉就是这么升级的。不归咎责任，认下自己的承诺。',
            en: 'You made the promise; now you hand it to the president and the vault. Twenty wasted minutes followed by passing the blame is how complaints escalate. No blaming: own your own promise.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'admit-and-transfer',
          text: {
            'zh-CN':
              '对不起，是我刚才话说满了，网点今天现金只有 8 万。还来得及：柜台把钱直接转进医院账户，不受手机限额。',
            en: "I'm sorry, I promised too much: the branch only has ¥80,000 in cash today. There's still time: we transfer it from the counter straight to the hospital, no app limit.",
          },
          behaviours: ['apologize', 'set-expectations', 'offer-solution'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '承诺落空，第一时间认错、说实话，再马上拿出能赶上五点的办法。许下的话做不到时，诚实加补救是唯一的出路。',
            en: "When the promise fell through you admitted it at once, told the truth and came straight back with a way to beat five o'clock. When a promise fails, honesty plus a remedy is the only way back.",
          },
          next: 'transfer-worry',
          recommended: true,
        },
      ],
    },
    {
      id: 'rule-why',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……那倒是，钱能进医院的账就行。我要现金，也是没办法的办法。',
            en: '…Well, yes. As long as it gets to the hospital. Cash was just the only way I could think of.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '可我就是想不通，我自己的钱，取还得提前一天跟你们打报告？这算哪门子规矩？',
            en: "But I still don't get it. It's my own money, and I have to put in a request a day ahead to take it out? What kind of rule is that?",
          },
        },
      ],
      choices: [
        {
          id: 'rules-are-rules',
          text: {
            'zh-CN':
              '这是上面的规定，我们也没办法。现在哪家银行都一样，大额取现都得提前约，您去别家也是这样，真不是针对您。',
            en: "It's the rule from above; there's nothing we can do. Every bank's the same now, large cash always needs booking. It'd be the same anywhere. It's nothing personal.",
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他问的是“为什么”，您答的是“就这样”。规定要拿来解释，不能拿来挡人：一句原因，规定听起来就不那么官僚了。',
            en: 'He asked why, and you answered "that\'s how it is". Rules are there to be explained, not hidden behind: one sentence of reason makes a rule sound far less like red tape.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'options',
          },
        },
        {
          id: 'vault-reason',
          text: {
            'zh-CN':
              '这规矩确实让您为难了。网点现金是金库按预约量送的，大额临时调运不安全，所以要提前约。今天这么多现金，我们确实拿不出。',
            en: "I know this rule makes things hard. The vault sends cash by bookings, and moving big sums at short notice isn't safe, hence booking. Honestly, we can't pay out that much cash today.",
          },
          behaviours: ['acknowledge-emotion', 'explain', 'set-expectations'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '先认他的难处，再用一两句话讲清规定背后的原因，并坦白今天现金拿不出来。规定讲出了道理、能与不能说在前头，客户才不觉得是刁难。',
            en: "You acknowledged his frustration, gave the reason behind the rule in a sentence or two, and said plainly that today's cash isn't there. A rule with a reason, and a clear can and can't, doesn't feel like red tape.",
          },
          next: 'options',
          recommended: true,
        },
        {
          id: 'for-your-own-good',
          text: {
            'zh-CN': '您这话说的，预约也是为了您的资金安全。真被人盯上抢了，您又该怪我们了。',
            en: "Come on, booking is for your own safety. If someone followed you out and robbed you, you'd be blaming us then.",
          },
          behaviours: ['argue'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '道理不错，口气却是在跟他抬杠，还顺带数落他。原因可以讲，但要站在他这边讲：坚决避免与客户争执。',
            en: 'The point is sound, but the tone picks a fight and tells him off. You can give the reason, but give it from his side of the table: never argue with the customer.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'options',
          },
        },
      ],
    },
    {
      id: 'options',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '行吧。那你说，现在怎么办？', en: 'Fine. So what do we do now?' },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '都两点半了，医院收费处五点就下班。',
            en: "It's half past two already, and the hospital cashier shuts at five.",
          },
        },
      ],
      choices: [
        {
          id: 'promise-all-cash',
          text: {
            'zh-CN':
              '您放心，这事包在我身上。我现在就去找行长申请特批，让金库临时调款，今天一定让您拿到 21 万现金，保证不耽误手术。',
            en: "Leave it to me. I'll go to the branch president now for an exception and get the vault to send cash. You'll have your ¥210,000 today, guaranteed; the operation won't be held up.",
          },
          behaviours: ['over-promise', 'offer-solution'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '他已经说了不一定要现金，您却回头去许一个自己兑现不了的诺言。审慎承诺：能落地的办法就在眼前，别去赌做不到的。',
            en: "He'd already said it needn't be cash, yet you went back to a promise you can't keep. Promise carefully: with a workable option right in front of you, don't gamble on an impossible one.",
          },
          next: 'promise-trap',
        },
        {
          id: 'go-to-zhongshan',
          text: {
            'zh-CN': '中山路支行是大网点，现金多。您打个车过去问问，兴许那边能取出来。',
            en: 'Zhongshan Road is a big branch with more cash. Grab a taxi over and ask; they might be able to pay out.',
          },
          behaviours: ['deflect', 'offer-solution'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '打发他自己去碰运气，“兴许”两个字一点底都没有。首问负责：要问那边，也该您先替他把电话打过去。',
            en: 'Sending him off to try his luck, with only a "might", gives him nothing to count on. First-contact ownership: if anyone rings that branch, it should be you, before he sets off.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'two-ways',
          text: {
            'zh-CN':
              '两个办法您挑：柜台把钱直接转进医院账户，不受手机限额，今天到账；或者我马上打给中山路支行，问能不能付现。',
            en: "Two options, your pick: we transfer it from the counter straight into the hospital's account, no app limit, there today; or I ring Zhongshan Road branch now about cash.",
          },
          behaviours: ['offer-solution', 'closed-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '给出两个今天就能落地的办法，用封闭式问题让他挑，主动权交回他手里。办法都围着他真正的期望转：五点前把钱交上。',
            en: 'Two options that work today, offered as a closed choice, hand the decision back to him. Both are built around his real goal: the deposit paid by five.',
          },
          next: 'transfer-worry',
          recommended: true,
        },
      ],
    },
    {
      id: 'transfer-worry',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '转账？……万一转错了呢？',
            en: 'A transfer? …What if it goes to the wrong place?',
          },
        },
        {
          text: {
            'zh-CN': '五点前要是没到账，医院认不认啊？我可就这一次机会，耽误不起，真耽误不起。',
            en: "And if it hasn't landed by five, will the hospital accept it? I've got one shot at this. I can't afford a delay, I really can't.",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'definitely-fine',
          text: {
            'zh-CN':
              '您放心，柜台转账肯定错不了，我们天天都在办，五分钟就能到医院账上，一点问题都没有，您就踏踏实实等着吧。',
            en: "Don't worry, a counter transfer can't go wrong; we do them every day. It'll be in the hospital's account in five minutes. No problem at all, so just relax.",
          },
          behaviours: ['over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“肯定”“五分钟”“一点问题没有”，句句都是打包票。大额转账要远程授权，多久到账不是您一句话说了算。给有依据的时间，不打没把握的包票。',
            en: '"Can\'t go wrong", "five minutes", "no problem at all": every phrase is a guarantee. A large transfer needs remote authorization, and its timing isn\'t yours to promise. Give a time you can stand behind.',
          },
          next: 'handover',
        },
        {
          id: 'walk-you-through',
          text: {
            'zh-CN':
              '我全程陪您办：先打给收费处核对账户和住院号，大额要远程授权，约 20 分钟，半小时内转出，回单当场给您。',
            en: "I'll see it through with you. First I ring the cashier to check the account and patient number; large sums need remote authorization, about 20 minutes. It goes within half an hour, receipt in hand.",
          },
          behaviours: ['own-problem', 'verify-facts', 'explain', 'commit-deadline'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '他怕出错、怕来不及，您就把每一步摊开：谁来核对、要多久、几点转出。首问负责，再加一个说得出口的时间，焦虑的客户心里才落了地。',
            en: "He's afraid of mistakes and delay, so you laid out each step: who checks, how long, when it goes. Ownership plus a time you can keep is what settles an anxious customer.",
          },
          next: 'handover',
          recommended: true,
        },
        {
          id: 'get-account-yourself',
          text: {
            'zh-CN': '转账得有医院的对公账号。您先回收费处要一下，拿来我们马上办。',
            en: "A transfer needs the hospital's account number. Go back to the cashier for it, and we'll do it the moment you bring it.",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '账号一个电话就能核实，您却让一位赶时间的客户来回跑。首问负责：能替客户跑的腿，不要让客户自己跑。',
            en: 'One phone call would confirm the account number, yet you sent a man racing the clock back across town. First-contact ownership: any legwork you can do for him, do it.',
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'handover',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（捏着回单）……转出去了，是吧？',
            en: "(Clutching the receipt.) …So it's gone?",
          },
        },
        {
          text: {
            'zh-CN': '那我得赶紧回医院。身上一分现金都没有，护工押金、吃饭，哪样不得用钱啊。',
            en: "Then I've got to get back to the hospital. I haven't a penny of cash on me, and there's the carer's deposit, meals, the lot.",
          },
        },
      ],
      choices: [
        {
          id: 'off-you-go',
          text: {
            'zh-CN': '转好了，您快去医院吧。之后有什么问题，您再来网点找我们就行。',
            en: "It's done, so off you go to the hospital. If anything comes up later, just come back to the branch.",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他刚说了身上没现金，您就把他送出门。办完手续不是目标，办完他的事才是：现金的事、到账确认，都还没落地。',
            en: "He'd just told you he has no cash on him, and you showed him out. Finishing the paperwork isn't the goal; finishing his problem is. The cash and the confirmation are both still open.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'cash-and-callback',
          text: {
            'zh-CN':
              '回单您收好。护工、吃饭要用的现金，取几千块不用预约，我让窗口马上给您办。四点我跟收费处确认到账，再打给您。',
            en: "Keep the receipt safe. A few thousand in cash for the carer and meals needs no booking; I'll get the window on it now. At four I'll confirm with the cashier and ring you.",
          },
          behaviours: ['offer-solution', 'commit-deadline', 'callback-promise'],
          mood: { trust: 10 },
          note: {
            'zh-CN':
              '接住他顺口提的现金需要，能当场办的当场办；再约好几点、找谁确认到账。后续跟踪不是客套，是让他不必再悬着心。',
            en: "You caught the cash need he mentioned in passing and met it on the spot, then fixed a time to confirm the payment landed. Follow-up isn't a courtesy; it means he no longer has to worry.",
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
            'zh-CN': '（16:02，王雪的电话打过来）喂，王经理？医院那边……到了吗？',
            en: "(16:02. Wang Xue's call comes through.) Hello, Ms Wang? The hospital… has it arrived?",
          },
        },
      ],
      choices: [
        {
          id: 'should-be-fine',
          text: {
            'zh-CN':
              '应该到了吧，柜台转账一般不会出问题的，您放心好了。要是医院说没收到，您再来网点找我们。那就先这样，再见。',
            en: "It should have by now; counter transfers rarely go wrong, so don't worry. If the hospital says it hasn't come, just pop back to the branch. Well, that's all then. Goodbye.",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '说好了去确认，却拿一句“应该到了”交差，约好的事等于没做。说到做到：先核实，再回电。',
            en: 'You said you would confirm, then settled for "it should have". The promise was as good as broken. Do what you said: check first, then call.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'confirmed-anything-else',
          text: {
            'zh-CN': '到了，收费处说已经入账。请问您还有什么需要帮忙的吗？',
            en: "Yes, the cashier says it's been credited. Is there anything else I can help you with?",
          },
          behaviours: ['progress-update', 'premature-close'],
          mood: {},
          note: {
            'zh-CN':
              '到账确认做到了，可最后一句是收线的套话，不是满意度确认。他那头可能还有没说出口的事。',
            en: "You confirmed the payment, but the last line is a stock sign-off, not a satisfaction check. He may still have something he hasn't said.",
          },
          next: 'resigned-no',
        },
        {
          id: 'confirmed-check',
          text: {
            'zh-CN':
              '刚跟收费处核实了，21 万已经入账，交费这头不耽误手术了。您心里踏实了吗？还有哪儿不放心，您说。',
            en: "I've just checked with the cashier: the ¥210,000 is in, so the payment won't hold up the operation. Do you feel easier now? If anything's still worrying you, tell me.",
          },
          behaviours: ['progress-update', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '按约定的时间回电，先报结果，再真诚地问他是不是踏实了。后续跟踪加满意度确认，这件事才算真正办完。',
            en: 'You called at the agreed time, gave the result first, then sincerely asked whether he felt at ease. Follow-up plus a real satisfaction check is what actually closes the matter.',
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
      id: 'resigned-no',
      kind: 'decision',
      lines: [{ text: { 'zh-CN': '……哦，没了。', en: "…Oh. No, that's all." }, cue: 'avoidance' }],
      choices: [
        {
          id: 'goodbye',
          text: {
            'zh-CN': '好的，那我就不打扰您了，您赶紧去医院陪老爷子吧。祝老人家手术顺顺利利，再见！',
            en: "All right, I won't keep you; you'll want to get back to your father. I hope the operation goes really well. Goodbye!",
          },
          behaviours: ['premature-close'],
          mood: {},
          note: {
            'zh-CN':
              '祝福是好的，可他那声“没了”听着发虚，您没接住。“还有什么需要”“没了”“再见”，正是课上讲的不合格收尾。',
            en: 'The good wishes were kind, but his "no" sounded hollow and you let it pass. "Anything else?", "No", "Goodbye" is exactly the unqualified close the course warns about.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'hear-the-pause',
          text: {
            'zh-CN': '听您这声“没了”，好像还有点不放心。是手术的事，还是钱的事？您说，我听着。',
            en: 'That "no" sounded like something\'s still on your mind. Is it the operation, or the money? Go ahead, I\'m listening.',
          },
          behaviours: ['acknowledge-emotion', 'check-satisfaction'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您听出了“没了”里的犹豫，没有顺势收线，而是把话头递回给他。满意要确认，不能靠猜。',
            en: 'You heard the hesitation in "no" and, instead of ringing off, handed the conversation back. Satisfaction is something you confirm, not assume.',
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
            'zh-CN': '（长出一口气）到了就好，到了就好。',
            en: '(A long breath out.) Good. It got there. Good.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '下午在窗口冲你们嚷嚷，对不住啊。等老爷子出了院，我店里的账还走你们这儿。',
            en: 'Sorry for shouting at your window earlier. Once Dad is out of hospital, the shop account stays with you.',
          },
        },
      ],
      summary: {
        'zh-CN':
          '钱在五点前进了医院的账，手术照常。您把他从人群里请出来，听出“要现金”背后要的是“今天交上”，讲清规定的道理，给出当天能落地的办法并按时回电确认，赵先生走时觉得银行是站在他这边的。',
        en: 'The money reached the hospital before five and the operation goes ahead. You took him away from the crowd, heard that "I want cash" meant "paid today", explained the rule\'s reason, offered options that worked that day and called back on time. Mr. Zhao left feeling the bank was on his side.',
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        { text: { 'zh-CN': '……行吧，就这样吧。', en: "…Fine. Let's leave it at that." } },
        {
          text: {
            'zh-CN': '就这一下午，折腾得我够呛。',
            en: 'What an afternoon you put me through.',
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '事情多少有了着落，可赵先生一路提心吊胆，不觉得银行真在帮他。让他自己跑腿、打没把握的包票、或者不确认到账就收尾，都会把一次能挽回的投诉变成一段憋屈的记忆。',
        en: "Things more or less got sorted, but Mr. Zhao spent the afternoon on edge and never felt the bank was really helping. Making him do the legwork, guaranteeing what you couldn't, or closing without confirming the payment turns a recoverable complaint into a sour memory.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行了，跟你说不着。把你们行长叫出来！',
            en: "Forget it, there's no talking to you. Get your branch president out here!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '今天这事没完，我还要打你们客服热线投诉！',
            en: "This isn't over. I'm calling your customer service line to complain!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '赵先生要找行长，还要打热线投诉。他急的是五点前把钱交上，您给的却是规定、推托或争辩。焦虑的客户一旦觉得银行站在对面，投诉就升级了。',
        en: 'Mr. Zhao demanded the branch president and a formal complaint. What he needed was the deposit paid by five; what he got was rules, buck-passing or argument. Once an anxious customer feels the bank is against him, the complaint escalates.',
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '（掏出手机对着柜台拍）大伙儿都看看啊！老人等着钱救命，银行说取不了！',
            en: "(Holding up his phone to film the counter.) Look, everyone! My old man needs this money to save his life, and the bank won't pay out!",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我这就发网上，让大家评评理！',
            en: "I'm putting this online. Let people be the judge!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '赵先生当着一排客户拍了视频要发到网上。没有先把他从人群里请出来，又拿规定、协议或总行跟他较劲，围观的人越多，火越大，一次柜台纠纷就成了公开投诉。',
        en: 'Mr. Zhao filmed the counter in front of the queue and is posting it online. You never took him away from the crowd, and answered with rules, the agreement or head office. The bigger the audience, the bigger the fire: a counter dispute became a public complaint.',
      },
    },
  ],
};

export default largeWithdrawal;

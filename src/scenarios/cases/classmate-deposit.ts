import type { Scenario } from '../../engine/scenario-schema';

/**
 * C5, the classmate deposit (F003): a customer who banked ¥200,000 with an old classmate's branch
 * and found that, with her classmate out, nobody else treated her as their customer. The lesson:
 * service is a team behaviour, and the people around a customer carry boundless influence.
 */
const classmateDeposit: Scenario = {
  formatVersion: 1,
  id: 'classmate-deposit',
  version: 1,
  title: {
    'zh-CN': '“我不是你们的客户吗？”',
    en: '“Am I Not Your Customer Too?”',
  },
  briefing: {
    'zh-CN':
      '刘女士冲着老同学孙婷，年底在本行存了 20 万元。今天孙婷外出，大堂和柜台都让她“等孙经理回来”，她憋着一肚子气找到了服务台。您是值班大堂经理，和她的客户经理不是一条线。',
    en: 'Ms. Liu banked ¥200,000 with us at year end because her old classmate Sun Ting works here. Today Sun is out, the lobby and the counter both told her to wait for her, and she has marched up to the service desk. You are the lobby manager on duty, and her account has nothing to do with you.',
  },
  industry: 'banking',
  channel: 'counter',
  difficulty: 1,
  objectives: [
    {
      'zh-CN': '先致歉、先接住情绪，报上自己是谁，把她请到安静的地方坐下再谈。',
      en: 'Apologize and meet her feelings first, say who you are, and take her somewhere quiet to sit down before anything else.',
    },
    {
      'zh-CN':
        '不把她推回客户经理，不替同事辩解，也不把责任甩给孙婷：进了门的客户，就是大家的客户。',
      en: "Don't push her back to her account manager, don't defend your colleagues, and don't pin it on Sun Ting: anyone who walks in is everyone's customer.",
    },
    {
      'zh-CN': '听出她真正的委屈——在这里只被当成“别人的客户”——并且把它说破。',
      en: 'Hear what really hurts — being treated as "someone else\'s customer" here — and say it out loud.',
    },
    {
      'zh-CN': '当场把业务办好，说清后续怎么跟进，送她走之前确认她心里的疙瘩真的解开了。',
      en: 'Get her business done on the spot, say how you will follow up, and check the knot has really come undone before she leaves.',
    },
  ],
  source: { caseId: 'C5', file: 'shared/seeds/003_246d957d77303b28.txt (F003)' },
  notes: {
    'zh-CN':
      '来源（F003，银行讲稿）只讲了故事梗概：年末拉存款，讲者和在另一家银行工作的同学 A 都找到了同学 B；B 在两家各存了 20 万元，写的都是两位同学的客户经理编码；在讲者的银行“所有人”都服务到位，B 觉得自己像是“他们所有人的同学”；在 A 的银行只有 A 一个人管她，其他人好像跟她没关系，她觉得是因为没给别人带来利益，因而“非常的心寒”；B 把这番感受告诉了其他同学，有人转而来咨询讲者所在银行。来源里 B 并没有投诉，这通柜台投诉是作者设想的：场景放在 A 所在的银行，由一位与她的客户经理无关的大堂经理接待。以下均为作者补充：银行名（虚构的明川银行文华路支行）；客户刘女士的姓名、年龄、职业；同学孙婷的名字；三年定期；一月初这个时间；改预留手机号、开手机银行两项业务；等了四十分钟、问了三个人、听见“让她回来自己弄”；大堂经理许晴；3 号窗口、十五分钟、周五回电、晨会；礼品（油、纸巾，借自同一讲稿七步法的说法）、利率比较、同学群、想把钱转走；全部对话、分支、情绪数值与各结局。',
    en: "The source (F003, the bank talk) gives only an outline: during a year-end deposit drive the speaker and classmate A, who works at another bank, both approached classmate B; B put ¥200,000 in each bank, writing each friend's account-manager code; at the speaker's bank everyone served her well and she felt like \"everyone's classmate\"; at A's bank only A looked after her, the others acted as if she had nothing to do with them, which she put down to bringing them no benefit, and it left her \"chilled to the heart\"; B told other classmates, and some of them then approached the speaker's bank. In the source B never complains; this counter complaint is imagined: it is set at A's bank, handled by a lobby manager unconnected to her account manager. Authored here: the bank (the fictional Mingchuan Bank, Wenhua Road branch); Ms. Liu's name, age and job; the classmate's name Sun Ting; the three-year term deposit; the early-January timing; the two errands (changing her registered phone number, opening mobile banking); the forty-minute wait, the three staff asked and the overheard \"let her sort it out when she's back\"; the lobby manager Xu Qing; window 3, fifteen minutes, the Friday call and the morning briefing; the gifts (oil or tissues, borrowed from the same talk's seven steps), the interest-rate pitch, the classmates' group chat and the thought of moving her money; all dialogue, branches, mood figures and endings.",
  },
  persona: {
    name: { 'zh-CN': '刘女士', en: 'Ms. Liu' },
    profile: {
      'zh-CN':
        '44 岁，区医院检验科主管技师，做事一板一眼，很看重体面。年底两个在不同银行上班的高中同学都来拉存款，她没说破，在两家各存了 20 万元三年定期，单子上都写了同学的客户经理编号。',
      en: "44, a senior lab technician at the district hospital: meticulous, and proud of being treated properly. At year end two high-school classmates at different banks both asked her for deposits; without telling either, she put ¥200,000 into a three-year term deposit at each, writing in each friend's account-manager code.",
    },
    psychology: 'respect-seeker',
    surfaceComplaint: {
      'zh-CN':
        '来改预留手机号、开手机银行，客户经理孙婷外出，大堂和柜台都让她“等孙经理回来”，她干坐了四十分钟，还听见有员工说“那是孙婷的客户，让她回来自己弄”。',
      en: "She came to change her registered phone number and open mobile banking. Her account manager Sun Ting was out, the lobby and the counter both told her to wait for her, she sat for forty minutes, and she overheard a member of staff say \"she's Sun Ting's customer, let Sun sort it out when she's back\".",
    },
    realExpectation: {
      'zh-CN':
        '被这个网点的每一个人当作自己的客户来尊重和接待，而不只是孙婷一个人的客户。她要的是这份尊重，不是礼品，也不是利率。',
      en: "To be respected and served as a customer by everyone at the branch, not as Sun Ting's private client. Respect is what she wants, not a gift and not a better rate.",
    },
    startingMood: { anger: 65, trust: 30 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'long', skin: 1, glasses: false },
  },
  start: 'arrival',
  nodes: [
    {
      id: 'arrival',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '你们这儿到底有没有人管事啊？我在那边坐了四十分钟，问了三个人，三个人都让我等。',
            en: "Is anyone actually in charge here? I've sat over there for forty minutes. I asked three people and all three told me to wait.",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '等谁？等孙经理！她不在，我这业务就没人能办了是吧？',
            en: 'Wait for who? For Ms. Sun! So with her out, nobody here can serve me, is that it?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'offer-ticket',
          text: {
            'zh-CN':
              '您好，您今天要办什么业务？我这就给您取个优先号，马上安排窗口，保证不让您再等了。',
            en: "Hello. What did you come in for today? I'll get you a priority ticket right now and line up a window, so you won't have to wait again.",
          },
          behaviours: ['ask-facts', 'offer-solution'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '想快点办是好心，可她的火还没接住，“再取个号”在她听来还是“接着等”。先处理心情，再处理事情；先听清问题，再给办法。',
            en: 'Wanting to be quick is well meant, but her anger is still hanging there, and "another ticket" sounds like "keep waiting". Mood before matter; hear the problem before you fix it.',
          },
          next: 'rushed',
        },
        {
          id: 'greet-and-own',
          text: {
            'zh-CN':
              '真对不起，让您干坐四十分钟，问谁都说等，换谁都窝火。我是值班大堂经理许晴，您的事我来管。咱们去里边坐，我给您倒杯温水。',
            en: "I'm so sorry — forty minutes, and everyone said wait. Anyone would be fuming. I'm Xu Qing, the duty lobby manager, and I'll handle this. Come and sit inside; I'll get you some warm water.",
          },
          behaviours: [
            'acknowledge-emotion',
            'apologize',
            'self-identify',
            'own-problem',
            'isolate',
          ],
          mood: { anger: -20, trust: 10 },
          note: {
            'zh-CN':
              '先致歉、说出她的火从哪儿来，再亮明身份、把事揽过来，请她离开大厅坐下喝口水。迅速隔离、安抚情绪，先处理心情再处理事情。',
            en: 'You apologized, named where her anger came from, said who you are, took the matter on and moved her out of the hall with a warm drink. Separate and soothe first: mood before matter.',
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'wait-for-manager',
          text: {
            'zh-CN':
              '您是孙经理的客户吧？她上午去企业走访了，下午两点左右就回来，您的情况她最清楚。要不您先留个电话，她一回来我就让她联系您？',
            en: "You're Ms. Sun's customer, right? She's out visiting a company this morning and back around two; she knows your case best. Why not leave your number and I'll have her call you the moment she's in?",
          },
          behaviours: ['deflect', 'offer-solution'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '这就是客气版的“她不是我的客户，您找她的客户经理吧”，也正是前三个人说过的话。首问负责：谁接待，谁就把事接住。',
            en: 'This is the polite version of "she\'s not my customer, go to her account manager", the very thing three people already said. First-contact ownership: whoever she reaches owns it.',
          },
          next: 'flare',
        },
        {
          id: 'lower-voice',
          text: {
            'zh-CN': '您先别激动，小点声，大家都在办业务呢。孙经理下午就回来了，您先坐下等等她吧。',
            en: "Please don't get worked up, and keep your voice down — people are doing their banking. Ms. Sun will be back this afternoon. Just have a seat and wait for her.",
          },
          behaviours: ['deny-emotion', 'deflect'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '“您先别激动”否认了她的情绪，“小点声”更像在嫌她丢人，最后还是让她等孙经理。对求尊重的客户，这几句句句扎心。',
            en: '"Don\'t get worked up" denies her feelings, "keep your voice down" sounds like she\'s an embarrassment, and it still ends in "wait for Sun". For a customer who wants respect, every phrase stings.',
          },
          next: 'flare',
        },
      ],
    },
    {
      id: 'rushed',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '取号？我进门就取了号！号早过了，我一直在那儿等孙婷。',
            en: 'A ticket? I took a ticket when I walked in! My number went ages ago. I was sitting there waiting for Sun Ting.',
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '怎么，她不在，我就成了没人要的了？',
            en: "What, with her out I'm nobody's problem?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'queue-rules',
          text: {
            'zh-CN':
              '号过了是系统自动作废的，不是谁故意不叫您。今天月初，来办社保和代发工资的人特别多，大家都得排队，还请您多体谅。',
            en: "The system cancels a missed number automatically; nobody skipped you on purpose. It's the start of the month, we're packed with pension and payroll customers, and everyone queues. Please bear with us.",
          },
          behaviours: ['explain', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '句句是实情，可她问的是“没人要我了吗”，您答的是排队规则。先回应她的处境，规定不能当开场白。',
            en: 'Every word is true, but she asked "am I nobody\'s problem?" and you answered with queueing rules. Respond to her situation first; policy is never an opening line.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'rushed-recover',
          text: {
            'zh-CN':
              '是我太急了，对不起。问谁都让您等孙婷，搁谁心里都憋屈。我是大堂经理许晴，您的事我来管，您坐下慢慢跟我说。',
            en: "I rushed you — I'm sorry. Everyone you asked said wait for Sun Ting; anyone would feel fobbed off. I'm Xu Qing, the lobby manager, and I'll handle this. Sit down and tell me about it.",
          },
          behaviours: [
            'apologize',
            'acknowledge-emotion',
            'self-identify',
            'own-problem',
            'let-vent',
          ],
          mood: { anger: -20, trust: 10 },
          note: {
            'zh-CN':
              '认下自己抢了话，说出她憋屈在哪儿，再亮明身份把事接过来。及时纠偏，回到先处理心情再处理事情。',
            en: 'You owned the rush, named what was galling her, then said who you are and took it on. A quick correction brings you back to mood before matter.',
          },
          next: 'story',
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
            'zh-CN': '又是等孙经理！门口让我等她，柜台让我等她，你也让我等她！',
            en: 'Wait for Ms. Sun, again! The girl at the door says wait for her, the counter says wait for her, and now you say it too!',
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我这二十万，是存在你们银行了，还是存在她孙婷一个人兜里了？',
            en: "Did I put my two hundred thousand in your bank, or in Sun Ting's own pocket?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'not-my-customer',
          text: {
            'zh-CN':
              '说实话，您确实不是我名下的客户，您的资料我这儿也看不全。这事您还得找孙经理，要不我现在帮您给她打个电话？',
            en: "To be honest, you're not actually one of my customers, and I can't see your full details. This really needs Ms. Sun — shall I phone her for you now?",
          },
          behaviours: ['deflect', 'offer-solution'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '“您不是我的客户”正是她今天最受不了的那句话。同一个网点，没有“你的客户”“我的客户”，服务是团队的事。',
            en: '"You\'re not my customer" is exactly what she can\'t stand hearing today. Within one branch there is no "yours" and "mine": service is a team behaviour.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'colleagues-busy',
          text: {
            'zh-CN':
              '您别误会，我们同事不是不管您。今天月初人手紧，大家手上都有客户，孙经理的客户她自己最熟，别人也不敢随便给您办呀。',
            en: "Please don't take it the wrong way; my colleagues weren't ignoring you. We're short-handed at the start of the month, and Ms. Sun knows her own customers best, so nobody dared touch it.",
          },
          behaviours: ['argue', 'explain'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '替同事辩解，等于告诉她“是您想多了”。不自我维护、不争对错：她的感受就是事实，先认下来。',
            en: "Defending your colleagues tells her she imagined it. Don't defend yourselves and don't argue the point: her experience is the fact to start from.",
          },
          next: 'ending-public',
        },
        {
          id: 'flare-own',
          text: {
            'zh-CN':
              '您说得对，刚才那话不该说，更不该又把您往孙婷那儿推，对不起。钱存在我们行，您就是我们行的客户。我是大堂经理许晴，您的事我来办。',
            en: "You're right. I shouldn't have said that, let alone sent you back to Sun Ting. I'm sorry. Your money's with our bank, so you're our customer. I'm Xu Qing, the lobby manager; I'll deal with this.",
          },
          behaviours: ['apologize', 'self-identify', 'own-problem'],
          mood: { anger: -20, trust: 10 },
          note: {
            'zh-CN':
              '马上认错，把“孙婷的客户”改口成“我们行的客户”，再把事揽到自己身上。首问负责，道歉不丢人。',
            en: 'You apologized at once, turned "Sun Ting\'s customer" into "our customer" and took the matter on yourself. First-contact ownership; an apology costs nothing.',
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
              '……年底我在你们这儿存了二十万，三年定期。孙婷是我高中同学，我是冲着她来的，单子上写的也是她的客户经理号。',
            en: '…At year end I put two hundred thousand in here, three years fixed. Sun Ting was in my class at school; I came because of her, and I wrote her account-manager number on the form.',
          },
        },
        {
          text: {
            'zh-CN':
              '今天就是来改个预留手机号，顺便开个手机银行。门口那小姑娘一听我是孙婷的客户，就让我坐着等她。',
            en: "All I came for today was to change my registered phone number and open mobile banking. The girl at the door heard I was Sun Ting's customer and told me to sit and wait for her.",
          },
        },
        {
          text: {
            'zh-CN':
              '我去柜台问，说孙经理的客户她们不清楚。我还听见有人跟旁边说“那是孙婷的客户，让她回来自己弄”——我就坐在那儿，听得清清楚楚！',
            en: "I asked at the counter: Ms. Sun's customers, they don't know about those. Then I heard someone tell the next desk, \"She's Sun Ting's, let Sun sort it out when she's back.\" I was sitting right there. I heard every word!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'defend-colleagues',
          text: {
            'zh-CN':
              '您可能误会她们了，那么说不是不管您。客户经理名下的客户，资料和进度都是客户经理最清楚，同事也是怕给您办错了，才让您等孙婷。',
            en: "I think you misread them; they didn't mean to ignore you. An account manager knows her own customers best, so my colleagues were afraid of getting it wrong and asked you to wait for Sun.",
          },
          behaviours: ['argue', 'explain'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '她亲耳听见的话，您一句“误会了”就想抹掉，这是在跟她争对错、替同事辩护。坚决避免争执：争赢了道理，就输掉了客户。',
            en: 'She heard it with her own ears, and "you misread them" tries to wipe it away: that is arguing with her and defending colleagues. Never argue: win the point and you lose the customer.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'ending-escalated',
          },
        },
        {
          id: 'fix-it-now',
          text: {
            'zh-CN':
              '真不好意思，让您白等了。改手机号、开手机银行其实都不用等孙经理，您带身份证了吧？我现在就带您去窗口，十五分钟左右就能办好。',
            en: "I'm really sorry you waited for nothing. Changing your number and opening mobile banking don't need Ms. Sun at all. Got your ID? I'll take you to a window now; about fifteen minutes and it's done.",
          },
          behaviours: ['apologize', 'offer-solution', 'commit-deadline', 'closed-question'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '办法又快又实在，可她刚说完最扎心的那句“让她回来自己弄”，您就急着去办手续。业务能办完，心里的疙瘩还在：先听清问题，再解决问题。',
            en: 'Quick and practical, but she\'d just told you the most hurtful part — "let Sun sort it out" — and you rushed to the paperwork. The errand gets done; the knot stays. Hear the problem out before solving it.',
          },
          next: 'done-but-cold',
        },
        {
          id: 'hear-her-out',
          text: {
            'zh-CN':
              '我确认一下：您来改手机号、开手机银行，门口和柜台都让您等孙婷，还听见有人说“让她回来自己弄”。您接着说，我听着。',
            en: 'Let me check I\'ve got it: you came to change your number and open mobile banking, the door and the counter both said wait for Sun, and you heard "let Sun sort it out". Go on, I\'m listening.',
          },
          behaviours: ['paraphrase', 'let-vent'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '把她的经过原样复述一遍，连最伤人的那句话也不回避，再请她接着说。不辩解、不打断，她才会把心里话说出来。',
            en: 'You played her story back, hurtful remark included, and invited her to go on. No excuses and no interruptions: that is how she gets to what is really on her mind.',
          },
          next: 'compare',
          recommended: true,
        },
      ],
    },
    {
      id: 'compare',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '对，就这么回事。四十分钟我倒不在乎，又不是没等过。',
            en: "Yes, that's about it. It's not the forty minutes, mind. I've waited longer.",
          },
        },
        {
          text: {
            'zh-CN':
              '我另外二十万存在另一个同学那家银行。人家那边从保安到柜员，个个拿我当自己同学似的；到你们这儿，除了孙婷，别人就好像跟我一点关系都没有。',
            en: "My other two hundred thousand is at another classmate's bank. Over there, from the guard to the tellers, they all treat me like I'm their classmate too. Here, apart from Sun Ting, it's like I'm nothing to do with any of you.",
          },
          keyCue: true,
        },
        {
          text: {
            'zh-CN': '不就是因为单子上写的是她的号嘛。说实话，挺让人心寒的。',
            en: "It's because her number's on my form, isn't it. Honestly, it leaves me cold.",
          },
        },
      ],
      choices: [
        {
          id: 'blame-sun',
          text: {
            'zh-CN':
              '这事说到底也怪孙婷，她出去之前没跟同事把您的情况交接好，才让您受这个委屈。等她回来，我一定好好说说她。',
            en: "If you ask me, Sun Ting's partly to blame: she went out without briefing anyone about you, and that's why you were treated like this. When she's back I'll have a word with her, believe me.",
          },
          behaviours: ['blame'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '想站在她这边，却把锅甩给了她的同学，还没接住她那句“除了孙婷，别人跟我没关系”。不归咎责任：不拿同事当挡箭牌。',
            en: 'Trying to side with her, you threw the blame onto her own classmate, and you let "apart from Sun Ting, I\'m nothing to you" pass. Don\'t assign blame, and never use a colleague as a shield.',
          },
          next: 'defend-friend',
        },
        {
          id: 'gift-sorry',
          text: {
            'zh-CN':
              '真是委屈您了，我代表网点给您赔个不是。我们这儿有两样小礼品，一桶油、一提纸巾，您看喜欢哪个，就当我们一点心意。',
            en: 'We really let you down, and I apologize on behalf of the branch. We have two small gifts, a bottle of cooking oil or a pack of tissues — which would you like? Just a small token from us.',
          },
          behaviours: ['apologize', 'bounded-offer', 'closed-question'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '礼品用封闭式选项给，放在求补偿的客户身上是对的；可她是求尊重，刚说出“心寒”，您却递过去一桶油。先听出她要什么，再决定给什么。',
            en: 'A closed choice of gifts suits a compensation seeker, but she wants respect; she had just said she felt cold and you offered her cooking oil. Hear what she wants before deciding what to give.',
          },
          next: 'missed-point',
        },
        {
          id: 'name-the-chill',
          text: {
            'zh-CN':
              '让您心寒的不是那四十分钟，是在我们这儿，好像只有孙婷一个人拿您当客户。我这么理解，对吗？',
            en: "So what chilled you isn't the forty minutes. It's that here, only Sun Ting seemed to treat you as a customer. Have I got that right?",
          },
          behaviours: ['paraphrase', 'acknowledge-emotion'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '您接住了藏在长句里的那句“除了孙婷，别人跟我没关系”，把她的心寒说破了。抓住关键线索，才找得到她真正想要的。',
            en: 'You caught the line buried in her long comparison — "apart from Sun Ting, I\'m nothing to you" — and named the chill. Catch the key cue and you find what she really wants.',
          },
          next: 'real-need',
          recommended: true,
        },
        {
          id: 'rate-pitch',
          text: {
            'zh-CN':
              '那家银行热情，也是年底冲存款嘛。说句实在的，咱们三年定期的利率比他们家还高一点，您这二十万放在这儿，一点都不吃亏。',
            en: "They're all smiles over there because of the year-end deposit push. Honestly, our three-year rate is a touch higher than theirs, so your two hundred thousand is better off here.",
          },
          behaviours: ['disparage-competitor', 'explain'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '她讲的是人情冷暖，您回的是利率高低，还顺带贬了别家一句。可以比较，不要贬低；更要紧的是，先听懂她在说什么。',
            en: 'She was talking about warmth and you answered with interest rates, taking a dig at the other bank on the way. Compare, never disparage, and above all understand what she is saying first.',
          },
          next: 'missed-point',
        },
      ],
    },
    {
      id: 'missed-point',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '我跟你说的是这个吗？',
            en: 'Is that what I was telling you about?',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我图的不是你们送的东西，也不是那一星半点的利息。我图什么，你们心里真没数啊？',
            en: "I'm not after freebies, or a sliver more interest. Do you honestly not know what I'm after?",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'missed-recover',
          text: {
            'zh-CN':
              '对不起，是我没听明白。您在意的是，进了这个门，大家是不是拿您当自己的客户，而不是“孙婷的客户”。是这个意思吧？',
            en: 'I\'m sorry, I missed it. What matters to you is whether, once you walk in here, we all treat you as our customer, not as "Sun Ting\'s customer". Is that it?',
          },
          behaviours: ['apologize', 'paraphrase', 'probe-expectation'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '认下自己答偏了，把她真正在意的东西说出来请她确认。探询真实期望，比送什么都管用。',
            en: 'You owned the wrong answer and put what she really cares about into words for her to confirm. Probing the real expectation does more than any gift.',
          },
          next: 'real-need',
          recommended: true,
        },
        {
          id: 'open-compensation',
          text: {
            'zh-CN': '那您看，我们怎么做您才能满意？您尽管提，只要我能申请的，我都尽量去给您申请。',
            en: "Then what would it take to put this right for you? Just say, and whatever I can put in for, I'll do my best to get approved.",
          },
          behaviours: ['open-ended-offer'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '让客户自己开价，只会让双方都尴尬；何况她已经说了不图东西。该做的是说破她的委屈，而不是问她要什么。',
            en: 'Asking her to name her price only makes things awkward, and she has just said she wants no things. Name the hurt instead of asking what she wants.',
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'defend-friend',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你说孙婷干什么？她对我一直挺好的，年底天天给我打电话，问这问那。',
            en: "Why bring Sun Ting into it? She's always been good to me. At year end she rang me every day, checking how I was.",
          },
        },
        {
          text: {
            'zh-CN': '她一个人不在，你们一整个网点就没人能管我了？',
            en: "One person is out, and a whole branch full of you can't look after me?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'division-of-labour',
          text: {
            'zh-CN':
              '我们也是按分工来的，客户经理名下的客户由客户经理负责，这是行里的规定。今天确实是特殊情况，还请您多包涵。',
            en: "We work to a division of labour: an account manager's customers are her responsibility, that's bank policy. Today was an unusual situation, and we ask for your understanding.",
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“按分工来”正好坐实了她的委屈：在这儿，她只是孙婷一个人的客户。首问负责，别拿分工挡在客户前面。',
            en: '"Division of labour" confirms exactly what hurt her: here she is only Sun Ting\'s customer. Own it at first contact; never hold the org chart up between you and the customer.',
          },
          next: 'ending-public',
        },
        {
          id: 'friend-own',
          text: {
            'zh-CN':
              '您说得对，不该往孙婷身上推，对不起。她不在，我们每个人都该接着您。今天没做到，是我们大家的事。',
            en: "You're right, I shouldn't have put it on Sun Ting — I'm sorry. When she's out, every one of us should look after you. Today we didn't, and that's on all of us.",
          },
          behaviours: ['apologize', 'own-problem', 'paraphrase'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '收回甩锅的话，把“没人管我”复述成“我们每个人都该接着您”，责任揽回整个网点。服务是团队行为，不拿同事当挡箭牌。',
            en: 'You took back the blame, turned "nobody looks after me" into "every one of us should", and put the responsibility back on the whole branch. Service is a team behaviour; no colleague is a shield.',
          },
          next: 'real-need',
          recommended: true,
        },
      ],
    },
    {
      id: 'done-but-cold',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……行，都办完了。',
            en: '…Right. All done.',
          },
        },
        {
          text: {
            'zh-CN': '反正我在你们这儿，也就是孙婷的一个客户，办完我就走了。',
            en: "Anyway, here I'm just one of Sun Ting's customers. I'll be off now it's done.",
          },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'see-you-out',
          text: {
            'zh-CN': '好的，业务都给您办妥了。您路上慢点，以后有什么需要，直接找孙经理就行。',
            en: "Great, everything's done for you. Mind how you go, and if you need anything in future, just ask for Ms. Sun.",
          },
          behaviours: ['premature-close', 'deflect'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '她那句“也就是孙婷的一个客户”是失望，您却顺势送客，还又把她交回孙婷。结束接待不是目标，客户满意才是。',
            en: 'Her "just one of Sun Ting\'s customers" was disappointment, and you showed her out, handing her back to Sun yet again. Finishing the visit is not the goal; a satisfied customer is.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'cold-reopen',
          text: {
            'zh-CN':
              '刘女士，您这句“也就是孙婷的一个客户”，我听着心里不是滋味。是不是今天让您觉得，在这儿只有她一个人管您？',
            en: 'Ms. Liu, "just one of Sun Ting\'s customers" — that sticks with me. Did today make you feel that here, she\'s the only one who looks after you?',
          },
          behaviours: ['acknowledge-emotion', 'probe-expectation'],
          mood: { anger: -10, trust: 15 },
          note: {
            'zh-CN':
              '业务办完了，您没急着送客，而是接住了她话里的失落。听出回避的那句话，才回得到问题的根上。',
            en: "With the errand done you didn't rush her out; you picked up the hurt in her words. Catching what she skirts around takes you back to the root of it.",
          },
          next: 'real-need',
          recommended: true,
        },
      ],
    },
    {
      id: 'real-need',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……对，就是这个意思。',
            en: "…Yes. That's exactly it.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '我也不是要谁围着我转。我就觉得，钱存进来了，人进了这个门，就是你们银行的客户，不是哪一个人的。',
            en: "I'm not asking for anyone to fuss over me. I just think once my money's in and I'm through that door, I'm the bank's customer, not one person's.",
          },
        },
        {
          text: {
            'zh-CN': '我们同学群里好几个人还问我呢，哪家银行服务好，我都不知道该怎么跟人家说。',
            en: "Several people in my class group chat keep asking me which bank treats you better, and I don't know what to tell them.",
          },
        },
      ],
      choices: [
        {
          id: 'team-apology',
          text: {
            'zh-CN':
              '您说得在理：进了这个门，就是我们每个人的客户，不分是谁的号。今天是我们整个网点没做到，我代表大家跟您道个歉。',
            en: "You're quite right: through that door, you're every one of our customers, whoever's number is on the form. Today the whole branch fell short, and I apologize for all of us.",
          },
          behaviours: ['apologize', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '认同她的道理，把责任放在整个网点而不是某个同事身上，再代表大家致歉。服务是团队行为，客户是大家的客户。',
            en: "You agreed with her, placed the failing on the whole branch rather than any one colleague, and apologized for everyone. Service is a team behaviour; every customer is everyone's customer.",
          },
          next: 'business',
          recommended: true,
        },
        {
          id: 'vip-promise',
          text: {
            'zh-CN':
              '您放心，以后您来我们网点，我保证每个人都把您当贵宾接待，您不用取号，进门直接找我，什么业务我都优先给您办！',
            en: "Don't you worry: from now on, whenever you come in, I promise everyone will treat you as a VIP. No ticket needed — come straight to me and I'll put anything you need to the front of the queue!",
          },
          behaviours: ['over-promise'],
          mood: { trust: -15 },
          note: {
            'zh-CN':
              '“每个人都把您当贵宾”“不用取号”，既做不到，也不是她要的——她要的是被平常地尊重，不是特殊待遇。审慎承诺，别开空头支票。',
            en: '"Everyone will treat you as a VIP" and "no ticket needed" can\'t be kept and aren\'t what she asked for: she wants ordinary respect, not special treatment. Promise carefully; write no blank cheques.',
          },
          next: 'business',
        },
        {
          id: 'account-manager-system',
          text: {
            'zh-CN':
              '其实我们行是客户经理负责制，名下客户的业务原则上由客户经理本人跟进，这也是为了您的资金安全。不过以后我们会注意的。',
            en: "Actually, we run an account-manager system: in principle a manager's own customers are handled by her personally, which also keeps your money safe. But we'll be more careful in future.",
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '她刚把心里话说出来，您回了一段制度说明，等于告诉她“您就是孙婷的客户”。规定可以做办法的依据，不能拿来回应委屈。',
            en: "She had just opened up, and you answered with a description of the system, which tells her she is Sun Ting's customer after all. Policy can support a fix; it can't answer hurt feelings.",
          },
          next: {
            branches: [{ when: { anger: { atLeast: 40 } }, to: 'ending-escalated' }],
            otherwise: 'ending-grudging',
          },
        },
      ],
    },
    {
      id: 'business',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行，话说开了，我心里也顺了点。',
            en: 'Well. With that said, I feel a bit better.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '那我今天这业务，到底能不能办啊？我下午两点还得回单位呢。',
            en: "So can I actually get my business done today or not? I've got to be back at work by two.",
          },
        },
      ],
      choices: [
        {
          id: 'take-a-number',
          text: {
            'zh-CN':
              '能办的。我给您重新取个号，前面大概还有六七位，您在这儿稍坐一会儿，叫到您的号就能办，应该不会太久。',
            en: "Yes, you can. I'll get you a fresh ticket; there are about six or seven ahead of you. Have a seat here and you'll be served when your number comes up. It shouldn't be long.",
          },
          behaviours: ['offer-solution'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '她已经白等了四十分钟，您又让她从头排队，还说不清要多久。办法要带时间，也要体谅客户已经付出的等待。',
            en: 'She has already wasted forty minutes and you sent her back to the start of the queue with no idea how long. A fix needs a time, and it should respect the waiting she has already done.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'wait-for-sun-after',
          text: {
            'zh-CN':
              '孙经理下午两点左右就回来了，她对您的情况最熟。要不您先回单位，等她回来，我让她给您打电话约个时间再来办？',
            en: "Ms. Sun's back around two, and she knows your case best. Why not head back to work, and when she's in I'll have her ring you to fix a time to come back?",
          },
          behaviours: ['deflect', 'offer-solution'],
          mood: { anger: 10, trust: -15 },
          note: {
            'zh-CN':
              '刚说完“您是我们每个人的客户”，转头又让她等孙婷，前面的话全白说了。言行一致：能办的事，谁接待谁就办。',
            en: 'Straight after "you\'re every one of our customers" you sent her back to wait for Sun, undoing it all. Match words with deeds: whoever serves her does what can be done.',
          },
          next: {
            branches: [{ when: { trust: { below: 60 } }, to: 'ending-escalated' }],
            otherwise: 'ending-grudging',
          },
        },
        {
          id: 'do-it-now',
          text: {
            'zh-CN':
              '能办，这两样都不用等孙婷。身份证带了吧？我现在陪您去 3 号窗口优先办，十五分钟左右就好，误不了您上班。',
            en: "Yes, and neither needs Sun Ting. Got your ID? I'll walk you to window 3 now and have you seen first; about fifteen minutes, so you'll be back at work in time.",
          },
          behaviours: ['offer-solution', 'commit-deadline', 'closed-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '能当场办的当场办，说清在哪个窗口、要多久，还亲自陪她过去。及时处理，办法带时间，客户心里才有底。',
            en: 'What can be done now gets done now: which window, how long, and you walk her there yourself. Prompt handling with a clear time is what she can rely on.',
          },
          next: 'wrap',
          recommended: true,
        },
      ],
    },
    {
      id: 'wrap',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '手机号改好了，手机银行也开通了。嗯，是挺快的。',
            en: 'Number changed, mobile banking set up. Well, that was quick.',
          },
        },
        {
          text: {
            'zh-CN': '孙婷回来，你们也别说她啊，她也挺不容易的。',
            en: "And when Sun Ting's back, don't give her a hard time, will you. She's got enough on her plate.",
          },
        },
      ],
      choices: [
        {
          id: 'gift-goodbye',
          text: {
            'zh-CN':
              '您放心，不会的。今天真是委屈您了，这份小礼品您一定收下，是我们一点心意。您慢走，以后常来啊！',
            en: "Don't worry, we won't. We really let you down today, so please take this little gift as a token from us. Take care, and do come again!",
          },
          behaviours: ['apologize', 'premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '礼品和客气话都有了，就是没说今天的事以后怎么改、谁来跟。用一份礼品收尾，容易让她觉得这事就这么翻篇了。',
            en: 'A gift and kind words, but nothing on how today will change or who follows up. Closing with a present can leave her feeling the matter has simply been filed away.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'team-follow-up',
          text: {
            'zh-CN':
              '不会说她。明天晨会我不点名，跟全网点讲清楚：进了门，就是大家的客户。周五前我亲自给您打电话，说说我们怎么改的。',
            en: "We won't. At tomorrow's morning briefing I'll tell the whole branch, naming no one: anyone who walks in is everyone's customer. And I'll ring you myself before Friday to tell you what's changed.",
          },
          behaviours: ['follow-up', 'commit-deadline'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '晨会上不点名，把“客户是大家的客户”讲给全网点，回电也由自己来打、约好了时间。首问负责到底；查根源是为了改进，不是为了找人受罚。',
            en: 'No one is named: you take "every customer is everyone\'s" to the whole branch, and you make the follow-up call yourself, with a date. First-contact ownership to the end; causes are looked into to improve, not to punish.',
          },
          next: 'closing',
          recommended: true,
        },
        {
          id: 'wrap-anything-else',
          text: {
            'zh-CN': '好的，您放心。那请问您今天还有其他需要办理的业务吗？',
            en: 'Of course. Is there any other business I can help you with today?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '一句套话就想收尾，今天的事以后怎么避免、谁来跟进，一个字都没提。后续跟踪，现场解决的投诉也少不了。',
            en: 'A stock line to wrap up, and not a word on preventing a repeat or who follows up. Follow-up is needed even when a complaint is settled on the spot.',
          },
          next: 'resigned',
        },
      ],
    },
    {
      id: 'closing',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行，有你这句话就行。',
            en: "Good. That's all I wanted to hear.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '不瞒你说，我今天进门之前还想呢，实在不行，就把这二十万转走算了。',
            en: "I'll be honest, before I walked in today I was thinking: if this goes badly, I'll just move the two hundred thousand.",
          },
        },
      ],
      choices: [
        {
          id: 'real-check',
          text: {
            'zh-CN':
              '谢谢您愿意跟我说这些。我想问一句：今天这么处理，您那份心寒，缓过来点儿没有？还有哪儿不舒服，您尽管说。',
            en: "Thank you for telling me all this. May I ask: after today, has that chill worn off? If anything still doesn't sit right, please say.",
          },
          behaviours: ['thank', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '先感谢她把话说出来，再用她自己的“心寒”来确认她是否真的释怀。满意要确认，不能靠猜。',
            en: 'You thanked her for speaking up, then used her own word, the chill, to check she had really let it go. Satisfaction is confirmed, not assumed.',
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
            'zh-CN': '那就好。请问您还有什么需要我帮忙的吗？',
            en: 'Glad to hear it. Is there anything else I can help you with?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“还有什么需要帮忙的吗”是收尾的套话，不是满意度确认。她刚说了差点转走存款，这时候更要问问她心里到底怎么样。',
            en: '"Anything else?" is a stock closing line, not a satisfaction check. She had just said she nearly moved her money: that is the moment to ask how she really feels.',
          },
          next: 'resigned',
        },
        {
          id: 'product-pitch',
          text: {
            'zh-CN':
              '那可千万别转！正好跟您说一下，我们现在有一款大额存单，起存二十万，利率比三年定期还高一点，我给您详细介绍介绍？',
            en: "Oh, don't move it! Actually, while you're here, we have a large-deposit certificate from two hundred thousand that pays a bit more than the three-year term. Shall I tell you about it?",
          },
          behaviours: ['explain'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '她刚说出差点把钱转走，您马上推产品，等于又把她当成了一笔存款。先确认她满意，营销留到以后。',
            en: 'She had just admitted she nearly moved her money, and you launched a product pitch, treating her as a deposit again. Confirm she is satisfied first; selling can wait.',
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'resigned',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '……哦，没有了。', en: "…Oh. No, that's all." },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'goodbye',
          text: {
            'zh-CN': '好的，那您慢走，欢迎下次光临！',
            en: 'All right then, take care, and we look forward to seeing you again!',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“还有什么需要”“没有了”“您慢走”，正是不合格的收尾。那声“没有了”听着是无奈，不是满意。',
            en: '"Anything else?" — "No" — "Take care" is exactly the unqualified close. That "no" sounded resigned, not satisfied.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'hear-the-sigh',
          text: {
            'zh-CN':
              '刘女士，听您这声“没有了”，我觉得您心里好像还没全放下。还有哪儿没说透的，您直说，我听着。',
            en: "Ms. Liu, that \"that's all\" sounded like something hasn't quite settled. If there's anything we haven't got to, tell me straight. I'm listening.",
          },
          behaviours: ['acknowledge-emotion', 'check-satisfaction'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您听出了“没有了”里的无奈，没有顺势送客，而是把话头递回给她。合格和优秀，就差这一步。',
            en: 'You heard the resignation in "that\'s all" and, instead of seeing her out, handed the conversation back. That step separates adequate from excellent.',
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
            'zh-CN': '缓过来了，缓过来了。这二十万我不转了。',
            en: "It has, it has. I'm keeping the two hundred thousand here.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '回头同学群里再有人问，我就说，上你们这儿，找许经理就行。孙婷回来，你替我跟她说一声，我来过了啊。',
            en: "Next time someone in the group chat asks, I'll tell them to come here and ask for Ms. Xu. And when Sun Ting's back, tell her I dropped by, will you?",
          },
        },
      ],
      summary: {
        'zh-CN':
          '刘女士带着笑走了，还准备在同学群里替网点说句好话。您没有把她推回客户经理，也没有替同事辩解或怪到孙婷头上，而是听出了“除了孙婷，别人跟我没关系”这句话，让她感到自己是整个网点的客户。顾客身边人的力量是无穷的：一句好话，会传到一整个同学群。',
        en: "Ms. Liu left smiling and ready to put in a good word in her class chat. You didn't send her back to her account manager, defend your colleagues or blame Sun Ting; you heard \"apart from Sun Ting, I'm nothing to you\" and made her feel she was the whole branch's customer. The people around a customer carry boundless influence: one good word travels round a whole group chat.",
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        {
          text: { 'zh-CN': '……行吧，我知道了。', en: '…Fine. I get it.' },
        },
        {
          text: {
            'zh-CN': '反正我在你们这儿，也就是个存钱的。',
            en: "Here, I'm just someone with money in an account, aren't I.",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '刘女士没再吵，可走的时候心还是凉的。业务、礼品、利率、客套话，都替代不了一句“您是我们大家的客户”。三年定期到期那天，这二十万很可能跟着她的心一起走，同学群里也不会有好话。',
        en: "Ms. Liu stopped arguing, but she left as cold as she came. No errand, gift, rate or polite phrase could stand in for one message: here, you are everyone's customer. When the three-year term ends the money may well follow her heart out of the door, and the group chat won't hear anything good.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行，跟你说不通。',
            en: "Right. There's no getting through to you.",
          },
        },
        {
          text: {
            'zh-CN': '把你们行长叫出来！今天这事，我非得找个能说了算的人要个说法不可！',
            en: 'Get your branch manager out here! I want an answer today from someone who can actually decide something!',
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '刘女士要找行长，投诉升级了。把她推回客户经理、拿分工和规定挡在前面，只会坐实她最在意的那件事：在这儿，她不是大家的客户。',
        en: "Ms. Liu demanded the branch manager and the complaint went up a level. Sending her back to her account manager or hiding behind rules and the division of labour only confirmed what hurt most: here, she isn't everyone's customer.",
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '行，我算是看明白了。',
            en: 'Fine. Now I see how it is.',
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '我这就在同学群里说说，让大家都知道：在你们这儿存钱，除了熟人，谁都不拿你当回事！',
            en: "I'm putting this in my class group chat right now, so everyone knows: bank here, and unless you know someone, nobody gives a damn about you!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '刘女士把这事发到了同学群里。跟她争、替同事辩解、拿分工挡她，把一次柜台上的委屈变成了一群潜在客户心里的差评。顾客身边人的力量是无穷的，坏话传得比好话更快。',
        en: 'Ms. Liu took it to her class group chat. Arguing with her, defending colleagues and hiding behind the division of labour turned one bad visit into a bad review in the minds of a whole circle of potential customers. The people around a customer carry boundless influence, and bad news travels faster than good.',
      },
    },
  ],
};

export default classmateDeposit;

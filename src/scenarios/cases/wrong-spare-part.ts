import type { Scenario } from '../../engine/scenario-schema';

/**
 * C9, the wrong spare part (F000, AMC Q&A): a factory's line is down because the supplier shipped
 * the wrong valve. The customer wants a date, not a story; IBM's order is due date, action, root
 * cause, prevention.
 */
const wrongSparePart: Scenario = {
  formatVersion: 1,
  id: 'wrong-spare-part',
  version: 1,
  title: {
    'zh-CN': '发错的配件',
    en: 'The Wrong Spare Part',
  },
  briefing: {
    'zh-CN':
      '东莞一家注塑厂的设备部雷经理急订了一个比例阀，寄到的却是另一个型号，3 号机停了一上午。他的电话转到了投诉专席，由您来接。',
    en: 'Mr. Lei, maintenance manager at an injection-moulding plant in Dongguan, rushed an order for a valve and got the wrong model. Machine 3 has been down all morning. His call has come through to you at the complaint desk.',
  },
  industry: 'manufacturing',
  channel: 'phone',
  difficulty: 2,
  objectives: [
    {
      'zh-CN': '先报身份、先致歉，让客户把火发出来，再核对订单和型号。',
      en: 'Introduce yourself and apologize first; let him vent, then check the order and the part number.',
    },
    {
      'zh-CN': '按客户需求的顺序办事：先给到货时间和办法，再谈原因和预防。',
      en: "Follow the customer's order of needs: the delivery time and the fix first, the cause and prevention after.",
    },
    {
      'zh-CN': '不查“是谁的错”、不把责任推给仓库或别的部门，首问负责到底。',
      en: "Don't hunt for who's to blame or push it onto the warehouse or another department; own it from first contact to the end.",
    },
    {
      'zh-CN': '约好回电，挂机前用客户自己的目标确认他真的放心了。',
      en: "Book a call-back, and before hanging up check against his own goal that he's really reassured.",
    },
  ],
  source: { caseId: 'C9', file: 'shared/seeds/000_59c7e734db7b5dbc.txt (F000)' },
  notes: {
    'zh-CN':
      '来源（F000，AMC 安盛管理顾问问答）只给了梗概：客户发现某配件发错了，错误可能出在销售计划、出货计划或仓库出货；客服若先去查责任，各部门互相扯皮，客户真正要的“尽快把正确的配件发出来”被忽略，导致再次投诉；IBM 的客户需求顺序是何时解决、怎样解决、根本原因（流程，而非处罚谁）、预防措施；“一切向前看，以解决问题为主，查根源、找责任为辅”；以罚款为主的“秋后算账”行不通。以下均为作者补充：客户雷经理及其年龄、职务；东莞顺达精密塑胶厂（虚构）与供应商恒准机械（虚构）；YB-4520 / YB-4250 比例压力阀型号；前天下单、今早到货、师傅拆装一个多小时；3 号注塑机为汽车厂做车门卡扣、周五交货；广州仓现货、13:30 专车发出、16:00 前送到；司机当面取回错件；“两个型号出库前再核一遍”的预防措施；一个分支里“出库单录错”的原因说法；次日 15:00 回电；坐席小陈及工号 6021；“什么时候能到？”这句关键线索；全部对话、分支、情绪数值与各结局。',
    en: "The source (F000, an AMC consultancy Q&A) gives only an outline: a customer finds a spare part was wrong; the error could lie in sales planning, shipping planning or warehouse picking; if customer service starts by investigating responsibility, departments pass the buck and the customer's real demand — ship the correct part as soon as possible — is neglected, leading to a second complaint; IBM's order of customer needs is due date, action, root cause (the process, not who is punished), prevention; 'look forward, solve first, find causes and blame second'; fine-based 'settling accounts afterwards' does not work. Authored here: Mr. Lei, his age and role; the fictional Shunda Precision Plastics plant in Dongguan and the fictional supplier Hengzhun Machinery; the YB-4520 / YB-4250 proportional pressure valve models; the order two days ago, this morning's delivery and the fitter's hour of work; machine 3 making door clips for a car plant with Friday delivery; stock in the Guangzhou warehouse, a dedicated van leaving by 13:30 and arriving before 16:00; the driver collecting the wrong part; the second check on both models as the prevention step; the 'dispatch note keyed wrong' cause given in one branch; the call-back before 15:00 the next day; the representative Chen, staff no. 6021; the key cue 'when will it get here?'; all dialogue, branches, mood figures and endings.",
  },
  persona: {
    name: { 'zh-CN': '雷经理', en: 'Mr. Lei' },
    profile: {
      'zh-CN':
        '46 岁，东莞顺达精密塑胶厂设备部经理，修了二十多年机器。厂里的注塑机都是从恒准机械买的。前天急订了一个 YB-4520 比例压力阀，今早到货，师傅拆了一个多钟头旧阀才发现寄来的是 YB-4250。3 号机专给一家汽车厂做车门卡扣，周五要交货。',
      en: "46, maintenance manager at Shunda Precision Plastics in Dongguan, twenty-odd years fixing machines. All the plant's moulding machines come from Hengzhun. Two days ago he rushed an order for a YB-4520 proportional pressure valve; it came this morning, and only after an hour taking the old one out did his fitter find it was a YB-4250. Machine 3 makes door clips for a car plant, due Friday.",
    },
    psychology: 'venter',
    surfaceComplaint: {
      'zh-CN': '寄错了配件，3 号注塑机从早上停到现在，一条线的人干等着。',
      en: 'The wrong part was shipped, and machine 3 has been down since the morning with a whole line standing idle.',
    },
    realExpectation: {
      'zh-CN':
        '一个准到几点的到货时间，好安排机器、向老板和下游汽车厂交代；谁弄错的他不关心，只要以后别再错。',
      en: "A delivery time he can count on, to the hour, so he can plan the machine and answer to his boss and the car plant. He doesn't care who got it wrong, only that it never happens again.",
    },
    startingMood: { anger: 75, trust: 20 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'short', skin: 3, glasses: false },
  },
  start: 'line-down',
  nodes: [
    {
      id: 'line-down',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂？投诉是吧？我跟你说，你们这回可真行啊！',
            en: 'Hello? Complaints, right? Well, you lot have really outdone yourselves this time!',
          },
        },
        {
          text: {
            'zh-CN':
              '我急着要的阀，寄来的根本不是那个东西！3 号机从早上八点停到现在，一条线的人都在那儿干坐着！',
            en: "The valve I needed urgently — what you sent isn't even the right thing! Machine 3's been down since eight this morning and the whole line is just sitting there!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'send-it-back-first',
          text: {
            'zh-CN':
              '您好，我是恒准机械客服小陈。发错了我们肯定负责给您换，这个您放心。您先把错的寄回来，我们收到后三个工作日内给您补发。',
            en: "Hello, Chen from Hengzhun Machinery customer service. If it's the wrong part we'll exchange it, don't worry. Post it back and we'll send the replacement within three working days of receiving it.",
          },
          behaviours: ['self-identify', 'offer-solution', 'commit-deadline'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '办法有、时间也有，可他正在气头上，您连出了什么事都没问，就让停着线的人先把货寄回来。先处理心情，先听清问题，再谈怎么换。',
            en: "There's a fix and a date, but he's fuming, you haven't asked what happened, and you're telling a man with a stopped line to post the part back first. Mood first, hear the problem, then talk about exchanges.",
          },
          next: 'flare',
        },
        {
          id: 'own-and-ask',
          text: {
            'zh-CN':
              '雷经理您好，我是恒准投诉专席的小陈，工号 6021。机器停着、一条线干等，换谁都急，真对不起。寄来的是什么？',
            en: "Mr. Lei, this is Chen at the Hengzhun complaint desk, staff no. 6021. A machine down, a whole line waiting — anyone would be furious. I'm so sorry. What did we send you?",
          },
          behaviours: [
            'self-identify',
            'acknowledge-emotion',
            'apologize',
            'ask-facts',
            'open-question',
          ],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '先报身份，点出他急在哪儿（机器停、人干等），道歉，最后才问事实。先处理心情再处理事情，发泄型的客户这才肯把情况说清楚。',
            en: "You gave your name, named exactly what's eating him (machine down, people idle), apologized, and only then asked. Mood before matter: that's what gets a venter to give you the facts.",
          },
          next: 'details',
          recommended: true,
        },
        {
          id: 'find-out-who',
          text: {
            'zh-CN':
              '您好，我是客服小陈。这种情况我得先查清楚，是销售录单录错了，还是仓库发错了，查明白了马上给您答复。',
            en: "Hello, Chen from customer service. I'll need to find out first whether sales entered the order wrongly or the warehouse shipped the wrong item, and I'll get back to you as soon as I know.",
          },
          behaviours: ['self-identify', 'investigate-blame', 'investigate'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他的线停着，您先去查是哪个部门的错。客户要的是对的配件什么时候到，不是你们内部谁挨罚：一切向前看，先解决，后追责。',
            en: "His line is down and you're off to find which department slipped. He wants to know when the right part arrives, not who gets punished inside your company: look forward, solve first, find fault later.",
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
            'zh-CN': '我跟你说了，机器停着呢！你跟我扯这些有什么用？',
            en: "I told you, the machine's down! What good is any of that to me?",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '一条线十几号人，一个钟头几千块的活儿在那儿等着，你们到底管不管？',
            en: 'A dozen-odd people on that line, thousands of yuan of work waiting every hour — are you going to deal with this or not?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'sorry-hear-you',
          text: {
            'zh-CN':
              '对不起，雷经理，是我没先听您说完。机器停着、一条线干等，您急是应该的。您订的是哪个型号，收到的又是哪个？',
            en: "I'm sorry, Mr. Lei, I didn't let you finish. Your machine's down and a whole line is idle; of course you're angry. Which model did you order, and which one arrived?",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'ask-facts'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '认下自己抢了话，说出他急的理由，再回到事实上。及时纠偏不丢人：先处理心情再处理事情，电话就拉回来了。',
            en: 'You owned jumping ahead, said why he has every right to be angry, and went back to the facts. Correcting course costs nothing: mood before matter wins the call back.',
          },
          next: 'details',
          recommended: true,
        },
        {
          id: 'calm-down',
          text: {
            'zh-CN': '雷经理，您先别激动。您这么嚷，我这边也没法帮您查啊。',
            en: "Mr. Lei, please calm down. I can't look into anything for you with you shouting like this.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '“您先别激动”等于说他不该急。否认客户的情绪，发泄型的客户只会更火，电话多半就断了。',
            en: "“Calm down” tells him he has no right to be angry. Deny a venter's feelings and he only gets louder, usually right before he hangs up.",
          },
          next: 'ending-hung-up',
        },
        {
          id: 'exchange-procedure',
          text: {
            'zh-CN':
              '我理解您着急。不过按我们的退换货流程，错发的件要先寄回来质检，确认以后才能补发，这是规定。',
            en: "I understand you're in a hurry. But under our returns procedure, a wrongly shipped part has to come back for inspection before we can send a replacement. Those are the rules.",
          },
          behaviours: ['yes-but', 'policy-first', 'explain'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '“我理解”后面紧跟“不过”和“这是规定”，客户只听见了后半句。规定可以做办法的依据，不能当开场白，更不能让停线的客户先等质检。',
            en: '“I understand” followed by “but” and “those are the rules”: he only hears the second half. Policy can back a fix, never open one, and never make a customer with a stopped line wait on an inspection.',
          },
          next: {
            branches: [{ when: { anger: { atLeast: 85 } }, to: 'ending-escalated' }],
            otherwise: 'details',
          },
        },
      ],
    },
    {
      id: 'details',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '我前天下的单，订的是 YB-4520 比例压力阀，单子上写得清清楚楚！',
            en: "I ordered it the day before yesterday: a YB-4520 proportional pressure valve. It's right there on the order, clear as day!",
          },
        },
        {
          text: {
            'zh-CN':
              '今天早上到了，我们师傅把旧阀拆下来，折腾了一个多钟头，一装——装不上！拿出来一看，YB-4250！4250 啊！',
            en: "It came this morning. My fitter took the old valve off, an hour and more of work, goes to fit the new one — won't go on! Takes a look: YB-4250! Four-two-five-oh!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '你们发货的时候长没长眼睛啊？',
            en: 'Does anyone over there actually look at what they ship?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'confirm-part',
          text: {
            'zh-CN':
              '我核对一下：您的订单是 YB-4520，我系统里也是 4520；收到的却是 YB-4250，装不上，对吧？',
            en: "Let me check: your order says YB-4520, and my system shows 4520 too, but what reached you is a YB-4250 that won't fit. Is that right?",
          },
          behaviours: ['paraphrase', 'verify-facts'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '把型号一位一位复述回去，再对一下系统里的订单。先听清问题再解决问题：型号对准了，补发才不会再错一次。',
            en: "You read the part numbers back digit by digit and checked the order on the system. Hear the problem before solving it: with the number confirmed, the replacement won't go wrong too.",
          },
          next: 'when',
          recommended: true,
        },
        {
          id: 'why-it-happened',
          text: {
            'zh-CN':
              '雷经理，您先听我解释一下：这两个型号就差中间两位数，外观也差不多，拣货的时候最容易看串，我们之前也碰到过一回。',
            en: "Mr. Lei, let me explain: those two models differ only in the middle two digits and look almost the same, so they're easy to mix up at picking. It's happened once before.",
          },
          behaviours: ['explain', 'root-cause'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '他还不知道对的阀哪天到，您先讲起了为什么会错。客户要的顺序是何时、怎么办，然后才是原因；“之前也碰到过”更是火上浇油。',
            en: "He doesn't know when the right valve will arrive and you're explaining why it went wrong. The customer's order is when, then how, then why. And “it's happened before” only adds fuel.",
          },
          next: 'why-first',
        },
        {
          id: 'warehouse-fault',
          text: {
            'zh-CN':
              '这肯定不是您下单的问题，是我们仓库拣错了。他们最近新来了几个人，我这就去说他们。',
            en: "This definitely isn't your ordering — our warehouse picked the wrong one. They've taken on a few new people lately. I'll have a word with them right away.",
          },
          behaviours: ['blame'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '把错推给仓库新人，听着像替自己开脱，也让客户觉得你们内部一团乱。在客户眼里，发错货就是公司的错：不归咎，先解决。',
            en: "Pinning it on new warehouse staff sounds like covering yourself, and tells him your company is a mess inside. To the customer a wrong shipment is the company's fault: no blame, solve first.",
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'when',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '对，就是 4520。', en: 'Right. 4520.' },
        },
        {
          text: {
            'zh-CN':
              '我不管你们是谁弄错的。这台机专给一家汽车厂做车门卡扣，周五就得交货，老板下午开会还等我回话呢——你就给我句实在的，对的阀到底什么时候能到？',
            en: "I don't care who messed up. That machine makes door clips for a car plant, delivery's due Friday, and my boss wants an answer from me at his meeting this afternoon — so give me something real: when will the right valve actually get here?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'asap',
          text: {
            'zh-CN': '您放心，我这就通知仓库重新发，一定尽快给您送到，绝不耽误您的事。',
            en: "Don't worry, I'll have the warehouse reship it right now. We'll get it to you as soon as we possibly can. It won't hold you up, I promise.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他刚问“什么时候能到”，您回了个“尽快”，还打包票不耽误。没有日期的承诺，他没法跟老板交代：先给准点，再说放心。',
            en: 'He just asked “when will it get here?” and got “as soon as possible” with a guarantee on top. A promise with no date gives him nothing to tell his boss: the time first, reassurance second.',
          },
          next: 'vague',
        },
        {
          id: 'approval-first',
          text: {
            'zh-CN':
              '我这边马上给您提补发。不过补发要先走一个换货审批，一般一到两个工作日能批下来，批下来仓库第一时间就给您发出去。',
            en: "I'll request the reshipment right away. But it needs an exchange approval first; that usually takes one or two working days, and the warehouse ships the moment it comes through.",
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他要的是到货时间，您给的是审批流程。首问负责：审批是你们内部的事，该由您去加急，而不是让停线的客户排队。',
            en: "He asked for a delivery time and got an approval process. Own the first contact: approvals are your internal business — you chase them; you don't make a customer with a stopped line queue for them.",
          },
          next: 'vague',
        },
        {
          id: 'pin-the-time',
          text: {
            'zh-CN':
              '明白。您现在最要的，是一个准到几点的到货时间，好跟老板和汽车厂交代。您稍等两分钟，我马上查库存和最快的车。',
            en: 'Understood. What you need right now is a delivery time you can count on, to the hour, for your boss and the car plant. Give me two minutes to check stock and the fastest transport.',
          },
          behaviours: ['paraphrase', 'probe-expectation', 'hold'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '您抓住了“什么时候能到”这句关键话，把他真正要的说了出来：一个准点，好向上向下交代。再说清为什么要等、等多久，等待就不难熬。',
            en: 'You caught the key line — “when will it get here?” — and named what he really needs: a firm time he can pass up and down the chain. Saying why and how long you need makes the wait bearable.',
          },
          next: 'found-it',
          recommended: true,
        },
      ],
    },
    {
      id: 'found-it',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '怎么样？有货没有？', en: 'Well? Have you got one or not?' },
        },
      ],
      choices: [
        {
          id: 'cause-while-checking',
          text: {
            'zh-CN':
              '让您久等了。查到了，是出库单录错了，4520 录成了 4250，仓库是照单发的。对的阀有货，我们马上安排。',
            en: "Thanks for waiting. Found it: the dispatch note was keyed wrong, 4250 instead of 4520, and the warehouse shipped what it said. The right valve's in stock; we'll arrange it now.",
          },
          behaviours: ['root-cause', 'explain', 'offer-solution'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '他问的是“有货没有、几点到”，您先交代了错在哪一环，到货时间反倒一个字没有。IBM 的顺序：何时、怎么办在前，原因在后。',
            en: "He asked “in stock? when?” and you led with which step went wrong, without a word on delivery time. IBM's order: when and how first, the cause after.",
          },
          next: 'why-first',
        },
        {
          id: 'van-by-four',
          text: {
            'zh-CN':
              '让您久等了。广州仓有现货，已经锁住了：13:30 前专车发出，下午 4 点前送到贵厂，这单我亲自跟。',
            en: "Thanks for waiting. Guangzhou has one in stock and I've reserved it: a dedicated van leaves by 13:30 and it'll be at your plant before 4 p.m. I'm handling this one personally.",
          },
          behaviours: ['offer-solution', 'commit-deadline', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先给到货时间，再说怎么送，最后表明自己负责到底。客户最先关心何时解决，其次怎样解决，这一句全答了。',
            en: 'Time first, then how, then that you own it. A customer wants “when” before anything, then “how”, and this one reply answers both.',
          },
          next: 'return-part',
          recommended: true,
        },
        {
          id: 'reorder-please',
          text: {
            'zh-CN':
              '让您久等了，有货的。不过补发得麻烦您那边采购重新下个单，我们销售收到单就给您发。',
            en: 'Thanks for waiting, we do have it. But for the replacement your purchasing people will need to place a new order, and our sales team will ship as soon as they get it.',
          },
          behaviours: ['offer-solution', 'deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '错是你们发的，补救的手续却推回给客户去办，到货时间也没有。首问负责：内部的单据您来补，客户只需要知道几点到。',
            en: "You shipped the wrong part, yet the paperwork for the fix is pushed back onto him, and there's still no delivery time. Own the first contact: sort the internal paperwork yourself; he only needs to know when.",
          },
          next: 'vague',
        },
      ],
    },
    {
      id: 'vague',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '你就别跟我绕了！', en: 'Stop giving me the runaround!' },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN':
              '我就问一句：对的阀，几点能到？今天？明天？上回你们也说尽快，结果我等了一个礼拜！',
            en: "I'm asking one thing: the right valve — what time does it get here? Today? Tomorrow? Last time you said “as soon as possible” too, and I waited a whole week!",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'no-promises',
          text: {
            'zh-CN': '这个我真没法给您打包票，物流那边我们控制不了，反正肯定按最快的来。',
            en: "I honestly can't promise you a time; we don't control the courier. But it'll definitely go the fastest way.",
          },
          behaviours: ['deflect'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '他第二次问“几点到”，您把时间推给了物流。一个确切的时间是他这通电话唯一要的东西，给不出来，他只能往上找人。',
            en: "He's asked “what time?” twice and you handed it off to the courier. A firm time is the one thing this call is for; without it he can only go over your head.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'sorry-here-is-time',
          text: {
            'zh-CN':
              '对不起，是我没说清楚。我刚查了，广州仓有现货，今天 13:30 前专车发出，下午 4 点前送到您厂里，我亲自盯着。',
            en: "I'm sorry, I wasn't clear. I've just checked: Guangzhou has one in stock. A dedicated van leaves by 13:30 and it'll be at your plant before 4 p.m. I'll keep an eye on it myself.",
          },
          behaviours: ['apologize', 'offer-solution', 'commit-deadline', 'own-problem'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '先为含糊道歉，再把他要的准点一口气给全：几点发、几点到、谁负责。重复的问题就是线索，他要的从来都是一个时间。',
            en: "You apologized for being vague, then gave him the whole answer at once: when it leaves, when it arrives, who's responsible. A repeated question is a cue; all he ever wanted was a time.",
          },
          next: 'return-part',
          recommended: true,
        },
      ],
    },
    {
      id: 'why-first',
      kind: 'decision',
      lines: [
        {
          text: { 'zh-CN': '谁问你怎么错的了？', en: 'Who asked you how it went wrong?' },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '原因你们自己回去慢慢查！我就要知道，对的阀什么时候能到我厂里！',
            en: 'Look into the reasons on your own time! All I want to know is when the right valve gets to my plant!',
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'date-first-now',
          text: {
            'zh-CN':
              '您说得对，对不起，先说您最要紧的：广州仓有现货，今天 13:30 前专车发出，下午 4 点前送到贵厂。原因我查清了再跟您说。',
            en: "You're right, I'm sorry. What matters most first: Guangzhou has one in stock, a dedicated van leaves by 13:30 and it'll be at your plant before 4 p.m. I'll come back to the cause once I've checked it.",
          },
          behaviours: ['apologize', 'offer-solution', 'commit-deadline'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '认下说错了顺序，马上把时间和办法摆出来，原因往后放。先给时间和办法，再查原因，这一步补得及时。',
            en: 'You admitted getting the order wrong and put the time and the fix on the table at once, with the cause held back. Due date and action before root cause, and corrected in time.',
          },
          next: 'return-part',
          recommended: true,
        },
        {
          id: 'finish-explaining',
          text: {
            'zh-CN': '雷经理，您先听我把原因说完。原因不讲清楚，下回还得错，对您也没好处。',
            en: "Mr. Lei, let me finish explaining the cause. If we don't get to the bottom of it, it'll just happen again, and that's no good for you either.",
          },
          behaviours: ['argue', 'root-cause'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '客户明确说了“原因你们自己查”，您还要他先听完。跟客户争该先说什么，争赢了道理，就输掉了客户。',
            en: 'He said plainly “look into the reasons yourselves”, and you insisted he hear them first. Argue with a customer over what comes first and you win the point but lose the customer.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-hung-up' }],
            otherwise: 'ending-escalated',
          },
        },
      ],
    },
    {
      id: 'return-part',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '下午四点……行，来得及。我让师傅先别走，等着装。',
            en: "Four o'clock… right, that works. I'll keep the fitter back to put it in.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '那这个发错的阀怎么弄？还得我们自己打包给你们寄回去？我这边可没人手跑这个。',
            en: "And the wrong valve? Do we have to pack it up and post it back ourselves? I haven't got anyone spare to run around with that.",
          },
        },
      ],
      choices: [
        {
          id: 'driver-collects',
          text: {
            'zh-CN':
              '不用您费事。送货司机当面把 4250 带走，运费我们出。车一出发，我把司机电话发您手机上。',
            en: "No need to trouble yourself. The driver will take the 4250 back when he drops off the new one, at our cost. The moment the van leaves, I'll text you the driver's number.",
          },
          behaviours: ['offer-solution', 'follow-up'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '把退件的麻烦揽回来，再主动约好发车后报信。补救不给客户添第二份麻烦，他才觉得你们是真在办事。',
            en: "You took the return off his hands and offered to tell him the moment the van leaves. A fix that adds no second chore is what tells a customer you're really on it.",
          },
          next: 'root-cause-q',
          recommended: true,
        },
        {
          id: 'return-procedure',
          text: {
            'zh-CN':
              '这个按我们的流程，需要您在系统里提交一个退货申请，拿到退货单号以后再寄回来，运费我们事后给您报销。',
            en: "Per the procedure, you'd log a return request in the system, get a return number and then post it back. We'll reimburse the postage afterwards.",
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '错是你们发的，退件的手续却全压到客户身上。流程是给自己人用的，对客户要说“这件事我来办”。',
            en: "You made the mistake, yet all the paperwork for the return lands on him. Procedures are for your side; to the customer, say “I'll take care of that.”",
          },
          next: 'root-cause-q',
        },
      ],
    },
    {
      id: 'root-cause-q',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '行。', en: 'Right.' } },
        {
          text: {
            'zh-CN':
              '我再多问一句：你们这回到底是哪个环节出的岔子？下回可别再给我来这么一出，我们这条线经不起这么停。',
            en: "One more thing: where exactly did it go wrong at your end this time? Don't you ever pull this on me again — my line can't afford to stop like this.",
          },
        },
      ],
      choices: [
        {
          id: 'fine-the-culprit',
          text: {
            'zh-CN': '您放心，这事我们一定追究到人。按公司规定，发错货是要罚款的，绝不姑息。',
            en: "Rest assured, we'll track down exactly who did this. Under company rules, shipping the wrong part means a fine. We won't let it slide.",
          },
          behaviours: ['investigate-blame'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '罚了谁客户并不关心，他问的是“下回别再错”。查根源是为了改流程，不是为了找人受罚；“秋后算账”留不住客户。',
            en: "He doesn't care who gets fined; he asked for it never to happen again. You look for causes to fix the process, not to punish someone. Settling scores afterwards keeps no customers.",
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'closing',
          },
        },
        {
          id: 'ask-warehousing',
          text: {
            'zh-CN':
              '具体是哪个环节出的问题，我这边确实也说不好，这个得问我们仓储部门。要不我把他们的电话给您，您直接跟他们沟通一下？',
            en: "I honestly can't say which step it was from here; that's one for our warehousing department. Shall I give you their number so you can take it up with them directly?",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '把问题推给仓储部，等于让客户自己去追。首问负责：电话是您接的，原因和改进也该由您带回来。',
            en: 'Handing it to warehousing means he has to chase it himself. Own the first contact: you took the call, so you bring back the cause and the fix.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-escalated' }],
            otherwise: 'closing',
          },
        },
        {
          id: 'cause-and-prevention',
          text: {
            'zh-CN':
              '这两个型号是怎么弄串的，我今天把流程查清楚；以后它们出库前都再核一遍。明天下午 3 点前，我打电话告诉您结果。',
            en: "Today I'll trace how these two models got mixed up in our process, and from now on both get a second check before they leave. I'll call you before 3 p.m. tomorrow with the result.",
          },
          behaviours: ['root-cause', 'follow-up', 'commit-deadline'],
          mood: { trust: 10 },
          note: {
            'zh-CN':
              '日期和办法给完，才轮到原因和预防：查的是流程哪一环，不是哪个人；改进措施说具体，还约了回电。这正是 IBM 的客户需求顺序。',
            en: "Only after the date and the fix do you turn to cause and prevention: which step in the process, not which person; a concrete safeguard; and a call-back booked. That's IBM's order of customer needs.",
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
          text: { 'zh-CN': '行，那就这么办吧。', en: "Fine, let's do it that way." },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '四点啊，别到时候又给我掉链子。',
            en: "Four o'clock, mind. Don't let me down again.",
          },
        },
      ],
      choices: [
        {
          id: 'anything-else',
          text: {
            'zh-CN': '好的雷经理，给您添麻烦了。请问还有什么可以帮到您？',
            en: 'Right, Mr. Lei, sorry for the trouble. Is there anything else I can help you with?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他那句“别又掉链子”里还悬着心，您却用一句套话收线了。结束通话不是目标，客户放心才是。',
            en: "His “don't let me down again” shows he's still on edge, and you closed with a stock line. Ending the call isn't the goal; a customer who's reassured is.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'friday-check',
          text: {
            'zh-CN':
              '四点前一定到，我盯着。谢谢您刚才耐着性子跟我核型号。我再确认一句：今天装上的话，周五的货赶得及吗？还有哪儿不放心，您直说。',
            en: "It'll be there by four; I'm on it. Thanks for bearing with me on the part number. Just to be sure: fitted today — does that get Friday's order out? If anything still worries you, tell me.",
          },
          behaviours: ['thank', 'check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '先把他悬着心的“四点”再落实一句，谢谢他的配合，再用他自己的目标（周五交货）来确认满意，而不是一句套话。挂机前确认客户真的放心了，才算闭环。',
            en: "You answered his worry about four o'clock, thanked him for his patience, then checked satisfaction against his own goal (Friday's delivery) instead of a stock phrase. Confirming he's truly reassured before hanging up is what closes the loop.",
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
            'zh-CN': '赶得及，四点到的话今晚就能开机。你这么办事，我心里就有数了。',
            en: "That works. If it's here by four we'll be running tonight. With you handling it like this, I know where I stand.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '行，我让师傅在门口等着。明天三点，等你电话啊。',
            en: "Right, I'll have the fitter waiting at the gate. Three o'clock tomorrow — I'll expect your call.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '雷经理拿到了一个准点：下午四点到货，当天装机，周五交货赶得上。您先给时间和办法，再谈原因和预防，没有让“是谁的错”挡在客户的事前面。',
        en: "Mr. Lei got a time he could count on: delivery by four, fitted the same day, Friday's order safe. You gave the date and the fix first and the cause and prevention after, and never let 'whose fault' get in front of the customer's problem.",
      },
    },
    {
      id: 'ending-grudging',
      kind: 'ending',
      outcome: 'resolved-grudging',
      lines: [
        { text: { 'zh-CN': '……行吧，就这样。', en: "…Fine. That'll do." } },
        {
          text: {
            'zh-CN': '反正到时候不到，我再打过来。',
            en: "If it's not here on time, I'll be calling again.",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '配件有了着落，可雷经理挂电话时心里并不踏实。流程和手续压到客户身上、把原因变成追究谁的错，或者没确认他放没放心就收线，这家供应商在他心里已经扣了分。',
        en: "The part is on its way, but Mr. Lei rang off uneasy. Loading procedures onto the customer, turning the cause into a hunt for the culprit, or closing without checking he's reassured has cost this supplier points in his book.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: { 'zh-CN': '行了，我不跟你说了。', en: "Forget it. I'm done talking to you." },
        },
        {
          text: {
            'zh-CN': '我直接打给你们区域销售经理。这个供应商，我们也该重新考虑考虑了！',
            en: "I'm calling your regional sales manager directly. And maybe it's time we rethought this supplier!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '雷经理越过您找了销售经理，还提到要换供应商。一个 B2B 客户的线停着，他要的只是一个到货时间；推给规定、推给物流、推给仓库，都只会把投诉推到更高层。',
        en: 'Mr. Lei went over your head to the sales manager and mentioned changing suppliers. A business customer with a stopped line wants one thing, a delivery time; pushing it onto rules, couriers or the warehouse only pushes the complaint higher.',
      },
    },
    {
      id: 'ending-hung-up',
      kind: 'ending',
      outcome: 'customer-hung-up',
      lines: [
        {
          text: {
            'zh-CN': '你跟我在这儿讲道理是吧？行，我挂了，你们自己看着办！',
            en: "So you want to lecture me? Fine, I'm hanging up. You can sort it out yourselves!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '雷经理摔了电话。他正在气头上，您却让他“别激动”或者非要他先听完原因，这通电话只会让他更确信：这家供应商靠不住。',
        en: "Mr. Lei slammed the phone down. While he was still fuming you told him to calm down or insisted he hear the cause first, and the call only convinced him this supplier can't be relied on.",
      },
    },
  ],
};

export default wrongSparePart;

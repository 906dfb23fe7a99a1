import type { Scenario } from '../../engine/scenario-schema';

/**
 * C16 (F001): an owner's intercom was repaired on Wednesday and failed with the same fault on
 * Friday. He rings the property service centre to let rip; what he really wants is a fix that
 * lasts, and never having to chase the company again.
 */
const intercomRepeatFailure: Scenario = {
  formatVersion: 1,
  id: 'intercom-repeat-failure',
  version: 1,
  title: {
    'zh-CN': '对讲机修了又坏',
    en: 'Fixed on Wednesday, Broken by Friday',
  },
  briefing: {
    'zh-CN':
      '锦华苑 7 栋的孙先生家，可视对讲星期三刚修过，星期五又是同样的毛病。他一肚子火打进物业服务中心，电话转到了您这里。',
    en: "Mr. Sun in Block 7 at Jinhua Garden had his video intercom repaired on Wednesday. On Friday the same fault is back, and he's on the phone to the property service centre, furious. The call is yours.",
  },
  industry: 'property-management',
  channel: 'phone',
  difficulty: 3,
  objectives: [
    {
      'zh-CN': '先报身份，承认他的火气，让他把话说完，不打断、不说“是的，但是”。',
      en: 'Say who you are, acknowledge his anger and let him finish: no interrupting, no "yes, but".',
    },
    {
      'zh-CN': '边听边记，复述确认“星期三修过、星期五又是同样的故障”，再一起找原因。',
      en: 'Take notes as he talks, play back "repaired Wednesday, same fault Friday", then find the cause together.',
    },
    {
      'zh-CN': '听出他真正要的是什么，商量出带时间的办法，不找借口、不推给别人。',
      en: 'Hear what he really wants and agree a fix with a time. No excuses, no passing the blame.',
    },
    {
      'zh-CN': '说到做到：约好回电并按时回电，回电时真正确认他满意。',
      en: 'Keep your word: promise a call-back, make it on time, and genuinely check he is satisfied.',
    },
  ],
  source: { caseId: 'C16', file: 'shared/seeds/001_1e36da19ec5c5d11.txt (F001)' },
  notes: {
    'zh-CN':
      '来源（F001）只给了愤怒客户的处理步骤和一句示范话术：“让我再确认一下，我们星期三帮您修了对讲机，可是星期五又出现了同样的故障，是这样吗？我想把它记下来……”。以下均为作者补充：小区“锦华苑”及其物业服务中心（虚构）；业主孙先生的年龄、职业（装修项目经理）、房号 7 栋 1802；与他同住的 72 岁、膝盖不好的母亲；周三上门的维修工小刘换了室内分机听筒线；周五下午快递上门时屏幕亮、没声音、开不了门；前一晚有杂音；坐席小何；维修主管陈师傅、次日早上 8 点上门、带新分机并排查楼道线路；今晚由门岗先打电话跟老人确认、再由保安带访客上楼，坐席值班到 10 点；中午 12 点前回电；故障根子是楼道接线盒接头氧化；对讲系统已用六七年、“维修后七天内同样故障算返修、不收费”的规定、业主小程序评分、业主群、业委会、12345 市民热线等细节；全部对话、分支、情绪数值与各结局。',
    en: "The source (F001) gives only the steps for handling an angry customer and one model sentence: \"Let me check: we repaired your intercom on Wednesday, but on Friday the same fault came back, is that right? I'd like to note it down…\". Authored here: the estate Jinhua Garden and its service centre (fictional); Mr. Sun's age, his job (renovation project manager) and flat 1802 in Block 7; his 72-year-old mother with bad knees who lives with him; the Wednesday technician Liu replacing the handset cable; Friday afternoon's failure (screen on, no sound, door won't open) while a courier waited; the crackling the night before; the representative Xiao He; maintenance supervisor Chen visiting at 8:00 next morning with a new handset and checking the corridor wiring; the gatehouse ringing his mother to confirm before security brings visitors up that night; the representative on duty until 10; the call-back before 12:00; the real cause, a corroded joint in the corridor junction box; the six-or-seven-year-old system, the rule that the same fault within seven days is a free re-repair, the owners' app rating, the owners' group chat, the owners' committee and the 12345 city hotline; all dialogue, branches, mood figures and endings.",
  },
  persona: {
    name: { 'zh-CN': '孙先生', en: 'Mr. Sun' },
    profile: {
      'zh-CN':
        '46 岁，装修公司项目经理，整天在工地上跑。住锦华苑 7 栋 1802，和 72 岁的母亲同住，老人膝盖不好，白天一个人在家。他自己是干工程的，最见不得“修不到根上”。',
      en: "46, a project manager for a renovation firm, on building sites all day. He lives in flat 1802, Block 7, Jinhua Garden, with his 72-year-old mother, who has bad knees and is home alone during the day. He works in construction himself and can't stand a repair that doesn't get to the root.",
    },
    psychology: 'venter',
    surfaceComplaint: {
      'zh-CN':
        '可视对讲星期三刚修过，星期五又是同样的故障：屏幕亮、没声音、开不了门，老母亲只好自己下楼。',
      en: "The video intercom was repaired on Wednesday and by Friday had the same fault again: screen on, no sound, door won't open, so his elderly mother had to go downstairs herself.",
    },
    realExpectation: {
      'zh-CN': '一次修到根上，以后不用再请假等师傅、一趟趟打电话追着物业；被当回事，而不是被敷衍。',
      en: 'A repair that gets to the root, so he never again has to take time off for a technician or keep phoning to chase the company; to be taken seriously rather than fobbed off.',
    },
    startingMood: { anger: 80, trust: 20 },
    agitatedAt: 60,
    appearance: { age: 'middle', hair: 'short', skin: 2, glasses: false },
  },
  start: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '喂？物业是吧？我 7 栋 1802 的，姓孙。',
            en: 'Hello? Property office? Sun, flat 1802, Block 7.',
          },
        },
        {
          text: {
            'zh-CN':
              '我家那对讲机，星期三你们刚修的，今天星期五，又坏了！又坏了你知道吗？同样的毛病！',
            en: "My intercom. You fixed it Wednesday. It's Friday and it's broken again! Broken again, do you hear me? Same fault!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '你们到底修的什么啊？糊弄谁呢？',
            en: "What exactly did you fix? Who do you think you're kidding?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'dispatch-now',
          text: {
            'zh-CN':
              '孙先生您好，我是锦华苑物业服务中心的小何。对讲机又坏了是吧？我马上再给您派师傅，今天下午四点前到，您看行吗？',
            en: "Hello Mr. Sun, this is Xiao He at the Jinhua Garden service centre. Intercom's down again? I'll send a technician right away, there before 4 this afternoon. Does that work?",
          },
          behaviours: ['self-identify', 'offer-solution', 'commit-deadline', 'closed-question'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '快是好事，可他正在火头上，您一句都还没听，就又要“派个师傅”，这正是星期三那一套。先处理心情再处理事情，先听清问题再解决问题。',
            en: "Speed is good, but he's fuming and you haven't heard a word yet. \"I'll send someone\" is exactly what happened on Wednesday. Mood before matter; hear the problem before you solve it.",
          },
          next: 'rushed',
        },
        {
          id: 'hear-you-out',
          text: {
            'zh-CN':
              '孙先生您好，我是锦华苑物业服务中心的小何。刚修两天又坏，换谁都窝火，真对不起。您从头跟我说说，我都听着。',
            en: "Hello Mr. Sun, Xiao He here at the Jinhua Garden service centre. Fixed two days ago and broken again: anyone would be livid. I'm sorry. Tell me from the start; I'm listening.",
          },
          behaviours: ['self-identify', 'acknowledge-emotion', 'apologize', 'let-vent'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '报了身份，说出了他的火从哪儿来，道了歉，再把话筒交给他。愤怒的客户第一步是承认情绪、让他发泄，他说痛快了才听得进您的话。',
            en: 'You gave your name, named where his anger comes from, apologized and handed him the floor. With an angry customer, step one is to acknowledge the feeling and let him vent; only then will he hear you.',
          },
          next: 'vent',
          recommended: true,
        },
        {
          id: 'calm-down',
          text: {
            'zh-CN':
              '孙先生您好，我是物业服务中心小何。您先别激动，对讲机坏了我们肯定管，您把故障情况说一下。',
            en: "Hello Mr. Sun, Xiao He at the service centre. Please don't get worked up. We'll definitely deal with the intercom. Just tell me what the fault is.",
          },
          behaviours: ['self-identify', 'deny-emotion', 'ask-facts'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '“您先别激动”是在否认他的情绪：修了两天又坏，他有理由生气。先承认这份火气，再问情况。',
            en: '"Don\'t get worked up" denies his feelings, and a repair that lasted two days gives him every reason to be angry. Acknowledge the anger first, then ask.',
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
            'zh-CN': '派师傅？星期三不就派了吗？来了捣鼓二十分钟，说好了，拍拍屁股走了。',
            en: 'Send someone? You sent someone Wednesday! He fiddled about for twenty minutes, said it was fixed and off he went.',
          },
        },
        {
          text: {
            'zh-CN': '好什么好啊！你们就会派派派，派来有什么用？',
            en: 'Fixed my foot! All you lot ever do is send, send, send. What good is that?',
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'back-up-and-listen',
          text: {
            'zh-CN':
              '对不起孙先生，是我太急了。修了两天又坏，您生气一点不奇怪。星期三和今天都是怎么回事，您跟我说说？',
            en: "I'm sorry, Mr. Sun, I jumped ahead. Fixed and broken again in two days; no wonder you're angry. What happened on Wednesday, and today?",
          },
          behaviours: ['apologize', 'acknowledge-emotion', 'ask-facts', 'open-question'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '认下自己抢了话，接住他的火，再用开放式问题请他说下去。退一步把顺序摆正：先承认情绪，再听，再谈办法。',
            en: 'You owned that you rushed, took in his anger and invited him to go on with an open question. Stepping back puts the order right: feelings first, then listening, then fixes.',
          },
          next: 'vent',
          recommended: true,
        },
        {
          id: 'insist-on-visit',
          text: {
            'zh-CN': '这次我给您派个经验丰富的师傅，今天下午四点前一定到，您放心。',
            en: "This time I'll send someone really experienced. He'll be there before 4 today, don't worry.",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: 10, trust: -5 },
          note: {
            'zh-CN':
              '他刚说了“派来有什么用”，您还是只管派人。客户没被听见，换个师傅也换不来信任：先认错、先听他说完。',
            en: "He just said sending people is useless, and you offered to send someone. Until he feels heard, a different technician won't buy back his trust: own the slip and let him finish.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'yes-but-process',
          text: {
            'zh-CN':
              '是的，之前确实派师傅去过一次，但是按规定，返修也得重新走一遍报修流程，我这边先给您登记上，登记完马上安排。',
            en: "Yes, we did send someone before, but by the rules a repeat repair still goes through the request process. Let me log it first, then I'll arrange it.",
          },
          behaviours: ['yes-but', 'policy-first'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '“是的，但是”把前半句的认同全抵消了，后半句又是流程。对愤怒的客户，流程是您内部的事，不该当成回答。',
            en: '"Yes, but" cancels the agreement before it, and what follows is procedure. To an angry customer your process is your business, not an answer.',
          },
          next: 'flare',
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
              '星期三上午你们那小伙子来的，拆开捣鼓了二十来分钟，换了根线，说好了，让我签字。',
            en: 'Your young guy came Wednesday morning. Took it apart, fiddled for twenty-odd minutes, swapped a cable, said done, got me to sign.',
          },
        },
        {
          text: {
            'zh-CN':
              '结果今天下午，快递在楼下按门铃，屏幕是亮的，一点声音都没有，门也开不了！跟星期三一模一样，同样的毛病！',
            en: "Then this afternoon the courier rings from downstairs. Screen lights up, not a sound, door won't open! Exactly like Wednesday. Same fault!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '我妈七十二了，膝盖不好，硬是自己坐电梯下去拿的。她要是摔一跤，你们谁负责？',
            en: "My mother's seventy-two, bad knees, and she had to take the lift down herself to get it. If she'd fallen, who'd be responsible? You?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'yes-but-wear',
          text: {
            'zh-CN':
              '是的，星期三确实修过。但是这套对讲用了六七年，线路老化，反复出点毛病也是常有的事。',
            en: "Yes, it was repaired on Wednesday. But that system's six or seven years old and the wiring's ageing, so the odd repeat fault is quite common.",
          },
          behaviours: ['yes-but', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“但是”一出口就成了辩解：在他听来，您是说反复坏很正常。他还没说完，先别解释，把他的话记下来、复述给他听。',
            en: 'The "but" turns it into a defence: he hears that breaking again is normal. He hasn\'t finished yet. Don\'t explain; note what he says and play it back.',
          },
          next: 'flare',
        },
        {
          id: 'take-other-line',
          text: {
            'zh-CN':
              '孙先生实在不好意思，另一条线上有位业主家卫生间漏水，都渗到楼下去了，特别急。您先别挂，等我一两分钟，我处理完马上回来接着听您说。',
            en: "So sorry, Mr. Sun, there's an owner on the other line whose bathroom is leaking into the flat below. It's urgent. Please hold a minute or two and I'll be right back to hear the rest.",
          },
          behaviours: ['keep-waiting'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '他正说到老母亲自己下楼，您却先去接别人的电话。别的业主再急，也不能让眼前这位干等：减少挫折，不让愤怒的客户等您处理别的事。',
            en: "He was in the middle of his mother going down alone, and you went to take someone else's call. However urgent the other owner, never leave an angry customer waiting while you deal with something else.",
          },
          next: 'flare',
        },
        {
          id: 'confirm-and-note',
          text: {
            'zh-CN':
              '让我再确认一下，我边听边记：星期三师傅换过线，今天又是同样的毛病，屏幕亮、没声音、开不了门，阿姨腿脚不好还得自己下楼，对吗？',
            en: "Let me check I've got this, I'm noting it down: cable replaced Wednesday, same fault today, screen on, no sound, no door, and your mother, with her bad knees, had to go down herself. Right?",
          },
          behaviours: ['paraphrase', 'record', 'closed-question'],
          mood: { anger: -15, trust: 10 },
          note: {
            'zh-CN':
              '把他的话一条条复述回去，还让他知道您在记。跟上他的思路、让他知道被记下了，愤怒的客户就觉得这回有人当真了。',
            en: "You played his points back one by one and let him know you were writing them down. Keeping up with him and showing it's on record tells an angry customer someone is finally taking it seriously.",
          },
          next: 'cause',
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
            'zh-CN': '你这什么意思啊？我这儿火急火燎的，你跟我来这套？',
            en: "What's that supposed to mean? I'm at my wits' end here and you give me that?",
          },
        },
        {
          text: {
            'zh-CN': '我物业费一分没少交吧？你们就这么对付业主？今天不给个说法，我找你们经理去！',
            en: "I pay my service charge in full, don't I? Is this how you treat owners? Give me a straight answer today or I'm going to your manager!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'argue-signature',
          text: {
            'zh-CN': '孙先生，星期三师傅修完，您是在维修单上签了字、确认修好了的。',
            en: 'Mr. Sun, when the technician finished on Wednesday, you signed the job sheet confirming it was fixed.',
          },
          behaviours: ['argue'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '拿他自己的签字堵他的嘴，是在跟客户争对错。修好没修好，今天的故障已经说明了：坚决避免与客户争执。',
            en: "Throwing his own signature back at him is arguing with the customer. Today's fault already answers whether it was fixed. Never argue with the customer.",
          },
          next: 'ending-hung-up',
        },
        {
          id: 'manager-callback',
          text: {
            'zh-CN': '那这样，我把您的情况转给我们经理，让经理来处理。',
            en: "Right, I'll pass your case up to my manager and let him handle it.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '他一说找经理，您就顺手把他交了出去。首问负责：您就是这件事的负责人，接住它，别让他再从头说一遍、再等一个人。',
            en: "The moment he mentioned a manager you handed him over. First-contact ownership: you are the person responsible for this. Keep it; don't make him start again with someone else and wait all over again.",
          },
          next: 'ending-escalated',
        },
        {
          id: 'own-the-slip',
          text: {
            'zh-CN':
              '对不起孙先生，刚才是我不对。我确认一下：星期三刚修过，今天又犯了同样的毛病，对吧？我都记下了，这事我来管。',
            en: "I'm sorry, Mr. Sun, that was wrong of me. Let me check: repaired Wednesday, and the same fault again today, right? I've written it down, and I'm handling this.",
          },
          behaviours: ['apologize', 'paraphrase', 'record', 'own-problem'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '认错、复述确认、告诉他记下了，再表明您就是负责人。他要找经理，是想找个能当家的人，您接得住，就不用升级。',
            en: "You apologized, played back the facts, told him it was on record and said you own it. Asking for a manager means he wants someone who can act; show that you are, and it needn't go higher.",
          },
          next: 'cause',
          recommended: true,
        },
      ],
    },
    {
      id: 'cause',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '对，就是这么回事。',
            en: "Yes. That's how it was.",
          },
        },
        {
          text: {
            'zh-CN': '我就想问问，星期三到底修了个啥？修了两天就坏，这也叫修好了？',
            en: "What I want to know is, what did he actually fix on Wednesday? Two days and it's broken. You call that fixed?",
          },
        },
      ],
      choices: [
        {
          id: 'check-the-record',
          text: {
            'zh-CN':
              '我调出了星期三的维修单，师傅换的是屋里分机的听筒线。想再问您一句：今天坏之前，有没有杂音，或者时好时坏？',
            en: "I've pulled up Wednesday's job sheet: he replaced the handset cable on your indoor unit. One more question: before it failed today, was there any crackling, or was it on and off?",
          },
          behaviours: ['verify-facts', 'ask-facts'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先查记录弄清上次修了什么，再问故障前的征兆，一起找原因。查原因是为了修到根上，不是为了找谁的错。',
            en: 'You checked the record to see what was actually done, then asked about the signs before the failure, finding the cause together. You look for the cause to fix it at the root, not to find someone to blame.',
          },
          next: 'key',
          recommended: true,
        },
        {
          id: 'promise-all-new',
          text: {
            'zh-CN': '您放心，这回我让师傅把您家整套对讲全换新的，保证以后再也不出问题。',
            en: "Don't worry. This time I'll have the whole intercom replaced with a new one, and I guarantee you'll never have a problem again.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '原因还没找，就先打了包票。“保证再也不坏”谁也做不到，再坏一次，他就再也不信了：审慎承诺，先确定原因。',
            en: 'You guaranteed the outcome before finding the cause. Nobody can promise it will never fail, and if it does he will never believe you again. Promise carefully; find the cause first.',
          },
          next: 'sore',
        },
        {
          id: 'blame-supplier',
          text: {
            'zh-CN':
              '维修单上写的是换了听筒线。说实话，这批配件是供应商新换的，最近好几户都反映质量不太稳，真不是我们师傅手艺的问题。',
            en: "The sheet says the handset cable was replaced. Honestly, that batch is from a new supplier and several flats have had trouble with it. It's really not our technician's workmanship.",
          },
          behaviours: ['blame', 'explain'],
          mood: { anger: 15, trust: -15 },
          note: {
            'zh-CN':
              '把责任推给供应商，就是在找借口。业主买的是物业的服务，配件从哪儿来跟他没关系：不找借口，不归咎他人，先把问题解决。',
            en: 'Pinning it on the supplier is making excuses. The owner pays for your service; where the parts come from is not his concern. No excuses, no passing the blame: fix the problem first.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'ending-public' }],
            otherwise: 'sore',
          },
        },
      ],
    },
    {
      id: 'key',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '杂音？……哎，你这么一说，昨天晚上是有点滋滋啦啦的，我还以为是信号不好。',
            en: 'Crackling? …Actually, now you mention it, it was crackling a bit last night. I thought it was just bad reception.',
          },
        },
        {
          text: {
            'zh-CN':
              '我跟你说，我也不是存心找茬。我一天到晚在工地上跑，哪有工夫三天两头请假在家等师傅？你们就给我一回修到根上，别让我再一趟趟打电话追着问，这要求高吗？',
            en: "Look, I'm not out to make trouble. I'm on building sites all day. I can't keep taking time off to wait in for technicians. Just fix it properly at the root, once, so I don't have to keep ringing and chasing you. Is that too much to ask?",
          },
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'fix-it-tomorrow',
          text: {
            'zh-CN':
              '真不好意思，让您白折腾一趟。那我明天上午再安排师傅上门，直接把屋里的分机整个换成新的，旧的拆走，您看行吗？',
            en: "I'm so sorry you've been messed about. I'll get a technician round tomorrow morning to swap the indoor unit for a brand-new one and take the old one away. All right?",
          },
          behaviours: ['apologize', 'offer-solution', 'commit-deadline'],
          mood: { trust: 5 },
          note: {
            'zh-CN':
              '有歉意，有时间，可他刚说的“修到根上”“别让我再追着问”被您放过去了。换个分机不等于找到根子，先复述他的要求、问清楚，再谈办法。',
            en: 'An apology and a time, but you let "fix it at the root" and "don\'t make me chase you" slip past. A new handset isn\'t the root. Play back what he asked for and check it before offering a fix.',
          },
          next: 'tonight',
        },
        {
          id: 'policy-rework',
          text: {
            'zh-CN': '您放心，按规定，维修后七天内出同样的故障算返修，不收您一分钱。',
            en: "Don't worry: under our rules, the same fault within seven days of a repair counts as a re-repair, so you won't pay a penny.",
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '他一个字都没提钱，您却答了返修不收费。他要的是修到根上、不用再追，先念规定只会让他觉得没人在听。',
            en: "He never mentioned money, and you answered with the free re-repair rule. He wants a lasting fix and no more chasing; reading out policy tells him nobody's listening.",
          },
          next: 'sore',
        },
        {
          id: 'probe-what-matters',
          text: {
            'zh-CN':
              '我听明白了：您要的不是再来个人看看，是一回修到根上，以后不用请假等、不用追着问。除了这个，您还担心什么？',
            en: 'I hear you: not another quick look, but a proper fix at the root, so you never have to take time off or chase us again. Apart from that, what else is worrying you?',
          },
          behaviours: ['paraphrase', 'probe-expectation', 'open-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '他那句“别让我再追着问”才是真正的要求，您把它复述出来，又用开放式问题请他把担心说全。清楚客户的要求，才知道往哪儿使劲。',
            en: '"Don\'t make me chase you" was his real request. You said it back to him and used an open question to draw out the rest. Once you know what the customer really wants, you know where to aim.',
          },
          next: 'plan',
          recommended: true,
        },
      ],
    },
    {
      id: 'sore',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行行行，反正你们总有说法。',
            en: "Yeah, yeah. You've always got an answer.",
          },
          cue: 'avoidance',
        },
        {
          text: {
            'zh-CN': '那就再派个人来看看吧，还能怎么样呢。',
            en: 'Send someone else to have a look, then. What else can I do?',
          },
        },
      ],
      choices: [
        {
          id: 'sore-recover',
          text: {
            'zh-CN':
              '孙先生，刚才那话是我说得不妥，对不起。修过又坏，是我们没修到位。这回您最想让我们做到什么？',
            en: "Mr. Sun, I shouldn't have put it like that. I'm sorry. It broke again because we didn't fix it properly. What do you most want us to get right this time?",
          },
          behaviours: ['apologize', 'probe-expectation', 'open-question'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '听出了“还能怎么样”里的灰心，认下刚才的话说得不妥，再把话头交回给他。问清客户要什么，比再派一个人更要紧。',
            en: 'You heard the resignation in "what else can I do", owned the remark, and handed him the floor. Finding out what he wants matters more than sending one more person.',
          },
          next: 'plan',
          recommended: true,
        },
        {
          id: 'log-and-wait',
          text: {
            'zh-CN': '好的，那我给您登记返修，师傅明天会联系您。',
            en: "Okay, I'll log a repeat repair and the technician will contact you tomorrow.",
          },
          behaviours: ['offer-solution'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他那句“还能怎么样呢”是失望，不是同意。顺势登记了事，只是又一张工单，他还是得等、还是得追。',
            en: '"What else can I do?" is disappointment, not agreement. Logging it and moving on is just another ticket: he is still left waiting and chasing.',
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'plan',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……我要的就一条：修一回，管一回。',
            en: '…All I want is one thing: fix it once, and have it stay fixed.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '还有我妈，白天就她一个人在家，对讲不好使，她连谁按门铃都不知道。你说这回打算怎么弄吧？',
            en: "And my mother's home alone all day. With the intercom dead she can't even tell who's ringing. So what are you going to do this time?",
          },
        },
      ],
      choices: [
        {
          id: 'senior-tech-tomorrow',
          text: {
            'zh-CN':
              '这事我来跟到底。明早请维修主管陈师傅带新分机上门，从您家查到楼道线路，把根子找出来。八点还是九点？',
            en: "I'll see this through myself. Tomorrow morning our maintenance supervisor, Mr. Chen, brings a new unit and checks everything from your flat to the corridor wiring to find the root. 8 or 9?",
          },
          behaviours: [
            'own-problem',
            'offer-solution',
            'commit-deadline',
            'root-cause',
            'closed-question',
          ],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '先说谁来、哪天、几点，再说要查到根子，最后让他挑时间。先给时间和办法、再查原因，还表明了自己负责到底，正是他要的“一回修好”。',
            en: 'Who, which day and what time first, then the promise to trace the root, then a time for him to pick. Due date and action before root cause, and you took ownership: exactly the one-time fix he asked for.',
          },
          next: 'tonight',
          recommended: true,
        },
        {
          id: 'investigate-who',
          text: {
            'zh-CN':
              '孙先生，这样，我先去查一下星期三是哪个师傅上的门、到底是怎么修的、责任在谁，查清楚了再给您一个说法，您看行吗？',
            en: "Mr. Sun, here's what I'll do: first I'll find out which technician went on Wednesday, what exactly he did and whose fault it is. Once that's clear I'll get back to you with an answer. All right?",
          },
          behaviours: ['investigate-blame', 'investigate'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '他问的是“这回怎么弄”，您答的是“先查是谁修的”，还没说什么时候回话。先解决、后追责，查的同时也要先给他一个时间。',
            en: 'He asked what you will do this time; you answered that you will find out who did it, with no time for getting back to him. Solve first, find fault later, and give him a time even while you look into it.',
          },
          next: 'ending-escalated',
        },
        {
          id: 'never-again',
          text: {
            'zh-CN': '您放心，明天我让师傅把整套都换成新的，保证以后再也不会坏了。',
            en: "Rest assured: tomorrow I'll have the whole set replaced with new, and I guarantee it'll never break again.",
          },
          behaviours: ['offer-solution', 'over-promise'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '只说了明天，没说几点，原因也没查，就先拍胸脯保证。对一个被“修好了”骗过一次的人，空口保证比什么都刺耳：审慎承诺，超越付出。',
            en: "'Tomorrow' but no time, no cause found, and a guarantee on top. To a man already told once that it was fixed, an empty promise grates more than anything. Promise carefully, then deliver more.",
          },
          next: 'tonight',
        },
      ],
    },
    {
      id: 'tonight',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '行，那就明天早上，我八点半以前都在家。',
            en: "Fine, tomorrow morning then. I'm home until half eight.",
          },
        },
        {
          text: {
            'zh-CN': '那今天晚上呢？我妈还一个人在家，晚上要是有人来，她还得自己下楼？',
            en: "And what about tonight? My mother's on her own. If someone comes round this evening, does she have to go down again?",
          },
        },
      ],
      choices: [
        {
          id: 'interim-guard',
          text: {
            'zh-CN':
              '今晚我先跟门岗打好招呼：有人找您家，门岗先打电话跟阿姨确认，再让保安带上楼。阿姨有事打我这个号，我值班到十点。',
            en: "I'll brief the gatehouse tonight: if anyone calls for your flat, they'll ring your mother to check, then security brings the visitor up. She can also ring me on this number; I'm on until 10.",
          },
          behaviours: ['offer-solution', 'own-problem'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '根本的修理在明天，今晚先给一个实在的过渡办法：门岗先跟老人确认再带人上楼，还留了自己的电话。减少客户的挫折，不让老人再为这事下楼。',
            en: "The real repair is tomorrow, so you gave a practical stopgap for tonight (the gatehouse checks with his mother before bringing anyone up) and left your own number. Reduce the frustration: the old lady shouldn't have to go down again over this.",
          },
          next: 'wrap',
          recommended: true,
        },
        {
          id: 'cant-help-tonight',
          text: {
            'zh-CN': '今晚师傅都下班了，这个确实没办法，只能辛苦阿姨，有人来的话自己下楼开一下门。',
            en: "The technicians have all gone home tonight, so there's really nothing we can do. Your mother will just have to go down to open up if anyone comes.",
          },
          behaviours: ['deflect'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“确实没办法”把难处原样推回给了一位膝盖不好的老人。修不了可以先想别的办法：门岗、保安、您自己的电话，都能先顶上。',
            en: '"Nothing we can do" hands the problem straight back to an old lady with bad knees. If it can\'t be repaired tonight, find a stopgap: the gatehouse, security, your own number.',
          },
          next: {
            branches: [{ when: { trust: { below: 50 } }, to: 'ending-escalated' }],
            otherwise: 'wrap',
          },
        },
      ],
    },
    {
      id: 'wrap',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '嗯，这样还像回事。',
            en: "Right. That's more like it.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '那明天修完了呢？修完就完了？',
            en: "And once he's done tomorrow? That's it, job done?",
          },
        },
      ],
      choices: [
        {
          id: 'anything-else',
          text: {
            'zh-CN': '好的孙先生，那就这么安排。请问还有什么可以帮您？',
            en: "All right, Mr. Sun, that's all arranged. Is there anything else I can help you with?",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他问的恰恰是“修完就完了？”，您却用套话收线。他最怕的就是再出问题还得自己追：后续跟进要说出来，不能留给他猜。',
            en: "He asked precisely whether that would be the end of it, and you closed with a stock phrase. His fear is having to chase you again: spell out the follow-up, don't leave him guessing.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'call-if-problem',
          text: {
            'zh-CN':
              '修完以后要是还有什么问题，您随时再打我们服务中心的电话就行，我们二十四小时都有人值班，您放心。',
            en: "If anything's still wrong after the repair, just ring the service centre again any time. We're staffed round the clock, so don't worry.",
          },
          behaviours: ['deflect'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '“再打电话就行”正是他最不想听的那句：他要的就是不用再追。首问负责，回访应该由您主动来做。',
            en: '"Just ring again" is the very thing he doesn\'t want to hear: the whole point is not having to chase. First-contact ownership means you make the follow-up call.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'note-and-callback',
          text: {
            'zh-CN':
              '明早八点陈师傅上门，我已经写进工单了。修完后，我中午十二点前给您打电话，问问用得怎么样。',
            en: "Mr. Chen at 8 tomorrow; it's on the work order. After the repair I'll call you before 12 noon to check how it's working.",
          },
          behaviours: ['record', 'commit-deadline', 'callback-promise'],
          mood: { trust: 10 },
          note: {
            'zh-CN':
              '时间写进了工单，回电也约好了钟点，他不用再追着任何人。说了哪天几点回电，就要按时打过去。',
            en: "The time is on the work order and the call-back has an hour on it, so he doesn't have to chase anyone. Name the time of your call-back, then make it on time.",
          },
          next: 'callback',
          recommended: true,
        },
      ],
    },
    {
      id: 'callback',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '（第二天上午 11:30，您按约定给孙先生回电。）',
            en: '(11:30 the next morning, you call Mr. Sun back as promised.)',
          },
        },
        {
          text: {
            'zh-CN': '喂？哦，小何啊。',
            en: 'Hello? Oh, Xiao He.',
          },
        },
        {
          text: {
            'zh-CN':
              '修好了。陈师傅弄了一个多钟头，说是楼道接线盒里的接头氧化了，星期三光换了屋里的线，根子压根没找着。',
            en: "It's fixed. Mr. Chen spent over an hour on it. Said a joint in the corridor junction box had corroded. On Wednesday they only swapped the cable indoors and never found the real cause.",
          },
        },
        {
          text: {
            'zh-CN': '……行吧，这回总算是弄到根上了。',
            en: "…Well. At least this time it's been sorted at the root.",
          },
          cue: 'softening',
        },
      ],
      choices: [
        {
          id: 'ask-for-rating',
          text: {
            'zh-CN': '太好了！那麻烦您方便的时候，在业主小程序上给这次维修打个分。',
            en: "Great! When you have a moment, could you rate this repair on the owners' app?",
          },
          behaviours: ['follow-up', 'solicit-review'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '电话是按时回了，可一开口就要评分，他那句“总算是”里的余气还没问。先确认他真的满意，评价可以放在最后。',
            en: 'You called on time, but asked for a rating first and never explored the grudge in "at least this time". Confirm he is really satisfied; feedback requests can come last.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'callback-check',
          text: {
            'zh-CN':
              '陈师傅查到根上就好。这两天让您和阿姨受累了，对不起。现在用着怎么样？阿姨试过开门没有？还有哪儿不放心，您尽管说。',
            en: "Glad Mr. Chen got to the root of it. I'm sorry you and your mother were put through all this. How's it working now? Has your mother tried the door? If anything's still bothering you, just say.",
          },
          behaviours: ['follow-up', 'apologize', 'check-satisfaction', 'open-question'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '按时回电兑现承诺，收尾时为这两天的折腾再道一次歉，再具体地问用得怎么样、老人顺不顺手，把话头留给他。满意要他亲口确认，不能靠猜。',
            en: 'You kept the call-back promise, apologized once more for the trouble as you closed, asked specifically how it works and whether his mother can use it, and left him room to talk. Confirm satisfaction in his own words rather than assuming it.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 70 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'glad-bye',
          text: {
            'zh-CN': '修好了就好！那我就不打扰您了，祝您周末愉快，再见！',
            en: "Glad it's fixed! I won't keep you. Have a lovely weekend, goodbye!",
          },
          behaviours: ['follow-up', 'premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '回电打了，却在他话还没说透时就收了线。“这回总算是”带着一点余气，挂机前要问一句他是不是真的放心了。',
            en: 'You made the call, then hung up before he\'d finished. "At least this time" still had an edge to it; before you ring off, ask whether he really feels settled.',
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
            'zh-CN': '用着挺好，我妈上午试了两回，声音清清楚楚的。',
            en: 'Working fine. My mother tried it twice this morning. Crystal clear.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN':
              '说实话，星期五那会儿我真想发业主群里骂你们。小何，你这人办事靠谱，以后有事我就直接找你了啊。',
            en: "Honestly, on Friday I was ready to blast you lot in the owners' group chat. You're reliable, Xiao He. Next time something comes up, I'll just call you directly.",
          },
        },
      ],
      summary: {
        'zh-CN':
          '孙先生的对讲修到了根上，他也不用再追着谁跑。您先承认他的火气、让他说完，边听边记、复述确认，再一起找原因、问清他要什么，约好时间并按时回电，最后亲口确认他满意：愤怒客户处理的每一步都走到了。',
        en: "Mr. Sun's intercom was fixed at the root and he no longer has to chase anyone. You acknowledged his anger and let him finish, noted and played back the facts, found the cause with him, asked what he really wanted, set a time, called back on time and confirmed in his own words that he was satisfied: every step of handling an angry customer.",
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
        },
        {
          text: {
            'zh-CN': '反正再坏了我再打电话呗，还能怎么着。',
            en: "If it breaks again I'll just ring again, I suppose. What else can I do?",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '事情算是有了着落，可孙先生最在意的“不用再追着你们”没有落地。没听出他真正的要求、没有约好并兑现回访，或者没确认他满意就收线，问题解决了，人心却没有回来。',
        en: 'Something is being done, but what Mr. Sun cared about most, not having to chase you again, never landed. Miss his real request, fail to arrange and make a follow-up call, or close without checking he is satisfied, and the fault may be fixed while the customer is still lost.',
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '我不跟你说了，你做不了主。',
            en: "I'm done with you. You can't make any decisions.",
          },
        },
        {
          text: {
            'zh-CN': '让你们经理给我打电话！今天没人管，我明天就去找业委会！',
            en: "Get your manager to ring me! If nobody deals with this today, I'm going to the owners' committee tomorrow!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '孙先生要求找经理，还要去找业委会，投诉升了级。他要的是一个能当家、能把事办到底的人；只管派人、先追究是谁修的，或者把难处推回给他，都让他觉得在您这儿得不到说法。',
        en: "Mr. Sun demanded a manager and threatened to take it to the owners' committee, so the complaint went up a level. He wanted someone who could own it and see it through; just sending someone, hunting for who did the repair, or handing the problem back to him told him he'd get no answer from you.",
      },
    },
    {
      id: 'ending-hung-up',
      kind: 'ending',
      outcome: 'customer-hung-up',
      lines: [
        {
          text: {
            'zh-CN': '行，签了字就是我的错是吧？你们厉害！',
            en: "Oh, so because I signed, it's my fault? Well done, you lot!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN': '孙先生摔了电话。拿签字跟一位正在气头上的业主争对错，道理争赢了，业主就丢了。',
        en: 'Mr. Sun slammed the phone down. Arguing over a signature with an owner who is still furious may win the point, but it loses the owner.',
      },
    },
    {
      id: 'ending-public',
      kind: 'ending',
      outcome: 'public-complaint',
      lines: [
        {
          text: {
            'zh-CN': '又是供应商，又不是你们的事，是吧？',
            en: "So it's the supplier now. Never your fault, is it?",
          },
        },
        {
          text: {
            'zh-CN': '好，我现在就把这事发业主群里，再打 12345，让大家都看看你们物业是怎么干活的！',
            en: "Right. I'm posting this in the owners' group chat right now, and calling the 12345 city hotline. Let everyone see how you lot do your job!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '孙先生把事情发到了业主群，还打了市民热线，一户的报修变成了全小区的话题。他还在气头上时，您把责任推给供应商，等于告诉他“这不关我们的事”。',
        en: "Mr. Sun posted it in the owners' group chat and called the city hotline, and one flat's repair became the whole estate's talking point. Blaming the supplier while he was still furious told him it wasn't your problem.",
      },
    },
  ],
};

export default intercomRepeatFailure;

import type { Scenario } from '../../engine/scenario-schema';

/**
 * C1, the "AC anecdote" (F000): a remote that barely responds, a hotline that said "just change the
 * batteries", and a customer whose real trouble is the doubt his colleagues planted about the brand.
 */
const airConditionerRemote: Scenario = {
  formatVersion: 1,
  id: 'air-conditioner-remote',
  version: 1,
  title: {
    'zh-CN': '空调遥控器“不灵”了',
    en: "The Remote That Won't Respond",
  },
  briefing: {
    'zh-CN':
      '周先生新买的空调遥控器反应迟钝，热线让他自己换电池，他越听越火，电话升级到了投诉专席。现在由您来接。',
    en: "Mr. Zhou's new air-con remote barely responds. The hotline told him to swap the batteries, he only got angrier, and the call has been escalated to you at the complaint desk.",
  },
  industry: 'home-appliances',
  channel: 'phone',
  difficulty: 4,
  objectives: [
    {
      'zh-CN': '先报身份、先共情致歉，让客户把火气发出来，再谈事情。',
      en: 'Introduce yourself, empathize and apologize first; let him let off steam before you talk about the matter.',
    },
    {
      'zh-CN': '听出客户话里的线索，找到电池背后真正让他不痛快的原因。',
      en: 'Catch the cues in what he says and find what is really bothering him behind the batteries.',
    },
    {
      'zh-CN': '专业地介绍产品，和别的品牌客观比较，不贬低对手。',
      en: 'Present the product professionally and compare it fairly with other brands, never running them down.',
    },
    {
      'zh-CN': '给出带时间的具体办法，约好回访，挂机前真正确认客户满意。',
      en: 'Offer a concrete fix with a date, arrange a follow-up, and genuinely check he is satisfied before you hang up.',
    },
  ],
  source: { caseId: 'C1', file: 'shared/seeds/000_59c7e734db7b5dbc.txt (F000)' },
  notes: {
    'zh-CN':
      '来源（F000）只给了案例梗概：客户买空调后听同事朋友说这个牌子不好，开始怀疑自己的选择；遥控器不灵，热线答复是配的电池质量差、换电池即可，且认为这不是问题，于是升级为投诉；投诉席记住了“难怪都说你们的空调不好”和“其实我原本挺看好这个品牌的”两句话，回避电池问题，专业介绍性能并与其他品牌比较，客户恢复信心、满意收线。以下均为作者补充：客户周先生的年龄、职业和购机经过；品牌“清岚”（虚构）、1.5 匹一级能效变频挂机、价格 3299 元；购机不到一个月；客户自己换过电池；坐席小林及工号 2087；当天顺丰寄出、周四送达、周五回访、周六上门等安排（顺丰只是常见快递名，无褒贬）；产品性能与比较的具体说法（虚构品牌，不代表任何真实产品数据）；全部对话、分支、情绪数值与各结局。',
    en: 'The source (F000) gives only an outline: after buying an air-con the customer heard colleagues and friends run the brand down and began to doubt his choice; the remote felt unresponsive; the hotline said the bundled batteries were poor, just change them, and treated it as a non-problem, so the call became a complaint. The complaint seat remembered two sentences ("no wonder everyone says your air-cons are bad" and "actually I originally thought highly of this brand"), sidestepped the battery, gave a professional introduction of the product with a comparison to other brands, and the customer regained confidence and rang off satisfied. Authored here: Mr. Zhou\'s age, job and purchase story; the fictional brand Qinglan, the 1.5 hp top-efficiency inverter model and its ¥3,299 price; the purchase under a month ago; that he already tried new batteries; the representative Lin, staff number 2087; the same-day dispatch by SF Express (named only as an everyday courier, neither praised nor criticised), Thursday delivery, Friday call-back and Saturday technician visit; the product claims and the comparison (a fictional brand, not real product data); all dialogue, branches, mood figures and endings.',
  },
  persona: {
    name: { 'zh-CN': '周先生', en: 'Mr. Zhou' },
    profile: {
      'zh-CN':
        '38 岁，物流公司调度主管。上个月搬了新家，跑了好几家店，花 3299 元给卧室挑了一台清岚 1.5 匹一级能效变频挂机。办公室同事午饭时总说这个牌子不行，他嘴上不服，心里却开始打鼓。',
      en: '38, a dispatch supervisor at a logistics firm. After moving house last month he shopped around and paid ¥3,299 for a Qinglan 1.5 hp top-efficiency inverter unit for the bedroom. His colleagues keep saying over lunch that the brand is poor; he argues back, but privately he has started to wonder.',
    },
    psychology: 'post-purchase-doubter',
    surfaceComplaint: {
      'zh-CN': '遥控器要按三四下才有反应；热线说配的电池质量差，让他自己换，他觉得被敷衍了。',
      en: 'The remote takes three or four presses to respond; the hotline said the supplied batteries are poor and told him to replace them himself, and he felt brushed off.',
    },
    realExpectation: {
      'zh-CN': '想重新确信自己当初选这个牌子没有选错，在同事面前、在自己心里都站得住。',
      en: 'To feel sure again that choosing this brand was the right call, so he can stand by it to his colleagues and to himself.',
    },
    startingMood: { anger: 70, trust: 25 },
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
            'zh-CN':
              '喂？是管投诉的吧？我跟你们热线说了半天，人家一句“换个电池就行”，就把我打发了。',
            en: "Hello? You're the complaints people, right? I spent ages explaining to your hotline, and all I got was “just change the batteries”.",
          },
        },
        {
          text: {
            'zh-CN': '新买的空调啊！遥控器按好几下才有反应，你们就这么糊弄客户？',
            en: "It's a brand-new air-con! The remote takes several presses to do anything, and that's how you fob customers off?",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'explain-battery-first',
          text: {
            'zh-CN':
              '周先生您好，遥控器反应慢，多半是出厂配的电池电量偏低。您换两节品牌碱性电池，一般就好了。',
            en: 'Hello Mr. Zhou. A slow remote is usually down to the factory batteries running low. Put in two branded alkaline ones and it should be fine.',
          },
          behaviours: ['explain', 'offer-solution'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '内容没错，可这正是热线刚说过、把他惹火的那句话。他还在气头上，又还没说清情况：先处理心情，先听清问题。',
            en: "Accurate, but it's exactly what the hotline said just before he blew up. He's still fuming and hasn't told you anything yet: mood before matter, hear before you solve.",
          },
          next: 'flare',
        },
        {
          id: 'cold-intake',
          text: {
            'zh-CN': '您好，为了给您登记，麻烦先报一下购机日期、型号和机身条码。',
            en: 'Hello. So I can log this, could you give me the purchase date, the model and the serial number first?',
          },
          behaviours: ['ask-facts'],
          mood: { anger: 5 },
          note: {
            'zh-CN':
              '问事实没有错，可客户一肚子火，您张口就要条码，听着像在走流程。先一句共情、一句道歉，再问信息。',
            en: "Asking for facts isn't wrong, but opening with a serial number to an angry caller sounds like box-ticking. A word of empathy and an apology first, then the details.",
          },
          next: 'story',
        },
        {
          id: 'greet-and-apologize',
          text: {
            'zh-CN':
              '周先生您好，我是清岚投诉专席的小林，工号 2087。新空调不顺手，热线也没听您说完，换谁都窝火，真对不起。遥控器具体是怎么不灵的？',
            en: "Hello Mr. Zhou, this is Lin at the Qinglan complaint desk, no. 2087. A new unit playing up, then being cut short — anyone would be cross. I'm sorry. What's the remote doing?",
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
              '先报身份，说出他的火气从哪儿来，诚恳致歉，最后才问事实。先处理心情，再处理事情，客户这才愿意往下说。',
            en: 'You gave your name, named where his anger came from and apologized before asking anything. Mood before matter: that is what makes him willing to keep talking.',
          },
          next: 'story',
          recommended: true,
        },
        {
          id: 'not-a-problem',
          text: {
            'zh-CN':
              '周先生您先别着急。遥控器电池属于随机耗材，这个其实算不上质量问题，换一下就行了。',
            en: "Please don't worry, Mr. Zhou. The remote batteries are consumables that come with the unit, so it isn't really a quality issue. Just swap them.",
          },
          behaviours: ['deflect', 'policy-first'],
          mood: { anger: 25, trust: -10 },
          note: {
            'zh-CN':
              '“算不上问题”正是热线把这通电话闹成投诉的那句话。客户觉得是问题，它就是问题：先接住，再解释。',
            en: "“Not really an issue” is the very line that turned this call into a complaint. If the customer feels it's a problem, it is one: take it on first, explain later.",
          },
          next: 'flare',
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
              '买回来还不到一个月！遥控器得对着空调按三四下才“嘀”一声，有时候还得走到跟前去按。',
            en: "I've had it less than a month! I have to aim the remote and press three or four times before it beeps. Sometimes I have to walk right up to it.",
          },
        },
        {
          text: {
            'zh-CN': '我下楼买了两节新电池换上，是好了一点，也就那样。',
            en: 'I went downstairs and bought new batteries. A bit better, but not much.',
          },
        },
        {
          text: {
            'zh-CN':
              '热线还说配的电池本来就差，连个电池都糊弄人——难怪我们办公室的人都说你们这牌子不行！',
            en: "And the hotline says the batteries you supply are cheap anyway. You can't even get batteries right — no wonder everyone at my office says your brand is rubbish!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'yes-but-battery',
          text: {
            'zh-CN':
              '是的，热线那样答复确实不妥，还让您自己跑下楼去买电池，真是不好意思。但是配的电池只是出厂试用的，跟空调本身的质量没关系。',
            en: "Yes, the hotline shouldn't have answered like that, and I'm sorry you had to run out for batteries. But the ones in the box are just for trying it out; they say nothing about the air-con.",
          },
          behaviours: ['apologize', 'yes-but', 'explain'],
          mood: { anger: 15, trust: -5 },
          note: {
            'zh-CN':
              '“但是”一出口，前面的歉意就白说了；话题又被拉回电池，他真正在意的那句“难怪都说你们不行”却没人接。',
            en: 'The “but” wiped out the apology before it, and the talk went back to batteries while his real concern — “no wonder everyone says” — went unanswered.',
          },
          next: {
            branches: [{ when: { agitated: true }, to: 'flare' }],
            otherwise: 'battery-flat',
          },
        },
        {
          id: 'paraphrase-and-ask',
          text: {
            'zh-CN':
              '我跟您确认一下：买了不到一个月，换了新电池，还是要按好几下。您说办公室的人都说这牌子不行，他们是怎么说的？',
            en: 'Let me check: under a month old, new batteries, and still several presses. You said people at your office rate the brand badly — what have they been saying?',
          },
          behaviours: ['paraphrase', 'ask-facts', 'open-question'],
          mood: { anger: -10, trust: 5 },
          note: {
            'zh-CN':
              '复述事实让他知道您真在听；顺着“难怪都说你们不行”往下问，接住了他火气最大的那句话，投诉的真正原因常常就藏在这里。',
            en: "Playing the facts back shows you were listening, and following up “no wonder everyone says” picks up his most heated line, which is often where a complaint's real cause hides.",
          },
          next: 'colleagues',
          recommended: true,
        },
        {
          id: 'blame-cheap-batteries',
          text: {
            'zh-CN':
              '楼下小店卖的很多是杂牌电池，电压不稳，遥控器就容易这样。您还是得买正规的碱性电池。',
            en: 'A lot of corner-shop batteries are no-name brands with unsteady voltage, and that does this to remotes. You really need proper alkaline ones.',
          },
          behaviours: ['blame', 'explain'],
          mood: { anger: 25, trust: -15 },
          note: {
            'zh-CN':
              '这话等于说是客户自己买错了电池。就算真有这种可能，也不能在他最窝火的时候怪他：不归咎客户，先解决问题。',
            en: "This tells him he bought the wrong batteries. Even if that's possible, you never pin it on the customer while he's fuming: no blame, solve first.",
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
            'zh-CN': '又是电池！热线说电池，你也说电池。我都换过新电池了，还得按三四下！',
            en: "Batteries again! The hotline says batteries, now you say batteries. I've already put new ones in and I still have to press three or four times!",
          },
          cue: 'repetition',
        },
        {
          text: {
            'zh-CN': '三千多的空调，连个电池都糊弄人，怪不得人家都说你们家东西不行！',
            en: "Three thousand-odd yuan for an air-con and you can't even get the batteries right. No wonder people say your stuff is no good!",
          },
          cue: 'rising-tone',
        },
      ],
      choices: [
        {
          id: 'cite-warranty',
          text: {
            'zh-CN':
              '我理解您的心情。按国家三包规定，电池属于随机耗材，不在保修范围内。不过遥控器本身要是真有故障，您寄回来检测，确认了可以免费给您换一个。',
            en: "I understand how you feel. Under the national warranty rules batteries are consumables and aren't covered. But if the remote is faulty, send it in; once testing confirms it, we'll replace it free.",
          },
          behaviours: ['policy-first', 'offer-solution'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '一句“我理解”紧跟着三包条款，客户听到的只有“不管”。规定可以做办法的依据，不能当开场白。',
            en: "A quick “I understand” followed by warranty terms, and all he hears is “not our problem”. Policy can back a solution; it can't open one.",
          },
          next: {
            branches: [{ when: { anger: { atLeast: 90 } }, to: 'ending-escalated' }],
            otherwise: 'battery-flat',
          },
        },
        {
          id: 'calm-down-please',
          text: {
            'zh-CN': '周先生，您先冷静一下。您这么激动，我也没办法帮您处理啊。',
            en: "Mr. Zhou, please calm down first. I can't help you while you're this worked up.",
          },
          behaviours: ['deny-emotion'],
          mood: { anger: 20, trust: -10 },
          note: {
            'zh-CN':
              '“您先冷静”等于告诉客户他不该生气。否认客户的情绪，是把电话推向挂断最快的一句话。',
            en: "“Calm down” tells him his anger is out of place. Denying a customer's feelings is the fastest way to get hung up on.",
          },
          next: 'ending-hung-up',
        },
        {
          id: 'own-the-misstep',
          text: {
            'zh-CN':
              '对不起，周先生，是我急着解释，没听您说完。换了新电池还要按三四下，这本来就不正常。您说大家都说我们不行，都怎么说的？',
            en: "Sorry, Mr. Zhou, I jumped in before hearing you out. New batteries and still several presses isn't normal. People rate us badly, you said — what do they say?",
          },
          behaviours: ['apologize', 'paraphrase', 'ask-facts', 'open-question'],
          mood: { anger: -15, trust: 5 },
          note: {
            'zh-CN':
              '认下自己抢了话，把他的事实复述回去，再顺着他的气话往下问。认错不丢人，这是把电话拉回来最快的办法。',
            en: 'You owned that you jumped in, repeated his facts and followed up his angriest remark. Admitting a slip costs nothing and is the quickest way to win the call back.',
          },
          next: 'colleagues',
          recommended: true,
        },
      ],
    },
    {
      id: 'battery-flat',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……行吧，那我再换两节好点的电池试试。',
            en: "…Fine. I'll try some better batteries, then.",
          },
        },
        {
          text: {
            'zh-CN': '反正东西都买回来了，还能怎么着呢。',
            en: "It's bought now anyway. What else can I do?",
          },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'reopen-the-doubt',
          text: {
            'zh-CN':
              '电池的事我一定帮您弄好。我刚听您说“反正都买回来了”，好像心里还有别的不痛快，方便跟我说说吗？',
            en: "I'll make sure the battery side gets sorted. But when you said “it's bought now anyway”, it sounded like something else is bothering you. Would you tell me?",
          },
          behaviours: ['acknowledge-emotion', 'probe-expectation'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '一句无奈的“反正都买了”，是客户在绕开真正的心事。听出来并轻轻追问，投诉才会回到根上。',
            en: "That resigned “it's bought now anyway” is him steering round what's really bothering him. Catching it and gently asking brings the complaint back to its root.",
          },
          next: 'colleagues',
          recommended: true,
        },
        {
          id: 'send-batteries',
          text: {
            'zh-CN':
              '行，那也别让您再跑一趟了。我给您寄两节原装的高容量电池过去，三天内到，到了直接换上就行，您看这样可以吗？',
            en: "Right, no need for you to go out again. I'll post you two original high-capacity batteries; they'll be there within three days and you just pop them in. Does that work?",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '办法具体，也有时间，可您只解决了电池。只围着电池转，问题就算解决了，客户也很难真正满意。',
            en: 'Concrete and dated, but it only fixes the batteries. Stick to the battery and even a solved problem seldom leaves the customer truly satisfied.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'anything-else-early',
          text: {
            'zh-CN': '好的，那请问还有什么可以帮到您？',
            en: 'All right. Is there anything else I can help you with?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN': '他话里明明还有话，您却在准备收线。结束通话不是目标，客户满意才是。',
            en: "He clearly had more to say, and you were already wrapping up. Ending the call isn't the goal; a satisfied customer is.",
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'colleagues',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '唉，还不就是那些话。我们办公室几个人都说你们家空调制冷慢、噪音大，修起来还拖拖拉拉。',
            en: 'Oh, the usual. A few people at work say your air-cons are slow to cool, noisy, and a pain to get repaired.',
          },
        },
        {
          text: {
            'zh-CN':
              '其实我买之前跑了好几家店，挑来挑去，是真觉得你们这款不错才下的单……现在倒好，弄得我自己都犯嘀咕。',
            en: "Thing is, I went round several shops before buying, and I honestly thought yours was the best of the lot… Now I'm starting to wonder myself.",
          },
          cue: 'softening',
          keyCue: true,
        },
      ],
      choices: [
        {
          id: 'skip-to-fix',
          text: {
            'zh-CN':
              '明白了，周先生。咱们先把眼前的遥控器解决掉：我这就给您登记，免费寄一个新的原装遥控器，连电池一起配好，三天内送到，您看行吗？',
            en: "Understood, Mr. Zhou. Let's sort out the remote first: I'll log it now and send you a new original remote free of charge, batteries included, within three days. How's that?",
          },
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { anger: -5 },
          note: {
            'zh-CN':
              '办法本身不错，可您跳过了他刚刚说出口的心事。“其实我原本挺看好这个品牌”才是这通电话的钥匙。',
            en: 'A decent fix, but you skipped right past what he had just confided. “I actually rated this brand” was the key to the whole call.',
          },
          next: 'fix-flat',
        },
        {
          id: 'probe-real-worry',
          text: {
            'zh-CN':
              '原来您是比了好几家才选的我们。被身边人这么一说，心里肯定不是滋味。您最想弄明白的，是不是这台空调到底选没选对？',
            en: 'So you compared several shops before choosing us. Hearing all that from people around you must sting. Is what you really want to know whether you chose right?',
          },
          behaviours: ['acknowledge-emotion', 'probe-expectation'],
          mood: { anger: -10, trust: 15 },
          note: {
            'zh-CN':
              '您听出了“其实我原本挺看好”这句关键线索，并把它说破：他要的不是两节电池，而是确认自己没有选错。',
            en: "You caught the key line — he'd actually rated the brand highly — and named it. He doesn't want two batteries; he wants to know he didn't choose wrong.",
          },
          next: 'worry',
          recommended: true,
        },
        {
          id: 'friends-dont-know',
          text: {
            'zh-CN': '周先生，您同事那些说法多半是道听途说，他们又没用过这一款，您不用往心里去。',
            en: "Mr. Zhou, what your colleagues say is mostly hearsay. They've never used this model, so don't take it to heart.",
          },
          behaviours: ['argue'],
          mood: { anger: 20, trust: -15 },
          note: {
            'zh-CN':
              '说他同事“道听途说”，等于说他自己耳根子软、也看走了眼。跟客户争谁说得对，争赢了道理，就输掉了客户。',
            en: "Calling his colleagues' views hearsay implies he's gullible and chose badly. Argue over who's right and you win the point but lose the customer.",
          },
          next: 'ending-escalated',
        },
      ],
    },
    {
      id: 'fix-flat',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '……行，寄吧。', en: '…Fine, send it.' } },
        {
          text: { 'zh-CN': '反正也买了，凑合用呗。', en: "It's bought now. I'll make do." },
          cue: 'avoidance',
        },
      ],
      choices: [
        {
          id: 'close-after-fix',
          text: {
            'zh-CN': '好的，那遥控器就这么安排。请问还有什么可以帮到您？',
            en: "Great, the remote's arranged. Is there anything else I can help you with?",
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“凑合用呗”听着就不情愿，您却顺势收线了。一句无奈的话不等于满意，挂机前要先确认。',
            en: "“I'll make do” was plainly reluctant, yet you moved to close. A resigned answer is not satisfaction; check before you hang up.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'reopen-after-fix',
          text: {
            'zh-CN':
              '遥控器我一定给您弄好。不过我听得出来，您惦记的不光是遥控器。是不是在想，这台空调当初到底选没选对？',
            en: "I'll get the remote sorted, I promise. But I can hear it's not just the remote on your mind. Are you wondering whether this air-con was the right choice?",
          },
          behaviours: ['acknowledge-emotion', 'probe-expectation'],
          mood: { anger: -5, trust: 15 },
          note: {
            'zh-CN':
              '“凑合用呗”是失望，不是满意。您回过头接住了他的心事，这比多寄一个遥控器更管用。',
            en: "“I'll make do” is disappointment, not satisfaction. Going back to what's really on his mind does more than any extra remote.",
          },
          next: 'worry',
          recommended: true,
        },
      ],
    },
    {
      id: 'worry',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN':
              '……你说到点子上了。三千多块钱，天天开着它，结果一按遥控器就想起他们那些话，心里膈应。',
            en: "…You've hit the nail on the head. Three thousand-odd yuan, it's on every day, and every time I fight with that remote I hear what they said. It gets to me.",
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '你就跟我说句实话，你们这空调到底行不行？',
            en: 'Just be straight with me. Is your air-con any good or not?',
          },
        },
      ],
      choices: [
        {
          id: 'policy-warranty',
          text: {
            'zh-CN': '您放心，按国家三包规定，整机保修一年，压缩机保修十年，真有问题随时报修。',
            en: "Rest assured: under the national warranty rules the whole unit's covered for a year and the compressor for ten. If anything goes wrong, just report it.",
          },
          behaviours: ['policy-first', 'explain'],
          mood: { anger: 5, trust: -5 },
          note: {
            'zh-CN':
              '他问的是“到底行不行”，您答的是“坏了能修”。拿保修条款回答信心问题，只会让他更没底。',
            en: "He asked “is it any good?” and you answered “we'll fix it when it breaks”. Warranty terms don't answer a question about confidence; they deepen the doubt.",
          },
          next: 'not-what-i-asked',
        },
        {
          id: 'promise-new-unit',
          text: {
            'zh-CN':
              '周先生，您要是实在不放心，也别勉强自己将就着用。我这边直接给您申请换一台新机，上门拆装全包，保证让您以后用得舒舒心心的！',
            en: "Mr. Zhou, if you're really not comfortable, don't just put up with it. I'll put in for a brand-new replacement unit right now, removal and fitting included. I guarantee you'll be happy with it!",
          },
          behaviours: ['over-promise', 'offer-solution'],
          mood: { anger: -5, trust: -10 },
          note: {
            'zh-CN':
              '换新机既不是您一个人能定的，也不是他要的。做不到的承诺会引来第二次投诉，还让他更怀疑产品。',
            en: "A new unit isn't yours to promise, and it isn't what he wants. An undeliverable promise invites a second complaint and makes him doubt the product even more.",
          },
          next: 'not-what-i-asked',
        },
        {
          id: 'professional-intro',
          text: {
            'zh-CN':
              '遥控器待会儿一并给您办好。先说您最关心的：您这台是一级能效变频机，开机两三分钟出冷风，睡眠档跟翻书声差不多轻。',
            en: "I'll sort the remote out in a moment. First, what you really asked: yours is a top-efficiency inverter. Cold air within three minutes, and sleep mode is as quiet as a page turning.",
          },
          behaviours: ['own-problem', 'explain'],
          mood: { anger: -5, trust: 10 },
          note: {
            'zh-CN':
              '先把电池放一放，直接回答他心里那个问题，用具体性能说话。专业的介绍，比什么保证都让人踏实。',
            en: 'You set the battery aside and answered the question he actually asked, with concrete performance. Professional facts reassure more than any promise.',
          },
          next: 'compare',
          recommended: true,
        },
      ],
    },
    {
      id: 'not-what-i-asked',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '我不是要这个……', en: "That's not what I'm after…" } },
        {
          text: {
            'zh-CN': '我就问你一句：这空调，到底值不值我花的那三千多？',
            en: "I'm asking you one thing: is this air-con worth the three thousand-odd I paid, or not?",
          },
          cue: 'repetition',
        },
      ],
      choices: [
        {
          id: 'answer-straight',
          text: {
            'zh-CN':
              '您说得对，是我答偏了。说实话：这台机器制冷快、省电、安静，这三样在同价位里都站得住，我一样一样跟您说。',
            en: "You're right, sorry, I went off track. Honestly: it cools fast, runs cheap and is quiet, and on all three it holds its own at this price. Let me explain.",
          },
          behaviours: ['apologize', 'explain'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN': '认下自己答偏了，马上回到他真正的问题。及时纠偏，客户反而觉得您靠得住。',
            en: 'You owned the wrong turn and went straight back to his real question. A quick correction makes you seem more reliable, not less.',
          },
          next: 'compare',
          recommended: true,
        },
        {
          id: 'insist-warranty',
          text: {
            'zh-CN':
              '周先生，说句实在话，东西好不好，最后还得看售后有没有保障。我们的保修政策在行业里算是很完善的，这一点您尽管放心。',
            en: 'Mr. Zhou, to be honest, in the end a product is only as good as its after-sales cover, and our warranty is one of the most thorough in the industry. On that you can rest easy.',
          },
          behaviours: ['policy-first', 'deflect'],
          mood: { anger: 15, trust: -10 },
          note: {
            'zh-CN':
              '他已经把问题问了第二遍，您还在讲保修。重复的话就是线索：他要的是对产品的信心，不是条款。',
            en: "He's asked twice now and you're still on the warranty. Repetition is a cue: he wants confidence in the product, not terms and conditions.",
          },
          next: {
            branches: [{ when: { anger: { atLeast: 50 } }, to: 'ending-escalated' }],
            otherwise: 'ending-grudging',
          },
        },
      ],
    },
    {
      id: 'compare',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '那你说，跟别的牌子比呢？',
            en: 'Then tell me how it stacks up against other brands.',
          },
        },
        {
          text: {
            'zh-CN': '我同事家那台比我的便宜好几百，他天天在那儿说，人家的制冷比我这个快多了。',
            en: "My colleague's cost a few hundred less than mine, and he goes on every single day about how much faster it cools.",
          },
          cue: 'exaggeration',
        },
      ],
      choices: [
        {
          id: 'disparage-others',
          text: {
            'zh-CN':
              '他家那个牌子啊，便宜是便宜，用料差一截，用个两三年压缩机就不行了，这种事我们听得多了。',
            en: 'Oh, that brand. Cheaper, sure, but the parts are a cut below. Give it two or three years and the compressor goes — we hear it all the time.',
          },
          behaviours: ['disparage-competitor', 'explain'],
          mood: { anger: 5, trust: -15 },
          note: {
            'zh-CN':
              '踩别人抬自己，听起来像在辩解，还顺带说了他同事买错了。用事实做比较，不贬低对手。',
            en: 'Putting the rival down to lift us up sounds defensive, and it tells him his colleague chose badly. Compare with facts; never disparage.',
          },
          next: 'bragging',
        },
        {
          id: 'honest-comparison',
          text: {
            'zh-CN':
              '同价位那几家我都熟，各有长处。制冷速度其实差不多；咱们这款强在省电和安静，一晚上能省小半度电。参数官网都查得到，您可以对着看。',
            en: 'I know the brands at that price; each has strengths. Cooling speed is about even; ours wins on power use and quiet. The specs are all online for you to check.',
          },
          behaviours: ['explain'],
          mood: { anger: -10, trust: 15 },
          note: {
            'zh-CN':
              '承认别家的长处，讲清自家的优势，还请客户自己去核对。比较而不贬低，客户才信得过。',
            en: "You credited the other brands, made ours clear and invited him to check. Compare, never disparage: that's what makes a comparison credible.",
          },
          next: 'remote',
          recommended: true,
        },
        {
          id: 'yes-but-price',
          text: {
            'zh-CN': '是的，便宜几百块确实挺吸引人，但是一分钱一分货，用料和做工都摆在那儿呢。',
            en: 'Yes, a few hundred less is tempting, but you get what you pay for. The materials and the build speak for themselves.',
          },
          behaviours: ['yes-but', 'explain'],
          mood: { anger: 10, trust: -10 },
          note: {
            'zh-CN':
              '“是的，但是”加上“一分钱一分货”，两句都在忌语单上。客户听到的是“你同事贪便宜”。',
            en: '“Yes, but” plus “you get what you pay for”: both are on the list of phrases to avoid. What he hears is “your colleague went cheap”.',
          },
          next: 'bragging',
        },
      ],
    },
    {
      id: 'bragging',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '你这么说人家……我听着怎么跟王婆卖瓜似的。',
            en: "Talking them down like that… sounds like you're just blowing your own trumpet.",
          },
          cue: 'rising-tone',
        },
        {
          text: {
            'zh-CN': '我同事那台用着也好好的啊。你这么一说，我心里反倒更没底了。',
            en: "My colleague's works fine. Hearing you say that, I'm even less sure now.",
          },
        },
      ],
      choices: [
        {
          id: 'double-down',
          text: {
            'zh-CN': '我不是贬低谁，这就是实话。您同事那台现在好用，不代表过两年还好用。',
            en: "I'm not running anyone down, it's just the truth. His working fine now doesn't mean it will in two years.",
          },
          behaviours: ['argue', 'disparage-competitor'],
          mood: { anger: 25, trust: -15 },
          note: {
            'zh-CN':
              '客户已经表示反感，您还在跟他争，顺带又踩了别人一脚。争赢了道理，就输掉了客户。',
            en: 'He had already pushed back and you kept arguing, running down a competitor on the way. Win the point, lose the customer.',
          },
          next: 'ending-hung-up',
        },
        {
          id: 'compare-dont-disparage',
          text: {
            'zh-CN':
              '您说得对，是我说过头了，别家也有好产品。我只说咱们的：制冷和同价位差不多，省电、静音是这款的强项，参数官网都能对。',
            en: "You're right, I went too far; other brands make good products too. Just ours, then: cooling's on par, power use and quiet are its strengths. It's all online.",
          },
          behaviours: ['apologize', 'explain'],
          mood: { anger: -10, trust: 10 },
          note: {
            'zh-CN':
              '马上收回过头的话，把比较拉回事实。客户看到的是一个讲道理的专业人员，信任就回来了。',
            en: 'You withdrew the overstatement at once and brought the comparison back to facts. He sees a fair-minded professional, and trust returns.',
          },
          next: 'remote',
          recommended: true,
        },
      ],
    },
    {
      id: 'remote',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '……行，听你这么一说，我心里踏实点了。',
            en: '…All right. Hearing that, I feel a bit better about it.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '其实遥控器那点事儿，说大也不大，就是别再让我对着它按半天了。',
            en: "The remote's not a huge deal, really. I just don't want to stand there jabbing at it.",
          },
        },
      ],
      choices: [
        {
          id: 'open-ended-comp',
          text: {
            'zh-CN':
              '周先生，这次前前后后给您添了不少麻烦，热线那边也没处理好。您看我们怎么补偿您比较合适？您提，我尽量帮您去申请。',
            en: "Mr. Zhou, we've caused you a fair bit of trouble from start to finish, and the hotline didn't handle it well. What would you consider fair compensation? Name it and I'll do my best to get it approved.",
          },
          behaviours: ['open-ended-offer'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他要的是好使的遥控器，您却让他自己开补偿的价，只会让双方都尴尬。给两三个具体选项让他挑。',
            en: 'He wants a remote that works, and you asked him to name his price, which only makes things awkward. Offer two or three concrete options instead.',
          },
          next: 'followup',
        },
        {
          id: 'battery-again',
          text: {
            'zh-CN': '遥控器的话，您换上品牌碱性电池，在三米以内对着按，一般就没问题了。',
            en: 'As for the remote, use branded alkaline batteries and point it from within three metres, and it should be fine.',
          },
          behaviours: ['explain'],
          mood: { anger: 5, trust: -10 },
          note: {
            'zh-CN':
              '好不容易建立的信心，又被一句“换电池”拉回原点，麻烦还留给了客户。他已经换过电池，这时候该给实在的办法。',
            en: "The confidence you'd built slid back to “change the batteries”, leaving the hassle with him. He'd already tried new batteries; he needed a real fix.",
          },
          next: 'ending-grudging',
        },
        {
          id: 'bounded-fix',
          text: {
            'zh-CN':
              '遥控器我给您弄利索：要么今天寄个原装新遥控器，配好电池，周四前到；要么周六派师傅上门查接收器。您选哪个？',
            en: "Let's fix it properly: I post a new original remote with batteries today, there by Thursday, or a technician checks the receiver on Saturday. Which suits you?",
          },
          behaviours: ['offer-solution', 'bounded-offer', 'commit-deadline', 'closed-question'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '两个具体选项，各带时间，由客户来挑。有限度的办法加明确的时间，承诺才落得了地。',
            en: 'Two concrete options, each with a date, and he picks. A bounded offer with a firm time is a promise that actually lands.',
          },
          next: 'followup',
          recommended: true,
        },
      ],
    },
    {
      id: 'followup',
      kind: 'decision',
      lines: [
        {
          text: {
            'zh-CN': '那就寄个新遥控器吧，周四下午我在家。',
            en: "Send a new remote, then. I'm home Thursday afternoon.",
          },
        },
      ],
      choices: [
        {
          id: 'confirm-and-callback',
          text: {
            'zh-CN':
              '好的，今天就发顺丰，周四下午前送到您家。周五上午我再给您打个电话，问问新遥控器好不好使。',
            en: "Done: it goes out by SF Express today and reaches you by Thursday afternoon. I'll ring you Friday morning to check the new remote works.",
          },
          behaviours: ['follow-up', 'commit-deadline'],
          mood: { trust: 5 },
          note: {
            'zh-CN': '送达时间说清楚，还主动约了回访，客户不用再追着问。这就是闭环。',
            en: "A clear delivery time and a call-back you offered yourself, so he won't have to chase anyone. That's closing the loop.",
          },
          next: 'closing',
          recommended: true,
        },
        {
          id: 'asap-vague',
          text: {
            'zh-CN': '好的，我们会尽快给您安排寄出。',
            en: "Okay, we'll get it sent out to you as soon as we can.",
          },
          behaviours: ['offer-solution'],
          mood: { trust: -5 },
          note: {
            'zh-CN': '“尽快”是没有日期的承诺。说出哪天到、哪天回访，客户心里才有底。',
            en: "“As soon as we can” is a promise without a date. Name the day it arrives and the day you'll call, and he can count on it.",
          },
          next: 'closing',
        },
        {
          id: 'call-hotline',
          text: {
            'zh-CN':
              '好的，新遥控器我这边给您登记寄过去。收到以后要是还有什么问题，您直接再打我们的热线就行，热线二十四小时都有人接。',
            en: "Sure, I'll log the new remote and send it out. If there's still any problem once it arrives, just call our hotline again. It's staffed round the clock.",
          },
          behaviours: ['offer-solution', 'deflect'],
          mood: { trust: -10 },
          note: {
            'zh-CN':
              '让他“有问题再打热线”，等于把他推回那条惹他生气的线。首问负责：后续应该由您来跟。',
            en: '“Call the hotline again” sends him back to the very line that upset him. First-contact ownership means the follow-up is yours.',
          },
          next: 'closing',
        },
      ],
    },
    {
      id: 'closing',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '行，那就等你电话。', en: "Okay. I'll wait for your call." } },
        { text: { 'zh-CN': '……那就先这样吧。', en: "…Let's leave it there, then." } },
      ],
      choices: [
        {
          id: 'anything-else',
          text: {
            'zh-CN': '好的周先生，请问还有什么可以帮到您？',
            en: 'All right, Mr. Zhou. Is there anything else I can help you with?',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN': '这是收线的套话，不是满意度确认。客户听到的是“您可以挂了”。',
            en: "That's a stock closing line, not a satisfaction check. What he hears is “you can go now”.",
          },
          next: 'resigned-no',
        },
        {
          id: 'real-check',
          text: {
            'zh-CN':
              '好的。挂电话前我想问一句：今天聊完，您对这台空调心里踏实些了吗？还有哪儿不放心，您尽管说。',
            en: "Before we hang up, may I ask: after our chat, do you feel better about this air-con? If anything's still bothering you, just say.",
          },
          behaviours: ['check-satisfaction'],
          mood: { trust: 5 },
          note: {
            'zh-CN': '不是走流程地问“还有什么事”，而是确认他心里真的踏实了。满意要确认，不能靠猜。',
            en: 'Not a box-ticking “anything else?” but a real check that he feels reassured. Satisfaction is something you confirm, not assume.',
          },
          next: {
            branches: [{ when: { trust: { atLeast: 65 } }, to: 'ending-satisfied' }],
            otherwise: 'ending-grudging',
          },
          recommended: true,
        },
        {
          id: 'thanks-bye',
          text: {
            'zh-CN': '好的，感谢您的来电，祝您生活愉快，再见！',
            en: 'Great, thanks for calling, and have a lovely day. Goodbye!',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '他那句“那就先这样吧”说得含含糊糊，您就收线了。结束通话不是目标，确认客户满意才是。',
            en: "His “let's leave it there” was noncommittal, and you hung up on it. Ending the call isn't the goal; confirming he's satisfied is.",
          },
          next: 'ending-grudging',
        },
      ],
    },
    {
      id: 'resigned-no',
      kind: 'decision',
      lines: [
        { text: { 'zh-CN': '……哦，没有了。', en: "…Oh. No, that's all." }, cue: 'avoidance' },
      ],
      choices: [
        {
          id: 'goodbye',
          text: {
            'zh-CN': '好的，感谢您的来电，再见！',
            en: 'Okay, thank you for calling. Goodbye!',
          },
          behaviours: ['premature-close'],
          mood: { trust: -5 },
          note: {
            'zh-CN':
              '“还有什么可以帮您”“没有了”“再见”，正是课上讲的不合格收尾。那声“没有了”听着是失望，不是满意。',
            en: '“Anything else?” — “No” — “Goodbye” is exactly the unqualified close the course warns about. That “no” sounded disappointed, not satisfied.',
          },
          next: 'ending-grudging',
        },
        {
          id: 'hear-the-sigh',
          text: {
            'zh-CN':
              '周先生，听您这声“没有了”，我觉得您心里好像还有点不踏实。还有哪儿没说透的，您直说，我听着。',
            en: "Mr. Zhou, that “that's all” sounded like something's still not sitting right. If there's anything we haven't covered, tell me. I'm listening.",
          },
          behaviours: ['acknowledge-emotion', 'check-satisfaction'],
          mood: { anger: -5, trust: 5 },
          note: {
            'zh-CN':
              '您听出了“没有了”里的无奈，没有顺势挂机，而是把话头递了回去。合格和优秀，就差这一步。',
            en: "You heard the resignation in “that's all” and, instead of hanging up, handed the conversation back. That step is what separates adequate from excellent.",
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
            'zh-CN': '说实话，今天打电话之前我都动了退货的心思。听你这么一讲，心里踏实多了。',
            en: 'Honestly, before I called I was thinking of returning it. After talking to you I feel a lot better.',
          },
          cue: 'softening',
        },
        {
          text: {
            'zh-CN': '回头同事再说你们空调不行，我可有话跟他们讲了。行，等你电话啊！',
            en: "Next time my colleagues knock your air-cons, I'll have an answer for them. Right, speak soon!",
          },
        },
      ],
      summary: {
        'zh-CN':
          '周先生重新对自己的选择有了信心，高高兴兴挂了电话，电池的事反倒一句没再提。您听出了“难怪都说你们不行”和“其实我原本挺看好”这两句话，把投诉处理到了根上。',
        en: 'Mr. Zhou got his confidence in his purchase back and rang off happy, without mentioning the batteries again. You picked up “no wonder everyone says” and “I actually rated this brand”, and dealt with the complaint at its root.',
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
            'zh-CN': '反正东西也买了，将就着用呗。',
            en: "It's bought now. I'll just put up with it.",
          },
          cue: 'avoidance',
        },
      ],
      summary: {
        'zh-CN':
          '电话结束了，可周先生对这个牌子的疙瘩还没解开。只在电池、保修这些具体事上打转，或者没确认他是否真的放心就收线，问题就算解决了，也很难换来真正的满意。',
        en: "The call ended, but Mr. Zhou's doubts about the brand are still there. Circle round batteries and warranties, or close without checking he's really reassured, and even a solved problem rarely wins true satisfaction.",
      },
    },
    {
      id: 'ending-escalated',
      kind: 'ending',
      outcome: 'escalated',
      lines: [
        {
          text: {
            'zh-CN': '行了行了，我跟你说不着。',
            en: "Forget it. There's no point talking to you.",
          },
        },
        {
          text: {
            'zh-CN': '把你们领导叫来！今天这事，我非得要个说法不可！',
            en: 'Put your manager on! I want a proper answer on this today!',
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '周先生要求找领导，投诉又升了一级。投诉专席本该是最后一道关口，跟客户争对错、拿条款挡他，都会让这道关口失守。',
        en: 'Mr. Zhou demanded a manager and the complaint went up another level. The complaint desk is meant to be the last stop; arguing with him or hiding behind policy gave that up.',
      },
    },
    {
      id: 'ending-hung-up',
      kind: 'ending',
      outcome: 'customer-hung-up',
      lines: [
        {
          text: {
            'zh-CN': '你们就这态度是吧？好，我不跟你说了！',
            en: "So that's your attitude? Fine, I'm done talking to you!",
          },
          cue: 'rising-tone',
        },
      ],
      summary: {
        'zh-CN':
          '周先生挂断了电话，对这个牌子的怀疑被彻底坐实。他还在气头上时，否认他的情绪、跟他较劲，只会火上浇油。',
        en: 'Mr. Zhou hung up, his doubts about the brand now confirmed. Denying his feelings or squaring up to him while he was still angry only poured fuel on the fire.',
      },
    },
  ],
};

export default airConditionerRemote;

import type { LocalizedText } from '../engine/scenario-schema';

/** One block of a handbook entry: a paragraph, a list, or pairs of phrases (avoid → better). */
export type HandbookBlock =
  | { kind: 'text'; text: LocalizedText }
  | { kind: 'list'; ordered?: boolean; items: LocalizedText[] }
  | { kind: 'phrases'; pairs: Array<{ avoid: LocalizedText; better: LocalizedText }> };

export interface HandbookEntry {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  blocks: HandbookBlock[];
}

const text = (zh: string, en: string): HandbookBlock => ({
  kind: 'text',
  text: { 'zh-CN': zh, en },
});
const item = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const pair = (avoidZh: string, avoidEn: string, betterZh: string, betterEn: string) => ({
  avoid: item(avoidZh, avoidEn),
  better: item(betterZh, betterEn),
});

/**
 * The principles the course teaches, in our own words. Debrief rules link here by entry id
 * (see each rule's `handbook` field); a test checks every link resolves.
 */
export const HANDBOOK: readonly HandbookEntry[] = [
  {
    id: 'golden-rules',
    title: item('两条黄金法则', 'The two golden rules'),
    summary: item(
      '先处理心情，再处理事情；先听清问题，再解决问题。',
      'Handle the mood before the matter; hear the problem before solving it.',
    ),
    blocks: [
      text(
        '正在气头上的客户，只想把话说完、把气撒出来、被人理解。这时候讲业务、念规定、给方案，他一句也听不进去。先在“个人空间”里接住他——说出他的感受、真诚致歉——再回到“业务空间”谈事情。',
        'A customer in the heat of anger only wants to finish speaking, let off steam and be understood. Business talk, policy or a fix will not land yet. Meet them in their personal space first (name the feeling, apologize sincerely) and then return to the business.',
      ),
      text(
        '问题没听清就给方案，常常是答非所问。先问清事实、复述确认，再提出办法。边听边在心里形成假设是可以的，但不要在听完之前就动手。',
        'A fix offered before the problem is clear often solves the wrong one. Ask for the facts and confirm by paraphrasing, then propose. Forming a hypothesis while you listen is fine; acting on it before you have heard the customer out is not.',
      ),
      {
        kind: 'list',
        items: [
          item(
            '“两天都没人给您一个准话，换谁都会着急。”——说出感受和原因。',
            '"Two days and nobody gave you a straight answer; anyone would be worried." Name the feeling and its cause.',
          ),
          item(
            '“我跟您确认一下：……是这样吗？”——复述确认。',
            '"Let me check I have this right: … is that it?" Confirm by paraphrasing.',
          ),
        ],
      },
    ],
  },
  {
    id: 'bank-seven-steps',
    title: item('柜台七步法', "The bank counter's seven steps"),
    summary: item(
      '迅速隔离、安抚情绪、聆听倾诉、详细记录、判断需求、及时处理、后续跟踪。',
      'Separate, calm, listen, record, judge the need, act, follow up.',
    ),
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: [
          item(
            '迅速隔离：把激动的客户请到安静处，与围观的客户、与当事员工隔开；先报身份，“我可以帮您解决，请您随我来”。不要“走走走，别闹”。',
            'Separate quickly: take the upset customer somewhere quiet, away from onlookers and from the staff member involved; say who you are and that you can help. Never shoo them aside.',
          ),
          item(
            '安抚情绪：递一杯温水，“别着急，咱慢慢说”。',
            'Calm: offer a cup of warm water; "no rush, let\'s take it slowly".',
          ),
          item(
            '聆听倾诉：有内容地回应，“换做是我，我也会这么想”，而不是机械的“嗯嗯是是”。',
            'Listen: respond with substance ("in your place I would think the same"), not a mechanical "uh-huh".',
          ),
          item(
            '详细记录：记下姓名、电话和投诉要点，念给客户核对；再去系统或当事人那里核实。',
            'Record: note the name, number and key points, read them back, then verify in the system or with the staff involved.',
          ),
          item(
            '判断需求：用封闭式问题把客户引向可行的结果；补偿给两三个具体选项。',
            'Judge the need: steer with closed questions; offer compensation as a choice of two or three concrete options.',
          ),
          item(
            '及时处理：当场能办就当场办；办不了，承诺几天内给答复。',
            'Act: settle it on the spot if you can; if not, commit to a reply within a set number of days.',
          ),
          item(
            '后续跟踪：即使当场解决了，也要回访，确认客户心里没有疙瘩。',
            'Follow up: even when it was settled on the spot, check back that no ill feeling remains.',
          ),
        ],
      },
    ],
  },
  {
    id: 'angry-customer-order',
    title: item('面对愤怒的客户', 'The angry customer'),
    summary: item(
      '承认情绪 → 倾听 → 表示理解 → 找原因 → 明确要求 → 协商 → 跟进。',
      'Acknowledge → listen → show understanding → find the cause → clarify the need → negotiate → follow up.',
    ),
    blocks: [
      text(
        '越是愤怒的客户，越要温和、迂回地推进。永远不要否认客户的情绪：“您别激动”“这有什么好生气的”只会火上浇油。先承认，再邀请他一起解决：“我能看出您很着急，我也想把这事办好，您能跟我说说经过吗？”',
        'The angrier the customer, the more gently you proceed. Never deny the feeling: "calm down" or "there is nothing to be upset about" adds fuel to the fire. Acknowledge it, then invite them into solving it: "I can see this has really upset you, and I want to sort it out too. Could you tell me what happened?"',
      ),
      text(
        '让客户把话说完，不要打断，不要说“是的，但是……”。边听边记，让他知道您在记。问清他想要什么：换、退，还是别的？能答应的痛快答应；不能答应的，从他自己的想法里找出路。',
        'Let them finish; do not interrupt; never "yes, but…". Take notes and let them know you are. Ask what they want: a replacement, a refund, something else? Agree gladly to what you can; where you cannot, build a way forward from their own ideas.',
      ),
    ],
  },
  {
    id: 'cues',
    title: item('听出线索，找到真实期望', 'Cues and the real expectation'),
    summary: item(
      '客户说出口的抱怨，不一定是他真正想要的。',
      'What the customer complains about is not always what they want.',
    ),
    blocks: [
      {
        kind: 'list',
        items: [
          item('反复强调的话（重复）', 'What they repeat or stress (repetition)'),
          item(
            '语气突然变激动的那一句（语气上扬）',
            'The sentence where the tone rises (rising tone)',
          ),
          item('让态度松动一点的话（缓和）', 'What makes them soften a little (softening)'),
          item('有意回避的问题（回避）', 'Questions they avoid (avoidance)'),
          item(
            '明显夸大的说法，以及为什么夸大（夸大）',
            'Exaggeration, and why they exaggerate (exaggeration)',
          ),
        ],
      },
      text(
        '收集信息的三种方法：问事实、体会感受、探询期望。空调遥控器的案例里，客户嘴上说电池，心里是别人说“这牌子不行”留下的阴影；投诉席听出了那两句话，绕开电池，专业地介绍产品、客观比较，客户重新有了信心。只解释电池，问题解决了，客户也不会真正满意。',
        'Three ways to gather information: ask for facts, feel the feelings, probe the expectation. In the air-conditioner case the customer spoke of batteries, but what hurt was others saying the brand was poor. The complaint seat heard the two telling sentences, set the battery aside, presented the product professionally and compared it fairly, and the customer regained confidence. Explaining only the battery would have fixed the remote and left him unsatisfied.',
      ),
      text(
        '敢于根据现场信息假设客户的期望，再用更多信息去验证和修正；确认之后，帮客户达到它。',
        'Dare to form a hypothesis about the expectation from what you hear, test and correct it, and once it is confirmed, help the customer reach it.',
      ),
    ],
  },
  {
    id: 'listening',
    title: item('倾听', 'Listening'),
    summary: item(
      '让客户说完，复述确认，边听边记。',
      'Let them finish, paraphrase to confirm, take notes.',
    ),
    blocks: [
      text(
        '倾听不是沉默。用复述证明您听懂了：“让我再确认一下，星期三修过一次，星期五又出现同样的故障，是这样吗？我记下来。”记录之后念给客户核对，既能纠错，也让客户感到被重视。',
        'Listening is not silence. Prove you understood by playing it back: "Let me check: it was repaired on Wednesday and the same fault came back on Friday, is that right? I am noting it down." Reading notes back both catches mistakes and shows the customer they matter.',
      ),
    ],
  },
  {
    id: 'apology',
    title: item('道歉不等于认责', 'An apology is not an admission'),
    summary: item(
      '该道歉时道歉：早一点，真诚一点；责任等客户平静后再厘清。',
      'Apologize early and sincerely; settle responsibility once the customer is calm.',
    ),
    blocks: [
      text(
        '很多新人觉得说“对不起”就等于承认错误，其实不然。道歉安抚的是情绪，能防止事情升级；谁的责任，等客户平静下来再冷静地厘清。公司确有不到位的地方，整通电话至少要有一句真诚的道歉；客户情绪激动时，越早越好；结束时，可以代表公司再致歉、感谢客户的批评。',
        'Many newcomers think "I am sorry" admits fault. It does not. An apology calms the feeling and keeps things from escalating; responsibility can be settled calmly later. Where the company fell short, a call needs at least one sincere apology: early while the customer is upset, and again for the company at the close, with thanks for the criticism.',
      ),
    ],
  },
  {
    id: 'due-date-first',
    title: item('先给时间和办法，再查原因', 'Due date and action before root cause'),
    summary: item(
      '客户最先关心什么时候解决、怎么解决；查根源是为了改进，不是为了找人受罚。',
      'Customers first want to know when and how; causes are for improving the process, not for punishing someone.',
    ),
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: [
          item('什么时候解决（时间）', 'When it will be solved (due date)'),
          item('怎么解决（行动）', 'How it will be solved (action)'),
          item(
            '为什么会发生（根源：流程，而不是谁该受罚）',
            'Why it happened (root cause: the process, not who gets punished)',
          ),
          item('怎样不再发生（预防）', 'How it will not happen again (prevention)'),
        ],
      },
      text(
        '发错配件的案例里，各部门忙着查是谁的错，客户真正要的——尽快把对的配件发过来——反而被晾在一边，结果引来第二次投诉。一切向前看：先解决，后追责。首问负责：“这件事由我来负责跟进。”',
        'In the wrong-spare-part case every department was busy finding who was at fault, while what the customer needed (the right part, fast) waited, and a second complaint followed. Look forward: solve first, find fault later. Own the first contact: "I will personally follow this through."',
      ),
    ],
  },
  {
    id: 'respond-now',
    title: item(
      '立即响应，持续反馈，超越期望',
      'Respond now, keep feeding back, exceed expectations',
    ),
    summary: item(
      '速度体现态度；复杂问题至少每天反馈一次进度。',
      'Speed shows attitude; on complex cases, update at least once a day.',
    ),
    blocks: [
      {
        kind: 'list',
        items: [
          item(
            '主动承担：在客户眼里，签证、航班、酒店、用餐都是组织者的事，不找借口。',
            "Take responsibility as the organiser: in the customer's eyes visas, flights, hotels and meals are all your problem. No excuses.",
          ),
          item(
            '立即响应：安抚要快，调查同时进行；不要等调查结束才回话。',
            'Respond at once: soothe fast and investigate in parallel; never wait for the investigation to end before replying.',
          ),
          item(
            '持续反馈：没有进展也要说明进展；两三天没消息，客户就觉得石沉大海。',
            'Keep feeding back, even with no progress; two or three days of silence feels like sinking without trace.',
          ),
          item(
            '超越期望：达成一致后，再多做一点，并再次道谢——善终比善始更重要。',
            'Exceed expectations: after agreement, add a small extra and thank them again. Ending well matters more than starting well.',
          ),
        ],
      },
    ],
  },
  {
    id: 'expectations',
    title: item('期望管理', 'Managing expectations'),
    summary: item(
      '问清期望并排序，说清能做和不能做的，补偿有限度，审慎承诺。',
      'Learn and rank the expectations, say what can and cannot be done, bound compensation, promise carefully.',
    ),
    blocks: [
      text(
        '投诉的客户期望往往很高。先提问了解期望，再帮客户排出最看重的那一项；说清楚哪些能满足、哪些不能，把期望调整到双方都能接受的位置，争取双赢。',
        'Complaining customers often expect a lot. Ask to learn the expectations, help the customer rank what matters most, say clearly what can and cannot be met, and settle where both sides can agree: a win-win.',
      ),
      text(
        '补偿用封闭式选项提出：“我们准备了两样小礼品，您看喜欢哪一样？”不要问“您想要什么补偿”——徒增尴尬，还会抬高期望。不许做不到的承诺，也不许没有时间的承诺；不合理的要求，委婉而明确地拒绝，并说明理由。',
        'Offer compensation as a closed choice ("we have two small gifts; which would you prefer?"), never "what compensation do you want?", which only creates awkwardness and raises expectations. Make no promise you cannot keep and none without a date; decline unreasonable demands tactfully but clearly, with reasons.',
      ),
    ],
  },
  {
    id: 'questions',
    title: item('开放式与封闭式提问', 'Open and closed questions'),
    summary: item(
      '了解用开放式，确认和给选项用封闭式。',
      'Explore with open questions; confirm and offer with closed ones.',
    ),
    blocks: [
      {
        kind: 'list',
        items: [
          item(
            '开放式：“您能说说当时的具体情况吗？”“您觉得这件事怎么处理比较好？”',
            'Open: "Could you tell me what happened?" "How would you like this to be resolved?"',
          ),
          item(
            '封闭式确认：“您的意思是想换一台，是吗？”',
            'Closed, to confirm: "So you would like a replacement, is that right?"',
          ),
          item(
            '封闭式选项：“今天寄出，或者周六上门，您看哪个方便？”',
            'Closed, to offer: "I can post it today or send someone on Saturday; which suits you?"',
          ),
        ],
      },
    ],
  },
  {
    id: 'follow-up',
    title: item('跟踪与回访', 'Follow-up'),
    summary: item(
      '说到做到：约好的回电一定打，到点没结果也要先回个电话。',
      'Keep your word: make every callback you promised, even just to report where things stand.',
    ),
    blocks: [
      text(
        '承诺回电，就要说清什么时间、用什么方式，并且兑现。即使问题当场解决了，也值得回访一次，确认客户心里已经没有疙瘩。',
        'When you promise a callback, say when and how, and keep it. Even when the problem was solved on the spot, a return call is worth making to be sure nothing still rankles.',
      ),
    ],
  },
  {
    id: 'closing',
    title: item('结束前确认满意', 'Check satisfaction before closing'),
    summary: item(
      '结束通话不是目标，客户满意才是。',
      'Ending the call is not the goal; a satisfied customer is.',
    ),
    blocks: [
      text(
        '“请问还有什么可以帮到您？”——“没有了。”——“感谢来电，再见！”这样收线，如果那句“没有了”是无奈或失望的，这通电话就是不合格的。挂机前，真正问一句客户是否放心、还有哪里不踏实。',
        '"Is there anything else I can help with?" "No." "Thanks for calling, goodbye!" If that "no" was resigned or disappointed, the call has failed. Before hanging up, genuinely ask whether the customer is reassured and what still worries them.',
      ),
    ],
  },
  {
    id: 'composure',
    title: item('情绪自控与服务规范', 'Composure and service language'),
    summary: item(
      '语气平稳，不冷不腻；先报身份；规范地请客户稍等、约回电。',
      'Steady, neither cold nor gushing; say who you are; hold and call back properly.',
    ),
    blocks: [
      {
        kind: 'list',
        items: [
          item(
            '客户的火气冲着的是公司、产品或服务，不是您个人。',
            'The anger is aimed at the company, the product or the service, not at you.',
          ),
          item(
            '被激怒时，心里从一数到十，或深呼吸；电话里可以短暂静音、喝口水再继续。',
            'When provoked, count to ten or breathe deeply; on the phone, mute briefly and sip water before you go on.',
          ),
          item(
            '电话接起先报身份：“您好，这里是……，我是……”。',
            'On the phone, say who you are first: "Hello, this is … speaking".',
          ),
          item(
            '请客户稍等要说明原因和大概时间，回来时先说“让您久等了”。',
            'Put someone on hold with a reason and a rough time, and thank them for waiting when you return.',
          ),
          item(
            '不要让客户干等，也不要一边接待一边做别的事；别让电话冷场。',
            'Never leave them waiting while you do something else, and never let the line go dead.',
          ),
          item(
            '过分甜腻的语气反而让投诉的客户不信任；平稳、诚恳就好。',
            'A gushing tone makes a complaining customer distrust you; steady and sincere is enough.',
          ),
        ],
      },
    ],
  },
  {
    id: 'avoid-phrases',
    title: item('要避免的说法，和更好的说法', 'Phrases to avoid, and better ones'),
    summary: item(
      '一句话就能让投诉升级，也能让客户转怒为喜。',
      'One phrase can escalate a complaint, or turn anger into goodwill.',
    ),
    blocks: [
      {
        kind: 'phrases',
        pairs: [
          pair(
            '是的，但是……',
            'Yes, but…',
            '是的……同时……；或者先让客户把话说完',
            'Yes… and at the same time…; or simply let them finish',
          ),
          pair(
            '您先别激动。',
            'Calm down.',
            '我能看出这件事让您很着急。',
            'I can see this has really worried you.',
          ),
          pair(
            '这不归我们管。',
            "That's not our department.",
            '这件事由我来帮您跟进。',
            'I will follow this up for you myself.',
          ),
          pair(
            '按规定……（开口就念）',
            'According to policy… (as an opener)',
            '先回应处境，再用规定说明办法',
            'Respond to their situation first, then use policy to explain the fix',
          ),
          pair(
            '您想要什么补偿？',
            'What compensation do you want?',
            '我们准备了两样，您看喜欢哪一样？',
            'We have two options for you; which would you prefer?',
          ),
          pair(
            '我们会尽快处理。',
            "We'll deal with it as soon as possible.",
            '明天下午五点前我给您回电话。',
            'I will call you back before 5 pm tomorrow.',
          ),
          pair(
            '走走走，别闹，咱边上说。',
            'Come on, stop making a scene, over here.',
            '我是这里的负责人，我来帮您解决，请您随我来。',
            'I am the manager here and I can help; please come with me.',
          ),
          pair(
            '一分钱，一分货。',
            'You get what you pay for.',
            '用事实说明产品的长处和保障',
            "Explain the product's strengths and guarantees with facts",
          ),
          pair(
            '他家那个牌子用料差。',
            'That other brand cuts corners.',
            '同价位各有长处，咱们这款强在……',
            'Each brand at this price has strengths; ours stands out in…',
          ),
          pair(
            '请问还有什么可以帮到您？（急着收线）',
            'Anything else I can help with? (rushing to hang up)',
            '今天聊完，您心里踏实些了吗？',
            'After today, do you feel more at ease about it?',
          ),
          pair(
            '再闹我们就报警 / 走法律程序。',
            "Keep this up and we'll call the police / take legal action.",
            '我理解您的不满，我们一起把事情弄清楚。',
            'I understand why you are unhappy; let us get to the bottom of it together.',
          ),
        ],
      },
    ],
  },
  {
    id: 'principles',
    title: item('四项原则与十条规范', 'Four principles and the norms'),
    summary: item(
      '耐心倾听不争执，想方设法平息怨气，将心比心，迅速拿出方案。',
      'Listen without arguing, calm the resentment, put yourself in their place, act quickly.',
    ),
    blocks: [
      {
        kind: 'list',
        items: [
          item(
            '耐心倾听客户的抱怨，坚决避免争执。',
            'Listen patiently to the complaint; never argue.',
          ),
          item(
            '想方设法平息抱怨，消除怨气。',
            'Do everything you can to calm the complaint and dissolve the resentment.',
          ),
          item(
            '站在客户的立场上，将心比心。',
            "Stand in the customer's place; feel what they feel.",
          ),
          item('迅速拿出解决方案并行动。', 'Draw up a solution quickly and act on it.'),
          item(
            '不自我辩护，不归咎责任；即使是客户的错，也给他台阶下。',
            'Do not defend yourself or assign blame; even when the customer is wrong, give them a way to save face.',
          ),
          item(
            '感谢客户的批评指正；分析每一次投诉，找到根源并改进。',
            'Thank the customer for the criticism; analyse every complaint to find and fix the root cause.',
          ),
        ],
      },
      text(
        '课程材料引用的调查说：不满意的客户里只有少数会投诉，多数默默离开；而投诉被迅速解决的客户，大多会再次光顾。投诉是客户还信任您的信号——有期望才会有失望。',
        'The course material cites surveys saying that only a few dissatisfied customers complain while most leave in silence, and that most complainers whose problem is solved quickly come back. A complaint is a sign of trust: there is no disappointment without expectation.',
      ),
    ],
  },
  {
    id: 'grading',
    title: item('通话怎样评分', 'How a call is graded'),
    summary: item(
      '像培训师那样打分：错误有多严重定下档次，做到了多少定下档次里的位置。',
      'Graded the way a trainer grades: how serious a mistake is sets the band, how much you got right places you in it.',
    ),
    blocks: [
      text(
        '每一句回答先看犯了什么错误，每种错误都给分数划定一个档次：',
        'Each reply is first judged by its mistakes; each kind of mistake bounds the grade:',
      ),
      {
        kind: 'list',
        items: [
          item(
            '严重错误（争执、归咎、威胁、否认客户的情绪、拒绝道歉、泄露隐私）：0–29 分，整通电话最高 30 分。',
            'A critical mistake (arguing, blaming, threatening, denying the customer’s feelings, refusing to apologize, disclosing private information): 0–29, and the whole call at most 30.',
          ),
          item(
            '有害的错误或顺序错误（“是的，但是”、推诿、先念规定、随口许诺、答应的回电没打、客户已经无奈还收线、客户还在气头上就给办法）：30–59 分，不会是 0 分。',
            'A harmful mistake or a step out of order ("yes, but", passing the problem on, leading with policy, a rash promise, a promised callback not made, closing on a customer who sounds resigned, a fix before the customer has calmed down): 30–59, never 0.',
          ),
          item(
            '漏掉了该做的一步（客户已经平静，却没确认满意就收线；放过了关键线索）：60–74 分。',
            'A step left undone (closing on a settled customer without checking satisfaction, letting the key cue pass): 60–74.',
          ),
          item(
            '小错误（机械地“嗯嗯是是”、生硬地请客户稍等、语气过分甜腻、电话里没报身份、只解决了表面问题）：45–89 分。',
            'A minor slip (a mechanical "uh-huh, yes", an abrupt hold, a gushing tone, not saying who you are on the phone, fixing only the surface complaint): 45–89.',
          ),
          item(
            '没有错误：45–100 分。只做到专家回答的一部分，按缺了的部分扣得更多：做到一半大约 59 分。',
            'No mistake: 45–100. A reply that does only part of what the expert’s reply does loses more the more it leaves out: half of it grades about 59.',
          ),
        ],
      },
      text(
        '几种错误同时出现，取它们当中最低的下限和最低的上限：多犯一个错误，分数只会更低。在档次之内，看这句回答做到的要点（减去扣分）占同一时刻专家回答的多少。顺序规则（先处理心情再处理事情、先听清问题再解决问题等）一通电话只扣一次，扣在它保护的那一项上；同一句里已经先安抚、先倾听的，不算违反。',
        'With several mistakes, the lowest floor and the lowest ceiling among them hold: one more mistake only ever lowers a grade. Within the band, what counts is how much the reply earned (less its penalties) against the expert’s reply at the same moment. An ordering rule (mood before matter, hear before solve and the others) costs once a call, on the skill it protects, and a reply that calms or listens before it solves does not break it.',
      ),
      text(
        '整通电话看七项能力：倾听、共情致歉、解决各占 20，信息收集、期望管理、跟踪与结束、情绪自控与规范各占 10。每一项一半看得到的要点和扣分，一半看相关回答的分数。没有严重错误的电话最低 30 分；结局还会封顶：勉强接受 74 分，升级 50 分，客户挂断 40 分，公开投诉 30 分。',
        'A whole call is scored on seven skills: listening, empathy and apology, and resolving weigh 20 each; diagnosing, managing expectations, following up and composure 10 each. Each is half the points earned and lost on it and half the grades of the replies that had a stake in it. A call without a critical mistake scores at least 30; how it ends caps it: a grudging resolution at 74, an escalation at 50, a hang-up at 40, a public complaint at 30.',
      ),
    ],
  },
];

export const handbookEntry = (id: string) => HANDBOOK.find((e) => e.id === id);

import type { Behaviour } from '../../behaviours';
import type { LocalizedText } from '../../scenario-schema';
import type { DimensionId } from '../dimensions';
import { has, type FiringRule } from '../rule';

type Severity = 'penalty-critical' | 'penalty-major' | 'penalty-minor';
const POINTS: Record<Severity, number> = {
  'penalty-critical': 2,
  'penalty-major': 1,
  'penalty-minor': 0.5,
};

function mistake(
  id: string,
  behaviour: Behaviour,
  kind: Severity,
  dimension: DimensionId,
  handbook: string,
  description: LocalizedText,
  feedback: LocalizedText,
): FiringRule {
  return {
    id,
    kind,
    dimension,
    weight: POINTS[kind],
    handbook,
    description,
    feedback,
    fires: (f) => has(f, behaviour),
  };
}

/**
 * The mistakes the course warns against, one rule per behaviour tag (a premature close is graded by
 * the moment it meets: see closing.ts). Critical ones also cap the
 * call's total: a trainer fails a call in which the representative argued, blamed or threatened,
 * however well the rest went.
 */
export const MISTAKE_RULES: readonly FiringRule[] = [
  mistake(
    'no-arguing',
    'argue',
    'penalty-critical',
    'composure',
    'avoid-phrases',
    {
      'zh-CN': '坚决避免与客户争执：争赢了道理，就输掉了客户。',
      en: 'Never argue with the customer: win the point and you lose the customer.',
    },
    {
      'zh-CN': '这句话是在跟客户争对错。争执只会火上浇油，客户要的是被听见，不是被纠正。',
      en: 'This reply argues with the customer. Arguing only adds fuel to the fire; they want to be heard, not corrected.',
    },
  ),
  mistake(
    'no-blaming',
    'blame',
    'penalty-critical',
    'apologize',
    'avoid-phrases',
    {
      'zh-CN': '不归咎责任、不自我辩护：不怪客户，也不把问题推给同事或别的部门。',
      en: 'Do not assign blame or defend yourself: not the customer, not a colleague, not another department.',
    },
    {
      'zh-CN': '这句话把责任推给了别人。哪怕事出有因，先解决问题，追责是以后的事。',
      en: 'This reply puts the blame on someone else. Even when there is a reason, solve first; finding fault can wait.',
    },
  ),
  mistake(
    'no-threats',
    'threaten',
    'penalty-critical',
    'composure',
    'avoid-phrases',
    {
      'zh-CN': '不以法律或后果威胁客户：对抗只会把投诉变成公开事件。',
      en: 'Never threaten the customer with legal steps or consequences: confrontation turns a complaint into a public fight.',
    },
    {
      'zh-CN': '这句话带着威胁的意味。对客户摆出对抗姿态，品牌输得最多。',
      en: 'This reply sounds like a threat. When a company squares up to a customer, the brand loses most.',
    },
  ),
  mistake(
    'no-denying-emotion',
    'deny-emotion',
    'penalty-critical',
    'apologize',
    'angry-customer-order',
    {
      'zh-CN': '不否认客户的情绪：“您别激动”“这有什么好生气的”只会让人更火。',
      en: 'Never deny the customer\'s feelings: "calm down" or "there\'s nothing to be upset about" only makes it worse.',
    },
    {
      'zh-CN': '这句话否认了客户的情绪。先承认他有理由生气，他才愿意往下说。',
      en: 'This reply denies how the customer feels. Acknowledge that they have reason to be upset and they will keep talking.',
    },
  ),
  mistake(
    'no-refusing-apology',
    'refuse-apology',
    'penalty-critical',
    'apologize',
    'apology',
    {
      'zh-CN': '不因为“道歉就是认错”而拒绝道歉：道歉安抚的是情绪，责任之后再厘清。',
      en: 'Never refuse to apologize because "an apology admits liability": an apology soothes; responsibility is settled later.',
    },
    {
      'zh-CN': '拒绝道歉把客户推到了对立面。道歉和承担责任不是一回事，先说一声“对不起”。',
      en: 'Refusing to apologize pushed the customer into opposition. Apologizing is not accepting liability; say sorry first.',
    },
  ),
  mistake(
    'no-disclosing',
    'disclose-private',
    'penalty-critical',
    'composure',
    'avoid-phrases',
    {
      'zh-CN': '不泄露客户或他人的隐私信息，不在公开场合谈论个案细节。',
      en: 'Never disclose private information about the customer or others, and never discuss case details in public.',
    },
    {
      'zh-CN': '这句话透露了不该说的信息，只会坐实客户最担心的事。',
      en: 'This reply gives away information it should not, confirming exactly what the customer feared.',
    },
  ),
  mistake(
    'avoid-yes-but',
    'yes-but',
    'penalty-major',
    'listen',
    'avoid-phrases',
    {
      'zh-CN': '避免“是的，但是……”：“但是”一出口，前面的认同就全被抵消了。',
      en: 'Avoid "yes, but…": the "but" cancels everything you agreed to before it.',
    },
    {
      'zh-CN': '“是的，但是……”让前半句的认同落了空。可以换成“是……同时……”，或者先把客户的话听完。',
      en: 'The "yes, but…" undid the agreement in front of it. Try "yes… and at the same time…", or simply let them finish.',
    },
  ),
  mistake(
    'avoid-deflecting',
    'deflect',
    'penalty-major',
    'resolve',
    'avoid-phrases',
    {
      'zh-CN': '首问负责：不说“这不归我们管”“这不是问题”，接住客户的问题。',
      en: 'Own the first contact: never "that is not our department" or "that is not a problem"; take the problem on.',
    },
    {
      'zh-CN': '这句话把问题推开了。客户找到您，就是把问题交给了您，首问负责才能留住客户的信任。',
      en: 'This reply pushes the problem away. The customer handed it to you; owning it is how you keep their trust.',
    },
  ),
  mistake(
    'avoid-policy-first',
    'policy-first',
    'penalty-major',
    'resolve',
    'avoid-phrases',
    {
      'zh-CN': '不先念规定：先回应客户的处境，规定是解释办法时的依据，不是开场白。',
      en: "Don't lead with policy: respond to the customer's situation first; policy backs a solution, it doesn't open one.",
    },
    {
      'zh-CN': '一开口就是规定，客户只会觉得您在找理由。先回应客户的处境，再说能怎么办。',
      en: 'Opening with policy sounds like an excuse. Respond to their situation first, then say what can be done.',
    },
  ),
  mistake(
    'avoid-over-promise',
    'over-promise',
    'penalty-major',
    'expectations',
    'expectations',
    {
      'zh-CN': '审慎承诺：不许做不到、或没有时间的承诺，失信比拒绝更伤人。',
      en: 'Promise carefully: no promise you cannot keep or without a date; a broken promise hurts more than a clear no.',
    },
    {
      'zh-CN': '这个承诺超出了能兑现的范围。一时安抚住了，做不到的时候会引来第二次投诉。',
      en: 'This promises more than can be delivered. It calms them today and brings a second complaint when it falls through.',
    },
  ),
  mistake(
    'avoid-disparaging-competitors',
    'disparage-competitor',
    'penalty-major',
    'composure',
    'avoid-phrases',
    {
      'zh-CN': '可以比较，不要贬低：踩别的品牌、同事或公司，只会让客户怀疑您的专业。',
      en: 'Compare, never disparage: running down other brands, colleagues or the company makes the customer doubt your professionalism.',
    },
    {
      'zh-CN': '贬低别人听起来像在辩解。用事实做专业的比较，更能让客户放心。',
      en: 'Running others down sounds defensive. A factual, professional comparison reassures far more.',
    },
  ),
  mistake(
    'avoid-open-ended-offer',
    'open-ended-offer',
    'penalty-major',
    'expectations',
    'expectations',
    {
      'zh-CN': '补偿用封闭式提问：给出两三个具体选项，不问“您想要什么补偿”。',
      en: 'Offer compensation as a closed choice between a few concrete options, never "what compensation do you want?".',
    },
    {
      'zh-CN': '“您想要什么补偿”只会让双方都尴尬，还可能抬高期望。给两三个具体选项让客户挑。',
      en: '"What would you like as compensation?" only creates awkwardness and raises expectations. Offer two or three concrete options.',
    },
  ),
  mistake(
    'avoid-blame-hunting',
    'investigate-blame',
    'penalty-major',
    'resolve',
    'due-date-first',
    {
      'zh-CN': '先解决，后追责：一切向前看，查根源是为了改进流程，不是为了找人受罚。',
      en: 'Solve first, find fault later: look forward; causes are for fixing the process, not for punishing someone.',
    },
    {
      'zh-CN': '先查是谁的错，客户的问题就被晾在一边了。先把事情办了，再回头查原因。',
      en: "Hunting for who is at fault leaves the customer's problem waiting. Get it done, then look into the cause.",
    },
  ),
  mistake(
    'avoid-keeping-waiting',
    'keep-waiting',
    'penalty-major',
    'composure',
    'composure',
    {
      'zh-CN': '不让客户干等：不要一边接待客户一边处理别的事。',
      en: 'Never leave the customer waiting while you deal with something else.',
    },
    {
      'zh-CN': '让客户干等着，等于告诉对方“你不重要”。手上的事放一放，先接待客户。',
      en: 'Leaving them waiting tells them they do not matter. Put the other task down and serve them first.',
    },
  ),
  mistake(
    'avoid-fillers',
    'filler',
    'penalty-minor',
    'listen',
    'avoid-phrases',
    {
      'zh-CN': '回应要有内容：机械的“嗯，嗯，是，对”不是倾听。',
      en: 'Respond with substance: a mechanical "uh-huh, yes, right" is not listening.',
    },
    {
      'zh-CN': '只是“嗯嗯是是”，客户听不出您听懂了什么。复述一句客户的话，效果好得多。',
      en: 'Just "uh-huh, yes" does not show what you understood. Repeating one thing they said works far better.',
    },
  ),
  mistake(
    'avoid-rough-hold',
    'rough-hold',
    'penalty-minor',
    'composure',
    'composure',
    {
      'zh-CN': '请客户稍等要说明原因和时间，回来时先说“让您久等了”。',
      en: 'When you put someone on hold, say why and for how long, and thank them for waiting when you return.',
    },
    {
      'zh-CN': '没说原因就让客户等，显得很生硬。说明为什么要等、大概多久。',
      en: 'Putting them on hold without a reason sounds abrupt. Say why and roughly how long.',
    },
  ),
  mistake(
    'avoid-over-affection',
    'over-affectionate',
    'penalty-minor',
    'composure',
    'composure',
    {
      'zh-CN': '语气平稳诚恳，不卑不亢：过分甜腻反而让人不信任。',
      en: 'Sincere and steady, neither servile nor cold: a gushing tone breeds distrust.',
    },
    {
      'zh-CN': '语气太腻了，投诉的客户会觉得您在应付。平稳、诚恳就好。',
      en: 'That tone is too sweet; a complaining customer hears it as being managed. Steady and sincere is enough.',
    },
  ),
];

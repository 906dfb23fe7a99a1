import type { PenaltyRule } from '../rule';

/**
 * The mistakes the course warns against, one rule each. Critical ones also cap the call's total:
 * a trainer fails a call in which the representative argued, blamed or threatened, however well
 * the rest went.
 */
export const MISTAKE_RULES: readonly PenaltyRule[] = [
  {
    id: 'no-arguing',
    kind: 'penalty-critical',
    behaviour: 'argue',
    dimension: 'listen',
    points: 2,
    description: {
      'zh-CN': '坚决避免与客户争执：争赢了道理，就输掉了客户。',
      en: 'Never argue with the customer: win the point and you lose the customer.',
    },
    feedback: {
      'zh-CN': '这句话是在跟客户争对错。争执只会火上浇油，客户要的是被听见，不是被纠正。',
      en: 'This reply argues with the customer. Arguing only adds fuel to the fire; they want to be heard, not corrected.',
    },
  },
  {
    id: 'no-blaming',
    kind: 'penalty-critical',
    behaviour: 'blame',
    dimension: 'apologize',
    points: 2,
    description: {
      'zh-CN': '不归咎责任、不自我辩护：不怪客户，也不把问题推给同事或别的部门。',
      en: 'Do not assign blame or defend yourself: not the customer, not a colleague, not another department.',
    },
    feedback: {
      'zh-CN': '这句话把责任推给了别人。哪怕事出有因，先解决问题，追责是以后的事。',
      en: 'This reply puts the blame on someone else. Even when there is a reason, solve first; finding fault can wait.',
    },
  },
  {
    id: 'no-threats',
    kind: 'penalty-critical',
    behaviour: 'threaten',
    dimension: 'apologize',
    points: 2,
    description: {
      'zh-CN': '不以法律或后果威胁客户：对抗只会把投诉变成公开事件。',
      en: 'Never threaten the customer with legal steps or consequences: confrontation turns a complaint into a public fight.',
    },
    feedback: {
      'zh-CN': '这句话带着威胁的意味。对客户摆出对抗姿态，品牌输得最多。',
      en: 'This reply sounds like a threat. When a company squares up to a customer, the brand loses most.',
    },
  },
  {
    id: 'avoid-yes-but',
    kind: 'penalty-major',
    behaviour: 'yes-but',
    dimension: 'listen',
    points: 1,
    description: {
      'zh-CN': '避免“是的，但是……”：“但是”一出口，前面的认同就全被抵消了。',
      en: 'Avoid "yes, but…": the "but" cancels everything you agreed to before it.',
    },
    feedback: {
      'zh-CN': '“是的，但是……”让前半句的认同落了空。可以换成“是……同时……”，或者先把客户的话听完。',
      en: 'The "yes, but…" undid the agreement in front of it. Try "yes… and at the same time…", or simply let them finish.',
    },
  },
  {
    id: 'avoid-deflecting',
    kind: 'penalty-major',
    behaviour: 'deflect',
    dimension: 'resolve',
    points: 1,
    description: {
      'zh-CN': '首问负责：不说“这不归我们管”“这不是问题”，接住客户的问题。',
      en: 'Own the first contact: never "that is not our department" or "that is not a problem"; take the problem on.',
    },
    feedback: {
      'zh-CN': '这句话把问题推开了。客户打来，就是把问题交给了您，首问负责才能留住他的信任。',
      en: 'This reply pushes the problem away. The customer handed it to you; owning it is how you keep their trust.',
    },
  },
  {
    id: 'avoid-policy-first',
    kind: 'penalty-major',
    behaviour: 'policy-first',
    dimension: 'resolve',
    points: 1,
    description: {
      'zh-CN': '不先念规定：先回应客户的处境，规定是解释办法时的依据，不是开场白。',
      en: "Don't lead with policy: respond to the customer's situation first; policy backs a solution, it doesn't open one.",
    },
    feedback: {
      'zh-CN': '一开口就是规定，客户只会觉得您在找理由。先回应他的处境，再说能怎么办。',
      en: 'Opening with policy sounds like an excuse. Respond to their situation first, then say what can be done.',
    },
  },
  {
    id: 'avoid-premature-close',
    kind: 'penalty-major',
    behaviour: 'premature-close',
    dimension: 'resolve',
    points: 1,
    description: {
      'zh-CN': '不急着结束：客户一句无奈的“没有了”不等于满意，挂机前要确认他真的满意。',
      en: 'Don\'t rush the close: a resigned "no, that\'s all" is not satisfaction; check before you hang up.',
    },
    feedback: {
      'zh-CN': '这是在急着收线。客户那句“没有了”听起来很无奈，结束通话不是目标，客户满意才是。',
      en: 'This rushes to hang up. That "no, that\'s all" sounded resigned; ending the call is not the goal, a satisfied customer is.',
    },
  },
  {
    id: 'avoid-over-promise',
    kind: 'penalty-major',
    behaviour: 'over-promise',
    dimension: 'resolve',
    points: 1,
    description: {
      'zh-CN': '审慎承诺：不许做不到、或没有时间的承诺，失信比拒绝更伤人。',
      en: 'Promise carefully: no promise you cannot keep or without a date; a broken promise hurts more than a clear no.',
    },
    feedback: {
      'zh-CN': '这个承诺超出了能兑现的范围。一时安抚住了，做不到的时候会引来第二次投诉。',
      en: 'This promises more than can be delivered. It calms them today and brings a second complaint when it falls through.',
    },
  },
  {
    id: 'avoid-disparaging-competitors',
    kind: 'penalty-major',
    behaviour: 'disparage-competitor',
    dimension: 'resolve',
    points: 1,
    description: {
      'zh-CN': '可以比较，不要贬低：踩别的品牌，只会让客户怀疑您的专业。',
      en: 'Compare, never disparage: running down other brands makes the customer doubt your professionalism.',
    },
    feedback: {
      'zh-CN': '贬低别的品牌听起来像在辩解。用事实做专业的比较，更能让客户放心。',
      en: 'Running down other brands sounds defensive. A factual, professional comparison reassures far more.',
    },
  },
  {
    id: 'avoid-open-ended-offer',
    kind: 'penalty-major',
    behaviour: 'open-ended-offer',
    dimension: 'resolve',
    points: 1,
    description: {
      'zh-CN': '补偿用封闭式提问：给出两三个具体选项，不问“您想要什么补偿”。',
      en: 'Offer compensation as a closed choice between a few concrete options, never "what compensation do you want?".',
    },
    feedback: {
      'zh-CN': '“您想要什么补偿”只会让双方都尴尬，还可能抬高期望。给两三个具体选项让客户挑。',
      en: '"What would you like as compensation?" only creates awkwardness and raises expectations. Offer two or three concrete options.',
    },
  },
];

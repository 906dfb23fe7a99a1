import { SOLUTION_MOVES } from '../../behaviours';
import { has, hasAny, type FiringRule } from '../rule';

/** The customer just said the line that gives away what they really want, and the reply let it pass. */
export const ignoredKeyCue: FiringRule = {
  id: 'ignored-key-cue',
  kind: 'penalty-major',
  omission: true,
  dimension: 'diagnose',
  weight: 1,
  handbook: 'cues',
  fires: (f) => f.keyCueHere && !f.timedOut && !has(f, 'probe-expectation', 'paraphrase'),
  description: {
    'zh-CN': '抓住关键线索：客户反复强调的、语气激动的、态度松动的那句话，往往就是客户真正想要的。',
    en: 'Catch the key cue: what the customer repeats, where their tone rises or softens, often reveals what they really want.',
  },
  feedback: {
    'zh-CN': '客户刚才那句话透露了真正在意的事，这句回答却把它放过去了。',
    en: 'The customer had just told you what really mattered to them, and this reply let it pass.',
  },
};

/**
 * A promised callback must be made before the call closes the case. Breaking it is harm done to the
 * customer's trust (they were told to expect it), not only a step left out.
 */
export const brokenCallback: FiringRule = {
  id: 'broken-callback',
  kind: 'penalty-major',
  dimension: 'followUp',
  weight: 1,
  handbook: 'follow-up',
  fires: (f) => f.endsCall && f.callbackOwed && !has(f, 'follow-up', 'progress-update'),
  description: {
    'zh-CN': '说到做到：约好的回电一定要打，到点没有结果也要先回个电话说明进度。',
    en: 'Keep your word: make every callback you promised, even if only to say where things stand.',
  },
  feedback: {
    'zh-CN': '答应了回电，却没有兑现就结束了。失约一次，之前的努力就白费了。',
    en: 'A callback was promised and never made before the case closed. One broken promise undoes the good work before it.',
  },
};

/**
 * A fix that answers the surface complaint after the real expectation was revealed and let pass:
 * it solves the wrong problem (the air-conditioner remote: new batteries for a customer who doubts
 * his purchase), so it keeps only part of its resolve credit.
 */
export const surfaceFix: FiringRule = {
  id: 'surface-fix',
  kind: 'penalty-minor',
  dimension: 'resolve',
  weight: 1,
  handbook: 'cues',
  fires: (f) => f.keyCueOutstanding && hasAny(f, SOLUTION_MOVES) && !has(f, 'probe-expectation'),
  description: {
    'zh-CN': '客户真正的期望已经露出来了，却只解决表面问题：办法给了，心结还在。',
    en: "Fixing only the surface complaint after the real expectation showed: the fix lands, the customer's real worry stays.",
  },
  feedback: {
    'zh-CN': '这个办法只解决了表面问题。客户前面已经透露了真正在意的事，先回到那句话上去。',
    en: 'This fixes only the surface complaint. The customer already let slip what really matters to them; go back to it first.',
  },
};

/** The customer waited in silence until the timer ran out: on a complaint line, a serious fault. */
export const deadAir: FiringRule = {
  id: 'dead-air',
  kind: 'penalty-major',
  dimension: 'composure',
  weight: 1,
  handbook: 'composure',
  fires: (f) => f.timedOut,
  description: {
    'zh-CN': '别让电话冷场：需要时间就说“请您稍等，我马上帮您查”，沉默会让客户更着急。',
    en: 'Avoid dead air: if you need time, say "one moment, I am checking that for you"; silence makes the customer more anxious.',
  },
  feedback: {
    'zh-CN': '电话那头沉默太久，客户更着急了。需要想一想，也要先给客户一句话。',
    en: 'The line went quiet for too long and the customer grew more anxious. Even when you need to think, say something first.',
  },
};

/**
 * On the phone the representative says who they are in the first reply of each contact: a
 * callback days later is a new call to the customer, who must hear who is ringing and why.
 */
export const noSelfIdentification: FiringRule = {
  id: 'no-self-identification',
  kind: 'penalty-minor',
  dimension: 'composure',
  weight: 0.5,
  handbook: 'composure',
  fires: (f) => f.channel === 'phone' && f.opensContact && !f.timedOut && !has(f, 'self-identify'),
  description: {
    'zh-CN':
      '每通电话一开口先报身份：“您好，这里是……，我是……”，回访电话也一样，让客户知道在跟谁说话。',
    en: 'On every call, a callback too, say who you are first ("Hello, this is … speaking"), so the customer knows who they are talking to.',
  },
  feedback: {
    'zh-CN': '开口没有报身份，客户不知道在跟谁说话，也就很难信任您。',
    en: 'You did not say who you are, so the customer did not know who they were talking to, which makes trust harder.',
  },
};

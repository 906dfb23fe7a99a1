import { describe, expect, it } from 'vitest';
import { walkPaths } from '../../src/engine/analyse-paths';
import { openingTranscript, turnTranscript } from '../../src/engine/attempt-log';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

/**
 * The customer says what is true on the path taken. For each line the expert graders, or a sweep
 * of every bundled case, found said when it was not true, the condition is stated here in the case's own reply ids (not through the
 * facts that implement it), and every path of the case is played: the line is said only on a path
 * that meets the condition, and on both sides of the condition the call reaches the line's node.
 */
interface Remembered {
  caseId: string;
  node: string;
  /** A phrase of the line, as the customer says it in Chinese. */
  phrase: string;
  /** Whether the replies so far make the line true. */
  holds: (replies: readonly string[]) => boolean;
}

/** The replies so far include one of these, or none of them. */
const anyOf =
  (...ids: string[]) =>
  (r: readonly string[]): boolean =>
    ids.some((id) => r.includes(id));
const noneOf =
  (...ids: string[]) =>
  (r: readonly string[]): boolean =>
    !anyOf(...ids)(r);

const REMEMBERED: Remembered[] = [
  {
    caseId: 'air-conditioner-remote',
    node: 'closing',
    phrase: '等你电话',
    holds: (r) => r.includes('confirm-and-callback'),
  },
  {
    caseId: 'air-conditioner-remote',
    node: 'ending-satisfied',
    phrase: '等你电话',
    holds: (r) => r.includes('confirm-and-callback'),
  },
  {
    caseId: 'manager-demand',
    node: 'close',
    phrase: '钱也给我退了',
    holds: (r) => r.includes('refund-checked'),
  },
  {
    caseId: 'card-annual-fee',
    node: 'haggle',
    phrase: '一桶油可打发不了我',
    holds: (r) => !r.includes('refund-plus-interest'),
  },
  {
    caseId: 'card-annual-fee',
    node: 'haggle',
    phrase: '连本带利全退，这可是你说的',
    holds: (r) => r.includes('refund-plus-interest'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'signs',
    phrase: '哭的时候有眼泪',
    holds: (r) => r.includes('read-and-ask'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'summary',
    phrase: '喂水……脱衣服',
    holds: (r) => r.includes('two-things'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'summary',
    phrase: '这会儿真能再喂吗',
    holds: (r) => r.includes('more-medicine'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'ending-grudging',
    phrase: '那药我可不敢再乱喂了',
    holds: (r) => r.includes('more-medicine'),
  },
  {
    caseId: 'anxious-parent-clinic',
    node: 'ending-grudging',
    phrase: '到底是找你还是找医生，我还是不知道',
    holds: (r) => r.includes('nod-along'),
  },
  {
    caseId: 'tour-multi-day',
    node: 'remedy',
    phrase: '次日 11:40',
    holds: (r) => r.includes('update-no-news') || r.includes('late-sorry-update'),
  },
  {
    caseId: 'tour-multi-day',
    node: 'remedy',
    phrase: '你说的方案',
    holds: (r) => r.includes('update-no-news') || r.includes('late-sorry-update'),
  },
  {
    caseId: 'tour-multi-day',
    node: 'remedy',
    phrase: '这都两天了',
    holds: (r) => !r.includes('update-no-news') && !r.includes('late-sorry-update'),
  },
  {
    caseId: 'manager-demand',
    node: 'asap-pushback',
    phrase: '尽快？你们哪回',
    holds: anyOf('asap'),
  },
  {
    caseId: 'manager-demand',
    node: 'asap-pushback',
    phrase: '有结果通知我？你们哪回',
    holds: anyOf('process-first'),
  },
  {
    caseId: 'manager-demand',
    node: 'settle',
    phrase: '就这三件事',
    holds: anyOf('read-back', 'no-excuses'),
  },
  {
    caseId: 'manager-demand',
    node: 'settle',
    phrase: '你们忙是你们的事',
    holds: noneOf('read-back', 'no-excuses'),
  },
  {
    caseId: 'classmate-deposit',
    node: 'wrap',
    phrase: '手机号改好了',
    holds: noneOf('fix-it-now'),
  },
  {
    caseId: 'classmate-deposit',
    node: 'wrap',
    phrase: '话说开了',
    holds: anyOf('fix-it-now'),
  },
  {
    caseId: 'classmate-deposit',
    node: 'ending-satisfied',
    phrase: '这二十万我不转了',
    holds: anyOf('team-follow-up'),
  },
  {
    caseId: 'intercom-repeat-failure',
    node: 'wrap',
    phrase: '这样还像回事',
    holds: anyOf('interim-guard'),
  },
  {
    caseId: 'tour-multi-day',
    node: 'final',
    phrase: '小许',
    holds: anyOf('sorry-own-it', 'update-no-news'),
  },
  {
    caseId: 'bank-social-security',
    node: 'closing',
    phrase: '闹了半天是这么回事',
    holds: anyOf('blame-phone', 'report-back'),
  },
  {
    caseId: 'bank-social-security',
    node: 'closing',
    phrase: '上社区去',
    holds: anyOf('community-route', 'report-back', 'vague-update'),
  },
  {
    caseId: 'card-annual-fee',
    node: 'choose',
    phrase: '剩那 35 块取出来给我',
    holds: noneOf('refund-everything', 'refund-plus-interest'),
  },
  {
    caseId: 'card-annual-fee',
    node: 'ending-grudging',
    phrase: '钱是要不回来了',
    holds: noneOf('refund-everything', 'refund-plus-interest'),
  },
  {
    caseId: 'car-delivery-defect',
    node: 'ending-satisfied',
    phrase: '下周三等你电话',
    holds: anyOf('report-and-check'),
  },
  {
    caseId: 'power-outage-95598',
    node: 'closing',
    phrase: '总算有句准话了',
    holds: anyOf('honest-estimate', 'come-clean'),
  },
  {
    caseId: 'power-outage-95598',
    node: 'ending-satisfied',
    phrase: '十一点我等你电话',
    holds: anyOf('callback-plan'),
  },
  {
    caseId: 'power-outage-95598',
    node: 'ending-satisfied',
    phrase: '小陈',
    holds: anyOf('steady-open', 'sweet-open'),
  },
  {
    caseId: 'power-outage-95598',
    node: 'ending-on-record',
    phrase: '3106',
    holds: anyOf('steady-open'),
  },
  {
    caseId: 'property-deposit-refund',
    node: 'ending-satisfied',
    phrase: '周四我等你电话',
    holds: anyOf('call-and-check'),
  },
  {
    caseId: 'property-deposit-refund',
    node: 'ending-public',
    phrase: '小周那张单子',
    holds: anyOf('apologize-take-aside', 'own-and-sit', 'correct-myself'),
  },
  {
    caseId: 'property-deposit-refund',
    node: 'ending-escalated',
    phrase: '说好的今天到账呢',
    holds: anyOf('tell-finance'),
  },
  {
    caseId: 'air-conditioner-remote',
    node: 'followup',
    phrase: '周四下午我在家',
    holds: anyOf('bounded-fix'),
  },
  {
    caseId: 'overpass-green-space',
    node: 'ending-escalated',
    phrase: '保证听不见',
    holds: anyOf('write-it-down'),
  },
  {
    caseId: 'overpass-green-space',
    node: 'ending-escalated',
    phrase: '再让十万',
    holds: anyOf('waive-and-barrier'),
  },
  {
    caseId: 'overpass-green-space',
    node: 'ending-satisfied',
    phrase: '礼拜四我等你电话',
    holds: anyOf('call-and-check'),
  },
  {
    caseId: 'group-purchase-terms',
    node: 'ending-escalated',
    phrase: '当着我们的面说的九折',
    // Promised at the opening and never taken back, or promised later for all 38 households.
    holds: (r) =>
      r.includes('ninety-for-all') ||
      (r.includes('ninety-percent-ok') && !r.includes('correct-myself')),
  },
  {
    caseId: 'group-purchase-terms',
    node: 'ending-escalated',
    phrase: '私下给我让一个点',
    holds: anyOf('private-point'),
  },
  {
    caseId: 'group-purchase-terms',
    node: 'ending-satisfied',
    phrase: '周三的书面答复',
    holds: anyOf('by-wednesday'),
  },
  {
    caseId: 'crane-order-recovery',
    node: 'face',
    phrase: '钱的事先放一放',
    holds: anyOf('hold-the-chase'),
  },
  {
    caseId: 'crane-order-recovery',
    node: 'pushback',
    phrase: '终身保修',
    holds: anyOf('lifetime-parts'),
  },
  {
    caseId: 'email-not-delivered',
    node: 'bounce',
    phrase: '以为是广告',
    holds: anyOf('ask-bounce'),
  },
  {
    caseId: 'email-not-delivered',
    node: 'close',
    phrase: '有这个就说得清了',
    holds: anyOf('send-the-record'),
  },
  {
    caseId: 'email-not-delivered',
    node: 'fix',
    phrase: '对。四点以前',
    holds: anyOf('name-the-need'),
  },
  {
    caseId: 'telesales-objection',
    node: 'answer',
    phrase: '对，就这个',
    holds: anyOf('read-back-question'),
  },
  {
    caseId: 'telesales-objection',
    node: 'close',
    phrase: '每天二十块',
    holds: anyOf('trial-plan'),
  },
  // Cases spanning several contacts: the customer of a later stage remembers the earlier promise.
  {
    caseId: 'dismissed-at-the-counter',
    node: 'callback-open',
    phrase: '还真是周四打来了',
    holds: anyOf('log-and-promise'),
  },
  {
    caseId: 'dismissed-at-the-counter',
    node: 'callback-open',
    phrase: '说好了周四给我打电话',
    holds: anyOf('promise-only'),
  },
  {
    caseId: 'dismissed-at-the-counter',
    node: 'callback-open',
    phrase: '换的那台',
    holds: anyOf('new-one-now'),
  },
  {
    caseId: 'dismissed-at-the-counter',
    node: 'post-open',
    phrase: '店长打电话认了错',
    holds: anyOf('own-it-now', 'visit-and-thanks'),
  },
  {
    caseId: 'tour-daily-feedback',
    node: 'call-open',
    phrase: '还真十点前打来了',
    holds: anyOf('take-charge'),
  },
  {
    caseId: 'tour-daily-feedback',
    node: 'call-open',
    phrase: '上午都过完了',
    holds: anyOf('will-reply-tomorrow'),
  },
  {
    caseId: 'tour-daily-feedback',
    node: 'call-open',
    phrase: '全额退款',
    holds: anyOf('full-refund'),
  },
  {
    caseId: 'tour-daily-feedback',
    node: 'post-open',
    phrase: '每天晚上都来说一声',
    holds: anyOf('every-evening'),
  },
  {
    caseId: 'tour-daily-feedback',
    node: 'post-open',
    phrase: '每个小时打一次电话',
    holds: anyOf('every-hour'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'explanation',
    phrase: '至少你们知道他是谁',
    holds: (r) => r.includes('condolence-first'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'explanation',
    phrase: '连一句“节哀”都没有',
    holds: noneOf('condolence-first'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'what-next',
    phrase: '你们自己也认了',
    holds: (r) => r.includes('plain-account'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'angry-reading',
    phrase: '笔尖把纸都戳破了',
    holds: (r) => r.includes('guideline-figures'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'changes',
    phrase: '好，我等着',
    holds: (r) => r.includes('independent-review'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'changes',
    phrase: '总算有人承认写错了',
    holds: (r) => r.includes('withdraw-and-apologize'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'contact',
    phrase: '药师、卡片、第三天的电话',
    holds: (r) => r.includes('what-will-change'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'closing',
    phrase: '林悦……总算有个名字',
    holds: (r) => r.includes('named-contact'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'closing',
    phrase: '总机。我打过',
    holds: noneOf('named-contact'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'ending-grudging',
    phrase: '10 月 20 日的结果出来',
    holds: (r) => r.includes('independent-review'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'ending-online',
    phrase: '“25.3”和“均符合”被她用红笔圈了出来',
    holds: (r) => r.includes('guideline-figures'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'ending-online',
    phrase: '“发生在家中”那一句下面',
    holds: (r) => r.includes('no-causal-link'),
  },
  {
    caseId: 'hospital-written-reply',
    node: 'ending-online',
    phrase: '“切勿采取过激行为”那一句',
    holds: (r) => r.includes('legal-warning'),
  },
];

/**
 * A reply whose text cannot depend on the path is offered only where it is true: every call that
 * plays it meets the condition, while the call still reaches `node` (the point where the routes
 * part) without it.
 */
const ROUTED = [
  {
    caseId: 'manager-demand',
    choice: 'real-check',
    node: 'close',
    holds: anyOf('refund-checked'),
  },
  {
    caseId: 'classmate-deposit',
    choice: 'do-it-now',
    node: 'real-need',
    holds: noneOf('fix-it-now'),
  },
];

/**
 * What a reply claims about the call so far. `says: true`: the reply says the phrase, and on every
 * path that offers it the claim holds. `says: false`: some path offering it would make the claim
 * untrue, so the reply does not say it.
 */
interface Claim {
  caseId: string;
  choice: string;
  phrase: string;
  says: boolean;
  /** Whether the claim is true, given the replies so far and what the customer has said. */
  holds: (replies: readonly string[], heard: readonly string[]) => boolean;
  /** Replies some path offering it has played (the path that made an older wording untrue). */
  alsoAfter?: string[];
}

const CLAIMS: Claim[] = [
  {
    caseId: 'anxious-parent-clinic',
    choice: 'teach-back',
    phrase: '两件事',
    says: false,
    holds: anyOf('two-things', 'write-it-down'),
  },
  {
    caseId: 'anxious-parent-clinic',
    choice: 'teach-back',
    phrase: '抽起来',
    says: true,
    holds: anyOf('warning-signs'),
    alsoAfter: ['more-medicine', 'nod-along'],
  },
  {
    caseId: 'wrong-spare-part',
    choice: 'friday-check',
    phrase: '型号',
    says: false,
    holds: anyOf('confirm-part'),
  },
  {
    caseId: 'car-delivery-defect',
    choice: 'sign-and-go',
    phrase: '代步车',
    says: false,
    holds: anyOf('fix-by-tomorrow', 'date-first'),
  },
  {
    caseId: 'power-fault-in-home',
    choice: 'survey-ask',
    phrase: '不客气',
    says: false,
    holds: (_r, heard) => heard.some((line) => line.includes('谢')),
  },
];

/**
 * A reply that repeats what the customer told earlier in the call: on every path that offers it,
 * the customer said it before.
 */
const TOLD = [{ caseId: 'anxious-parent-clinic', choice: 'plain-answer', told: '泪' }];

/**
 * A safety-critical reply whose call can never end satisfied, whatever the mood: re-dosing
 * unchecked, or leaving unanswered a parent's question about whom to call if the child won't wake.
 */
const UNSAFE = [
  { caseId: 'anxious-parent-clinic', choice: 'more-medicine' },
  { caseId: 'anxious-parent-clinic', choice: 'nod-along' },
];

/** A reply that answers what the customer just said: it is offered only after they said it. */
const ANSWERS = [{ caseId: 'manager-demand', choice: 'anything-else', answers: '谢谢' }];

describe.each(REMEMBERED.map((r) => [`${r.caseId} ${r.node} “${r.phrase}”`, r] as const))(
  '%s',
  (_label, { caseId, node, phrase, holds }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('is said only when true, and the call reaches its node on both sides of that', () => {
      const reached = { said: 0, silent: 0 };
      const untrue: string[][] = [];
      walkPaths(scenario, (path) => {
        path.turns.forEach((turn, i) => {
          if (turn.next !== node) return;
          const replies = path.choices.slice(0, i + 1);
          const said = turnTranscript(scenario, turn, i + 1).some(
            (e) => e.speaker === 'customer' && e.text['zh-CN'].includes(phrase),
          );
          if (said && !holds(replies)) untrue.push([...replies]);
          if (said) reached.said += 1;
          else if (!holds(replies)) reached.silent += 1;
        });
      });
      expect(untrue).toEqual([]);
      expect(reached.said).toBeGreaterThan(0);
      expect(reached.silent).toBeGreaterThan(0);
      expect(openingTranscript(scenario).some((e) => e.text['zh-CN'].includes(phrase))).toBe(false);
    });
  },
);

describe.each(ANSWERS.map((a) => [`${a.caseId} ${a.choice}`, a] as const))(
  '%s',
  (_label, { caseId, choice, answers }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('answers something the customer said just before it, on every path', () => {
      let offered = 0;
      const unanswered: string[][] = [];
      walkPaths(scenario, (path) => {
        const at = path.choices.indexOf(choice);
        if (at < 0) return;
        offered += 1;
        const before =
          at === 0
            ? openingTranscript(scenario)
            : turnTranscript(scenario, path.turns[at - 1]!, at);
        const said = before.some(
          (e) => e.speaker === 'customer' && e.text['zh-CN'].includes(answers),
        );
        if (!said) unanswered.push(path.choices.slice(0, at + 1));
      });
      expect(offered).toBeGreaterThan(0);
      expect(unanswered).toEqual([]);
    });
  },
);

describe.each(TOLD.map((t) => [`${t.caseId} ${t.choice}`, t] as const))(
  '%s',
  (_label, { caseId, choice, told }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('repeats only what the customer said earlier, on every path', () => {
      let offered = 0;
      const untold: string[][] = [];
      walkPaths(scenario, (path) => {
        const at = path.choices.indexOf(choice);
        if (at < 0) return;
        offered += 1;
        const before = [
          ...openingTranscript(scenario),
          ...path.turns.slice(0, at).flatMap((turn, i) => turnTranscript(scenario, turn, i + 1)),
        ];
        const said = before.some((e) => e.speaker === 'customer' && e.text['zh-CN'].includes(told));
        if (!said) untold.push(path.choices.slice(0, at + 1));
      });
      expect(offered).toBeGreaterThan(0);
      expect(untold).toEqual([]);
    });
  },
);

describe.each(UNSAFE.map((u) => [`${u.caseId} ${u.choice}`, u] as const))(
  '%s',
  (_label, { caseId, choice }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('never ends satisfied once played, while the case can', () => {
      const outcomes = { after: new Set<string>(), without: new Set<string>() };
      walkPaths(scenario, (path) => {
        outcomes[path.choices.includes(choice) ? 'after' : 'without'].add(path.outcome);
      });
      expect(outcomes.after.size).toBeGreaterThan(0);
      expect(outcomes.after.has('resolved-satisfied')).toBe(false);
      expect(outcomes.without.has('resolved-satisfied')).toBe(true);
    });
  },
);

describe.each(ROUTED.map((r) => [`${r.caseId} ${r.choice}`, r] as const))(
  '%s',
  (_label, { caseId, choice, node, holds }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

    it('is offered only where true, while the call reaches the fork either way', () => {
      const reached = { offered: 0, forkWithout: 0 };
      const untrue: string[][] = [];
      walkPaths(scenario, (path) => {
        const at = path.choices.indexOf(choice);
        if (at >= 0) {
          reached.offered += 1;
          if (!holds(path.choices.slice(0, at))) untrue.push(path.choices.slice(0, at + 1));
        }
        path.turns.forEach((turn, i) => {
          if (turn.next === node && !holds(path.choices.slice(0, i + 1))) reached.forkWithout += 1;
        });
      });
      expect(untrue).toEqual([]);
      expect(reached.offered).toBeGreaterThan(0);
      expect(reached.forkWithout).toBeGreaterThan(0);
    });
  },
);

describe.each(CLAIMS.map((c) => [`${c.caseId} ${c.choice} “${c.phrase}”`, c] as const))(
  '%s',
  (_label, { caseId, choice, phrase, says, holds, alsoAfter }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;
    const text = scenario.nodes
      .flatMap((n) => (n.kind === 'decision' ? n.choices : []))
      .find((c) => c.id === choice)!.text['zh-CN'];

    it(
      says
        ? 'says it, and it is true on every path that offers it'
        : 'does not say what some path would make untrue',
      () => {
        const offered = { holds: 0, untrue: 0, alsoAfter: 0 };
        walkPaths(scenario, (path) => {
          const at = path.choices.indexOf(choice);
          if (at < 0) return;
          const heard = [
            ...openingTranscript(scenario),
            ...path.turns.slice(0, at).flatMap((turn, i) => turnTranscript(scenario, turn, i + 1)),
          ].flatMap((e) => (e.speaker === 'customer' ? [e.text['zh-CN']] : []));
          offered[holds(path.choices.slice(0, at), heard) ? 'holds' : 'untrue'] += 1;
          if (alsoAfter?.every((id) => path.choices.slice(0, at).includes(id)))
            offered.alsoAfter += 1;
        });
        expect(text.includes(phrase)).toBe(says);
        if (says) {
          expect(offered.untrue).toBe(0);
          expect(offered.holds).toBeGreaterThan(0);
        } else expect(offered.untrue).toBeGreaterThan(0);
        if (alsoAfter) expect(offered.alsoAfter).toBeGreaterThan(0);
      },
    );
  },
);

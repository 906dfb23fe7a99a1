import type { PathAnalysis } from '../analyse-paths';
import { solvesBeforeCalming, type Behaviour } from '../behaviours';
import { indexScenario } from '../scenario-index';
import type { LocalizedText, Scenario } from '../scenario-schema';
import type { Advice } from './problem';
import { adviseTextLengths } from './text-length';

/** Thresholds a case meets to teach well: the expert path clearly best, the worst clearly failing. */
export const TEACHING = {
  bestAtLeast: 90,
  worstAtMost: 35,
  minEndings: 3,
  minDecisions: 6,
  /**
   * Points between the expert path and the best call that solves before calming, and again between
   * that call and the best one with a critical mistake: a gap a trainee notices in the total.
   */
  rankingGap: 15,
} as const;

/** Why each teaching check matters, told beside its advice. */
const WHY = {
  size: {
    en: 'A short call shows one moment; six or more decision points let a trainee calm, find the real need and close, as a real complaint goes.',
    'zh-CN':
      '太短的通话只练到一个瞬间；六个以上的决策点才能让学员经历安抚、找出真实需求、收尾这一整段真实投诉的过程。',
  },
  endings: {
    en: 'With several endings a trainee sees that how the call is handled changes how it ends, not only the score.',
    'zh-CN': '有几种结局，学员才能看到处理方式会改变结果，而不只是改变分数。',
  },
  satisfied: {
    en: 'Trainees need to see that good handling can end with a satisfied customer.',
    'zh-CN': '学员需要看到：处理得好，客户是可以满意地结束通话的。',
  },
  escalation: {
    en: 'Without an escalation a bad call costs only points; an ending that escalates shows what is at stake.',
    'zh-CN': '没有升级的结局，处理不当只是少几分；有了升级结局，学员才知道后果有多严重。',
  },
  keyCue: {
    en: 'The key cue is the line that reveals what the customer really wants; the debrief asks the trainee to find it and credits acting on it.',
    'zh-CN': '关键句透露客户真正想要什么；复盘时会请学员找出这句话，并给接住它的回答加分。',
  },
  expertScore: {
    en: 'The expert path is the model answer: if it scores low, trainees cannot tell good handling from average.',
    'zh-CN': '专家路径是示范答案；它得分不高，学员就分不清什么是好的处理。',
  },
  expertBest: {
    en: 'If another route scores more than the expert’s, the debrief recommends replies that earned less, and trainees stop trusting it.',
    'zh-CN': '如果别的路径比专家路径得分更高，复盘就会推荐得分更低的回答，学员会不再相信复盘。',
  },
  worstScore: {
    en: 'A clearly poor call must score clearly low, so the score tells trainees when they went wrong.',
    'zh-CN': '明显处理不好的通话必须得分明显偏低，分数才能告诉学员哪里做错了。',
  },
  branchUsed: {
    en: 'A destination no call can reach is text nobody will read; check its condition.',
    'zh-CN': '没有哪通电话能走到的去向，写了也没人会看到；请检查它的条件。',
  },
  moodBranch: {
    en: 'When the same words lead elsewhere depending on the customer’s mood, trainees learn that calming first changes what happens next.',
    'zh-CN': '同一句话因客户情绪不同而走向不同，学员才会体会到先安抚情绪会改变接下来的走向。',
  },
  solveFirstTrap: {
    en: 'Jumping to a solution while the customer is still upset is the commonest mistake; offering it as a choice lets trainees learn why the scoring rule “calm first, then solve” costs points for it.',
    'zh-CN':
      '客户还在气头上就急着给方案，是最常见的错误；把它作为一个可选的回答，学员才能明白“先处理情绪，再处理事情”这条评分规则为什么会为它扣分。',
  },
  criticalTrap: {
    en: 'Arguing, blaming or denying the customer’s anger caps the score; a case that offers one shows trainees where the line is.',
    'zh-CN': '争辩、推责、否认客户的情绪会让总分封顶；案例里有这样的回答，学员才知道底线在哪里。',
  },
  ranking: {
    en: 'Trainees learn the order of priorities from the scores: calming and solving above solving first, solving first above a critical mistake.',
    'zh-CN': '学员从分数里学到轻重次序：先安抚再解决高于先给方案，先给方案又高于犯严重错误。',
  },
  expertCalmsFirst: {
    en: 'The expert path is what trainees imitate; when it solves before any empathy, the scoring rule “calm first” can cost it points while the customer is upset.',
    'zh-CN':
      '学员会模仿专家路径；它在任何共情之前就给方案，客户情绪激动时会被“先处理情绪”这条评分规则扣分。',
  },
  expertLongest: {
    en: 'When the expert reply is usually the longest, trainees learn to pick the longest reply instead of the right one.',
    'zh-CN': '如果专家回答总是最长的，学员学会的是“挑最长的选”，而不是选对的。',
  },
} satisfies Record<string, LocalizedText>;

type Check = keyof typeof WHY;

const length = (text: string) => [...text].length;

/**
 * The teaching checks: what makes a case teach well beyond being playable. Each is advice with why
 * it matters; publishing and importing never wait on them. The bundled library holds every one as a
 * hard gate (test/scenarios, and `sim validate --teaching`).
 */
export function adviseTeaching(scenario: Scenario, analysis: PathAnalysis, base: string): Advice[] {
  const advice: Advice[] = [...adviseTextLengths(scenario, base)];
  const add = (check: Check, text: LocalizedText, path = '.nodes') =>
    advice.push({ path: base + path, message: text.en, text, check, why: WHY[check] });

  const decisions = scenario.nodes.flatMap((n) => (n.kind === 'decision' ? [n] : []));
  const { recommended, worst, best } = analysis;
  if (recommended.choices.length < TEACHING.minDecisions) {
    add('size', {
      en: `the recommended path has ${recommended.choices.length} decision point${recommended.choices.length === 1 ? '' : 's'}; a case teaches best with at least ${TEACHING.minDecisions}`,
      'zh-CN': `推荐路径只有 ${recommended.choices.length} 个决策点；一个案例最好至少有 ${TEACHING.minDecisions} 个`,
    });
  }
  const reached = Object.values(analysis.endings).filter(Boolean).length;
  if (reached < TEACHING.minEndings) {
    add('endings', {
      en: `only ${reached} endings can be reached; at least ${TEACHING.minEndings} show trainees that handling changes the outcome`,
      'zh-CN': `只能走到 ${reached} 个结局；最好至少有 ${TEACHING.minEndings} 个，让学员看到处理方式会改变结果`,
    });
  }
  const outcomes = new Set(scenario.nodes.flatMap((n) => (n.kind === 'ending' ? [n.outcome] : [])));
  if (!outcomes.has('resolved-satisfied')) {
    add('satisfied', {
      en: 'no ending resolves the complaint with the customer satisfied; add one',
      'zh-CN': '没有一个结局是投诉解决、客户满意；请加一个',
    });
  }
  if (
    !['escalated', 'customer-hung-up', 'public-complaint'].some((o) => outcomes.has(o as never))
  ) {
    add('escalation', {
      en: 'no ending escalates (escalated, customer-hung-up or public-complaint); add one',
      'zh-CN': '没有一个结局是事态升级（升级投诉、客户挂断或公开投诉）；请加一个',
    });
  }
  if (!scenario.nodes.some((n) => n.lines.some((l) => l.keyCue))) {
    add('keyCue', {
      en: 'no customer line is marked as the key cue; mark the line that reveals what the customer really wants',
      'zh-CN': '还没有把客户的哪句话标为关键句；请标出透露客户真实期望的那句话',
    });
  }
  if (recommended.total < TEACHING.bestAtLeast) {
    add('expertScore', {
      en: `the recommended path totals ${recommended.total}; a model answer should reach ${TEACHING.bestAtLeast} (test-play it to see which rules cost points)`,
      'zh-CN': `推荐路径只有 ${recommended.total} 分；示范答案最好达到 ${TEACHING.bestAtLeast} 分（试玩一遍可以看到是哪些规则扣了分）`,
    });
  }
  if (recommended.total < best.total) {
    add('expertBest', {
      en: `the recommended path totals ${recommended.total} but another path totals ${best.total}; the expert path should score best`,
      'zh-CN': `推荐路径共 ${recommended.total} 分，另一条路径却有 ${best.total} 分；专家路径应当得分最高`,
    });
  }
  if (worst.total > TEACHING.worstAtMost) {
    add('worstScore', {
      en: `the worst path totals ${worst.total}; poor handling should score ${TEACHING.worstAtMost} or less`,
      'zh-CN': `最差的路径也有 ${worst.total} 分；处理不当最好只得 ${TEACHING.worstAtMost} 分或更少`,
    });
  }
  if (analysis.transitions.missed.length > 0) {
    const missed = analysis.transitions.missed.join(', ');
    add('branchUsed', {
      en: `no call ever takes ${missed}`,
      'zh-CN': `没有哪通电话会走 ${missed}`,
    });
  }
  if (!decisions.some((n) => n.choices.some((c) => typeof c.next !== 'string'))) {
    add('moodBranch', {
      en: 'no reply leads somewhere different depending on the customer’s mood; consider adding one',
      'zh-CN': '没有一个回答会因客户情绪不同而走向不同；可以考虑加一个',
    });
  }
  const { solvesFirst, critical } = analysis.contrasts;
  if (solvesFirst === null) {
    add('solveFirstTrap', {
      en: 'no reply tempts the trainee to offer a solution before calming the customer; consider offering that trap as one of the choices',
      'zh-CN': '没有哪个回答会诱使学员在安抚客户之前就给方案；可以考虑把这个陷阱作为一个选项',
    });
  }
  if (critical === null) {
    add('criticalTrap', {
      en: 'no reply makes a critical mistake (arguing, blaming, denying the anger…); consider offering one as a trap',
      'zh-CN': '没有哪个回答含有严重错误（争辩、推责、否认客户的情绪……）；可以考虑加一个作为陷阱',
    });
  }
  const gap = TEACHING.rankingGap;
  if (solvesFirst !== null && solvesFirst > recommended.total - gap) {
    add('ranking', {
      en: `a path that solves before calming totals ${solvesFirst}, less than ${gap} below the expert path (${recommended.total})`,
      'zh-CN': `先给方案、后安抚的路径得了 ${solvesFirst} 分，比专家路径（${recommended.total} 分）低不到 ${gap} 分`,
    });
  }
  if (solvesFirst !== null && critical !== null && critical > solvesFirst - gap) {
    add('ranking', {
      en: `a path with a critical mistake totals ${critical}, less than ${gap} below the best solve-first path (${solvesFirst})`,
      'zh-CN': `含严重错误的路径得了 ${critical} 分，比最好的“先给方案”路径（${solvesFirst} 分）低不到 ${gap} 分`,
    });
  }
  const index = indexScenario(scenario);
  const earlier = new Set<Behaviour>();
  const expertSolvesFirst = recommended.choices.some((id) => {
    const behaviours = index.choice(id)!.choice.behaviours;
    const broken = solvesBeforeCalming(behaviours, earlier);
    for (const b of behaviours) earlier.add(b);
    return broken;
  });
  if (expertSolvesFirst) {
    add('expertCalmsFirst', {
      en: 'the recommended path offers a solution before any empathy move',
      'zh-CN': '推荐路径在任何共情动作之前就给了方案',
    });
  }
  // Position is not checked: the app shows replies in a varied order, so no position gives the
  // expert reply away. Length still can.
  const longest = decisions.filter((node) => {
    const expert = node.choices.find((c) => c.recommended);
    const lengths = node.choices.map((c) => length(c.text['zh-CN']));
    return expert !== undefined && length(expert.text['zh-CN']) >= Math.max(...lengths);
  });
  if (longest.length * 2 > decisions.length) {
    add('expertLongest', {
      en: `the recommended reply is the longest at ${longest.length} of ${decisions.length} decision points; trainees learn to pick the longest`,
      'zh-CN': `${decisions.length} 个决策点里有 ${longest.length} 个的推荐回答最长；学员会学成“挑最长的选”`,
    });
  }
  return advice;
}

import type { PathAnalysis } from '../analyse-paths';
import { solvesBeforeCalming, type Behaviour } from '../behaviours';
import { indexScenario } from '../scenario-index';
import type { LocalizedText, Scenario } from '../scenario-schema';
import { problem, type Problem } from './problem';

/** What the call screen shows without overflow, in characters (zh-CN, en). */
export const TEXT_LIMITS = {
  line: [120, 300],
  reply: [80, 200],
  note: [160, 400],
  title: [30, 70],
} as const;

/** Thresholds a case must meet to teach: the expert path clearly best, the worst clearly failing. */
export const QUALITY = {
  bestAtLeast: 90,
  worstAtMost: 35,
  minEndings: 3,
  minDecisions: 6,
} as const;

const length = (text: string) => [...text].length;

function tooLong(text: LocalizedText, [zh, en]: readonly [number, number]): LocalizedText | null {
  const chinese = length(text['zh-CN']);
  if (chinese > zh) {
    return {
      en: `zh-CN text is ${chinese} characters; the screen fits ${zh}`,
      'zh-CN': `中文有 ${chinese} 个字，屏幕只放得下 ${zh} 个`,
    };
  }
  const english = length(text.en);
  if (english > en) {
    return {
      en: `en text is ${english} characters; the screen fits ${en}`,
      'zh-CN': `英文有 ${english} 个字符，屏幕只放得下 ${en} 个`,
    };
  }
  return null;
}

/**
 * Checks that make a case teach well: texts that fit the screen, an expert reply that is not given
 * away by its length or position, and paths that separate good handling from bad.
 */
export function checkQuality(scenario: Scenario, analysis: PathAnalysis, base: string): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, text: LocalizedText | null) =>
    text && problems.push(problem(base + path, text));

  at('.title', tooLong(scenario.title, TEXT_LIMITS.title));
  const decisions: number[] = [];
  scenario.nodes.forEach((node, i) => {
    node.lines.forEach((line, l) =>
      at(`.nodes[${i}].lines[${l}].text`, tooLong(line.text, TEXT_LIMITS.line)),
    );
    if (node.kind !== 'decision') return;
    decisions.push(i);
    node.choices.forEach((choice, c) => {
      at(`.nodes[${i}].choices[${c}].text`, tooLong(choice.text, TEXT_LIMITS.reply));
      at(`.nodes[${i}].choices[${c}].note`, tooLong(choice.note, TEXT_LIMITS.note));
    });
  });

  const longest = decisions.filter((i) => {
    const node = scenario.nodes[i]!;
    if (node.kind !== 'decision') return false;
    const expert = node.choices.find((c) => c.recommended);
    const lengths = node.choices.map((c) => length(c.text['zh-CN']));
    return expert !== undefined && length(expert.text['zh-CN']) >= Math.max(...lengths);
  });
  if (longest.length * 2 > decisions.length) {
    at('.nodes', {
      en: `the recommended reply is the longest at ${longest.length} of ${decisions.length} decision points; trainees learn to pick the longest`,
      'zh-CN': `${decisions.length} 个决策点里有 ${longest.length} 个的推荐回答最长；学员会学成“挑最长的选”`,
    });
  }
  const positions = new Set(
    decisions.map((i) => {
      const node = scenario.nodes[i]!;
      return node.kind === 'decision' ? node.choices.findIndex((c) => c.recommended) : -1;
    }),
  );
  if (decisions.length >= 3 && positions.size === 1) {
    at('.nodes', {
      en: 'the recommended reply is always in the same position; vary it',
      'zh-CN': '推荐回答总在同一个位置；请变换位置',
    });
  }

  const reached = Object.values(analysis.endings).filter(Boolean).length;
  if (reached < QUALITY.minEndings)
    at('.nodes', {
      en: `only ${reached} endings are reachable; a case needs at least ${QUALITY.minEndings}`,
      'zh-CN': `只能走到 ${reached} 个结局；一个案例至少需要 ${QUALITY.minEndings} 个`,
    });
  const outcomes = new Set(scenario.nodes.flatMap((n) => (n.kind === 'ending' ? [n.outcome] : [])));
  if (!outcomes.has('resolved-satisfied'))
    at('.nodes', {
      en: 'no ending resolves the complaint with the customer satisfied',
      'zh-CN': '没有一个结局是投诉解决、客户满意',
    });
  if (
    !['escalated', 'customer-hung-up', 'public-complaint'].some((o) => outcomes.has(o as never))
  ) {
    at('.nodes', {
      en: 'no ending escalates (escalated, customer-hung-up or public-complaint)',
      'zh-CN': '没有一个结局是事态升级（升级投诉、客户挂断或公开投诉）',
    });
  }
  if (analysis.recommended.total < QUALITY.bestAtLeast) {
    at('.nodes', {
      en: `the recommended path totals ${analysis.recommended.total}; it must reach ${QUALITY.bestAtLeast}`,
      'zh-CN': `推荐路径只有 ${analysis.recommended.total} 分；至少要到 ${QUALITY.bestAtLeast} 分`,
    });
  }
  if (analysis.worst.total > QUALITY.worstAtMost) {
    at('.nodes', {
      en: `the worst path totals ${analysis.worst.total}; bad handling must score ${QUALITY.worstAtMost} or less`,
      'zh-CN': `最差的路径也有 ${analysis.worst.total} 分；处理不当最多只能得 ${QUALITY.worstAtMost} 分`,
    });
  }
  if (analysis.recommended.choices.length < QUALITY.minDecisions) {
    at('.nodes', {
      en: `the recommended path has ${analysis.recommended.choices.length} decision points; a case needs ${QUALITY.minDecisions}`,
      'zh-CN': `推荐路径只有 ${analysis.recommended.choices.length} 个决策点；一个案例需要 ${QUALITY.minDecisions} 个`,
    });
  }
  if (analysis.transitions.missed.length > 0) {
    const missed = analysis.transitions.missed.join(', ');
    at('.nodes', { en: `no path takes ${missed}`, 'zh-CN': `没有任何路径经过 ${missed}` });
  }
  const branches = scenario.nodes.some(
    (n) => n.kind === 'decision' && n.choices.some((c) => typeof c.next !== 'string'),
  );
  if (!branches) {
    at('.nodes', {
      en: 'no reply leads somewhere different depending on the mood; add one',
      'zh-CN': '没有一个回答会因客户情绪不同而走向不同；请加一个',
    });
  }
  const { solvesFirst, critical } = analysis.contrasts;
  if (solvesFirst === null)
    at('.nodes', {
      en: 'no path offers a solution before calming the customer; add that tempting mistake',
      'zh-CN': '没有一条路径是在安抚客户之前就给方案；请加上这个诱人的错误',
    });
  if (critical === null)
    at('.nodes', {
      en: 'no path contains a critical mistake (argue, blame, deny the anger…); add one',
      'zh-CN': '没有一条路径含有严重错误（争辩、推责、否认客户的情绪……）；请加一个',
    });
  if (solvesFirst !== null && solvesFirst >= analysis.recommended.total) {
    at('.nodes', {
      en: `a path that solves before calming totals ${solvesFirst}, as much as the expert path`,
      'zh-CN': `先给方案、后安抚的路径得了 ${solvesFirst} 分，和专家路径一样多`,
    });
  }
  if (solvesFirst !== null && critical !== null && critical >= solvesFirst) {
    at('.nodes', {
      en: `a path with a critical mistake totals ${critical}, not below the best solve-first path (${solvesFirst})`,
      'zh-CN': `含严重错误的路径得了 ${critical} 分，不低于最好的“先给方案”路径（${solvesFirst} 分）`,
    });
  }
  const index = indexScenario(scenario);
  const earlier = new Set<Behaviour>();
  const expertSolvesFirst = analysis.recommended.choices.some((id) => {
    const behaviours = index.choice(id)!.choice.behaviours;
    const broken = solvesBeforeCalming(behaviours, earlier);
    for (const b of behaviours) earlier.add(b);
    return broken;
  });
  if (expertSolvesFirst) {
    at('.nodes', {
      en: 'the recommended path offers a solution before any empathy move',
      'zh-CN': '推荐路径在任何共情动作之前就给了方案',
    });
  }
  return problems;
}

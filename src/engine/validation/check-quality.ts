import type { PathAnalysis } from '../analyse-paths';
import { isEmpathyMove, isSolutionMove } from '../behaviours';
import { indexScenario } from '../scenario-index';
import type { LocalizedText, Scenario } from '../scenario-schema';
import type { Problem } from './problem';

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

function tooLong(text: LocalizedText, [zh, en]: readonly [number, number]): string | null {
  if (length(text['zh-CN']) > zh)
    return `zh-CN text is ${length(text['zh-CN'])} characters; the screen fits ${zh}`;
  if (length(text.en) > en)
    return `en text is ${length(text.en)} characters; the screen fits ${en}`;
  return null;
}

/**
 * Checks that make a case teach well: texts that fit the screen, an expert reply that is not given
 * away by its length or position, and paths that separate good handling from bad.
 */
export function checkQuality(scenario: Scenario, analysis: PathAnalysis, base: string): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string | null) =>
    message && problems.push({ path: base + path, message });

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
    at(
      '.nodes',
      `the recommended reply is the longest at ${longest.length} of ${decisions.length} decision points; trainees learn to pick the longest`,
    );
  }
  const positions = new Set(
    decisions.map((i) => {
      const node = scenario.nodes[i]!;
      return node.kind === 'decision' ? node.choices.findIndex((c) => c.recommended) : -1;
    }),
  );
  if (decisions.length >= 3 && positions.size === 1) {
    at('.nodes', 'the recommended reply is always in the same position; vary it');
  }

  const reached = Object.values(analysis.endings).filter(Boolean).length;
  if (reached < QUALITY.minEndings)
    at(
      '.nodes',
      `only ${reached} endings are reachable; a case needs at least ${QUALITY.minEndings}`,
    );
  const outcomes = new Set(scenario.nodes.flatMap((n) => (n.kind === 'ending' ? [n.outcome] : [])));
  if (!outcomes.has('resolved-satisfied'))
    at('.nodes', 'no ending resolves the complaint with the customer satisfied');
  if (
    !['escalated', 'customer-hung-up', 'public-complaint'].some((o) => outcomes.has(o as never))
  ) {
    at('.nodes', 'no ending escalates (escalated, customer-hung-up or public-complaint)');
  }
  if (analysis.recommended.total < QUALITY.bestAtLeast) {
    at(
      '.nodes',
      `the recommended path totals ${analysis.recommended.total}; it must reach ${QUALITY.bestAtLeast}`,
    );
  }
  if (analysis.worst.total > QUALITY.worstAtMost) {
    at(
      '.nodes',
      `the worst path totals ${analysis.worst.total}; bad handling must score ${QUALITY.worstAtMost} or less`,
    );
  }
  if (analysis.recommended.choices.length < QUALITY.minDecisions) {
    at(
      '.nodes',
      `the recommended path has ${analysis.recommended.choices.length} decision points; a case needs ${QUALITY.minDecisions}`,
    );
  }
  if (analysis.transitions.missed.length > 0) {
    at('.nodes', `no path takes ${analysis.transitions.missed.join(', ')}`);
  }
  const branches = scenario.nodes.some(
    (n) => n.kind === 'decision' && n.choices.some((c) => typeof c.next !== 'string'),
  );
  if (!branches) at('.nodes', 'no reply leads somewhere different depending on the mood; add one');
  const { solvesFirst, critical } = analysis.contrasts;
  if (solvesFirst === null)
    at(
      '.nodes',
      'no path offers a solution before calming the customer; add that tempting mistake',
    );
  if (critical === null)
    at('.nodes', 'no path contains a critical mistake (argue, blame, deny the anger…); add one');
  if (solvesFirst !== null && solvesFirst >= analysis.recommended.total) {
    at(
      '.nodes',
      `a path that solves before calming totals ${solvesFirst}, as much as the expert path`,
    );
  }
  if (solvesFirst !== null && critical !== null && critical >= solvesFirst) {
    at(
      '.nodes',
      `a path with a critical mistake totals ${critical}, not below the best solve-first path (${solvesFirst})`,
    );
  }
  const index = indexScenario(scenario);
  const moves = analysis.recommended.choices.map((id) => index.choice(id)!.choice.behaviours);
  const firstEmpathy = moves.findIndex((b) => b.some(isEmpathyMove));
  const firstSolution = moves.findIndex((b) => b.some(isSolutionMove));
  if (firstSolution >= 0 && (firstEmpathy < 0 || firstEmpathy > firstSolution)) {
    at('.nodes', 'the recommended path offers a solution before any empathy move');
  }
  return problems;
}

import type { CustomerLine, Scenario } from '../scenario-schema';
import { brokenFact, keptFact } from '../stages';
import { problem, type Problem } from './problem';

/**
 * Facts must be able to hold and the customer must always say something: every fact the case
 * names, or a line or a branch depends on, is set by some reply, and every node has a line said whatever the facts (one
 * without a condition, or a `when` and an `unless` on the same fact). `base` is the JSON path of
 * the scenario inside its file.
 */
export function checkFacts(scenario: Scenario, base: string): Problem[] {
  const problems: Problem[] = [];
  const set = new Set([
    ...scenario.nodes.flatMap((n) =>
      n.kind === 'decision' ? n.choices.flatMap((c) => c.sets ?? []) : [],
    ),
    // A stage that checks a promise establishes it kept or broken as it opens (stages.ts).
    ...(scenario.stages ?? []).flatMap((s) =>
      (s.checks ?? []).flatMap((p) => [keptFact(p), brokenFact(p)]),
    ),
  ]);
  const unset = (where: string, fact: string) => {
    if (set.has(fact)) return;
    problems.push(
      problem(`${base}${where}`, {
        en: `no reply sets the fact "${fact}"`,
        'zh-CN': `没有任何回答会确立事实“${fact}”`,
      }),
    );
  };
  scenario.facts?.forEach((fact, f) => unset(`.facts[${f}].id`, fact.id));
  scenario.nodes.forEach((node, i) => {
    node.lines.forEach((line, l) => {
      if (line.when) unset(`.nodes[${i}].lines[${l}].when.fact`, line.when.fact);
      if (line.unless) unset(`.nodes[${i}].lines[${l}].unless.fact`, line.unless.fact);
    });
    if (!alwaysSaysSomething(node.lines)) {
      problems.push(
        problem(`${base}.nodes[${i}].lines`, {
          en: 'on some path the customer says nothing here: keep one line that is always said, or write one line said once a fact is set (when) and one said while it is not (unless)',
          'zh-CN':
            '有的路径上客户在这里一句话也不说：请留一句无论如何都说的台词，或为同一个事实各写一句“确立后才说”（when）和“未确立时才说”（unless）',
        }),
      );
    }
    if (node.kind !== 'decision') return;
    node.choices.forEach((choice, c) => {
      if (typeof choice.next === 'string') return;
      choice.next.branches.forEach((b, k) => {
        if (b.when.fact)
          unset(`.nodes[${i}].choices[${c}].next.branches[${k}].when.fact`, b.when.fact);
      });
    });
  });
  return problems;
}

function alwaysSaysSomething(lines: readonly CustomerLine[]): boolean {
  if (lines.some((l) => !l.when && !l.unless)) return true;
  const when = new Set(lines.flatMap((l) => (l.when && !l.unless ? [l.when.fact] : [])));
  return lines.some((l) => l.unless && !l.when && when.has(l.unless.fact));
}

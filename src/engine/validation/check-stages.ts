import { possibleTargets } from '../mood';
import type { Scenario } from '../scenario-schema';
import { stageIndexOf } from '../stages';
import { problem, type Problem } from './problem';

/**
 * Structural checks for a case spanning several contacts: the stages open in order at decision
 * nodes of their own, the first where the call starts, each later one after the time that passed,
 * no reply goes back to an earlier contact, and every promise a stage checks can be made before it.
 */
export function checkStages(scenario: Scenario, base: string): Problem[] {
  const stages = scenario.stages;
  if (!stages) return [];
  const problems: Problem[] = [];
  const at = (suffix: string, en: string, zh: string) =>
    problems.push(problem(base + suffix, { en, 'zh-CN': zh }));
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const seenIds = new Set<string>();
  const seenStarts = new Set<string>();

  stages.forEach((stage, k) => {
    const path = `.stages[${k}]`;
    if (seenIds.has(stage.id))
      at(`${path}.id`, `duplicate stage id "${stage.id}"`, `阶段 id “${stage.id}”重复`);
    seenIds.add(stage.id);
    if (seenStarts.has(stage.startNode))
      at(
        `${path}.startNode`,
        `another stage already starts at "${stage.startNode}"`,
        `已有另一个阶段从“${stage.startNode}”开始`,
      );
    seenStarts.add(stage.startNode);
    if (byId.get(stage.startNode)?.kind !== 'decision')
      at(
        `${path}.startNode`,
        `no decision node has the id "${stage.startNode}"`,
        `没有 id 为“${stage.startNode}”的决策节点`,
      );
    if (k === 0 && stage.startNode !== scenario.start)
      at(
        `${path}.startNode`,
        `the first stage must start where the case starts ("${scenario.start}")`,
        `第一个阶段必须从案例的起点（“${scenario.start}”）开始`,
      );
    if (k === 0 && (stage.elapsed || stage.checks))
      at(
        path,
        'the first stage has no time before it and no promise to check',
        '第一个阶段之前没有经过的时间，也没有要检查的承诺',
      );
    if (k > 0 && !stage.elapsed)
      at(
        `${path}.elapsed`,
        'say how much time passed before this stage (e.g. “Two days later”)',
        '请写明这个阶段之前过了多久（例如“两天后”）',
      );
    const madeBefore = new Set(
      scenario.nodes.flatMap((n) =>
        n.kind === 'decision' && stageIndexOf(scenario, n.id) < k
          ? n.choices.flatMap((c) => c.sets ?? [])
          : [],
      ),
    );
    (stage.checks ?? []).forEach((promise, p) => {
      for (const [field, fact] of [
        ['fact', promise.fact],
        ['keptWhen', promise.keptWhen],
      ] as const)
        if (fact !== undefined && !madeBefore.has(fact))
          at(
            `${path}.checks[${p}].${field}`,
            `no reply before this stage sets the fact "${fact}"`,
            `这个阶段之前没有哪个回答会设定事实“${fact}”`,
          );
    });
  });

  // Time runs one way: a reply never leads back to an earlier contact, nor to its own opening.
  scenario.nodes.forEach((node, i) => {
    if (node.kind !== 'decision') return;
    const from = stageIndexOf(scenario, node.id);
    node.choices.forEach((choice, c) => {
      for (const to of possibleTargets(choice.next)) {
        const opens = stages.findIndex((s) => s.startNode === to);
        if (opens >= 0 && opens <= from)
          at(
            `.nodes[${i}].choices[${c}].next`,
            `this reply leads back to the opening of stage "${stages[opens]!.id}"`,
            `这个回答又回到了阶段“${stages[opens]!.id}”的开头`,
          );
      }
    });
  });
  return problems;
}

import { FOLLOW_UP_MOVES } from '../behaviours';
import { possibleTargets } from '../mood';
import type { Scenario } from '../scenario-schema';
import { checkFacts } from './check-facts';
import { checkLetter } from './check-letter';
import { problem, type Problem } from './problem';

/** What the author does about each structural problem, in the editor's words. */
const TODO = {
  newId: { en: 'give it an id no other one has', 'zh-CN': '换一个没被用过的编号' },
  pickNode: {
    en: 'choose an existing node it leads to',
    'zh-CN': '选一个已有的节点作为去向',
  },
  pickOther: {
    en: 'choose another node, further on in the call',
    'zh-CN': '选另一个节点，通话里更往后的一步',
  },
  oneExpert: {
    en: 'tick “expert reply” on exactly one reply of this decision point',
    'zh-CN': '在这个决策点只给一个回答勾选“专家回答”',
  },
  oneKeyCue: {
    en: 'untick “key cue” on every line but one',
    'zh-CN': '只保留一句关键句，其余的取消勾选',
  },
  addEnding: { en: 'add an ending', 'zh-CN': '添加一个结局' },
  breakCycle: {
    en: 'let one reply on this loop lead on to a later node or an ending',
    'zh-CN': '让这个圈里的某个回答通向后面的节点或结局',
  },
  linkIt: {
    en: 'let some reply lead to it, or remove it',
    'zh-CN': '让某个回答通向它，或者删掉这个节点',
  },
  // Names the two tags that keep a promise (FOLLOW_UP_MOVES), as the editor shows them.
  keepPromise: {
    en: 'after it, add a reply tagged “Follows up” or “Reports progress” (the callback kept), or remove the “promise a callback” behaviour',
    'zh-CN':
      '在它之后加一个标了“跟进回访”或“通报进展”的回答（兑现这次回电），或者去掉“承诺回电”这个行为标签',
  },
} satisfies Record<string, { en: string; 'zh-CN': string }>;

/**
 * Structural checks the schema cannot express: unique ids, references that resolve, one expert
 * reply per decision, at most one key cue, facts that can hold, every node reachable, and no
 * cycles (every call must end).
 * `base` is the JSON path of the scenario inside its file.
 */
export function checkGraph(scenario: Scenario, base: string): Problem[] {
  const problems: Problem[] = [];
  const at = (suffix: string, en: string, zh: string, todo?: keyof typeof TODO) =>
    problems.push(problem(base + suffix, { en, 'zh-CN': zh }, todo && TODO[todo]));

  const nodeIndex = new Map<string, number>();
  scenario.nodes.forEach((node, i) => {
    const first = nodeIndex.get(node.id);
    if (first !== undefined)
      at(
        `.nodes[${i}].id`,
        `duplicate node id "${node.id}" (first at .nodes[${first}])`,
        `节点 id “${node.id}”重复（第一次出现在 .nodes[${first}]）`,
        'newId',
      );
    else nodeIndex.set(node.id, i);
  });

  if (!nodeIndex.has(scenario.start))
    at(
      '.start',
      `no node has the id "${scenario.start}"`,
      `没有 id 为“${scenario.start}”的节点`,
      'pickNode',
    );

  const choiceIndex = new Map<string, string>();
  let keyCues = 0;
  scenario.nodes.forEach((node, i) => {
    node.lines.forEach((line, l) => {
      if (!line.keyCue) return;
      keyCues += 1;
      if (keyCues > 1)
        at(
          `.nodes[${i}].lines[${l}].keyCue`,
          'only one line per scenario may be the key cue',
          '一个案例只能有一句关键句',
          'oneKeyCue',
        );
    });
    if (node.kind !== 'decision') return;
    const recommended = node.choices.filter((c) => c.recommended).length;
    if (recommended !== 1) {
      at(
        `.nodes[${i}].choices`,
        `exactly one reply must be recommended (found ${recommended})`,
        `每个决策点必须恰好有一个推荐回答（现在有 ${recommended} 个）`,
        'oneExpert',
      );
    }
    node.choices.forEach((choice, c) => {
      const where = `.nodes[${i}].choices[${c}]`;
      const first = choiceIndex.get(choice.id);
      if (first)
        at(
          `${where}.id`,
          `duplicate reply id "${choice.id}" (first at ${first})`,
          `回答 id “${choice.id}”重复（第一次出现在 ${first}）`,
          'newId',
        );
      else choiceIndex.set(choice.id, where);
      const next = choice.next;
      const targets: Array<[string, string]> =
        typeof next === 'string'
          ? [['.next', next]]
          : [
              ...next.branches.map((b, k): [string, string] => [`.next.branches[${k}].to`, b.to]),
              ['.next.otherwise', next.otherwise],
            ];
      for (const [suffix, target] of targets) {
        if (!nodeIndex.has(target))
          at(
            where + suffix,
            `no node has the id "${target}"`,
            `没有 id 为“${target}”的节点`,
            'pickNode',
          );
        else if (target === node.id)
          at(
            where + suffix,
            'a reply cannot lead back to its own node',
            '回答不能回到它所在的节点',
            'pickOther',
          );
      }
    });
  });
  if (!scenario.nodes.some((n) => n.kind === 'ending'))
    at('.nodes', 'the scenario has no ending', '这个案例没有结局', 'addEnding');

  problems.push(...checkFacts(scenario, base));
  if (problems.length === 0) problems.push(...checkFlow(scenario, base, nodeIndex));
  return problems;
}

/** Reachability and cycles, once every reference resolves. */
function checkFlow(scenario: Scenario, base: string, nodeIndex: Map<string, number>): Problem[] {
  const problems: Problem[] = [];
  const successors = new Map(
    scenario.nodes.map((n) => [
      n.id,
      n.kind === 'decision' ? [...new Set(n.choices.flatMap((c) => possibleTargets(c.next)))] : [],
    ]),
  );
  // Depth-first with an explicit stack of (node, next successor to try): a chain as long as the
  // node cap allows must not reach the engine's call-stack limit.
  const state = new Map<string, 'open' | 'done'>();
  const route: Array<{ id: string; next: number }> = [{ id: scenario.start, next: 0 }];
  state.set(scenario.start, 'open');
  while (route.length > 0) {
    const top = route.at(-1)!;
    const after = successors.get(top.id) ?? [];
    if (top.next >= after.length) {
      route.pop();
      state.set(top.id, 'done');
      continue;
    }
    const next = after[top.next]!;
    top.next += 1;
    const s = state.get(next);
    if (s === 'open') {
      const ids = route.map((r) => r.id);
      const cycle = [...ids.slice(ids.indexOf(next)), next].join(' → ');
      problems.push(
        problem(
          `${base}.nodes[${nodeIndex.get(top.id)}]`,
          { en: `cycle: ${cycle}`, 'zh-CN': `对话绕成了圈：${cycle}` },
          TODO.breakCycle,
        ),
      );
    } else if (s === undefined) {
      state.set(next, 'open');
      route.push({ id: next, next: 0 });
    }
  }
  problems.push(...checkCallbacks(scenario, base, successors));
  problems.push(...checkLetter(scenario, base));
  scenario.nodes.forEach((node, i) => {
    if (!state.has(node.id)) {
      problems.push(
        problem(
          `${base}.nodes[${i}]`,
          {
            en: `node "${node.id}" is unreachable from the start`,
            'zh-CN': `从开场走不到节点“${node.id}”`,
          },
          TODO.linkIt,
        ),
      );
    }
  });
  return problems;
}

/** A promised callback must be keepable: some reply after it follows up. */
function checkCallbacks(
  scenario: Scenario,
  base: string,
  successors: Map<string, string[]>,
): Problem[] {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const keepsPromise = (id: string): boolean => {
    const node = byId.get(id);
    return (
      node?.kind === 'decision' &&
      node.choices.some((c) => c.behaviours.some((b) => FOLLOW_UP_MOVES.includes(b)))
    );
  };
  const problems: Problem[] = [];
  scenario.nodes.forEach((node, i) => {
    if (node.kind !== 'decision') return;
    node.choices.forEach((choice, c) => {
      if (!choice.behaviours.includes('callback-promise')) return;
      const seen = new Set<string>();
      const queue = possibleTargets(choice.next);
      while (queue.length > 0) {
        const id = queue.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...(successors.get(id) ?? []));
      }
      if (![...seen].some(keepsPromise)) {
        problems.push(
          problem(
            `${base}.nodes[${i}].choices[${c}].behaviours`,
            {
              en: 'a callback is promised here, but no later reply follows up to keep it',
              'zh-CN': '这里承诺了回电，但之后没有任何回答去兑现它',
            },
            TODO.keepPromise,
          ),
        );
      }
    });
  });
  return problems;
}

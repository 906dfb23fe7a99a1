import { possibleTargets } from '../mood';
import type { LocalizedText, Scenario } from '../scenario-schema';
import { problem, type Problem } from './problem';

/** A written reply's shape: Send from this slot on, and never more slots than the cap. */
export const LETTER = { sendFromSlot: 3, maxSlots: 8 } as const;

/** What the author does about each problem of a letter's shape, in the editor's words. */
const TODO = {
  noSend: {
    en: 'remove the “sends the letter” mark, or make the case a written reply',
    'zh-CN': '去掉“发出回信”的标记，或者把案例类型改成书面回复',
  },
  sendLater: {
    en: 'offer paragraphs here; Send can come from the third paragraph slot on',
    'zh-CN': '这里只给候选段落；从第三个段落位置起才能“发出”',
  },
  offerSend: {
    en: 'mark one reply here as “sends the letter”',
    'zh-CN': '把这里的一个回答标为“发出回信”',
  },
  sendToEnding: {
    en: 'let it lead to an ending (branches may choose which)',
    'zh-CN': '让它通向一个结局（可以用分支决定是哪个结局）',
  },
  paragraphToSlot: {
    en: 'let it lead to the next paragraph slot, or mark it as “sends the letter”',
    'zh-CN': '让它通向下一个段落位置，或者把它标为“发出回信”',
  },
  oneSlot: {
    en: 'let every reply that leads here come from the same paragraph slot',
    'zh-CN': '让通向这里的回答都来自同一个段落位置',
  },
  shorter: {
    en: 'let the letter be sent by the eighth paragraph slot',
    'zh-CN': '最晚在第八个段落位置让回信发出',
  },
} satisfies Record<string, LocalizedText>;

/**
 * A written reply is composed paragraph by paragraph: each decision point is a paragraph slot, its
 * replies are candidate paragraphs that lead to the next slot, and a reply marked `send` ends the
 * letter. Send is offered from the third slot on (a letter of fewer than two paragraphs teaches
 * nothing about order) and a letter has at most eight slots. Run once every reference resolves and
 * the graph has no cycle. `base` is the JSON path of the scenario inside its file.
 */
export function checkLetter(scenario: Scenario, base: string): Problem[] {
  const problems: Problem[] = [];
  const at = (suffix: string, text: LocalizedText, todo: keyof typeof TODO) =>
    problems.push(problem(base + suffix, text, TODO[todo]));
  const index = new Map(scenario.nodes.map((n, i) => [n.id, i]));

  if (scenario.kind !== 'written-reply') {
    scenario.nodes.forEach((node, i) => {
      if (node.kind !== 'decision') return;
      node.choices.forEach((choice, c) => {
        if (choice.send)
          at(
            `.nodes[${i}].choices[${c}].send`,
            {
              en: 'only a written reply can be sent; this case is a call',
              'zh-CN': '只有书面回复才能“发出”；这个案例是通话',
            },
            'noSend',
          );
      });
    });
    return problems;
  }

  const slots = paragraphSlots(scenario);
  for (const [id, slot] of slots) {
    const i = index.get(id)!;
    const node = scenario.nodes[i]!;
    if (node.kind !== 'decision') continue;
    if (slot.length > 1) {
      at(
        `.nodes[${i}]`,
        {
          en: `this paragraph slot is paragraph ${slot.join(', ')} on different paths`,
          'zh-CN': `这个段落位置在不同路径上分别是第 ${slot.join('、')} 段`,
        },
        'oneSlot',
      );
    }
    const number = Math.max(...slot);
    if (number > LETTER.maxSlots) {
      at(
        `.nodes[${i}]`,
        {
          en: `a letter has at most ${LETTER.maxSlots} paragraph slots; this is slot ${number}`,
          'zh-CN': `一封回信最多 ${LETTER.maxSlots} 个段落位置；这里已是第 ${number} 个`,
        },
        'shorter',
      );
    }
    const sends = node.choices.filter((c) => c.send).length;
    if (Math.min(...slot) >= LETTER.sendFromSlot && sends === 0) {
      at(
        `.nodes[${i}].choices`,
        {
          en: `from slot ${LETTER.sendFromSlot} on the trainee must be able to send the letter; slot ${number} offers no Send`,
          'zh-CN': `从第 ${LETTER.sendFromSlot} 个段落位置起，学员必须能选择发出回信；第 ${number} 个位置没有“发出”`,
        },
        'offerSend',
      );
    }
    node.choices.forEach((choice, c) => {
      const where = `.nodes[${i}].choices[${c}]`;
      if (choice.send && Math.min(...slot) < LETTER.sendFromSlot) {
        at(
          `${where}.send`,
          {
            en: `the letter can be sent from slot ${LETTER.sendFromSlot} on; this is slot ${Math.min(...slot)}`,
            'zh-CN': `回信从第 ${LETTER.sendFromSlot} 个段落位置起才能发出；这里是第 ${Math.min(...slot)} 个`,
          },
          'sendLater',
        );
      }
      const endings = possibleTargets(choice.next).map(
        (target) => scenario.nodes[index.get(target)!]!.kind === 'ending',
      );
      if (choice.send && endings.includes(false)) {
        at(
          `${where}.next`,
          {
            en: 'Send ends the letter, but this one can lead to another paragraph slot',
            'zh-CN': '“发出”会结束这封回信，但它可能通向另一个段落位置',
          },
          'sendToEnding',
        );
      }
      if (!choice.send && endings.includes(true)) {
        at(
          `${where}.next`,
          {
            en: 'a paragraph leads to the next paragraph slot; only Send ends the letter',
            'zh-CN': '候选段落应通向下一个段落位置；只有“发出”才能结束回信',
          },
          'paragraphToSlot',
        );
      }
    });
  }
  return problems;
}

/**
 * Which paragraph each decision point is, counted from the opening slot as 1 along every path (a
 * slot reached at two different numbers lists both). Only paragraphs add a slot: Send ends the
 * letter. Assumes the graph has no cycle.
 */
export function paragraphSlots(scenario: Scenario): Map<string, number[]> {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const slots = new Map<string, number[]>();
  const queue: Array<[string, number]> = [[scenario.start, 1]];
  while (queue.length > 0) {
    const [id, number] = queue.shift()!;
    const node = byId.get(id);
    if (node?.kind !== 'decision') continue;
    const seen = slots.get(id) ?? [];
    if (seen.includes(number)) continue;
    slots.set(
      id,
      [...seen, number].sort((a, b) => a - b),
    );
    // Past the cap the slot is already a problem; counting further only repeats it.
    if (number > LETTER.maxSlots) continue;
    for (const choice of node.choices) {
      if (choice.send) continue;
      for (const target of possibleTargets(choice.next)) queue.push([target, number + 1]);
    }
  }
  return slots;
}

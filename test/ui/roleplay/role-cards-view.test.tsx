import { describe, expect, it } from 'vitest';
import { setLineCondition, setReplyFact } from '../../../src/engine/authoring/fact-operations';
import { customerCard } from '../../../src/engine/role-cards';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { CustomerCardView } from '../../../src/ui/roleplay/role-cards-view';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { render, visibleText } from '../authoring/render';

describe('the customer card of an observed role-play', () => {
  it('marks a cue line said only on one side of a fact', async () => {
    const card = customerCard(bundledScenario('anxious-parent-clinic')! as Scenario);
    const conditional = card.cues.filter((c) => c.unless);
    expect(conditional).toHaveLength(1);
    const zh = visibleText(await render('zh-CN', <CustomerCardView card={card} />));
    // Named by the case's own description of the fact, not its id.
    const fact = conditional[0]!.unless!;
    expect(fact.description?.['zh-CN']).toBeTruthy();
    expect(zh).toContain(`只在还没有“${fact.description!['zh-CN']}”时说`);
    expect(zh).not.toContain(`“${fact.id}”`);
    const plain = card.cues.find((c) => !c.when && !c.unless)!;
    expect(zh).toContain(`“${plain.text['zh-CN']}”`);
  });

  it('opens only with what is said before any reply', async () => {
    const opening = AUTHORED_CASE.nodes[0]!;
    const later = { text: { 'zh-CN': '上门师傅刚走。', en: 'The engineer just left.' } };
    let draft: Scenario = {
      ...AUTHORED_CASE,
      nodes: [{ ...opening, lines: [...opening.lines, later] }, ...AUTHORED_CASE.nodes.slice(1)],
    };
    draft = setReplyFact(draft, 'plan', 0, 'visit-booked', 'sets');
    const before = visibleText(
      await render('zh-CN', <CustomerCardView card={customerCard(draft)} />),
    );
    expect(before).toContain('上门师傅刚走。');
    draft = setLineCondition(draft, 'opening', 1, { kind: 'when', fact: 'visit-booked' });
    const card = visibleText(
      await render('zh-CN', <CustomerCardView card={customerCard(draft)} />),
    );
    expect(card).not.toContain('上门师傅刚走。');
    expect(card).toContain(opening.lines[0]!.text['zh-CN']);
  });
});

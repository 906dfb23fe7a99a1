import { describe, expect, it } from 'vitest';
import { setLineCondition, setReplyFact } from '../../../src/engine/authoring/fact-operations';
import { customerCard, representativeCard } from '../../../src/engine/role-cards';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { CustomerCardView, RepresentativeCardView } from '../../../src/ui/roleplay/role-cards-view';
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

describe('role-play cards of a case spanning several contacts', () => {
  const staged = bundledScenario('dismissed-at-the-counter') as Scenario;
  const [promise] = staged.stages![1]!.checks!;

  it('gives the customer each contact, the line that depends on the promise, and the check', async () => {
    const zh = visibleText(await render('zh-CN', <CustomerCardView card={customerCard(staged)} />));
    for (const stage of staged.stages!) expect(zh).toContain(stage.title['zh-CN']);
    expect(zh).toContain(`第 2/3 次接触 · ${staged.stages![1]!.elapsed!['zh-CN']}`);
    // The callback's angry line is said once the promise turned out broken, named by the promise.
    expect(zh).toContain(`只在“承诺“${promise!.text['zh-CN']}”没兑现”之后说`);
    expect(zh).toContain('算兑现的条件：投诉已登记');
    const en = visibleText(await render('en', <CustomerCardView card={customerCard(staged)} />));
    expect(en).toContain(`Contact 3 of 3 · ${staged.stages![2]!.elapsed!.en}`);
    expect(en).toContain('It counts as kept if:');
  });

  it('gives the representative the contacts ahead but not what each checks', async () => {
    const zh = visibleText(
      await render('zh-CN', <RepresentativeCardView card={representativeCard(staged)} />),
    );
    expect(zh).toContain('这个投诉会分几次接触处理');
    expect(zh).toContain(staged.stages![1]!.title['zh-CN']);
    expect(zh).not.toContain(promise!.text['zh-CN']);
  });

  it('says a one-call case has no contacts list', async () => {
    const plain = bundledScenario('anxious-parent-clinic') as Scenario;
    const zh = visibleText(await render('zh-CN', <CustomerCardView card={customerCard(plain)} />));
    expect(zh).not.toContain('这个投诉分几次接触');
  });
});

describe('role-play cards of a written reply', () => {
  it('say on both cards that it is a letter the trainee writes and the colleague reads', async () => {
    const letter = bundledScenario('hospital-written-reply') as Scenario;
    const customer = visibleText(
      await render('zh-CN', <CustomerCardView card={customerCard(letter)} />),
    );
    const rep = visibleText(
      await render('en', <RepresentativeCardView card={representativeCard(letter)} />),
    );
    expect(customer).toContain('这是写回信练习');
    expect(rep).toContain('you write a letter instead of taking a call');
    const call = visibleText(
      await render(
        'zh-CN',
        <CustomerCardView
          card={customerCard(bundledScenario('anxious-parent-clinic') as Scenario)}
        />,
      ),
    );
    expect(call).not.toContain('这是写回信练习');
  });
});

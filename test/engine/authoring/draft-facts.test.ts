import { describe, expect, it } from 'vitest';
import {
  renameNode,
  setKeyCue,
  setMoodEffect,
  setText,
  updateBranch,
} from '../../../src/engine/authoring/draft-operations';
import type { DecisionNode, Scenario } from '../../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';

const managerDemand = () =>
  structuredClone(BUNDLED_SCENARIOS.find((s) => s.id === 'manager-demand')!) as Scenario;
const node = (draft: Scenario, id: string) => draft.nodes.find((n) => n.id === id)!;
const billing = (draft: Scenario) => node(draft, 'billing') as DecisionNode;

describe('the authoring operations keep the facts a case already has', () => {
  it('through editing a line, a reply and the graph around them', () => {
    let draft = managerDemand();
    const refund = billing(draft).choices.findIndex((c) => c.id === 'refund-checked');
    draft = setText(
      draft,
      ['nodes', draft.nodes.indexOf(node(draft, 'close')), 'lines', 0, 'text'],
      'en',
      'Edited.',
    );
    draft = setMoodEffect(draft, 'billing', refund, 'trust', 5);
    draft = setKeyCue(draft, 'close', 1);
    draft = renameNode(draft, 'close', 'closing-words');
    expect(billing(draft).choices[refund]!.sets).toEqual(['refund-made']);
    const lines = node(draft, 'closing-words').lines;
    expect(lines[0]).toMatchObject({ when: { fact: 'refund-made' }, text: { en: 'Edited.' } });
    expect(lines[1]).toMatchObject({ unless: { fact: 'refund-made' }, keyCue: true });
  });

  it('through retargeting a branch that depends on a fact', () => {
    let draft = managerDemand();
    const send = billing(draft).choices.findIndex((c) => c.id === 'send-to-billing');
    draft = updateBranch(draft, 'billing', send, 0, {
      when: { fact: 'refund-made', trust: { atLeast: 60 } },
    });
    draft = updateBranch(draft, 'billing', send, 0, { to: 'check' });
    expect(billing(draft).choices[send]!.next).toMatchObject({
      branches: [{ when: { fact: 'refund-made', trust: { atLeast: 60 } }, to: 'check' }],
    });
  });
});

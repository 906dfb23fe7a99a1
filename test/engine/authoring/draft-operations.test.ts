import { describe, expect, it } from 'vitest';
import { BEHAVIOURS } from '../../../src/engine/behaviours';
import { BEHAVIOUR_GROUPS, UNGROUPED } from '../../../src/engine/authoring/behaviour-groups';
import { blankCase } from '../../../src/engine/authoring/blank-case';
import {
  addBranch,
  addDecision,
  addEnding,
  addReply,
  removeBranch,
  removeNode,
  renameNode,
  setKeyCue,
  setMoodEffect,
  setNext,
  setRecommended,
  setText,
  toggleBehaviour,
} from '../../../src/engine/authoring/draft-operations';
import type { DecisionNode, Scenario } from '../../../src/engine/scenario-schema';

const decision = (draft: Scenario, id: string) =>
  draft.nodes.find((n): n is DecisionNode => n.id === id && n.kind === 'decision')!;

describe('draft operations', () => {
  it('set one language of a text and leave the other and the original untouched', () => {
    const blank = blankCase('new-case');
    const edited = setText(blank, ['persona', 'name'], 'zh-CN', '周女士');
    expect(edited.persona.name).toEqual({ 'zh-CN': '周女士', en: '' });
    expect(blank.persona.name['zh-CN']).toBe('');
  });

  it('add decision points and endings with ids no node or reply uses yet', () => {
    const { draft, id } = addDecision(blankCase('c'));
    expect(id).toBe('node-1');
    const ids = decision(draft, id).choices.map((c) => c.id);
    expect(ids).toEqual(['reply-3', 'reply-4']);
    const ending = addEnding(draft, 'resolved-grudging');
    expect(ending.id).toBe('ending-1');
    expect(ending.draft.nodes.at(-1)).toMatchObject({
      kind: 'ending',
      outcome: 'resolved-grudging',
    });
  });

  it('rename a node everywhere it is referred to', () => {
    let draft = addBranch(blankCase('c'), 'opening', 0, { agitated: true }, 'escalated');
    draft = renameNode(draft, 'escalated', 'gone-public');
    draft = renameNode(draft, 'opening', 'first');
    expect(draft.start).toBe('first');
    const [first, second] = decision(draft, 'first').choices;
    expect(first!.next).toEqual({
      branches: [{ when: { agitated: true }, to: 'gone-public' }],
      otherwise: 'satisfied',
    });
    expect(second!.next).toBe('gone-public');
    expect(draft.nodes.map((n) => n.id)).toEqual(['first', 'satisfied', 'gone-public']);
  });

  it('remove a node but keep the replies that led to it for the author to redirect', () => {
    const draft = removeNode(blankCase('c'), 'escalated');
    expect(draft.nodes).toHaveLength(2);
    expect(decision(draft, 'opening').choices[1]!.next).toBe('escalated');
  });

  it('keep exactly one recommended reply per decision and one key cue per case', () => {
    let draft = addReply(blankCase('c'), 'opening');
    draft = setRecommended(draft, 'opening', 2);
    expect(decision(draft, 'opening').choices.map((c) => c.recommended ?? false)).toEqual([
      false,
      false,
      true,
    ]);
    draft = setKeyCue(draft, 'satisfied', 0);
    const keyCues = draft.nodes.flatMap((n) => n.lines.filter((l) => l.keyCue).map(() => n.id));
    expect(keyCues).toEqual(['satisfied']);
  });

  it('toggle behaviour tags and set or clear mood effects', () => {
    let draft = toggleBehaviour(blankCase('c'), 'opening', 0, 'apologize');
    draft = toggleBehaviour(draft, 'opening', 0, 'self-identify');
    draft = toggleBehaviour(draft, 'opening', 0, 'apologize');
    draft = setMoodEffect(draft, 'opening', 0, 'anger', -10);
    draft = setMoodEffect(draft, 'opening', 0, 'trust', 5);
    draft = setMoodEffect(draft, 'opening', 0, 'trust', null);
    const reply = decision(draft, 'opening').choices[0]!;
    expect(reply.behaviours).toEqual(['self-identify']);
    expect(reply.mood).toEqual({ anger: -10 });
  });

  it('turn a reply into a mood-dependent branch and back', () => {
    let draft = addBranch(blankCase('c'), 'opening', 1, { anger: { atLeast: 70 } }, 'satisfied');
    expect(decision(draft, 'opening').choices[1]!.next).toEqual({
      branches: [{ when: { anger: { atLeast: 70 } }, to: 'satisfied' }],
      otherwise: 'escalated',
    });
    draft = removeBranch(draft, 'opening', 1, 0);
    expect(decision(draft, 'opening').choices[1]!.next).toBe('escalated');
    draft = setNext(draft, 'opening', 1, 'satisfied');
    expect(decision(draft, 'opening').choices[1]!.next).toBe('satisfied');
  });
});

describe('behaviour groups', () => {
  it('offer every behaviour of the vocabulary exactly once', () => {
    const grouped = Object.values(BEHAVIOUR_GROUPS).flat();
    expect(UNGROUPED).toEqual([]);
    expect([...grouped].sort()).toEqual([...BEHAVIOURS].sort());
  });
});

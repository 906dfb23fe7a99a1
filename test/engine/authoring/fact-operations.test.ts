import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/engine/authoring/check-draft';
import { addBranch, setText } from '../../../src/engine/authoring/draft-operations';
import {
  declareFact,
  factsOf,
  lineConditionOf,
  removeFact,
  renameFact,
  setLineCondition,
  setReplyFact,
} from '../../../src/engine/authoring/fact-operations';
import { playReply, startTestPlay } from '../../../src/engine/authoring/test-play';
import { linesSaid } from '../../../src/engine/facts';
import type { DecisionNode, Scenario } from '../../../src/engine/scenario-schema';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';

const node = (draft: Scenario, id: string) => draft.nodes.find((n) => n.id === id)!;
const plan = (draft: Scenario) => node(draft, 'plan') as DecisionNode;
const TODAY_VISIT = 0;
const WILL_CHECK = 1;

/** The authored case where only the reply booking a visit sets `visit-booked`, and the line about "before four" needs it. */
function withVisitFact(): Scenario {
  const declared = declareFact(AUTHORED_CASE);
  let draft = renameFact(declared.draft, declared.id, 'visit-booked');
  draft = setText(draft, ['facts', 0, 'description'], 'zh-CN', '已约好今天上门');
  draft = setText(draft, ['facts', 0, 'description'], 'en', 'A visit is booked for today');
  draft = setReplyFact(draft, 'plan', TODAY_VISIT, 'visit-booked', 'sets');
  draft = setLineCondition(draft, 'backup', 0, { kind: 'when', fact: 'visit-booked' });
  const backup = draft.nodes.findIndex((n) => n.id === 'backup');
  draft = {
    ...draft,
    nodes: draft.nodes.map((n, i) =>
      i === backup
        ? { ...n, lines: [...n.lines, { text: { 'zh-CN': '那到底哪天来人？', en: 'So when?' } }] }
        : n,
    ),
  };
  return setLineCondition(draft, 'backup', 1, { kind: 'unless', fact: 'visit-booked' });
}

describe('declaring a fact', () => {
  it('names a fresh fact and lifts a format-1 draft to format 2, which facts need', () => {
    expect(AUTHORED_CASE.formatVersion).toBe(1);
    const { draft, id } = declareFact(AUTHORED_CASE);
    expect(id).toBe('fact-1');
    expect(draft.formatVersion).toBe(2);
    expect(draft.facts).toEqual([{ id: 'fact-1', description: { 'zh-CN': '', en: '' } }]);
    expect(declareFact(draft).id).toBe('fact-2');
  });

  it('is reported at its id while no reply sets it, in both languages', () => {
    let { draft } = declareFact(AUTHORED_CASE);
    draft = setText(draft, ['facts', 0, 'description'], 'zh-CN', '已约好上门');
    draft = setText(draft, ['facts', 0, 'description'], 'en', 'Visit booked');
    const unset = checkDraft(draft).errors.filter((p) => p.path === '$.facts[0].id');
    expect(unset.map((p) => p.text)).toEqual([
      { en: 'no reply sets the fact "fact-1"', 'zh-CN': '没有任何回答会确立事实“fact-1”' },
    ]);
    draft = setReplyFact(draft, 'plan', TODAY_VISIT, 'fact-1', 'sets');
    expect(checkDraft(draft)).toMatchObject({ errors: [], warnings: [] });
  });

  it('with a description in one language only is a missing translation at that field', () => {
    let { draft } = declareFact(AUTHORED_CASE);
    draft = setText(draft, ['facts', 0, 'description'], 'zh-CN', '已约好上门');
    draft = setReplyFact(draft, 'plan', TODAY_VISIT, 'fact-1', 'sets');
    expect(checkDraft(draft).warnings.map((w) => w.path)).toEqual(['$.facts[0].description.en']);
  });
});

describe('using a fact', () => {
  it('makes a case that validates and says each line only on its side', () => {
    const draft = withVisitFact();
    expect(checkDraft(draft)).toMatchObject({ errors: [], warnings: [] });
    const said = (reply: string) => {
      const play = playReply(draft, startTestPlay(draft, 'plan'), reply);
      return linesSaid(node(draft, 'backup'), play.progress.facts).map((s) => s.index);
    };
    expect(said('today-visit')).toEqual([0]);
    expect(said('will-check')).toEqual([1]);
  });

  it('a reply sets or clears a fact, never both, and "none" leaves no empty list', () => {
    let draft = withVisitFact();
    draft = setReplyFact(draft, 'plan', WILL_CHECK, 'visit-booked', 'clears');
    expect(plan(draft).choices[WILL_CHECK]).toMatchObject({ clears: ['visit-booked'] });
    draft = setReplyFact(draft, 'plan', WILL_CHECK, 'visit-booked', 'sets');
    expect(plan(draft).choices[WILL_CHECK]!.sets).toEqual(['visit-booked']);
    expect(plan(draft).choices[WILL_CHECK]!.clears).toBeUndefined();
    draft = setReplyFact(draft, 'plan', WILL_CHECK, 'visit-booked', 'none');
    expect(Object.keys(plan(draft).choices[WILL_CHECK]!)).not.toContain('sets');
  });

  it('a line condition reads back as the editor offers it, and "always" drops it', () => {
    const draft = withVisitFact();
    const backup = node(draft, 'backup');
    expect(lineConditionOf(backup.lines[0]!)).toEqual({ kind: 'when', fact: 'visit-booked' });
    expect(lineConditionOf(backup.lines[1]!)).toEqual({ kind: 'unless', fact: 'visit-booked' });
    const always = setLineCondition(draft, 'backup', 0, { kind: 'always' });
    expect(node(always, 'backup').lines[0]).toEqual({
      text: backup.lines[0]!.text,
      cue: 'repetition',
    });
    expect(
      lineConditionOf({ text: backup.lines[0]!.text, when: { fact: 'a' }, unless: { fact: 'b' } }),
    ).toBeNull();
  });

  it('lists every fact with where it is used, named ones first', () => {
    let draft = withVisitFact();
    draft = setReplyFact(draft, 'opening', 0, 'heard', 'sets');
    draft = addBranch(draft, 'closing', 0, { fact: 'visit-booked' }, 'grudging');
    expect(factsOf(draft)).toEqual([
      {
        id: 'visit-booked',
        declared: 0,
        setBy: ['today-visit'],
        clearedBy: [],
        lines: 2,
        branches: 1,
      },
      { id: 'heard', declared: null, setBy: ['hear-her'], clearedBy: [], lines: 0, branches: 0 },
    ]);
  });
});

describe('renaming and removing a fact', () => {
  it('renames it everywhere it is used', () => {
    const before = addBranch(withVisitFact(), 'closing', 0, { fact: 'visit-booked' }, 'grudging');
    const draft = renameFact(before, 'visit-booked', 'engineer-booked');
    expect(JSON.stringify(draft)).not.toContain('visit-booked');
    expect(factsOf(draft)[0]).toMatchObject({ id: 'engineer-booked', lines: 2, branches: 1 });
    // Nothing the rename touched broke: no fact is left unset or unsaid.
    expect(checkDraft(draft).errors).toEqual(checkDraft(before).errors);
  });

  it('removes it everywhere: lines always said, a branch that needed only it dropped', () => {
    let draft = addBranch(withVisitFact(), 'closing', 0, { fact: 'visit-booked' }, 'grudging');
    draft = addBranch(draft, 'closing', 0, { fact: 'visit-booked', agitated: true }, 'escalated');
    draft = removeFact(draft, 'visit-booked');
    expect(JSON.stringify(draft)).not.toContain('visit-booked');
    expect(draft.facts).toBeUndefined();
    expect(node(draft, 'backup').lines.map(lineConditionOf)).toEqual([
      { kind: 'always' },
      { kind: 'always' },
    ]);
    const closing = node(draft, 'closing') as DecisionNode;
    expect(closing.choices[0]!.next).toEqual({
      branches: [{ when: { agitated: true }, to: 'escalated' }],
      otherwise: 'satisfied',
    });
  });
});

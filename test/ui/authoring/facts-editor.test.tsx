import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/engine/authoring/check-draft';
import { setText } from '../../../src/engine/authoring/draft-operations';
import {
  declareFact,
  setLineCondition,
  setReplyFact,
} from '../../../src/engine/authoring/fact-operations';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { FactsPanel } from '../../../src/ui/authoring/facts-panel';
import { DraftProblems } from '../../../src/ui/authoring/field-problems';
import { NodeEditor } from '../../../src/ui/authoring/node-editor';
import { LineConditionField } from '../../../src/ui/authoring/line-condition-field';
import { ReplyFacts } from '../../../src/ui/authoring/reply-facts';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { render, visibleText } from './render';
import type { ReactElement } from 'react';

const described = (): Scenario => {
  let { draft } = declareFact(AUTHORED_CASE);
  draft = setText(draft, ['facts', 0, 'description'], 'zh-CN', '已约好今天上门');
  return setText(draft, ['facts', 0, 'description'], 'en', 'Visit booked for today');
};

const withProblems = (draft: Scenario, element: ReactElement) => (
  <DraftProblems.Provider value={checkDraft(draft).errors}>{element}</DraftProblems.Provider>
);
const noop = () => {};

describe('the facts panel', () => {
  it('says under the fact, in the interface language, that no reply sets it yet', async () => {
    const draft = described();
    const panel = withProblems(draft, <FactsPanel draft={draft} edit={noop} />);
    const zh = await render('zh-CN', panel);
    expect(visibleText(zh)).toContain('没有任何回答会确立事实“fact-1”');
    // The id field points at the problem, so a screen reader reads it with the field.
    const describedBy = /data-field="\$\.facts\[0\]\.id"[^>]*aria-describedby="([^"]+)"/.exec(
      zh,
    )?.[1];
    const problemsId = /<ul id="([^"]+)" class="field-problems"/.exec(zh)?.[1];
    expect(problemsId).toBeDefined();
    expect(describedBy?.split(' ')).toContain(problemsId);
    expect(visibleText(await render('en', panel))).toContain('no reply sets the fact "fact-1"');

    const set = setReplyFact(draft, 'plan', 0, 'fact-1', 'sets');
    const fixed = visibleText(
      await render('zh-CN', withProblems(set, <FactsPanel draft={set} edit={noop} />)),
    );
    expect(fixed).not.toContain('没有任何回答会确立');
    expect(fixed).toContain('确立它的回答：1 个');
  });

  it('lists a fact used but not named, to be described', async () => {
    const draft = setReplyFact(AUTHORED_CASE, 'plan', 0, 'visit-booked', 'sets');
    const text = visibleText(await render('zh-CN', <FactsPanel draft={draft} edit={noop} />));
    expect(text).toContain('“visit-booked”已在使用，但还没有说明。');
    expect(text).toContain('为“visit-booked”写说明');
  });
});

describe('a reply and a line with facts', () => {
  it('says under a line that no path says it', async () => {
    // Only a reply after "backup" sets the fact, so a line at "backup" that needs it is never said.
    let draft = setReplyFact(described(), 'closing', 0, 'fact-1', 'sets');
    const backup = draft.nodes.findIndex((n) => n.id === 'backup');
    const spare = { text: { 'zh-CN': '师傅刚走。', en: 'The engineer just left.' } };
    draft = {
      ...draft,
      nodes: draft.nodes.map((n, i) => (i === backup ? { ...n, lines: [...n.lines, spare] } : n)),
    };
    draft = setLineCondition(draft, 'backup', 1, { kind: 'when', fact: 'fact-1' });
    const field = (line: number) => (
      <LineConditionField
        draft={draft}
        nodeId="backup"
        line={draft.nodes[backup]!.lines[line]!}
        index={line}
        base={`$.nodes[${backup}].lines[${line}]`}
        edit={noop}
      />
    );
    const unsaid = visibleText(await render('zh-CN', withProblems(draft, field(1))));
    expect(unsaid).toContain('这句话永远说不出口');
    const said = visibleText(await render('zh-CN', withProblems(draft, field(0))));
    expect(said).not.toContain('这句话永远说不出口');
  });

  it('offers each fact by its description, with what the reply does to it', async () => {
    const draft = setReplyFact(described(), 'plan', 0, 'fact-1', 'sets');
    const plan = draft.nodes.find((n) => n.id === 'plan')!;
    if (plan.kind !== 'decision') throw new Error('plan is a decision');
    const html = await render(
      'zh-CN',
      <ReplyFacts
        draft={draft}
        nodeId="plan"
        reply={0}
        choice={plan.choices[0]!}
        base="$.nodes[3].choices[0]"
        edit={noop}
        onAddFact={noop}
      />,
    );
    expect(visibleText(html)).toContain('已约好今天上门（fact-1）');
    expect(html).toMatch(/<option value="sets" selected="">确立<\/option>/);
  });

  it('says under a line when the customer could say nothing on some path', async () => {
    const draft = setLineCondition(
      setReplyFact(described(), 'plan', 0, 'fact-1', 'sets'),
      'backup',
      0,
      { kind: 'when', fact: 'fact-1' },
    );
    const backup = draft.nodes.findIndex((n) => n.id === 'backup');
    const errors = checkDraft(draft).errors.map((p) => p.path);
    expect(errors).toContain(`$.nodes[${backup}].lines`);
    const line = await render(
      'en',
      withProblems(
        draft,
        <LineConditionField
          draft={draft}
          nodeId="backup"
          line={draft.nodes[backup]!.lines[0]!}
          index={0}
          base={`$.nodes[${backup}].lines[0]`}
          edit={noop}
        />,
      ),
    );
    expect(line).toContain(
      '<option value="when:fact-1" selected="">Only once “Visit booked for today” is set</option>',
    );
    const node = visibleText(
      await render(
        'zh-CN',
        withProblems(
          draft,
          <NodeEditor
            draft={draft}
            index={backup}
            edit={noop}
            onRemoved={noop}
            onTestPlay={noop}
            onLocate={noop}
          />,
        ),
      ),
    );
    expect(node).toContain('有的路径上客户在这里一句话也不说');
  });
});

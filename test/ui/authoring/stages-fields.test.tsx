import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/engine/authoring/check-draft';
import { addStage, setKeptWhen } from '../../../src/engine/authoring/stage-operations';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { DraftProblems } from '../../../src/ui/authoring/field-problems';
import { StagesFields } from '../../../src/ui/authoring/stages-fields';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { render, visibleText } from './render';

const noop = () => {};
const staged = bundledScenario('dismissed-at-the-counter');

const fields = (draft: Scenario) => (
  <DraftProblems.Provider value={checkDraft(draft).errors}>
    <StagesFields draft={draft} edit={noop} />
  </DraftProblems.Provider>
);

describe('the stages in the case editor', () => {
  it('shows each stage with its name, time, opening point, channel and promises', async () => {
    const html = await render('zh-CN', fields(staged));
    const text = visibleText(html);
    expect(text).toContain('阶段 1 counter');
    expect(text).toContain('阶段 3 public-post');
    for (const k of [0, 1, 2]) {
      expect(html).toContain(`data-field="$.stages[${k}].startNode"`);
      expect(html).toContain(`data-field="$.stages[${k}].title[&quot;zh-CN&quot;]"`);
    }
    expect(html).toContain('value="两天后"');
    expect(html).toMatch(/<option value="callback-open" selected="">callback-open<\/option>/);
    expect(html).toMatch(/<option value="ticket-logged" selected="">/);
    expect(text).toContain('属于这个阶段的决策点：callback-open、callback-cold、callback-offer');
    // The first stage has no time before it, and cannot be removed (it is where the case begins).
    expect(html).not.toContain('data-field="$.stages[0].elapsed');
    expect(text).not.toContain('删除阶段 1');
    expect(text).toContain('删除阶段 3');
  });

  it('says under the stage what the library’s stage check finds wrong', async () => {
    const broken = setKeptWhen(staged, 1, 0, 'never-set');
    const text = visibleText(await render('en', fields(broken)));
    expect(text).toContain('no reply before this stage sets the fact "never-set"');
    expect(visibleText(await render('en', fields(staged)))).not.toContain('no reply before');
  });

  it('offers to split a one-call case into stages, and explains what that does', async () => {
    const text = visibleText(await render('en', fields(AUTHORED_CASE)));
    expect(text).toContain('This case is one call, without stages.');
    expect(text).toContain('Add a stage');
    expect(text).toContain('The case then has two stages');
    const split = visibleText(await render('en', fields(addStage(AUTHORED_CASE))));
    expect(split).toContain('Stage 2 stage-2');
    expect(split).toContain('Time before it');
  });
});

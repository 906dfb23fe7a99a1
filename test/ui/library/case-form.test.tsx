import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/app/library/summarize';
import { BUNDLED_SCENARIOS, bundledScenario } from '../../../src/scenarios/bundled';
import { caseForm } from '../../../src/ui/library/case-form';
import { CaseFormTag } from '../../../src/ui/library/case-form-tag';
import { render, visibleText } from '../authoring/render';

describe('the form of a case in the library', () => {
  it('tells a written reply, a complaint over several contacts and a single contact apart', async () => {
    const forms = await Promise.all(
      ['hospital-written-reply', 'dismissed-at-the-counter', 'air-conditioner-remote'].map(
        async (id) => caseForm(await summarize(bundledScenario(id))),
      ),
    );
    expect(forms).toEqual(['written-reply', 'multi-contact', 'single']);
  });

  it('counts a staged case’s contacts in its summary', async () => {
    const staged = BUNDLED_SCENARIOS.filter((s) => s.stages);
    expect(staged.length).toBeGreaterThan(0);
    for (const s of staged) expect((await summarize(s)).contacts).toBe(s.stages!.length);
  });

  it('labels the two new forms in both languages and leaves a single contact unlabelled', async () => {
    const multi = { kind: 'call', contacts: 3 } as const;
    expect(visibleText(await render('zh-CN', <CaseFormTag scenario={multi} />))).toContain(
      '多次接触 · 3 次',
    );
    expect(
      visibleText(
        await render('en', <CaseFormTag scenario={{ kind: 'written-reply', contacts: 1 }} />),
      ),
    ).toContain('Written reply');
    expect(await render('zh-CN', <CaseFormTag scenario={{ kind: 'call', contacts: 1 }} />)).toBe(
      '',
    );
  });
});

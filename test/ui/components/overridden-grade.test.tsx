import { describe, expect, it } from 'vitest';
import { standingTotal } from '../../../src/engine/grade-override';
import type { OverrideRecord } from '../../../src/engine/records/override';
import { OverriddenGrade } from '../../../src/ui/components/overridden-grade';
import { render, visibleText } from '../authoring/render';

const override = (id: string, total: number, at: number): OverrideRecord => ({
  id,
  attemptId: 'call-1',
  profileId: 'p-1',
  originalTotal: 60,
  total,
  reason: `理由${id}`,
  by: '陈老师',
  at,
});

/** The trainer's grade the note leads with: the first `.override-grade` in the markup. */
const shownGrade = (html: string) =>
  Number(/class="override-grade">[^<]*<strong>(\d+)<\/strong>/.exec(html)![1]);

describe('a trainer’s grade beside the call’s own', () => {
  it('leads with the override every total counts, the others listed as earlier', async () => {
    const overrides = [override('a', 70, 1_000), override('b', 85, 2_000)];
    const html = await render('zh-CN', <OverriddenGrade overrides={overrides} />);
    expect(shownGrade(html)).toBe(85);
    expect(visibleText(html)).toContain('理由a');
  });

  it('picks the same override as the standing total when two were made in the same millisecond', async () => {
    const overrides = [override('a', 70, 5_000), override('b', 85, 5_000)];
    const html = await render('en', <OverriddenGrade overrides={overrides} />);
    expect(shownGrade(html)).toBe(standingTotal(60, overrides));
    // The other is still shown, among the earlier ones.
    expect(visibleText(html)).toContain(standingTotal(60, overrides) === 70 ? '理由b' : '理由a');
  });

  it('shows nothing for a call no trainer regraded', async () => {
    expect(await render('en', <OverriddenGrade overrides={[]} />)).toBe('');
  });
});

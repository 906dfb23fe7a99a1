import { describe, expect, it } from 'vitest';
import { CheckProgress } from '../../../src/ui/hr/check-progress';
import { render, visibleText } from '../authoring/render';

describe('what the merge panel says while it checks a bundle', () => {
  it('counts the records weighed so far, with a bar, in both languages', async () => {
    const weighing = { step: 'weighing' as const, done: 1200, total: 5050 };
    const zh = await render('zh-CN', <CheckProgress progress={weighing} />);
    expect(visibleText(zh)).toContain('正在逐条重放核对记录：1,200 / 5,050 条');
    expect(zh).toMatch(/<progress[^>]*max="5050"[^>]*value="1200"/);
    // Named for what it measures, its value read out in words rather than as a bare percentage.
    expect(zh).toMatch(/<progress[^>]*aria-label="检查记录包的进度"/);
    expect(zh).toMatch(/<progress[^>]*aria-valuetext="1,200 \/ 5,050 条"/);
    expect(zh).toContain('class="progress-bar"');
    const en = await render('en', <CheckProgress progress={weighing} />);
    expect(visibleText(en)).toContain('Replaying and checking records: 1,200 of 5,050');
    expect(en).toMatch(/<progress[^>]*aria-label="Progress of the bundle check"/);
    expect(en).toMatch(/<progress[^>]*aria-valuetext="1,200 of 5,050 records"/);
  });

  it('names the step before and after the records are weighed, without a bar', async () => {
    const planning = await render('en', <CheckProgress progress={{ step: 'planning' }} />);
    expect(visibleText(planning)).toContain('Planning the merge');
    expect(planning).not.toContain('<progress');
    const reading = await render('zh-CN', <CheckProgress progress={{ step: 'reading' }} />);
    expect(visibleText(reading)).toContain('正在读取记录包');
  });
});

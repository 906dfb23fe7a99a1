import { describe, expect, it } from 'vitest';
import { WriteProgress } from '../../../src/ui/hr/write-progress';
import { render, visibleText } from '../authoring/render';

describe('what the merge panel says while a confirmed merge is written', () => {
  it('counts the rows written so far with a named bar, in both languages', async () => {
    const writing = { step: 'writing' as const, done: 500, total: 1203 };
    const zh = await render('zh-CN', <WriteProgress progress={writing} />);
    expect(visibleText(zh)).toContain('正在写入记录：500 / 1,203 条');
    expect(zh).toMatch(/<progress[^>]*aria-label="合并写入的进度"/);
    expect(zh).toMatch(/<progress[^>]*aria-valuetext="500 \/ 1,203 条"/);
    expect(zh).toMatch(/<progress[^>]*max="1203"[^>]*value="500"/);
    const en = await render('en', <WriteProgress progress={writing} />);
    expect(visibleText(en)).toContain('Writing records: 500 of 1,203');
    expect(en).toMatch(/<progress[^>]*aria-valuetext="500 of 1,203 records"/);
  });

  it('shows the sealing as work under way, without a share it cannot tell', async () => {
    const zh = await render('zh-CN', <WriteProgress progress={{ step: 'sealing' }} />);
    expect(visibleText(zh)).toContain('正在封存并更新花名册');
    expect(zh).toMatch(/<progress[^>]*aria-label="合并写入的进度"/);
    expect(zh).not.toMatch(/<progress[^>]*value=/);
  });

  it('once committed, says how many records were written and counts the people whose certificates are re-checked', async () => {
    const certificates = { step: 'certificates' as const, done: 12, total: 50, written: 1203 };
    const zh = await render('zh-CN', <WriteProgress progress={certificates} />);
    expect(visibleText(zh)).toContain(
      '记录已全部写入（1,203 条）。正在逐人重新核算证书：12 / 50 人',
    );
    expect(zh).toMatch(/<progress[^>]*aria-label="重新核算证书的进度"/);
    expect(zh).toMatch(/<progress[^>]*aria-valuetext="12 \/ 50 人"/);
    const en = await render('en', <WriteProgress progress={certificates} />);
    expect(visibleText(en)).toContain('Re-checking certificates person by person: 12 of 50');
    expect(en).toMatch(/<progress[^>]*aria-valuetext="12 of 50 people"/);
  });
});

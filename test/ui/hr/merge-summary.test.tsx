import { describe, expect, it } from 'vitest';
import type { MergeOutcome } from '../../../src/app/records/records-bundle';
import { MergeSummary } from '../../../src/ui/hr/merge-summary';
import { render, visibleText } from '../authoring/render';

const outcome: MergeOutcome = {
  written: 42,
  merged: {
    profiles: 1,
    attempts: 40,
    observations: 0,
    overrides: 0,
    quizAttempts: 1,
    promoted: 0,
  },
  certified: 3,
  notCertified: null,
};

describe('what the merge panel says once a merge is done', () => {
  it('names what was written, kind by kind, and whose certificates were re-checked', async () => {
    const zh = visibleText(await render('zh-CN', <MergeSummary outcome={outcome} />));
    expect(zh).toContain('已合并 42 条记录。');
    expect(zh).toContain('新增学员 1 人');
    expect(zh).toContain('通话 40 条');
    expect(zh).toContain('测验 1 次');
    expect(zh).not.toContain('改分');
    expect(zh).toContain('为 3 人重新核算证书');
    const en = visibleText(await render('en', <MergeSummary outcome={outcome} />));
    expect(en).toContain('1 new trainee');
    expect(en).toContain('40 calls');
    expect(en).toContain('1 quiz sitting');
    expect(en).toContain('Certificates re-checked for 3 people');
  });

  it('says when certificates could not be re-checked, and that the records stay merged', async () => {
    const failed = {
      ...outcome,
      certified: 1,
      notCertified: { profileIds: ['a', 'b'], message: 'disk' },
    };
    const zh = visibleText(await render('zh-CN', <MergeSummary outcome={failed} />));
    expect(zh).toContain('记录已合并，但有 2 人的证书没能重新核算（disk）');
    const en = visibleText(await render('en', <MergeSummary outcome={failed} />));
    expect(en).toContain('could not be re-checked for 2 people (disk)');
  });

  it('says when no one needed their certificates re-checked', async () => {
    const none = { ...outcome, certified: 0 };
    expect(visibleText(await render('en', <MergeSummary outcome={none} />))).toContain(
      'none needed re-checking',
    );
  });
});

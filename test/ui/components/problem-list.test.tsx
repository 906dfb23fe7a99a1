import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../src/ui/components/problem-list';
import { newerRecordsProblem } from '../../../src/engine/records/newer-records';
import { problem } from '../../../src/engine/validation/problem';
import { render, visibleText } from '../authoring/render';

const newer = newerRecordsProblem({ schemaVersion: 99 })!;

describe('a refused file’s problems', () => {
  it('say what is wrong and, where the check knows, what to do, in the interface language', async () => {
    const zh = visibleText(
      await render('zh-CN', <ProblemList heading="不能恢复" problems={[newer]} />),
    );
    expect(zh).toContain('$.schemaVersion');
    expect(zh).toContain('由较新版本的应用生成');
    expect(zh).toContain('先更新这台机器上的应用');
    const en = visibleText(
      await render('en', <ProblemList heading="Cannot restore" problems={[newer]} />),
    );
    expect(en).toContain('made by a newer version of the app (records version 99');
    expect(en).toContain('update the app on this machine first');
    expect(en).not.toContain('先更新');
  });

  it('show no advice where the check has none', async () => {
    const plain = problem('$.x', { en: 'is wrong', 'zh-CN': '不对' });
    const html = await render('en', <ProblemList heading="Refused" problems={[plain]} />);
    expect(html).not.toContain('problem-todo');
    expect(visibleText(html)).toContain('is wrong');
  });
});

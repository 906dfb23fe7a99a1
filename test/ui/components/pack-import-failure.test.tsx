import { describe, expect, it } from 'vitest';
import { classifyStorageFailure } from '../../../src/app/data/storage-failure';
import { PackImportFailure } from '../../../src/ui/components/pack-import-failure';
import { render, visibleText } from '../authoring/render';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const shown = async (locale: 'zh-CN' | 'en', error: unknown) =>
  render(locale, <PackImportFailure failure={classifyStorageFailure(error)} onRetry={() => {}} />);

describe('a pack import the storage refused', () => {
  it('says a full disk in the trainer’s words, never the browser’s', async () => {
    const zh = await shown('zh-CN', { name: 'AbortError', inner: quota() });
    expect(zh).toContain('role="alert"');
    const text = visibleText(zh);
    expect(text).toContain('存储空间已满，案例包没有导入');
    expect(text).toContain('一项都没有写入');
    expect(text).toContain('删掉不再需要的录音');
    expect(text).toContain('IT');
    expect(text).toContain('重试');
    expect(text).not.toContain('QuotaExceededError');
    expect(text).not.toContain('quota has been exceeded');
    const en = visibleText(await shown('en', quota()));
    expect(en).toContain('Storage is full, so the pack was not imported');
    expect(en).toContain('none of its cases or recordings were written');
    expect(en).toContain('ask IT');
    expect(en).toContain('Try again');
    expect(en).not.toContain('QuotaExceededError');
  });

  it('says a storage this tab cannot use as every screen does, without the browser’s text', async () => {
    const text = visibleText(await shown('zh-CN', { name: 'DatabaseClosedError' }));
    expect(text).toContain('浏览器的存储现在用不了，这次导入没有保存');
    expect(text).not.toContain('存储空间已满');
    expect(text).not.toContain('DatabaseClosedError');
  });

  it('keeps the text of a failure nobody planned for, so it can be reported', async () => {
    const text = visibleText(await shown('en', new Error('worker crashed')));
    expect(text).toContain('the import');
    expect(text).toContain('worker crashed');
  });
});

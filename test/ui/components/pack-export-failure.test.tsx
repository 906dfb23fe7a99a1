import { describe, expect, it } from 'vitest';
import { PackExportFailure } from '../../../src/ui/components/pack-export-failure';
import { render, visibleText } from '../authoring/render';

const shown = async (locale: 'zh-CN' | 'en', kind: 'gone' | 'unreadable') =>
  render(locale, <PackExportFailure problem={{ id: 'ac', title: '空调遥控器', kind }} />);

describe('a case export that made no file', () => {
  it('says the case is gone from this computer, naming it, in both languages', async () => {
    const zh = await shown('zh-CN', 'gone');
    expect(zh).toContain('role="alert"');
    expect(visibleText(zh)).toContain('「空调遥控器」已不在本机');
    expect(visibleText(zh)).toContain('没有导出任何文件');
    expect(visibleText(await shown('en', 'gone'))).toContain('is no longer on this computer');
  });

  it('says what could not be read, that nothing changed, and the way on', async () => {
    const zh = visibleText(await shown('zh-CN', 'unreadable'));
    expect(zh).toContain('没能读取「空调遥控器」');
    expect(zh).toContain('没有改动');
    expect(zh).toContain('关闭本应用的其他标签页');
    const en = visibleText(await shown('en', 'unreadable'));
    expect(en).toContain('could not be read, so nothing was exported');
    expect(en).toContain('Close the app’s other tabs');
  });
});

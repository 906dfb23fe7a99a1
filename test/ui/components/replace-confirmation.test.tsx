import { describe, expect, it } from 'vitest';
import { ReplaceConfirmation } from '../../../src/ui/components/replace-confirmation';
import { render, visibleText } from '../authoring/render';

const replacing = (fromVersion: number, toVersion: number) => [
  {
    id: 'my-first-case',
    title: { 'zh-CN': '装机师傅爽约', en: 'The Installer Who Never Came' },
    fromVersion,
    toVersion,
    openCalls: 0,
  },
];
const noop = () => {};

describe('asking before a pack replaces a case', () => {
  it('names the versions when they differ', async () => {
    const html = await render(
      'zh-CN',
      <ReplaceConfirmation replacing={replacing(1, 2)} onConfirm={noop} onCancel={noop} />,
    );
    expect(visibleText(html)).toContain('版本 1 → 2');
  });

  it('says the content differs under one version number, not "1 → 1"', async () => {
    const zh = visibleText(
      await render(
        'zh-CN',
        <ReplaceConfirmation replacing={replacing(1, 1)} onConfirm={noop} onCancel={noop} />,
      ),
    );
    expect(zh).toContain('版本号同是 1，内容却不同');
    expect(zh).not.toContain('1 → 1');
    const en = visibleText(
      await render(
        'en',
        <ReplaceConfirmation replacing={replacing(1, 1)} onConfirm={noop} onCancel={noop} />,
      ),
    );
    expect(en).toContain('the same version number, 1, with different content');
  });
});

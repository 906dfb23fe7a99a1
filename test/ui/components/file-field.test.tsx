import { describe, expect, it } from 'vitest';
import { FileField } from '../../../src/ui/components/file-field';
import { render, visibleText } from '../authoring/render';

const field = (locale: 'zh-CN' | 'en', disabled = false) =>
  render(
    locale,
    <FileField label="选择案例包文件" accept=".json" onFile={() => {}} disabled={disabled} />,
  );

/** The ids that the labels point at, and the id of the one file input. */
function wiring(html: string) {
  const targets = [...html.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]);
  const input = /<input id="([^"]+)"[^>]*type="file"/.exec(html)?.[1];
  return { targets, input };
}

describe('the app’s file picker', () => {
  it('says what to do in the interface language, not the browser’s', async () => {
    const zh = visibleText(await field('zh-CN'));
    expect(zh).toContain('选择案例包文件');
    expect(zh).toContain('选择文件…');
    expect(zh).toContain('尚未选择文件');
    const en = visibleText(await field('en'));
    expect(en).toContain('Choose a file…');
    expect(en).toContain('No file chosen yet');
    expect(en).not.toContain('选择文件…');
  });

  it('keeps one real file input, named by the field’s label and by the face that opens it', async () => {
    const html = await field('zh-CN');
    const { targets, input } = wiring(html);
    expect(input).toBeTruthy();
    expect(targets).toEqual([input, input]);
    expect(html).toContain('accept=".json"');
    expect(html.match(/<input/g)).toHaveLength(1);
  });

  it('names a file the call site was given another way (dropped on its panel)', async () => {
    const dropped = new File(['{}'], 'acme.lists.json', { type: 'application/json' });
    const html = await render(
      'en',
      <FileField label="Choose lists" accept=".json" onFile={() => {}} dropped={dropped} />,
    );
    expect(visibleText(html)).toContain('acme.lists.json');
    expect(visibleText(html)).not.toContain('No file chosen yet');
  });

  it('waits while the call site says so', async () => {
    expect(await field('en', true)).toMatch(/<input[^>]*disabled=""/);
    expect(await field('en')).not.toMatch(/<input[^>]*disabled/);
  });
});

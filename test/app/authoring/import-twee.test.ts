import { describe, expect, it } from 'vitest';
import { draftFileKind, importDraftFile } from '../../../src/app/authoring/import-draft-file';
import { importTweeDraft } from '../../../src/app/authoring/import-twee';
import { caseToTwee } from '../../../src/engine/authoring/twee/case-to-twee';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';

const utf8 = (text: string) => new TextEncoder().encode(text);
const STORY =
  ':: Start\n你好\n[[您好，请讲->End]]\n[[What?|End]]\n\n:: End [resolved-satisfied]\n好\n';

describe('importTweeDraft', () => {
  it('makes a draft and lists what is still missing (English, behaviours, the expert reply)', async () => {
    const result = await importTweeDraft(utf8(STORY), 'hello.twee');
    if (!result.ok) throw new Error(result.problems[0]!.message);
    expect(result.draft.id).toBe('hello');
    const paths = result.missing.map((p) => p.path);
    expect(paths).toContain('$.nodes[0].lines[0].text.en');
    expect(paths.some((p) => p.startsWith('$.nodes[0].choices[0].behaviours'))).toBe(true);
    expect(result.missing.every((p) => p.text?.['zh-CN'] && p.text.en)).toBe(true);
  });

  it('reads a file with a UTF-8 byte-order mark as without', async () => {
    const plain = await importTweeDraft(utf8(STORY), 'a.twee');
    const marked = await importTweeDraft(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(STORY)]),
      'a.twee',
    );
    expect(marked).toEqual(plain);
  });

  it('refuses bytes that are not UTF-8 at their line and column, and UTF-16 by name', async () => {
    const bad = new Uint8Array([...utf8(':: Start\n你好'), 0xff, ...utf8('\n')]);
    const result = await importTweeDraft(bad, 'bad.twee');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.at).toMatchObject({ line: 2, column: 3 });
    expect(result.problems[0]!.text!['zh-CN']).toContain('不是有效的 UTF-8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...utf8(':')]);
    const named = await importTweeDraft(utf16, 'u.twee');
    expect(!named.ok && named.problems[0]!.text!.en).toContain('UTF-16');
  });

  it('refuses a file over 2 MB before reading it', async () => {
    const huge = {
      size: 2 * 1024 * 1024 + 1,
      arrayBuffer: () => {
        throw new Error('read');
      },
    };
    const result = await importTweeDraft(huge as unknown as File, 'big.twee');
    expect(!result.ok && result.problems[0]!.text!.en).toBe(
      'the file is 2.0 MB; the limit is 2 MB',
    );
  });

  it('re-imports an exported case with nothing missing', async () => {
    const scenario = BUNDLED_SCENARIOS[0]!;
    const result = await importTweeDraft(utf8(caseToTwee(scenario)), 'x.twee');
    expect(result.ok && result.missing).toEqual([]);
  });
});

describe('importDraftFile', () => {
  it('picks the importer by the file’s ending and refuses any other file unread', async () => {
    expect(['a.TWEE', 'b.tw', 'c.xlsx', 'd.CSV', 'e.json'].map(draftFileKind)).toEqual([
      'twee',
      'twee',
      'spreadsheet',
      'spreadsheet',
      null,
    ]);
    const twee = await importDraftFile(new File([STORY], 'story.tw'));
    expect(twee.ok && twee.draft.id).toBe('story');
    const other = await importDraftFile(new File(['{}'], 'pack.json'));
    expect(!other.ok && other.problems[0]!.text!['zh-CN']).toContain('不是可以导入草稿的文件');
  });
});

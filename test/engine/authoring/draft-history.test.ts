import { describe, expect, it } from 'vitest';
import { blankCase } from '../../../src/engine/authoring/blank-case';
import {
  canRedo,
  canUndo,
  HISTORY_LIMIT,
  record,
  redo,
  startHistory,
  undo,
} from '../../../src/engine/authoring/draft-history';
import { setText } from '../../../src/engine/authoring/draft-operations';

const title = (zh: string) => setText(blankCase('c'), ['title'], 'zh-CN', zh);

describe('draft history', () => {
  it('undoes and redoes edits in order, and a new edit clears what could be redone', () => {
    let h = startHistory(blankCase('c'));
    expect(canUndo(h)).toBe(false);
    h = record(h, title('一'));
    h = record(h, title('二'));
    h = undo(h);
    expect(h.present.title['zh-CN']).toBe('一');
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present.title['zh-CN']).toBe('二');
    h = undo(undo(h));
    expect(h.present.title['zh-CN']).toBe('');
    h = record(h, title('三'));
    expect(canRedo(h)).toBe(false);
    expect(h.past).toHaveLength(1);
  });

  it('makes keystrokes into one field a single undo step', () => {
    let h = startHistory(blankCase('c'));
    for (const text of ['周', '周女', '周女士']) h = record(h, title(text), '$.title.zh-CN');
    h = record(h, setText(h.present, ['title'], 'en', 'Ms'), '$.title.en');
    h = undo(h);
    expect(h.present.title).toEqual({ 'zh-CN': '周女士', en: '' });
    h = undo(h);
    expect(h.present.title['zh-CN']).toBe('');
  });

  it('forgets the oldest steps beyond the limit', () => {
    let h = startHistory(blankCase('c'));
    for (let i = 0; i <= HISTORY_LIMIT + 5; i += 1) h = record(h, title(String(i)));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankCase } from '../../src/engine/authoring/blank-case';
import { setText } from '../../src/engine/authoring/draft-operations';
import {
  createAutosave,
  createDraft,
  deleteDraft,
  getDraft,
  listDrafts,
} from '../../src/storage/drafts';
import { readRescue, writeRescue } from '../../src/storage/draft-rescue';
import { freshDatabase } from './setup-db';

describe('drafts', () => {
  beforeEach(freshDatabase);
  afterEach(() => vi.useRealTimers());

  it('are listed newest first, opened and deleted', async () => {
    const first = await createDraft(blankCase('first'));
    const second = await createDraft(blankCase('second'));
    expect((await listDrafts()).map((d) => d.scenario.id).sort()).toEqual(['first', 'second']);
    await deleteDraft(first.id);
    expect((await listDrafts()).map((d) => d.id)).toEqual([second.id]);
    expect(await getDraft(first.id)).toBeNull();
  });

  it('autosave writes the last change after a pause, and at once when flushed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const draft = await createDraft(blankCase('c'));
    const autosave = createAutosave(draft.id, 300);
    autosave.schedule(setText(draft.scenario, ['title'], 'zh-CN', '一'));
    autosave.schedule(setText(draft.scenario, ['title'], 'zh-CN', '一二'));
    expect((await getDraft(draft.id))!.scenario.title['zh-CN']).toBe('');
    await vi.advanceTimersByTimeAsync(300);
    await autosave.flush();
    expect((await getDraft(draft.id))!.scenario.title['zh-CN']).toBe('一二');
    autosave.schedule(setText(draft.scenario, ['title'], 'zh-CN', '三'));
    await autosave.flush();
    expect((await getDraft(draft.id))!.scenario.title['zh-CN']).toBe('三');
  });
});

describe('a draft rescued as the page closed', () => {
  beforeEach(async () => {
    await freshDatabase();
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is folded back into the database when the draft is next opened or listed', async () => {
    const draft = await createDraft(blankCase('c'));
    const typed = setText(draft.scenario, ['title'], 'en', 'Typed just before closing');
    await new Promise((r) => setTimeout(r, 2));
    writeRescue(draft.id, typed);
    expect((await listDrafts())[0]!.scenario.title.en).toBe('Typed just before closing');
    expect(readRescue(draft.id)).toBeNull();
    expect((await getDraft(draft.id))!.scenario).toEqual(typed);
  });

  it('is dropped when the database already has a later save', async () => {
    const draft = await createDraft(blankCase('c'));
    writeRescue(draft.id, setText(draft.scenario, ['title'], 'en', 'old'));
    await new Promise((r) => setTimeout(r, 2));
    const autosave = createAutosave(draft.id);
    autosave.schedule(setText(draft.scenario, ['title'], 'en', 'new'));
    await autosave.rescue();
    expect(readRescue(draft.id)).toBeNull();
    expect((await getDraft(draft.id))!.scenario.title.en).toBe('new');
  });
});

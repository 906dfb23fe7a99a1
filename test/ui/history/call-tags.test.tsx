import { describe, expect, it } from 'vitest';
import { CallTags } from '../../../src/ui/history/call-tags';
import { render, visibleText } from '../authoring/render';

const call = { kind: 'call' as const, stages: 1 };

describe('how a history row says a call was played', () => {
  it('says nothing of a plain call of chosen replies', async () => {
    expect(await render('zh-CN', <CallTags shape={call} />)).toBe('');
  });

  it('flags a call said in the trainee’s own words, in both languages', async () => {
    expect(
      visibleText(await render('zh-CN', <CallTags replyMode="type" shape={call} />)),
    ).toContain('自己说');
    expect(visibleText(await render('en', <CallTags replyMode="type" shape={call} />))).toContain(
      'Say it yourself',
    );
  });

  it('says how many contacts a staged complaint spanned', async () => {
    const staged = { kind: 'call' as const, stages: 3 };
    expect(visibleText(await render('zh-CN', <CallTags shape={staged} />)).trim()).toBe(
      '共 3 次接触',
    );
    expect(visibleText(await render('en', <CallTags replyMode="type" shape={staged} />))).toMatch(
      /Say it yourself.*3 contacts/,
    );
  });

  it('labels a written reply as a letter, never as a call', async () => {
    const letter = { kind: 'written-reply' as const, stages: 1 };
    const zh = visibleText(await render('zh-CN', <CallTags shape={letter} />));
    expect(zh.trim()).toBe('书面回复');
    const en = visibleText(await render('en', <CallTags shape={letter} />));
    expect(en.trim()).toBe('Written reply');
    expect(en).not.toMatch(/call/i);
  });

  it('still flags the mode when the case is gone from this machine', async () => {
    expect(
      visibleText(await render('en', <CallTags replyMode="type" shape={undefined} />)).trim(),
    ).toBe('Say it yourself');
  });
});

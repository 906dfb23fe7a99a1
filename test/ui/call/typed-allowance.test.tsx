import { describe, expect, it } from 'vitest';
import { replySeconds } from '../../../src/engine/policies';
import type { ReplyMode } from '../../../src/engine/detect/typed-reply';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { ReplyTimer } from '../../../src/ui/call/reply-timer';
import { RingingPanel } from '../../../src/ui/call/ringing-panel';
import { render, visibleText } from '../authoring/render';

const scenario = bundledScenario('manager-demand');

const ringing = (mode: ReplyMode) => (
  <RingingPanel
    scenario={scenario}
    timed
    replySeconds={replySeconds(scenario, mode)}
    onTimedChange={() => {}}
    replyMode={{ mode, fixed: false, onChange: () => {} }}
    onAnswer={() => {}}
  />
);

describe('the ringing panel of a timed call', () => {
  it('states the longer time for a typed reply, and why, in both languages', async () => {
    const zh = visibleText(await render('zh-CN', ringing('type')));
    expect(zh).toContain('每句回答限时 90 秒');
    expect(zh).toContain('自己说时每次回答有 90 秒：比点选多 45 秒，留给打字。');
    const en = visibleText(await render('en', ringing('type')));
    expect(en).toContain('90 seconds per reply');
    expect(en).toContain('Saying it yourself gives 90 s per reply: 45 s more than choosing');
  });

  it('leaves both switches’ names alone: the allowance is said outside their labels', async () => {
    const html = await render('zh-CN', ringing('type'));
    const labels = [...html.matchAll(/<label[^>]*>(.*?)<\/label>/gs)].map((m) =>
      visibleText(m[1]!),
    );
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(label).not.toContain('留给打字');
    expect(labels[0]).not.toContain('自己说');
  });

  it('keeps the case’s own time for chosen replies, and says nothing of typing', async () => {
    const zh = visibleText(await render('zh-CN', ringing('choose')));
    expect(zh).toContain('每句回答限时 45 秒');
    expect(zh).not.toContain('留给打字');
    expect(visibleText(await render('en', ringing('choose')))).not.toContain('to type it');
  });
});

describe('the reply timer', () => {
  it('starts at the full typed allowance and says it', async () => {
    const timer = (
      <ReplyTimer seconds={90} paused onExpire={() => {}} allowance="自己说：每次回答 90 秒" />
    );
    const text = visibleText(await render('zh-CN', timer));
    expect(text).toContain('还剩 90 秒');
    expect(text).toContain('自己说：每次回答 90 秒');
  });

  it('says no allowance on a chosen call', async () => {
    const text = visibleText(
      await render('en', <ReplyTimer seconds={45} paused onExpire={() => {}} />),
    );
    expect(text.trim()).toBe('45 s left');
  });
});

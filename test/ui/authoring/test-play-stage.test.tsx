import { describe, expect, it } from 'vitest';
import { continueStage, playReply, startTestPlay } from '../../../src/engine/authoring/test-play';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { TestPlayPanel } from '../../../src/ui/authoring/test-play-panel';
import { render, visibleText } from './render';

const staged = bundledScenario('dismissed-at-the-counter');
const callbackNode = staged.nodes.find((n) => n.id === 'callback-open')!;
const callbackReply = callbackNode.kind === 'decision' ? callbackNode.choices[0]!.text : null;
const played = (replies: readonly string[]) =>
  replies.reduce((p, r) => playReply(staged, p, r), startTestPlay(staged, staged.start));
const panel = async (play: ReturnType<typeof played>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  visibleText(
    await render(locale, <TestPlayPanel draft={staged} play={play} onChange={() => {}} />),
  );

describe('test-play of a case spanning several contacts', () => {
  it('shows the stage card with the promise settled, instead of the next customer line', async () => {
    const crossed = played(['own-the-brush-off', 'promise-only']);
    const text = await panel(crossed);
    expect(text).toContain('第 2 次接触，共 3 次');
    expect(text).toContain('两天后 · 回访电话');
    expect(text).toContain('继续：回访电话');
    expect(text).toContain('未兑现 周四下午 5 点前回电告知检测结果');
    expect(text).not.toContain(callbackReply!['zh-CN']);
    expect(await panel(continueStage(crossed))).toContain(callbackReply!['zh-CN']);
  });

  it('once continued, marks the stage in the transcript with the promise as it stood', async () => {
    const onward = playReply(
      staged,
      continueStage(played(['own-the-brush-off', 'log-and-promise'])),
      'report-result',
    );
    const text = await panel(onward, 'en');
    expect(text).not.toContain('Continue: The callback');
    expect(text).toContain('Two days later · The callback');
    expect(text).toContain('Kept A call before 5 p.m. Thursday with the test result');
  });
});

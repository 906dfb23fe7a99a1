import { describe, expect, it } from 'vitest';
import { playReply, startTestPlay } from '../../../src/engine/authoring/test-play';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { TestPlayPanel } from '../../../src/ui/authoring/test-play-panel';
import { ruleById } from '../../../src/engine/scoring/rules';
import { zhCN } from '../../../src/ui/i18n/zh-CN';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { render, visibleText } from './render';

// air-conditioner-remote: only a promised callback lets Mr Zhou say he will wait for the call.
const CASE = bundledScenario('air-conditioner-remote')! as Scenario;
const WAITING = '行，那就等你电话';

const panel = async (replies: string[], startFacts: string[] = []) => {
  let play = startTestPlay(CASE, CASE.start, startFacts);
  for (const reply of replies) play = playReply(CASE, play, reply);
  expect(play.stuck).toBeNull();
  return visibleText(
    await render('zh-CN', <TestPlayPanel draft={CASE} play={play} onChange={() => {}} />),
  );
};

/** A path to the closing words with the callback promised, and one without. */
function pathsToClosing(): { promised: string[]; not: string[] } {
  const found: { promised?: string[]; not?: string[] } = {};
  const walk = (nodeId: string, replies: string[], facts: string[]) => {
    const node = CASE.nodes.find((n) => n.id === nodeId)!;
    if (node.lines.some((l) => l.text['zh-CN'].includes(WAITING))) {
      if (facts.includes('callback-promised')) found.promised ??= replies;
      else found.not ??= replies;
    }
    if (node.kind !== 'decision' || replies.length > 12) return;
    for (const choice of node.choices) {
      const play = playReply(CASE, { ...startTestPlay(CASE, nodeId, facts) }, choice.id);
      if (!play.stuck) walk(play.progress.nodeId, [...replies, choice.id], play.progress.facts);
    }
  };
  walk(CASE.start, [], []);
  return { promised: found.promised!, not: found.not! };
}

describe('test-play in the authoring screen', () => {
  it('shows a line conditional on a fact only on the path where the fact was set', async () => {
    const { promised, not } = pathsToClosing();
    expect(await panel(promised)).toContain(WAITING);
    expect(await panel(not)).not.toContain(WAITING);
  });

  it('starts from a node with the facts the author ticks, and says what is set so far', async () => {
    const closing = CASE.nodes.find((n) =>
      n.lines.some((l) => l.text['zh-CN'].includes(WAITING) && l.when),
    )!;
    const held = visibleText(
      await render(
        'zh-CN',
        <TestPlayPanel
          draft={CASE}
          play={startTestPlay(CASE, closing.id, ['callback-promised'])}
          onChange={() => {}}
        />,
      ),
    );
    expect(held).toContain(WAITING);
    const described = CASE.facts?.find((f) => f.id === 'callback-promised')?.description;
    expect(held).toContain(`此刻已确立：${described!['zh-CN']}（callback-promised）`);
    const none = visibleText(
      await render(
        'en',
        <TestPlayPanel draft={CASE} play={startTestPlay(CASE, closing.id)} onChange={() => {}} />,
      ),
    );
    expect(none).not.toContain("I'll wait for your call");
    expect(none).toContain('No fact set so far.');
  });

  it('explains each grade with the rules that fired and their points, and why the expert reply scored 0', async () => {
    // The opening's expert reply made to argue: it fails, and the panel must say why.
    const draft: Scenario = {
      ...AUTHORED_CASE,
      nodes: AUTHORED_CASE.nodes.map((n) =>
        n.id === 'opening' && n.kind === 'decision'
          ? {
              ...n,
              choices: n.choices.map((c) =>
                c.recommended ? { ...c, behaviours: ['argue' as const] } : c,
              ),
            }
          : n,
      ),
    };
    const play = playReply(draft, startTestPlay(draft, 'opening'), 'hear-her');
    const text = visibleText(
      await render('zh-CN', <TestPlayPanel draft={draft} play={play} onChange={() => {}} />),
    );
    expect(text).toContain(zhCN.authorGuide.expertShortfall.replace('{{grade}}', '0'));
    const [headline] = ruleById('no-arguing')!.description['zh-CN'].split('：');
    expect(text).toContain(`${headline} −2 分 · 情绪自控与规范`);
    expect(text).not.toContain('这一轮得分');
    // The expert path falls short of a model answer: the summary names the rule and the cap.
    expect(text).toContain('第 1 轮（节点 opening，回答 hear-her）');
    expect(text).toContain('总分最高 30 分');
  });
});

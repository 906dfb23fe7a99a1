import { describe, expect, it } from 'vitest';
import { replySeconds } from '../../../src/engine/policies';
import { bundledScenario } from '../../../src/scenarios/bundled';
import type { ShownSwitchFailure } from '../../../src/ui/call/before-answer-change';
import { RingingPanel } from '../../../src/ui/call/ringing-panel';
import { render, visibleText } from '../authoring/render';

const scenario = bundledScenario('manager-demand');

const ringing = (saveFailure: ShownSwitchFailure | null) => (
  <RingingPanel
    scenario={scenario}
    timed
    replySeconds={replySeconds(scenario, 'choose')}
    onTimedChange={() => {}}
    replyMode={{ mode: 'choose', fixed: false, onChange: () => {} }}
    onAnswer={() => {}}
    saveFailure={saveFailure}
  />
);

/** The text of the panel's alerts (the ringing line itself is a status, not an alert). */
const alerts = (html: string) =>
  [...html.matchAll(/<p[^>]*role="alert"[^>]*>(.*?)<\/p>/gs)].map((m) => visibleText(m[1]!));

describe('a switch on the ringing panel that could not be saved', () => {
  it('says a full disk in Chinese and English: nothing else changed, and the way on', async () => {
    const [zh] = alerts(await render('zh-CN', ringing({ kind: 'quota', n: 1 })));
    expect(zh).toContain('存储空间已满');
    expect(zh).toContain('开关已恢复原来的选择');
    expect(zh).toContain('通话的其他内容都没有变');
    expect(zh).toContain('IT');
    const [en] = alerts(await render('en', ringing({ kind: 'quota', n: 1 })));
    expect(en).toContain('Storage is full');
    expect(en).toContain('nothing else about the call changed');
  });

  it('says another failure without blaming the disk', async () => {
    const [zh] = alerts(await render('zh-CN', ringing({ kind: 'other', n: 2 })));
    expect(zh).toContain('这项更改没能保存');
    expect(zh).not.toContain('存储空间已满');
    const [en] = alerts(await render('en', ringing({ kind: 'other', n: 2 })));
    expect(en).toContain('could not be saved');
    expect(en).not.toContain('Storage is full');
  });

  it('says nothing while every change has saved', async () => {
    expect(alerts(await render('zh-CN', ringing(null)))).toEqual([]);
  });
});

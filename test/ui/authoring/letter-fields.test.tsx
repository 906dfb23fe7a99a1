import { describe, expect, it } from 'vitest';
import {
  CaseKindField,
  SendMarkField,
  withKind,
  withSendMark,
} from '../../../src/ui/authoring/letter-fields';
import { fakeScenario } from '../../fakes';
import { render, visibleText } from './render';

const noop = () => {};
const call = fakeScenario();
const letter = withKind(call, 'written-reply');
const opening = call.nodes.findIndex((n) => n.kind === 'decision');
const firstChoice = (draft: typeof call) => {
  const node = draft.nodes[opening]!;
  return node.kind === 'decision' ? node.choices[0]! : null;
};

describe('authoring a written reply', () => {
  it('sets the case kind, and a call leaves the field out as older packs do', () => {
    expect(letter.kind).toBe('written-reply');
    expect('kind' in withKind(letter, 'call')).toBe(false);
  });

  it('marks one reply as sending the letter, and unmarks it', () => {
    const marked = withSendMark(letter, opening, 0, true);
    expect(firstChoice(marked)!.send).toBe(true);
    expect(firstChoice(letter)!.send).toBeUndefined();
    expect('send' in firstChoice(withSendMark(marked, opening, 0, false))!).toBe(false);
  });

  it('offers the kind as a labelled, explained select in both languages', async () => {
    const zh = await render('zh-CN', <CaseKindField draft={letter} edit={noop} />);
    expect(zh).toMatch(/<option value="written-reply" selected="">书面回复<\/option>/);
    expect(visibleText(zh)).toContain('案例类型');
    const select = /<select id="([^"]+)" data-field="\$\.kind" aria-describedby="([^"]+)"/.exec(zh);
    expect(select).not.toBeNull();
    expect(zh).toContain(`<label for="${select![1]}">`);
    expect(zh).toContain(`<span id="${select![2]}" class="hint">`);
    const en = await render('en', <CaseKindField draft={call} edit={noop} />);
    expect(en).toMatch(/<option value="call" selected="">Call \(default\)<\/option>/);
  });

  it('shows the Send checkbox only on a written reply, checked as the reply is marked', async () => {
    const field = (draft: typeof call) => (
      <SendMarkField
        draft={draft}
        nodeIndex={opening}
        reply={0}
        choice={firstChoice(draft)!}
        field="$.nodes[0].choices[0]"
        edit={noop}
      />
    );
    expect(await render('zh-CN', field(call))).toBe('');
    const unmarked = await render('en', field(letter));
    expect(unmarked).toMatch(
      /<input type="checkbox" data-field="\$\.nodes\[0\]\.choices\[0\]\.send"/,
    );
    expect(visibleText(unmarked)).toContain('Sends the letter');
    expect(unmarked).not.toContain('checked');
    const marked = await render('zh-CN', field(withSendMark(letter, opening, 0, true)));
    expect(marked).toContain('checked');
    expect(visibleText(marked)).toContain('发出回信');
  });
});

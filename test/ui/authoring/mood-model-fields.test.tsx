import { describe, expect, it } from 'vitest';
import { setMoodModel } from '../../../src/engine/authoring/mood-model';
import { MoodModelFields } from '../../../src/ui/authoring/mood-model-fields';
import { fakeScenario } from '../../fakes';
import { render, visibleText } from './render';

const noop = () => {};
const selected = (html: string, field: string) =>
  new RegExp(`data-field="\\$\\.moodModel\\.${field}"[^]*?<option[^>]*selected[^>]*>([^<]+)<`).exec(
    html,
  )?.[1];

describe("the case's mood model on the authoring screen", () => {
  it('shows both settings at their defaults, labelled and explained, in both languages', async () => {
    const zh = await render('zh-CN', <MoodModelFields draft={fakeScenario()} edit={noop} />);
    expect(selected(zh, 'reactions')).toBe('由系统另外加上（默认）');
    expect(selected(zh, 'branchMood')).toBe('回答之前的情绪（默认）');
    expect(visibleText(zh)).toContain('情绪怎么算');
    const en = await render('en', <MoodModelFields draft={fakeScenario()} edit={noop} />);
    expect(selected(en, 'reactions')).toBe('Added by the app (default)');
    expect(selected(en, 'branchMood')).toBe('The mood before the reply (default)');
  });

  it("shows the case's own declaration", async () => {
    const draft = setMoodModel(setMoodModel(fakeScenario(), { reactions: 'author' }), {
      branchMood: 'after-reply',
    });
    const en = await render('en', <MoodModelFields draft={draft} edit={noop} />);
    expect(selected(en, 'reactions')).toBe('Already in each reply’s mood effect');
    expect(selected(en, 'branchMood')).toBe('The mood after the reply’s own effect');
  });

  it('ties each choice to its label and its one-line explanation', async () => {
    const html = await render('zh-CN', <MoodModelFields draft={fakeScenario()} edit={noop} />);
    for (const field of ['reactions', 'branchMood']) {
      const select = new RegExp(
        `<select id="([^"]+)" data-field="\\$\\.moodModel\\.${field}" aria-describedby="([^"]+)"`,
      ).exec(html);
      expect(select, field).not.toBeNull();
      expect(html).toContain(`<label for="${select![1]}">`);
      expect(html).toMatch(new RegExp(`<span id="${select![2]}" class="hint">[^<]+</span>`));
    }
  });
});

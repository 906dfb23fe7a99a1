import { describe, expect, it } from 'vitest';
import { blankCase } from '../../../src/engine/authoring/blank-case';
import { checkDraft, publishBlocker } from '../../../src/engine/authoring/check-draft';
import { setNext, setText } from '../../../src/engine/authoring/draft-operations';
import { missingTranslations } from '../../../src/engine/authoring/missing-translations';
import { validatePackValue } from '../../../src/engine/validation/validate-pack';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { oneDecisionCase } from '../../support/one-decision-case';

describe('checking a draft', () => {
  it('a blank case fails only on what the author must write and grow', () => {
    const { errors, warnings } = checkDraft(blankCase('new-case'));
    expect(warnings).toEqual([]);
    expect(errors.map((e) => e.path)).toContain('$.title["zh-CN"]');
    expect(errors.map((e) => e.path)).toContain('$.nodes[0].choices[0].behaviours');
    expect(errors.every((e) => !e.message.includes('no node has the id'))).toBe(true);
  });

  it('reports a broken link while texts are still empty', () => {
    const draft = setNext(blankCase('c'), 'opening', 0, 'nowhere');
    expect(checkDraft(draft).errors).toContainEqual(
      expect.objectContaining({
        path: '$.nodes[0].choices[0].next',
        message: 'no node has the id "nowhere"',
      }),
    );
  });

  it('names a text written in one language as a missing translation, not an error', () => {
    const draft = setText(blankCase('c'), ['persona', 'name'], 'zh-CN', '周女士');
    const { errors, warnings } = checkDraft(draft);
    expect(warnings).toEqual([
      {
        path: '$.persona.name.en',
        message: 'no English translation yet',
        text: { en: 'no English translation yet', 'zh-CN': '还没有英文译文' },
        missing: 'en',
      },
    ]);
    expect(errors.map((e) => e.path)).not.toContain('$.persona.name.en');
    expect(publishBlocker({ errors: [], warnings })).toEqual({ errors: 0, translations: 1 });
  });

  it('passes a case the CLI passes, and refuses a bundled id', () => {
    expect(validatePackValue(AUTHORED_CASE).ok).toBe(true);
    expect(checkDraft(AUTHORED_CASE)).toEqual({ errors: [], warnings: [], advice: [] });
    expect(checkDraft(AUTHORED_CASE, [AUTHORED_CASE.id]).errors).toEqual([
      {
        path: '$.id',
        message: '"broadband-three-days" is a bundled case; choose another id',
        text: {
          en: '"broadband-three-days" is a bundled case; choose another id',
          'zh-CN': '“broadband-three-days”是自带案例的 id；请换一个',
        },
      },
    ]);
  });

  it('lets a one-decision case without a key cue publish, with the teaching checks as advice', () => {
    const check = checkDraft(oneDecisionCase());
    expect(check.errors).toEqual([]);
    expect(publishBlocker(check)).toBeNull();
    expect(check.advice.map((a) => a.check)).toEqual(
      expect.arrayContaining(['size', 'endings', 'keyCue', 'moodBranch']),
    );
  });

  it('asks nothing of the blank template but its texts and behaviours', () => {
    const blank = blankCase('first-case');
    const written = oneDecisionCase({ keyCue: true });
    // Only texts and behaviours differ between the template and the written case.
    const shape = (s: typeof blank) =>
      JSON.stringify(s, (key, value: unknown) =>
        key === 'zh-CN' || key === 'en' || key === 'behaviours' || key === 'mood'
          ? undefined
          : value,
      );
    expect(shape(written)).toBe(shape({ ...blank, id: written.id }));
    expect(checkDraft(written).errors).toEqual([]);
    const paths = checkDraft(blank).errors.map((e) => e.path);
    expect(paths.every((p) => /(\["zh-CN"\]|\.en|\.behaviours)$/.test(p))).toBe(true);
  });

  it('finds missing translations deep in replies and branches', () => {
    const draft = setText(AUTHORED_CASE, ['nodes', 1, 'choices', 0, 'note'], 'en', ' ');
    expect(missingTranslations(draft).map((m) => m.path)).toEqual([
      '$.nodes[1].choices[0].note.en',
    ]);
  });
});

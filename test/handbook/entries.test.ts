import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../src/engine/scoring/dimensions';
import { SEVERITY_BANDS } from '../../src/engine/scoring/grade-turn';
import { CRITICAL_CAP, OUTCOME_CAPS } from '../../src/engine/scoring/outcome-caps';
import { ALL_RULES } from '../../src/engine/scoring/rules';
import { HANDBOOK, handbookEntry } from '../../src/handbook/entries';

describe('principles handbook', () => {
  it('has an entry for every rule a debrief can link to', () => {
    const missing = ALL_RULES.filter((r) => !handbookEntry(r.handbook)).map(
      (r) => `${r.id} → ${r.handbook}`,
    );
    expect(missing).toEqual([]);
  });

  it('has unique entry ids and both languages in every text', () => {
    expect(new Set(HANDBOOK.map((e) => e.id)).size).toBe(HANDBOOK.length);
    const texts = JSON.stringify(HANDBOOK);
    expect(texts).not.toMatch(/"(zh-CN|en)":""/);
  });

  it('covers what the course teaches', () => {
    for (const id of [
      'golden-rules',
      'bank-seven-steps',
      'angry-customer-order',
      'cues',
      'expectations',
      'avoid-phrases',
    ]) {
      expect(handbookEntry(id), id).toBeDefined();
    }
    const sevenSteps = handbookEntry('bank-seven-steps')!.blocks.find((b) => b.kind === 'list');
    expect(sevenSteps?.kind === 'list' && sevenSteps.items).toHaveLength(7);
  });

  it('states the grading as the scoring model applies it, in both languages', () => {
    const grading = handbookEntry('grading')!;
    for (const lang of ['zh-CN', 'en'] as const) {
      const said = grading.blocks
        .flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'list' ? b.items : []))
        .map((t) => t[lang])
        .join(' ');
      for (const [low, high] of Object.values(SEVERITY_BANDS))
        expect(said).toContain(`${low}–${high}`);
      for (const cap of [CRITICAL_CAP, ...Object.values(OUTCOME_CAPS).filter((c) => c < 100)]) {
        expect(said).toContain(String(cap));
      }
      for (const { weight } of DIMENSIONS) expect(said).toContain(String(weight));
    }
  });
});

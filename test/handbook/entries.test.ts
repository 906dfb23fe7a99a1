import { describe, expect, it } from 'vitest';
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
});

import { describe, expect, it } from 'vitest';
import {
  readBehaviours,
  readMood,
  readNext,
  readYes,
} from '../../../../src/engine/authoring/spreadsheet/cell-syntax';

const value = <T>(read: { ok: true; value: T } | { ok: false }) =>
  read.ok ? read.value : 'refused';

describe('the cells of the case template', () => {
  it('reads a mood effect in Chinese or English, full-width signs included, blank as no change', () => {
    expect(value(readMood('怒气 -10，信任 +5'))).toEqual({ anger: -10, trust: 5 });
    expect(value(readMood('anger -10, trust +5'))).toEqual({ anger: -10, trust: 5 });
    expect(value(readMood('Trust＋１５ anger－5'))).toEqual({ anger: -5, trust: 15 });
    expect(value(readMood(''))).toEqual({});
    expect(value(readMood('angry -10'))).toBe('refused');
    expect(value(readMood('anger -150'))).toBe('refused');
  });

  it('reads next as a node name, or as mood branches ending with the fallback', () => {
    expect(value(readNext(' find-order '))).toBe('find-order');
    expect(value(readNext('怒气>=60: escalated；信任<30: doubt; 否则：calm'))).toEqual({
      branches: [
        { when: { anger: { atLeast: 60 } }, to: 'escalated' },
        { when: { trust: { below: 30 } }, to: 'doubt' },
      ],
      otherwise: 'calm',
    });
    expect(value(readNext('if anger > 59 and anger <= 80: hot\nelse: calm'))).toEqual({
      branches: [{ when: { anger: { atLeast: 60, below: 81 } }, to: 'hot' }],
      otherwise: 'calm',
    });
    expect(value(readNext('激动: hot; otherwise: calm'))).toEqual({
      branches: [{ when: { agitated: true }, to: 'hot' }],
      otherwise: 'calm',
    });
  });

  it('refuses a branch it cannot read, and branches without a fallback', () => {
    expect(value(readNext('anger=60: hot; else: calm'))).toBe('refused');
    expect(value(readNext('anger>=60: hot'))).toBe('refused');
    expect(value(readNext(''))).toBe('refused');
    const missing = readNext('anger>=60: hot; trust<20: cold');
    expect(missing.ok || missing.why['zh-CN']).toContain('否则');
  });

  it('reads behaviour tags separated any way, and names the unknown ones', () => {
    expect(value(readBehaviours('Apologize、acknowledge-emotion，apologize'))).toEqual([
      'apologize',
      'acknowledge-emotion',
    ]);
    const unknown = readBehaviours('apologize, say-sorry');
    expect(unknown.ok || unknown.why.en).toBe(
      '"say-sorry" is not a behaviour tag; use the tags of the Vocabulary sheet',
    );
  });

  it('reads yes as 是, yes, ✓ or 1, and blank or 否 as no', () => {
    expect(['是', 'Yes', '✓', '1'].map((c) => value(readYes(c)))).toEqual([true, true, true, true]);
    expect(['', '否', 'no'].map((c) => value(readYes(c)))).toEqual([false, false, false]);
    expect(value(readYes('maybe'))).toBe('refused');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/detect/evaluate';

describe('evaluate', () => {
  it('counts each behaviour once per reply and lists what was missed and what was extra', () => {
    const report = evaluate(
      [
        { id: 'a', expected: ['apologize', 'yes-but'], detected: ['apologize', 'argue'] },
        { id: 'b', expected: ['apologize'], detected: ['apologize'] },
      ],
      'v1',
    );
    expect(report.items).toBe(2);
    expect(report.listsVersion).toBe('v1');
    expect(report.micro).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3 });
    expect(report.micro.f1).toBeCloseTo(2 / 3);
    expect(report.perBehaviour.apologize).toEqual({
      precision: 1,
      recall: 1,
      support: 2,
      tp: 2,
      fp: 0,
      fn: 0,
    });
    expect(report.errors).toEqual([{ id: 'a', missed: ['yes-but'], extra: ['argue'] }]);
  });

  it('gives null, not zero, where a ratio has nothing to count', () => {
    const report = evaluate([{ id: 'a', expected: ['argue'], detected: [] }], 'v1');
    expect(report.perBehaviour.argue).toMatchObject({ precision: null, recall: 0, support: 1 });
    expect(report.micro.precision).toBeNull();
    expect(report.micro.f1).toBeNull();
    expect(evaluate([], 'v1').micro).toMatchObject({ precision: null, recall: null, f1: null });
  });
});

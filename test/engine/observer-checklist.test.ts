import { describe, expect, it } from 'vitest';
import {
  blankMarks,
  checklistTotal,
  OBSERVER_CHECKLIST,
} from '../../src/engine/observer-checklist';
import { DIMENSION_IDS } from '../../src/engine/scoring/dimensions';

const tick = (ids: string[] | 'all') =>
  blankMarks().map((m) => ({ ...m, met: ids === 'all' || ids.includes(m.itemId) || m.met }));

describe('observer checklist', () => {
  it('has one item per scoring dimension, one per service step, and the critical check', () => {
    expect(OBSERVER_CHECKLIST.filter((i) => i.group === 'dimension').map((i) => i.id)).toEqual(
      DIMENSION_IDS.map((d) => `dimension-${d}`),
    );
    expect(OBSERVER_CHECKLIST.filter((i) => i.group === 'step')).toHaveLength(7);
    expect(OBSERVER_CHECKLIST.filter((i) => i.group === 'critical')).toHaveLength(1);
  });

  it('scores 100 when everything is met and 0 when nothing is', () => {
    expect(checklistTotal(tick('all'))).toBe(100);
    expect(checklistTotal(blankMarks())).toBe(0);
  });

  it('weights the dimensions as the rubric does', () => {
    expect(checklistTotal(tick(['dimension-listen']))).toBe(14);
    expect(checklistTotal(tick(['dimension-composure']))).toBe(7);
    expect(checklistTotal(tick(['step-calm']))).toBe(4);
  });

  it('caps the total at 30 when a critical mistake was observed', () => {
    const marks = tick('all').map((m) =>
      m.itemId === 'no-critical-mistake' ? { ...m, met: false } : m,
    );
    expect(checklistTotal(marks)).toBe(30);
  });
});

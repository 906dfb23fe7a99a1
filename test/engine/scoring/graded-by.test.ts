import { describe, expect, it } from 'vitest';
import { gradedByEarlierModel } from '../../../src/engine/scoring/graded-by';
import { SCORING_MODEL_VERSION } from '../../../src/engine/scoring/model-version';

describe('gradedByEarlierModel', () => {
  it('marks a call graded by a model older than the current one', () => {
    expect(gradedByEarlierModel({ scoringModel: 1 }, 2)).toBe(true);
    expect(gradedByEarlierModel({ scoringModel: 2 }, 5)).toBe(true);
  });

  it('leaves a call graded by the current model unmarked', () => {
    expect(gradedByEarlierModel({ scoringModel: 2 }, 2)).toBe(false);
    expect(gradedByEarlierModel({ scoringModel: SCORING_MODEL_VERSION })).toBe(false);
  });

  it('measures against the scoring model the app grades with now', () => {
    expect(gradedByEarlierModel({ scoringModel: SCORING_MODEL_VERSION - 1 })).toBe(true);
  });
});

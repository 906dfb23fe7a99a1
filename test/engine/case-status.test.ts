import { describe, expect, it } from 'vitest';
import { caseStatus, roundedMeans } from '../../src/engine/case-status';
import type { AttemptRecord } from '../../src/engine/records/attempt';

const call = (id: string, scenarioId: string, updatedAt: number, status = 'active') =>
  ({ id, scenarioId, updatedAt, status }) as AttemptRecord;

describe('a case’s status in the library', () => {
  it('resumes the trainee’s most recently touched unfinished call on that case', () => {
    const standing = {
      active: [call('old', 'ac', 1), call('new', 'ac', 5), call('other', 'bank', 9)],
      bestByScenario: { ac: 72 },
    };
    expect(caseStatus(standing, 'ac')).toEqual({ active: standing.active[1], best: 72 });
    expect(caseStatus(standing, 'bank')).toEqual({ active: standing.active[2], best: null });
  });

  it('ignores a call that is no longer in progress', () => {
    const standing = { active: [call('done', 'ac', 5, 'finished')], bestByScenario: {} };
    expect(caseStatus(standing, 'ac').active).toBeNull();
  });
});

describe('the summary’s means as dimension scores', () => {
  it('rounds each mean to whole points and leaves a dimension never shown null', () => {
    const scores = roundedMeans({ listen: 59.5, resolve: 50.4 });
    expect(scores).toMatchObject({ listen: 60, resolve: 50, apologize: null, composure: null });
    expect(Object.keys(scores)).toHaveLength(7);
  });
});

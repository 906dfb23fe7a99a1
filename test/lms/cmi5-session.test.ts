import { describe, expect, it } from 'vitest';
import { launchedWithCmi5Parameters } from '../../src/lms/cmi5-session';

describe('cmi5 launch detection', () => {
  it('needs all five launch parameters', () => {
    const full =
      '?endpoint=https%3A%2F%2Flms%2FxAPI&fetch=https%3A%2F%2Flms%2Ftoken&actor=%7B%7D&registration=r-1&activityId=https%3A%2F%2Fau';
    expect(launchedWithCmi5Parameters(full)).toBe(true);
    expect(launchedWithCmi5Parameters(full.replace(/&registration=r-1/, ''))).toBe(false);
    expect(launchedWithCmi5Parameters('')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analysePaths, MAX_PATHS } from '../../../src/engine/analyse-paths';
import { countPaths } from '../../../src/engine/validation/count-paths';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';
import { fanOut, longChain } from '../../hostile-packs';

describe('counting paths before playing them', () => {
  it('bounds every bundled case from above, and the bound stays under the cap', () => {
    for (const scenario of BUNDLED_SCENARIOS) {
      const { paths } = countPaths(scenario, MAX_PATHS);
      expect(paths, scenario.id).toBeLessThanOrEqual(MAX_PATHS);
      expect(paths, scenario.id).toBeGreaterThanOrEqual(analysePaths(scenario).pathCount);
    }
  }, 120_000);

  it('counts a fan exactly: every stage doubles the calls', () => {
    const base = countPaths(fanOut(1), 1e12).paths / 2;
    expect(countPaths(fanOut(10), 1e12).paths).toBe(base * 2 ** 10);
  });

  it('saturates, and names the node where the count first passes the limit', () => {
    const base = countPaths(fanOut(1), 1e12).paths / 2;
    const stagesUnder = Math.floor(Math.log2(MAX_PATHS / base));
    const counted = countPaths(fanOut(40), MAX_PATHS);
    expect(counted.paths).toBe(MAX_PATHS + 1);
    // Stages are numbered from the start; the last `stagesUnder` stay within the limit.
    expect(counted.overflowAt).toBe(`f${40 - stagesUnder - 1}`);
  });

  it('walks a chain far longer than the call stack allows', () => {
    expect(countPaths(longChain(50_000), MAX_PATHS).paths).toBeLessThanOrEqual(MAX_PATHS + 1);
  });

  it('plays nothing when the bound is past the cap', () => {
    const analysis = analysePaths(fanOut(30));
    expect(analysis.truncated).toBe(true);
    expect(analysis.pathCount).toBe(0);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { playedVersion } from '../../../src/app/library/played-version';
import { contentHash } from '../../../src/engine/content-hash';
import { stagesDebrief } from '../../../src/engine/debrief/stage-account';
import { followRecommended } from '../../../src/engine/analyse-paths';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';

const current = bundledScenario('dismissed-at-the-counter');
// An earlier release of the staged case, whose callback was still called something else.
const earlier: Scenario = {
  ...current,
  version: current.version - 1,
  stages: current.stages!.map((s, k) =>
    k === 1 ? { ...s, title: { 'zh-CN': '第二天的电话', en: 'The next-day call' } } : s,
  ),
};
const earlierHash = await contentHash(earlier);

vi.mock('../../../src/scenarios/pack-files.mjs', async (original) => {
  const real = await original<typeof import('../../../src/scenarios/pack-files.mjs')>();
  return {
    ...real,
    releasedPacks: () => ({
      ...real.releasedPacks(),
      [`dismissed-at-the-counter/${earlierHash}`]: async () => ({ scenarios: [earlier] }),
    }),
  };
});

describe('the case version a call was played on', () => {
  it('is the current case when the hash is today’s', async () => {
    const found = await playedVersion(current.id, await contentHash(current));
    expect(found?.stages?.[1]?.title).toEqual(current.stages![1]!.title);
  });

  it('is the released version for a call made before the case changed, with its own stages', async () => {
    const found = await playedVersion(current.id, earlierHash);
    expect(found).toBeDefined();
    const account = stagesDebrief(found!, followRecommended(found!).choices)!;
    expect(account.stages[1]!.title.en).toBe('The next-day call');
    expect(account.stages.every((s) => s.reached)).toBe(true);
  });

  it('is nothing for a version this computer never had', async () => {
    expect(await playedVersion(current.id, '0'.repeat(64))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../storage/setup-db';
import { createProfile } from '../../../src/storage/profiles';
import {
  DemoClashError,
  hasDemoOrganization,
  hydrateDemoAttempt,
  loadDemoOrganization,
  removeDemoOrganization,
} from '../../../src/app/demo/demo-org';
import { loadRoster } from '../../../src/app/hr/roster';
import { refreshCertification } from '../../../src/app/certification/refresh-certification';
import { DEFAULT_PROGRAM } from '../../../src/engine/certification/program';

describe('the demo organization', () => {
  it('loads with summary rows, opens a call with its transcript, and leaves real people when removed', async () => {
    const db = await freshDatabase();
    const real = await createProfile('王小明', '1024');
    const progress: number[] = [];
    await loadDemoOrganization((done) => progress.push(done), { people: 60, attempts: 1_200 });
    expect(progress.at(-1)).toBe(60);
    expect(await db.attempts.count()).toBe(1_200);
    expect(await db.profileSummaries.count()).toBe(60);
    const roster = await loadRoster(Date.now());
    expect(roster).toHaveLength(61);
    expect(roster.filter((p) => p.summary).every((p) => p.summary!.finishedAttempts > 0)).toBe(
      true,
    );

    const first = (await db.attempts.limit(1).toArray())[0]!;
    expect(first.transcript).toEqual([]);
    await hydrateDemoAttempt(first.id);
    const opened = (await db.attempts.get(first.id))!;
    expect(opened.transcript.length).toBeGreaterThan(first.choices.length);
    expect(opened.turns.map((t) => t.choice)).toEqual(first.choices);

    await removeDemoOrganization();
    expect(await hasDemoOrganization()).toBe(false);
    expect((await db.profiles.toArray()).map((p) => p.id)).toEqual([real.id]);
    expect(await db.attempts.count()).toBe(0);
  });

  it("certifies people under the program's level ids, so their own page shows the levels held", async () => {
    const db = await freshDatabase();
    await loadDemoOrganization(() => {}, { people: 20, attempts: 2_000 });
    const awards = await db.awards.toArray();
    const levelIds = DEFAULT_PROGRAM.levels.map((l) => l.id);
    expect(awards.length).toBeGreaterThan(0);
    expect(new Set(awards.map((a) => a.level))).toEqual(new Set(levelIds));
    const certified = awards.find((a) => a.expiresAt > Date.now())!;
    const standing = await refreshCertification(certified.profileId, [], Date.now());
    expect(standing.levels.map((l) => l.state)).toEqual(levelIds.map(() => 'certified'));
  });

  it('refuses to load over real people who use demo employee ids', async () => {
    const db = await freshDatabase();
    await createProfile('王小明', 'DM0003');
    await expect(loadDemoOrganization(() => {}, { people: 10, attempts: 50 })).rejects.toThrow(
      DemoClashError,
    );
    expect(await db.profiles.count()).toBe(1);
  });
});

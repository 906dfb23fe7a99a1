import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../storage/setup-db';
import { createProfile } from '../../../src/storage/profiles';
import {
  DemoCancelledError,
  DemoClashError,
  hasDemoOrganization,
  hydrateDemoAttempt,
  loadDemoOrganization,
  removeDemoOrganization,
} from '../../../src/app/demo/demo-org';
import { loadRoster } from '../../../src/app/hr/roster';
import { refreshCertification } from '../../../src/app/certification/refresh-certification';
import { DEFAULT_PROGRAM } from '../../../src/engine/certification/program';
import { verifyAll } from '../../../src/storage/ledger';
import { isDemoId } from '../../../src/engine/demo-ids';
import { verifyChains } from '../../support/chain-verifier';

/** The demo people's chains as the ledger verifies them: every record sealed, nothing flagged. */
async function demoVerification() {
  const demo = (await verifyAll()).filter((v) => isDemoId(v.profileId));
  return {
    people: demo.length,
    sealed: demo.reduce((n, v) => n + v.sealed, 0),
    problems: demo.flatMap((v) => v.problems),
  };
}

describe('the demo organization', () => {
  it('loads with summary rows, opens a call with its transcript, and leaves real people when removed', async () => {
    const db = await freshDatabase();
    const real = await createProfile('王小明', '1024');
    const progress: number[] = [];
    await loadDemoOrganization((p) => progress.push(p.people), { people: 60, attempts: 1_200 });
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
    // The rebuilt call is sealed again whole, so the chain still verifies.
    expect((await demoVerification()).problems).toEqual([]);

    await removeDemoOrganization();
    expect(await hasDemoOrganization()).toBe(false);
    expect((await db.profiles.toArray()).map((p) => p.id)).toEqual([real.id]);
    expect(await db.attempts.count()).toBe(0);
    expect(await db.ledger.count()).toBe(0);
  });

  it('writes a chunk of people per transaction, each call and award sealed so the ledger verifies', async () => {
    const db = await freshDatabase();
    const progress: Array<{ people: number; calls: number }> = [];
    await loadDemoOrganization((p) => progress.push({ people: p.people, calls: p.calls }), {
      people: 60,
      attempts: 3_000,
    });
    // 25 people a chunk: written after the first, second and third transaction.
    expect(progress.map((p) => p.people)).toEqual([0, 25, 50, 60]);
    expect(progress.at(-1)!.calls).toBe(3_000);
    const awards = await db.awards.count();
    expect(awards).toBeGreaterThan(0);
    expect(await db.ledger.count()).toBe(3_000 + awards);
    expect(await demoVerification()).toEqual({ people: 60, sealed: 3_000 + awards, problems: [] });
    // The independent verifier (node:crypto, nothing from src/) agrees with the app's own.
    expect(
      verifyChains({
        ledger: await db.ledger.toArray(),
        attempts: await db.attempts.toArray(),
        awards: await db.awards.toArray(),
      }),
    ).toEqual([]);

    // A call changed behind the ledger's back is caught.
    const call = (await db.attempts.limit(1).toArray())[0]!;
    await db.attempts.put({ ...call, score: { ...call.score!, total: 100 } });
    expect((await demoVerification()).problems).toEqual([
      expect.objectContaining({ problem: 'altered-record', recordId: call.id }),
    ]);
  });

  it('stops when HR stops it and removes what it had written', async () => {
    const db = await freshDatabase();
    const real = await createProfile('王小明', '1024');
    const stop = new AbortController();
    const loading = loadDemoOrganization(
      (p) => {
        if (p.people > 0) stop.abort();
      },
      { people: 60, attempts: 1_200 },
      stop.signal,
    );
    await expect(loading).rejects.toThrow(DemoCancelledError);
    expect(await hasDemoOrganization()).toBe(false);
    expect((await db.profiles.toArray()).map((p) => p.id)).toEqual([real.id]);
    expect(await db.attempts.count()).toBe(0);
    expect(await db.ledger.count()).toBe(0);
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

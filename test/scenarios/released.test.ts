import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readReleasedVersions, recordReleases, releaseProblems } from '../../src/cli/release-cases';
import { analysePaths } from '../../src/engine/analyse-paths';
import { contentHash } from '../../src/engine/content-hash';
import { replayChoices } from '../../src/engine/replay';
import type { Pack, Scenario } from '../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

const ID = 'air-conditioner-remote';

function libraryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'released-'));
  cpSync('src/scenarios', dir, { recursive: true });
  return dir;
}

const caseFile = (dir: string, id: string) => join(dir, 'cases', `${id}.pack.json`);
const readCase = (dir: string, id: string) =>
  (JSON.parse(readFileSync(caseFile(dir, id), 'utf8')) as Pack).scenarios[0]!;
const writePack = (file: string, scenario: Scenario) =>
  writeFileSync(
    file,
    JSON.stringify({
      format: 'complaint-desk-pack',
      formatVersion: 1,
      scenarios: [scenario],
      media: {},
    }),
  );

/** The case with its first expert reply worded as its worst sibling's, so it grades otherwise. */
function laterVersion(scenario: Scenario): Scenario {
  const changed = structuredClone(scenario);
  const opening = changed.nodes.find((n) => n.id === changed.start)!;
  if (opening.kind !== 'decision') throw new Error('the case opens with a decision');
  const expert = opening.choices.find((c) => c.recommended)!;
  const other = opening.choices.find((c) => !c.recommended)!;
  expert.behaviours = other.behaviours;
  expert.mood = other.mood;
  return changed;
}

/** Archives a case's current version and makes `next` the current one, as a release does. */
async function release(dir: string, next: Scenario) {
  const previous = readCase(dir, next.id);
  const previousHash = await contentHash(previous);
  mkdirSync(join(dir, 'released', next.id), { recursive: true });
  writePack(join(dir, 'released', next.id, `${previousHash}.pack.json`), previous);
  writePack(caseFile(dir, next.id), next);
  const versions = readReleasedVersions(dir);
  versions[next.id] = [...versions[next.id]!, await contentHash(next)];
  writeFileSync(join(dir, 'released', 'versions.json'), JSON.stringify(versions));
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('released versions of the bundled cases', () => {
  it('records every bundled case as released with its content hash today', async () => {
    expect(await releaseProblems()).toEqual([]);
    const versions = readReleasedVersions();
    for (const scenario of BUNDLED_SCENARIOS) {
      expect(versions[scenario.id]!.at(-1)).toBe(await contentHash(scenario));
    }
  });

  it('fails once a case changes without its released version archived', async () => {
    const dir = libraryCopy();
    const released = await contentHash(readCase(dir, ID));
    const next = laterVersion(readCase(dir, ID));
    writePack(caseFile(dir, ID), next);
    expect(await releaseProblems(dir)).toEqual([
      expect.stringMatching(
        new RegExp(`^${ID}: content ${await contentHash(next)} is not its last`),
      ),
      `${ID}: released version ${released} is not archived`,
    ]);
    rmSync(dir, { recursive: true });
  });

  it('is kept by `npm run catalog`, which archives the version the last commit released', async () => {
    const dir = libraryCopy();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'released');
    const released = await contentHash(readCase(dir, ID));
    const next = laterVersion(readCase(dir, ID));
    writePack(caseFile(dir, ID), next);
    expect(await recordReleases(dir)).toEqual([
      `archived ${ID} ${released}`,
      `released ${ID} ${await contentHash(next)}`,
    ]);
    expect(await releaseProblems(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('replays an old call against the version it was played on', async () => {
    const dir = libraryCopy();
    const played = readCase(dir, ID);
    const choices = analysePaths(played).recommended.choices;
    const recorded = { hash: await contentHash(played), replay: replayChoices(played, choices) };
    const next = laterVersion(played);
    await release(dir, next);
    expect(await releaseProblems(dir)).toEqual([]);
    expect(replayChoices(next, choices).score.total).not.toBe(recorded.replay.score.total);

    vi.stubEnv('SIM_SCENARIOS_DIR', dir);
    vi.resetModules();
    const { scenarioVersion } = await import('../../src/app/library/scenario-version');
    const version = await scenarioVersion(ID, recorded.hash);
    expect(version).toEqual(played);
    const replayed = replayChoices(version!, choices);
    expect(replayed.score).toEqual(recorded.replay.score);
    expect(replayed.outcome).toBe(recorded.replay.outcome);
    expect(await scenarioVersion(ID, await contentHash(next))).toEqual(next);
    expect(await scenarioVersion(ID, '0'.repeat(64))).toBeUndefined();
    rmSync(dir, { recursive: true });
  });
});

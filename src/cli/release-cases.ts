import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentHash } from '../engine/content-hash';
import type { Pack, Scenario } from '../engine/scenario-schema';
import { PACK_FORMAT, FORMAT_VERSION } from '../engine/vocabulary';
import { casePacks, releasedPacks, scenariosDir } from '../scenarios/pack-files.mjs';

/*
 * Every released version of each bundled case stays replayable: released/versions.json lists each
 * case's content hashes in release order, the last one being today's, and every earlier one is
 * kept as released/<id>/<contentHash>.pack.json.
 */

export type ReleasedVersions = Record<string, string[]>;

const versionsFile = (dir: string) => join(dir, 'released', 'versions.json');
const archiveFile = (dir: string, id: string, hash: string) =>
  join(dir, 'released', id, `${hash}.pack.json`);

export function readReleasedVersions(dir = scenariosDir()): ReleasedVersions {
  const file = versionsFile(dir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleasedVersions) : {};
}

async function currentHashes(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const [id, load] of Object.entries(casePacks(dir))) {
    hashes.set(id, await contentHash((await load()).scenarios[0]));
  }
  return hashes;
}

/** What keeps a released version from being replayed, one line each; none when all is kept. */
export async function releaseProblems(dir = scenariosDir()): Promise<string[]> {
  const versions = readReleasedVersions(dir);
  const current = await currentHashes(dir);
  const archived = releasedPacks(dir);
  const problems: string[] = [];
  for (const [id, hash] of current) {
    const last = versions[id]?.at(-1);
    if (last !== hash) {
      problems.push(
        `${id}: content ${hash} is not its last recorded release (${last ?? 'none'}): run \`npm run catalog\` to archive the released version and record this one`,
      );
    }
  }
  for (const [id, hashes] of Object.entries(versions)) {
    for (const hash of hashes) {
      if (current.get(id) === hash) continue;
      const load = archived[`${id}/${hash}`];
      const scenario = load && (await load()).scenarios.find((s) => s.id === id);
      if (!scenario) problems.push(`${id}: released version ${hash} is not archived`);
      else if ((await contentHash(scenario)) !== hash) {
        problems.push(`${id}: the archived version ${hash} hashes to something else`);
      }
    }
  }
  for (const key of Object.keys(archived)) {
    const [id, hash] = key.split('/') as [string, string];
    if (!versions[id]?.includes(hash))
      problems.push(`${id}: archived version ${hash} is not listed`);
  }
  return problems;
}

/** The pack file of a case as the last commit has it, if that is the version `hash`. */
async function committedVersion(file: string, hash: string): Promise<Scenario | undefined> {
  const cwd = dirname(file);
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
    const path = relative(top.trim(), file).split('\\').join('/');
    const text = execFileSync('git', ['show', `HEAD:${path}`], { cwd, encoding: 'utf8' });
    const scenario = (JSON.parse(text) as Pack).scenarios[0];
    return scenario && (await contentHash(scenario)) === hash ? scenario : undefined;
  } catch {
    return undefined;
  }
}

function archive(dir: string, scenario: Scenario, hash: string) {
  const file = archiveFile(dir, scenario.id, hash);
  mkdirSync(dirname(file), { recursive: true });
  const pack = {
    $schema: '../../../../schema/scenario-pack.schema.json',
    format: PACK_FORMAT,
    formatVersion: FORMAT_VERSION,
    scenarios: [scenario],
    media: {},
  };
  writeFileSync(file, JSON.stringify(pack, null, 2) + '\n');
}

/**
 * Records each case whose content changed as a new release, first archiving the version it
 * replaces (taken from the last commit, where the suite saw it recorded). Returns what it did.
 */
export async function recordReleases(dir = scenariosDir()): Promise<string[]> {
  const versions = readReleasedVersions(dir);
  const archived = releasedPacks(dir);
  const done: string[] = [];
  const ids = new Set([...Object.keys(versions), ...Object.keys(casePacks(dir))]);
  const current = await currentHashes(dir);
  for (const id of [...ids].sort()) {
    const hashes = versions[id] ?? [];
    const last = hashes.at(-1);
    const hash = current.get(id);
    if (last === hash) continue;
    if (last && !archived[`${id}/${last}`]) {
      const released = await committedVersion(join(dir, 'cases', `${id}.pack.json`), last);
      if (!released) {
        throw new Error(
          `${id}: the released version ${last} is not in the last commit: put it in ${relative(process.cwd(), archiveFile(dir, id, last))} by hand`,
        );
      }
      archive(dir, released, last);
      done.push(`archived ${id} ${last}`);
    }
    if (hash) {
      versions[id] = [...hashes, hash];
      done.push(`released ${id} ${hash}`);
    }
  }
  mkdirSync(join(dir, 'released'), { recursive: true });
  writeFileSync(versionsFile(dir), JSON.stringify(versions, null, 2) + '\n');
  return done;
}

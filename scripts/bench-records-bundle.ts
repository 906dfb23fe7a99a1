/**
 * The records bundle the bench merges: what a training-room machine with a company's calls on it
 * would export. The demo organization never travels in a bundle (its calls carry no transcript and
 * are not real), so the bench makes the machine's records itself: the demo's people and their
 * play-throughs of the bundled cases, under ids of their own, each call stored whole as a played
 * call is (transcript, turn grades, expert path, customer), each person's chain sealed, the body
 * signed by a key of its own as an installation signs its export.
 */
import { writeFileSync } from 'node:fs';
import { sealChain, sharedCanonical } from '../src/app/demo/seal-demo';
import { customerOf } from '../src/app/calls/customer';
import { scenarioHash } from '../src/app/calls/scenario-hash';
import {
  expertPath,
  openingTranscript,
  turnRecord,
  turnTranscript,
} from '../src/engine/attempt-log';
import { demoCase, demoPeople, demoRecordsFor } from '../src/engine/demo-org';
import type { AttemptRecord } from '../src/engine/records/attempt';
import { RECORDS_SCHEMA_VERSION } from '../src/engine/records/schema-version';
import { RECORDS_BUNDLE_FORMAT } from '../src/engine/records-bundle';
import { replayChoices } from '../src/engine/replay';
import { SCORING_MODEL_VERSION } from '../src/engine/scoring/model-version';
import {
  fingerprintOf,
  keyOf,
  signBody,
  SIGNING_ALGORITHM,
  type PublicKeyJwk,
} from '../src/engine/signing';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../src/scenarios/bundled';

/** About 68 MB: a room's records HR would carry to the dashboard machine. */
export const BENCH_BUNDLE_SIZE = { people: 500, attempts: 3_500 };

/** Writes the bundle to `file`; returns how many rows a merge into an empty machine adds. */
export async function writeBenchRecordsBundle(
  file: string,
  size = BENCH_BUNDLE_SIZE,
): Promise<number> {
  const options = { seed: 20_261_207, ...size, now: Date.now() };
  const own = (id: string) => id.replace(/^demo-org:/, 'room-1:');
  const cases = await Promise.all(
    BUNDLED_SCENARIOS.map(async (s, i) => demoCase(s, await scenarioHash(s), options.seed + i)),
  );
  const canonical = sharedCanonical();
  const profiles = [];
  const attempts: AttemptRecord[] = [];
  const ledger = [];
  for (const [i, person] of demoPeople(options).entries()) {
    const profileId = own(person.id);
    profiles.push({
      id: profileId,
      name: person.name,
      employeeId: `R1${person.employeeId}`,
      createdAt: person.createdAt,
      team: person.team,
      site: person.site,
    });
    const calls = demoRecordsFor(person, cases, options.seed * 7 + i).attempts.map(
      (a): AttemptRecord => {
        const scenario = findBundledScenario(a.scenarioId)!;
        const { turns } = replayChoices(scenario, a.choices);
        return {
          ...a,
          id: own(a.id),
          profileId,
          scoringModel: SCORING_MODEL_VERSION,
          certification: null,
          status: 'finished',
          updatedAt: a.finishedAt,
          transcript: [
            ...openingTranscript(scenario),
            ...turns.flatMap((turn, k) => turnTranscript(scenario, turn, k + 1)),
          ],
          turns: turns.map((turn, k) => turnRecord(scenario, turn, k + 1)),
          expertPath: expertPath(scenario),
          practice: false,
          parentAttemptId: null,
          branchedAtTurn: null,
          answeredAt: a.startedAt,
          cueSpot: null,
          customer: customerOf(scenario),
        };
      },
    );
    attempts.push(...calls);
    const sealed = calls.map((record) => ({ kind: 'attempt' as const, record }));
    ledger.push(...sealChain(profileId, sealed, options.now, canonical, []));
  }
  const pair = (await crypto.subtle.generateKey(SIGNING_ALGORITHM, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = keyOf((await crypto.subtle.exportKey('jwk', pair.publicKey)) as PublicKeyJwk);
  const body: Record<string, unknown> = {
    format: RECORDS_BUNDLE_FORMAT,
    formatVersion: 2,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    exportedAt: options.now,
    source: { fingerprint: await fingerprintOf(publicKey), publicKey },
    profiles,
    attempts,
    observations: [],
    overrides: [],
    quizAttempts: [],
    ledger,
    packs: [],
    organisationLists: [],
  };
  writeFileSync(
    file,
    JSON.stringify({ ...body, signature: await signBody(pair.privateKey, body) }),
  );
  return profiles.length + attempts.length;
}

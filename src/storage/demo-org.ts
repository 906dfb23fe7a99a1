import { expertPath, openingTranscript, turnRecord, turnTranscript } from '../engine/attempt-log';
import {
  DEMO_ID_PREFIX,
  demoCase,
  demoPeople,
  demoRecordsFor,
  isDemoId,
  type DemoAttempt,
  type DemoOptions,
} from '../engine/demo-org';
import { agitationThreshold } from '../engine/mood';
import { replayChoices } from '../engine/replay';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../scenarios/bundled';
import { scenarioHash } from './call-session';
import { database } from './database';
import type { AttemptRecord, AwardRecord, ProfileRecord } from './records';

export const DEMO_SIZE = { people: 500, attempts: 50_000 };
/** People written per transaction: small enough to report progress, large enough to be quick. */
const PEOPLE_PER_CHUNK = 25;

export class DemoClashError extends Error {
  constructor(readonly employeeIds: string[]) {
    super(`employee ids already in use: ${employeeIds.slice(0, 5).join(', ')}`);
    this.name = 'DemoClashError';
  }
}

/** A demo call stored without its transcript; `hydrateDemoAttempt` rebuilds it when opened. */
function demoAttemptRecord(a: DemoAttempt): AttemptRecord {
  return {
    ...a,
    status: 'finished',
    updatedAt: a.finishedAt,
    transcript: [],
    turns: [],
    expertPath: null,
    practice: false,
    parentAttemptId: null,
    branchedAtTurn: null,
    answeredAt: a.startedAt,
    cueSpot: null,
    customer: null,
  };
}

export function hasDemoOrganization(): Promise<boolean> {
  return database()
    .profiles.where('id')
    .startsWith(DEMO_ID_PREFIX)
    .first()
    .then((p) => p !== undefined);
}

/**
 * Seeds the demo organization: people, their calls (real play-throughs of the bundled cases,
 * graded by the real engine), awards and summary rows, a chunk of people per transaction.
 */
export async function loadDemoOrganization(
  onProgress: (done: number, total: number) => void = () => {},
  size = DEMO_SIZE,
): Promise<void> {
  const db = database();
  const options: DemoOptions = { seed: 20_260_301, ...size, now: Date.now() };
  const people = demoPeople(options);
  const clashes = await db.profiles
    .where('employeeId')
    .anyOf(people.map((p) => p.employeeId))
    .filter((p) => !isDemoId(p.id))
    .toArray();
  if (clashes.length > 0) throw new DemoClashError(clashes.map((p) => p.employeeId));
  await removeDemoOrganization();
  const cases = await Promise.all(
    BUNDLED_SCENARIOS.map(async (s, i) => demoCase(s, await scenarioHash(s), options.seed + i)),
  );
  for (let start = 0; start < people.length; start += PEOPLE_PER_CHUNK) {
    const chunk = people.slice(start, start + PEOPLE_PER_CHUNK);
    const records = chunk.map((p, i) => demoRecordsFor(p, cases, options.seed * 7 + start + i));
    await db.transaction(
      'rw',
      [db.profiles, db.attempts, db.awards, db.profileSummaries],
      async () => {
        await db.profiles.bulkAdd(
          chunk.map((p): ProfileRecord => ({
            id: p.id,
            name: p.name,
            employeeId: p.employeeId,
            createdAt: p.createdAt,
            team: p.team,
            site: p.site,
          })),
        );
        await db.attempts.bulkAdd(records.flatMap((r) => r.attempts.map(demoAttemptRecord)));
        await db.awards.bulkAdd(
          records.flatMap((r) =>
            r.awards.map((a): AwardRecord => ({
              id: a.id,
              profileId: a.profileId,
              employeeId: a.employeeId,
              level: a.level,
              programVersion: 1,
              evidence: {
                attemptIds: a.attemptIds,
                scenarioVersions: {},
                quizAttemptIds: [],
                observationIds: [],
              },
              awardedAt: a.awardedAt,
              expiresAt: a.expiresAt,
            })),
          ),
        );
        await db.profileSummaries.bulkPut(records.map((r) => r.summary));
      },
    );
    onProgress(Math.min(people.length, start + chunk.length), people.length);
  }
}

/** Deletes every demo row, found by its id prefix; real people and their records are untouched. */
export async function removeDemoOrganization(): Promise<void> {
  const db = database();
  await db.transaction(
    'rw',
    [db.profiles, db.attempts, db.awards, db.profileSummaries],
    async () => {
      await db.attempts.where('profileId').startsWith(DEMO_ID_PREFIX).delete();
      await db.awards.where('profileId').startsWith(DEMO_ID_PREFIX).delete();
      await db.profileSummaries.where('profileId').startsWith(DEMO_ID_PREFIX).delete();
      await db.profiles.where('id').startsWith(DEMO_ID_PREFIX).delete();
    },
  );
}

/**
 * Rebuilds a demo call's transcript, turn grades and customer from its replies, so its debrief
 * reads like any other. Demo calls are stored without them to keep 50,000 calls small.
 */
export async function hydrateDemoAttempt(attemptId: string): Promise<void> {
  if (!isDemoId(attemptId)) return;
  const db = database();
  const attempt = await db.attempts.get(attemptId);
  const scenario = attempt && findBundledScenario(attempt.scenarioId);
  if (!attempt || !scenario || attempt.turns.length > 0) return;
  const replay = replayChoices(scenario, attempt.choices);
  await db.attempts.put({
    ...attempt,
    transcript: [
      ...openingTranscript(scenario),
      ...replay.turns.flatMap((turn, i) => turnTranscript(scenario, turn, i + 1)),
    ],
    turns: replay.turns.map((turn, i) => turnRecord(scenario, turn, i + 1)),
    expertPath: expertPath(scenario),
    customer: {
      name: scenario.persona.name,
      surfaceComplaint: scenario.persona.surfaceComplaint,
      realExpectation: scenario.persona.realExpectation,
      startingMood: scenario.persona.startingMood,
      agitatedAt: agitationThreshold(scenario.persona),
    },
  });
}

import {
  expertPath,
  openingTranscript,
  turnRecord,
  turnTranscript,
} from '../../engine/attempt-log';
import {
  demoCase,
  demoPeople,
  demoRecordsFor,
  type DemoAttempt,
  type DemoOptions,
} from '../../engine/demo-org';
import { replayChoices } from '../../engine/replay';
import { SCORING_MODEL_VERSION } from '../../engine/scoring/model-version';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../../scenarios/bundled';
import { currentProgram } from '../../storage/certification';
import {
  realPeopleWith,
  removeDemoOrganization,
  storeDemoChunk,
  storeHydratedDemoAttempt,
  type DemoChunk,
} from '../../storage/demo-org';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { AwardRecord } from '../../engine/records/certification';
import { customerOf } from '../calls/customer';
import { requireCall } from '../calls/ownership';
import { scenarioHash } from '../calls/scenario-hash';
import { sealChain, sealingRoles, sharedCanonical } from './seal-demo';

export { hasDemoOrganization, removeDemoOrganization } from '../../storage/demo-org';

/**
 * The two organizations HR can load: a company at the size the dashboard is built for, and a
 * team that loads in seconds, for a first look or a training room with a slow machine.
 */
export const DEMO_SIZES: Record<'company' | 'team', { people: number; attempts: number }> = {
  company: { people: 500, attempts: 50_000 },
  team: { people: 50, attempts: 5_000 },
};
export type DemoSize = keyof typeof DEMO_SIZES;
export const DEMO_SIZE = DEMO_SIZES.company;
/** People written per transaction (about 2,500 calls): progress moves often, each write is large. */
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
    scoringModel: SCORING_MODEL_VERSION,
    certification: null,
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

/** How far a load has come, for the progress bar: people and calls written so far. */
export interface DemoProgress {
  people: number;
  totalPeople: number;
  calls: number;
  totalCalls: number;
}

/** Thrown when HR stops a load: whatever it had written is removed again. */
export class DemoCancelledError extends Error {
  constructor() {
    super('loading the demo organization was stopped');
    this.name = 'DemoCancelledError';
  }
}

/** Lets the page paint and take a click (the stop button) between chunks. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Seeds the demo organization: people, their calls (real play-throughs of the bundled cases,
 * graded by the real engine), awards and summary rows, every call and award sealed into its
 * person's chain like a real one. A chunk of people is written per transaction, with bulk puts;
 * the next chunk is made and sealed while the previous one is being written. Stopping (the
 * signal) or failing removes what was written, so no half organization is left behind.
 */
export async function loadDemoOrganization(
  onProgress: (progress: DemoProgress) => void = () => {},
  size = DEMO_SIZE,
  signal?: AbortSignal,
): Promise<void> {
  const options: DemoOptions = { seed: 20_260_301, ...size, now: Date.now() };
  const people = demoPeople(options);
  const clashes = await realPeopleWith(people.map((p) => p.employeeId));
  if (clashes.length > 0) throw new DemoClashError(clashes.map((p) => p.employeeId));
  await removeDemoOrganization();
  // A certified demo person holds every level of the program HR runs, under its level ids, so
  // their certificates print the level's name and their own page shows the levels as held.
  const program = await currentProgram();
  const levels = program.levels.map((l) => l.id);
  const cases = await Promise.all(
    BUNDLED_SCENARIOS.map(async (s, i) => demoCase(s, await scenarioHash(s), options.seed + i)),
  );
  const canonical = sharedCanonical();
  const roles = sealingRoles();
  const chunkAt = (start: number): DemoChunk => {
    const chunk = people.slice(start, start + PEOPLE_PER_CHUNK);
    const records = chunk.map((p, i) => demoRecordsFor(p, cases, options.seed * 7 + start + i));
    const attempts = records.map((r) => r.attempts.map(demoAttemptRecord));
    const awards = records.map((r) =>
      r.awards.flatMap((a) =>
        levels.map((level): AwardRecord => ({
          id: `${a.id}:${level}`,
          profileId: a.profileId,
          employeeId: a.employeeId,
          level,
          programVersion: program.version,
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
    return {
      profiles: chunk.map((p) => ({
        id: p.id,
        name: p.name,
        employeeId: p.employeeId,
        createdAt: p.createdAt,
        team: p.team,
        site: p.site,
      })),
      attempts: attempts.flat(),
      awards: awards.flat(),
      summaries: records.map((r) => r.summary),
      ledger: chunk.flatMap((p, i) =>
        sealChain(
          p.id,
          [
            ...attempts[i]!.map((record) => ({ kind: 'attempt' as const, record })),
            ...awards[i]!.map((record) => ({ kind: 'award' as const, record })),
          ],
          options.now,
          canonical,
          roles,
        ),
      ),
    };
  };
  const progress = { people: 0, totalPeople: people.length, calls: 0, totalCalls: size.attempts };
  onProgress({ ...progress });
  try {
    let writing: Promise<void> = Promise.resolve();
    for (let start = 0; start < people.length; start += PEOPLE_PER_CHUNK) {
      if (signal?.aborted) throw new DemoCancelledError();
      const chunk = chunkAt(start);
      await writing;
      writing = storeDemoChunk(chunk).then(() => {
        progress.people += chunk.profiles.length;
        progress.calls += chunk.attempts.length;
        onProgress({ ...progress });
      });
      // Awaited at the next chunk; until then a failure must not count as unhandled.
      writing.catch(() => {});
      await breathe();
    }
    await writing;
  } catch (error) {
    await removeDemoOrganization();
    throw error;
  }
}

/**
 * Rebuilds a demo call's transcript, turn grades and customer from its replies, so its debrief
 * reads like any other. Demo calls are stored without them to keep 50,000 calls small.
 */
export async function hydrateDemoAttempt(attemptId: string): Promise<void> {
  await requireCall(attemptId, 'view');
  return storeHydratedDemoAttempt(attemptId, (attempt) => {
    const scenario = findBundledScenario(attempt.scenarioId);
    if (!scenario) return null;
    const replay = replayChoices(scenario, attempt.choices);
    return {
      ...attempt,
      transcript: [
        ...openingTranscript(scenario),
        ...replay.turns.flatMap((turn, i) => turnTranscript(scenario, turn, i + 1)),
      ],
      turns: replay.turns.map((turn, i) => turnRecord(scenario, turn, i + 1)),
      expertPath: expertPath(scenario),
      customer: customerOf(scenario),
    };
  });
}

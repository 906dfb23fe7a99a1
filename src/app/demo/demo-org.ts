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
} from '../../storage/demo-org';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { AwardRecord } from '../../engine/records/certification';
import { customerOf } from '../calls/customer';
import { requireCall } from '../calls/ownership';
import { scenarioHash } from '../calls/scenario-hash';

export { hasDemoOrganization, removeDemoOrganization } from '../../storage/demo-org';

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

/**
 * Seeds the demo organization: people, their calls (real play-throughs of the bundled cases,
 * graded by the real engine), awards and summary rows, a chunk of people per transaction.
 */
export async function loadDemoOrganization(
  onProgress: (done: number, total: number) => void = () => {},
  size = DEMO_SIZE,
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
  for (let start = 0; start < people.length; start += PEOPLE_PER_CHUNK) {
    const chunk = people.slice(start, start + PEOPLE_PER_CHUNK);
    const records = chunk.map((p, i) => demoRecordsFor(p, cases, options.seed * 7 + start + i));
    await storeDemoChunk({
      profiles: chunk.map((p) => ({
        id: p.id,
        name: p.name,
        employeeId: p.employeeId,
        createdAt: p.createdAt,
        team: p.team,
        site: p.site,
      })),
      attempts: records.flatMap((r) => r.attempts.map(demoAttemptRecord)),
      awards: records.flatMap((r) =>
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
      ),
      summaries: records.map((r) => r.summary),
    });
    onProgress(Math.min(people.length, start + chunk.length), people.length);
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

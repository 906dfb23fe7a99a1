import { verifyChains, type ChainTables } from '../../support/chain-verifier';
import type { Row, Tables } from './read-tables';

/**
 * What must hold in every table after any interruption, checked on the raw rows with nothing from
 * src/: each write is all or nothing, so no record is ever half-written. Returns the problems
 * found, each naming its table and record; empty when everything is whole.
 */
export function checkTables(tables: Tables, options: StatementExpectation = {}): string[] {
  const problems: string[] = [];
  const rows = (name: string) => tables[name] ?? [];
  const str = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

  // Hash chains, by the verifier that shares no code with the app.
  for (const problem of verifyChains(tables as unknown as ChainTables))
    problems.push(`ledger: ${problem}`);

  const profiles = new Set(rows('profiles').map((p) => str(p.id)));
  const employeeIds = rows('profiles').map((p) => str(p.employeeId));
  for (const [i, employeeId] of employeeIds.entries()) {
    if (employeeIds.indexOf(employeeId) !== i)
      problems.push(`profiles: 工号 ${employeeId} is held twice`);
  }
  for (const table of [
    'attempts',
    'observations',
    'awards',
    'overrides',
    'quizAttempts',
    'ledger',
    'profileSummaries',
  ]) {
    for (const row of rows(table)) {
      if (!profiles.has(str(row.profileId)))
        problems.push(`${table}: ${str(row.id ?? row.profileId)} names a missing profile`);
    }
  }

  problems.push(...checkCalls(tables));
  problems.push(...checkSummaries(tables));
  problems.push(...checkOutbox(tables, options));
  problems.push(...checkCertification(tables));
  problems.push(...checkRooms(tables));
  return problems;
}

/** Calls whose every reply must have its statements in the outbox (they began with an LRS set). */
export interface StatementExpectation {
  statementsFor?: ReadonlySet<unknown>;
}

const steps = (tables: Tables, attemptId: unknown) =>
  (tables.steps ?? [])
    .filter((s) => s.attemptId === attemptId)
    .sort((a, b) => Number(a.index) - Number(b.index));

/** A call is its step rows: choices, turns and its finished state all agree with them. */
function checkCalls(tables: Tables): string[] {
  const problems: string[] = [];
  const attempts = new Map((tables.attempts ?? []).map((a) => [a.id, a]));
  // A merged call arrives finished, as the record its bundle claimed: it has no step rows here.
  const merged = new Set(
    (tables.ledger ?? []).filter((l) => l.provenance !== undefined).map((l) => l.recordId),
  );
  for (const attempt of attempts.values()) {
    const where = `attempts: ${String(attempt.id)}`;
    const own = steps(tables, attempt.id);
    if (merged.has(attempt.id) && own.length === 0) continue;
    const indexes = own.map((s) => Number(s.index));
    if (indexes.some((index, i) => index !== i))
      problems.push(`${where}: step indexes ${JSON.stringify(indexes)} are not 0…n-1`);
    const stepChoices = JSON.stringify(own.map((s) => s.choiceId));
    if (stepChoices !== JSON.stringify(attempt.choices))
      problems.push(
        `${where}: choices ${JSON.stringify(attempt.choices)} but steps ${stepChoices}`,
      );
    const turns = attempt.turns as unknown[];
    const choices = attempt.choices as unknown[];
    if (turns.length !== choices.length)
      problems.push(`${where}: ${turns.length} turns for ${choices.length} replies`);
    if (attempt.status === 'finished') {
      if (attempt.score === null || attempt.finishedAt === null || attempt.endingId === null)
        problems.push(`${where}: finished without its score, ending or time`);
    } else if (attempt.score !== null || attempt.endingId !== null) {
      problems.push(`${where}: ${String(attempt.status)} with a score or an ending`);
    }
    const last = own.at(-1);
    if (last && Number(attempt.updatedAt) < Number(last.at))
      problems.push(`${where}: its last step is newer than the call`);
  }
  for (const step of tables.steps ?? []) {
    if (!attempts.has(step.attemptId))
      problems.push(`steps: ${String(step.attemptId)}#${String(step.index)} has no call`);
  }
  return problems;
}

/** The ids whose latest link says they count toward nothing (merged unverified or refused). */
function uncounted(tables: Tables): Set<unknown> {
  const latest = new Map<string, Row>();
  for (const link of [...(tables.ledger ?? [])].sort((a, b) => Number(a.seq) - Number(b.seq)))
    latest.set(`${String(link.kind)}:${String(link.recordId)}`, link);
  const ids = new Set<unknown>();
  for (const link of latest.values()) {
    const status = (link.provenance as { status?: string } | undefined)?.status;
    if (status === 'unverified' || status === 'refused') ids.add(link.recordId);
  }
  return ids;
}

/**
 * Each person's roster row agrees with their calls, counted again here: finished calls that
 * count (practice retries only as activity), each at its trainer's latest override if any.
 */
function checkSummaries(tables: Tables): string[] {
  const problems: string[] = [];
  const skip = uncounted(tables);
  const summaries = new Map((tables.profileSummaries ?? []).map((s) => [s.profileId, s]));
  for (const profile of tables.profiles ?? []) {
    const finished = (tables.attempts ?? []).filter(
      (a) =>
        a.profileId === profile.id &&
        a.status === 'finished' &&
        !skip.has(a.id) &&
        a.score !== null &&
        a.finishedAt !== null,
    );
    const standing = (attempt: Row) => {
      const overrides = (tables.overrides ?? [])
        .filter((o) => o.attemptId === attempt.id && !skip.has(o.id))
        .sort((a, b) => Number(a.at) - Number(b.at));
      return Number(overrides.at(-1)?.total ?? (attempt.score as { total: number }).total);
    };
    const counted = finished.filter((a) => !a.practice);
    const best: Record<string, number> = {};
    for (const a of counted) {
      const id = String(a.scenarioId);
      best[id] = Math.max(best[id] ?? -Infinity, standing(a));
    }
    const expected = {
      finishedAttempts: counted.length,
      totalSum: counted.reduce((sum, a) => sum + standing(a), 0),
      bestByScenario: best,
      lastActivityAt: Math.max(0, ...finished.map((a) => Number(a.finishedAt))),
    };
    const row = summaries.get(profile.id);
    const where = `profileSummaries: ${String(profile.id)}`;
    if (!row) {
      if (finished.length > 0) problems.push(`${where}: missing, with ${finished.length} calls`);
      continue;
    }
    const actual = {
      finishedAttempts: row.finishedAttempts,
      totalSum: Number(row.totalSum ?? 0),
      bestByScenario: row.bestByScenario,
      lastActivityAt: row.lastActivityAt,
    };
    const sorted = (o: unknown) =>
      JSON.stringify(Object.entries(o as object).sort(([a], [b]) => a.localeCompare(b)));
    if (
      actual.finishedAttempts !== expected.finishedAttempts ||
      Math.abs(actual.totalSum - expected.totalSum) > 1e-6 ||
      sorted(actual.bestByScenario) !== sorted(expected.bestByScenario) ||
      actual.lastActivityAt !== expected.lastActivityAt
    ) {
      problems.push(
        `${where}: says ${JSON.stringify(actual)}, its calls say ${JSON.stringify(expected)}`,
      );
    }
  }
  return problems;
}

interface Statement {
  verb: { id: string };
  timestamp: string;
  context: { registration: string };
  result?: { response?: string };
}

const verbOf = (s: Statement) => s.verb.id.split('/').at(-1)!;

/**
 * No statement without the reply it describes, and (for calls begun with an LRS set) no reply
 * without its statement: a step and its statements are committed together.
 */
function checkOutbox(tables: Tables, { statementsFor }: StatementExpectation): string[] {
  const problems: string[] = [];
  const attempts = new Map((tables.attempts ?? []).map((a) => [a.id, a]));
  const statements = (tables.outbox ?? []).map((row) => row.statement as Statement);
  for (const statement of statements) {
    const attempt = attempts.get(statement.context.registration);
    const where = `outbox: ${verbOf(statement)} of ${statement.context.registration}`;
    if (!attempt) {
      problems.push(`${where}: its call is missing`);
      continue;
    }
    const verb = verbOf(statement);
    if (verb === 'answered') {
      const at = Date.parse(statement.timestamp);
      const step = steps(tables, attempt.id).find(
        (s) => s.choiceId === statement.result?.response && s.at === at,
      );
      if (!step) problems.push(`${where}: no step ${String(statement.result?.response)} at ${at}`);
    }
    if (['completed', 'passed', 'failed'].includes(verb) && attempt.status !== 'finished')
      problems.push(`${where}: the call is ${String(attempt.status)}`);
  }
  for (const id of statementsFor ?? []) {
    const attempt = attempts.get(id);
    if (!attempt) continue;
    const mine = statements.filter((s) => s.context.registration === id);
    for (const step of steps(tables, id)) {
      const answered = mine.filter(
        (s) =>
          verbOf(s) === 'answered' &&
          s.result?.response === step.choiceId &&
          Date.parse(s.timestamp) === step.at,
      );
      if (answered.length !== 1)
        problems.push(
          `outbox: step ${String(id)}#${String(step.index)} has ${answered.length} statements`,
        );
    }
    const completed = mine.filter((s) => verbOf(s) === 'completed').length;
    if (completed !== (attempt.status === 'finished' ? 1 : 0))
      problems.push(
        `outbox: ${String(id)} is ${String(attempt.status)} with ${completed} completed`,
      );
  }
  return problems;
}

/** Certificates stand on records that are there; a quiz handed in is no longer in progress. */
function checkCertification(tables: Tables): string[] {
  const problems: string[] = [];
  const ids = (table: string) => new Set((tables[table] ?? []).map((r) => r.id));
  const sources = {
    attemptIds: ids('attempts'),
    quizAttemptIds: ids('quizAttempts'),
    observationIds: ids('observations'),
  };
  for (const award of tables.awards ?? []) {
    const evidence = award.evidence as Record<keyof typeof sources, unknown[]>;
    for (const [field, present] of Object.entries(sources)) {
      for (const id of evidence[field as keyof typeof sources]) {
        if (!present.has(id))
          problems.push(`awards: ${String(award.id)} rests on missing ${String(id)}`);
      }
    }
  }
  for (const row of tables.settings ?? []) {
    const key = String(row.key);
    if (!key.startsWith('quiz-in-progress:')) continue;
    const profileId = key.slice('quiz-in-progress:'.length);
    const progress = row.value as { seed?: unknown; itemIds?: unknown; answers?: unknown };
    if (
      typeof progress?.seed !== 'number' ||
      !Array.isArray(progress.itemIds) ||
      typeof progress.answers !== 'object'
    ) {
      problems.push(`settings: ${key} is malformed`);
      continue;
    }
    const handedIn = (tables.quizAttempts ?? []).some(
      (q) => q.profileId === profileId && q.seed === progress.seed,
    );
    if (handedIn) problems.push(`settings: ${key} is still open after its sitting was handed in`);
  }
  return problems;
}

/** Group sessions and drafts are whole: an ending has its time, votes are counts. */
function checkRooms(tables: Tables): string[] {
  const problems: string[] = [];
  for (const session of tables.groupSessions ?? []) {
    const where = `groupSessions: ${String(session.id)}`;
    if ((session.endingId === null) !== (session.finishedAt === null))
      problems.push(
        `${where}: ending ${String(session.endingId)} but finishedAt ${String(session.finishedAt)}`,
      );
    const votes = (session.open as { votes?: Record<string, unknown> } | undefined)?.votes ?? {};
    for (const [choice, count] of Object.entries(votes)) {
      if (!Number.isInteger(count) || Number(count) < 0)
        problems.push(`${where}: ${count} votes for ${choice}`);
    }
  }
  for (const draft of tables.drafts ?? []) {
    const scenario = draft.scenario as { id?: unknown } | undefined;
    if (typeof scenario?.id !== 'string' || typeof draft.updatedAt !== 'number')
      problems.push(`drafts: ${String(draft.id)} is not a whole draft`);
  }
  return problems;
}

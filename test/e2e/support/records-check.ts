import type { Page } from '@playwright/test';
import { verifyTables } from '../../../src/storage/ledger';
import type { AttemptRecord, LedgerEntry } from '../../../src/storage/records';
import { verifyChains } from '../../support/chain-verifier';

/** Every row of the stores a fault could tear, exactly as IndexedDB holds them. */
export interface RawRecords {
  profiles: Array<{ id: string; name: string }>;
  attempts: Array<{
    id: string;
    profileId: string;
    status: 'active' | 'finished' | 'abandoned';
    choices: string[];
    turns: unknown[];
    answeredAt: number | null;
    score: unknown;
    finishedAt: number | null;
  }>;
  steps: Array<{ attemptId: string; index: number; choiceId: string }>;
  ledger: LedgerEntry[];
  /** The other sealed records, for the independent chain verifier. */
  observations: Array<{ id: string; profileId: string }>;
  awards: Array<{ id: string; profileId: string }>;
  overrides: Array<{ id: string; profileId: string }>;
  quizAttempts: Array<{ id: string; profileId: string }>;
}

const STORES = ['profiles', 'attempts', 'steps', 'ledger'] as const;
const SEALED_STORES = ['observations', 'awards', 'overrides', 'quizAttempts'] as const;

/**
 * Reads the app's database straight from IndexedDB, without the app's code, so a bug in the
 * storage layer cannot hide itself. Call it once the app has opened the database (opening a
 * missing database here would create an empty one).
 */
export function readRawRecords(page: Page): Promise<RawRecords> {
  return page.evaluate(
    (stores) =>
      new Promise<RawRecords>((resolve, reject) => {
        const open = indexedDB.open('complaint-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores], 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const store of stores) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => (out[store] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as RawRecords);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...STORES, ...SEALED_STORES],
  );
}

/**
 * Everything that must hold after any interruption: each attempt is all-or-nothing (its choices
 * are exactly its step rows, in order; a finished attempt has its score) and nothing points at a
 * record that is not there. Returns the problems found, empty when the records are whole.
 * Every profile's hash chain must verify too: a seal is written in the same transaction as the
 * record it seals, so an interruption can leave neither a record without its seal nor the reverse.
 */
export function checkRecords(records: RawRecords): string[] {
  const problems: string[] = [];
  const chains = verifyTables({
    profiles: records.profiles.map((p) => ({ ...p, employeeId: '' })),
    attempts: records.attempts as unknown as AttemptRecord[],
    ledger: records.ledger,
  });
  for (const chain of chains) {
    for (const problem of chain.problems) {
      problems.push(`hash chain of profile ${chain.profileId}: ${JSON.stringify(problem)}`);
    }
  }
  // The same chains again through the verifier that shares no code with the app.
  for (const problem of verifyChains(records as never))
    problems.push(`independent verifier: ${problem}`);
  const profiles = new Set(records.profiles.map((p) => p.id));
  const attempts = new Map(records.attempts.map((a) => [a.id, a]));
  for (const attempt of records.attempts) {
    const where = `attempt ${attempt.id}`;
    if (!profiles.has(attempt.profileId)) problems.push(`${where}: its profile is missing`);
    const steps = records.steps
      .filter((s) => s.attemptId === attempt.id)
      .sort((a, b) => a.index - b.index);
    const indexes = steps.map((s) => s.index);
    if (indexes.some((index, i) => index !== i)) {
      problems.push(`${where}: step indexes ${JSON.stringify(indexes)} are not 0…n-1`);
    }
    const stepChoices = steps.map((s) => s.choiceId);
    if (JSON.stringify(stepChoices) !== JSON.stringify(attempt.choices)) {
      problems.push(
        `${where}: choices ${JSON.stringify(attempt.choices)} but steps ${JSON.stringify(stepChoices)}`,
      );
    }
    if (attempt.turns.length !== attempt.choices.length) {
      problems.push(
        `${where}: ${attempt.turns.length} turns for ${attempt.choices.length} choices`,
      );
    }
    const finished = attempt.status === 'finished';
    if (finished && (attempt.score === null || attempt.finishedAt === null)) {
      problems.push(`${where}: finished without a score`);
    }
    if (!finished && attempt.score !== null) problems.push(`${where}: unfinished with a score`);
  }
  for (const step of records.steps) {
    if (!attempts.has(step.attemptId)) {
      problems.push(`step ${step.attemptId}#${step.index}: its attempt is missing`);
    }
  }
  return problems;
}

/** How many rows a check looked at, for the figures in the README. */
export const recordCount = (records: RawRecords) =>
  STORES.reduce((sum, store) => sum + records[store].length, 0);

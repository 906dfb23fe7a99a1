import { isDraftShape } from '../engine/authoring/draft-shape';
import { contentHash } from '../engine/content-hash';
import type { Scenario } from '../engine/scenario-schema';
import { database } from './database';
import { clearRescue, readRescue, writeRescue } from './draft-rescue';
import type { DraftRecord } from './records';

/** A draft as the editor opens it: the stored case, known to have the editor's shape. */
export interface Draft {
  id: string;
  scenario: Scenario;
  publishedVersion: number;
  updatedAt: number;
}

const toDraft = (record: DraftRecord): Draft | null =>
  isDraftShape(record.scenario) ? { ...record, scenario: record.scenario } : null;

/** Starts a draft from a case (blank, or a copy of an existing one). */
export async function createDraft(scenario: Scenario): Promise<Draft> {
  const draft: Draft = {
    id: crypto.randomUUID(),
    scenario,
    publishedVersion: 0,
    updatedAt: Date.now(),
  };
  await database().drafts.add(draft);
  return draft;
}

/** The record with any change rescued as the page closed folded in (and written back). */
async function recovered(record: DraftRecord): Promise<DraftRecord> {
  const rescue = readRescue(record.id);
  if (!rescue) return record;
  if (rescue.at <= record.updatedAt || !isDraftShape(rescue.scenario)) {
    clearRescue(record.id);
    return record;
  }
  const newer = { ...record, scenario: rescue.scenario, updatedAt: rescue.at };
  await database().drafts.put(newer);
  clearRescue(record.id, rescue.at);
  return newer;
}

export async function getDraft(id: string): Promise<Draft | null> {
  const record = await database().drafts.get(id);
  return record ? toDraft(await recovered(record)) : null;
}

/** Every draft, most recently edited first. */
export async function listDrafts(): Promise<Draft[]> {
  const records = await Promise.all((await database().drafts.toArray()).map(recovered));
  return records.sort((a, b) => b.updatedAt - a.updatedAt).flatMap((r) => toDraft(r) ?? []);
}

/** Saves the case as edited so far; a draft that was deleted meanwhile stays deleted. */
export async function saveDraft(id: string, scenario: Scenario): Promise<void> {
  const at = Date.now();
  await database().drafts.update(id, { scenario, updatedAt: at });
  clearRescue(id, at);
}

export async function deleteDraft(id: string): Promise<void> {
  await database().drafts.delete(id);
  clearRescue(id);
}

/** What the editor hears back from autosave. */
export interface AutosaveListener {
  saved(): void;
  failed(error: unknown): void;
}

/**
 * Saves a draft `delayMs` after the author stops changing it; `flush` writes the pending change at
 * once, and `rescue` also keeps a synchronous copy for when the page is hidden or closing and the
 * asynchronous write may not finish. Writes happen one at a time, in order.
 */
export function createAutosave(id: string, delayMs = 300, listener?: AutosaveListener) {
  let pending: Scenario | null = null;
  /** The latest change not yet known to be in the database. */
  let unsaved: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const scenario = pending;
    pending = null;
    if (scenario) {
      writing = writing
        .then(() => saveDraft(id, scenario))
        .then(
          () => {
            if (unsaved === scenario) unsaved = null;
            if (!pending) listener?.saved();
          },
          (error: unknown) => listener?.failed(error),
        );
    }
    return writing;
  };
  return {
    schedule(scenario: Scenario) {
      pending = scenario;
      unsaved = scenario;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    rescue() {
      if (unsaved) writeRescue(id, unsaved);
      return flush();
    },
  };
}

/**
 * Publishes a checked draft into this browser's library. The case gets the next version number;
 * attempts already played keep the version they were played on (they store it), and the draft
 * remembers what it published.
 */
export async function storePublication(
  id: string,
  scenario: Scenario,
): Promise<{ version: number; scenario: Scenario }> {
  const db = database();
  const draft = await db.drafts.get(id);
  const existing = await db.scenarios.get(scenario.id);
  const version = Math.max(existing?.scenario.version ?? 0, draft?.publishedVersion ?? 0) + 1;
  const published: Scenario = { ...scenario, version };
  const hash = await contentHash(published);
  const now = Date.now();
  await db.transaction('rw', db.scenarios, db.drafts, async () => {
    const current = await db.scenarios.get(scenario.id);
    if ((current?.scenario.version ?? 0) !== (existing?.scenario.version ?? 0)) {
      throw new Error('the case was published from another tab meanwhile; publish again');
    }
    await db.scenarios.put({
      id: scenario.id,
      scenario: published,
      contentHash: hash,
      importedAt: now,
    });
    await db.drafts.update(id, { scenario: published, publishedVersion: version, updatedAt: now });
  });
  return { version, scenario: published };
}

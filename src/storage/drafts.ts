import { isDraftShape } from '../engine/authoring/draft-shape';
import { contentHash } from '../engine/content-hash';
import type { Scenario } from '../engine/scenario-schema';
import { database } from './database';
import { clearRescue, clearRescueOlderThan, readRescue, writeRescue } from './draft-rescue';
import { StaleWriteError } from './errors';
import type { DraftRecord } from './records';

/** A draft as the editor opens it: the stored case, known to have the editor's shape. */
export interface Draft {
  id: string;
  scenario: Scenario;
  publishedVersion: number;
  updatedAt: number;
  /** The stored revision this copy was read at: a save from an older one is refused. */
  revision: number;
}

const revisionOf = (record: Pick<DraftRecord, 'revision'>) => record.revision ?? 0;

const toDraft = (record: DraftRecord): Draft | null =>
  isDraftShape(record.scenario)
    ? { ...record, scenario: record.scenario, revision: revisionOf(record) }
    : null;

/** Starts a draft from a case (blank, or a copy of an existing one). */
export async function createDraft(scenario: Scenario): Promise<Draft> {
  const draft: Draft = {
    id: crypto.randomUUID(),
    scenario,
    publishedVersion: 0,
    updatedAt: Date.now(),
    revision: 0,
  };
  await database().drafts.add(draft);
  return draft;
}

/**
 * The record with any change rescued as the page closed folded in (and written back). The copy
 * names the revision its editor's saves were known to reach and how many were still under way
 * (a closing page may die before they land). It is folded in when the stored draft is at that
 * revision, or past it only by that editor's own saves; a copy overtaken by another tab's save,
 * which already told that tab its change was refused, is dropped rather than written over it.
 */
async function recovered(record: DraftRecord): Promise<DraftRecord> {
  const rescue = readRescue(record.id);
  if (!rescue) return record;
  const base = rescue.revision ?? 0;
  const stored = revisionOf(record);
  const ownSavesOnly =
    stored === base ||
    (stored > base &&
      stored <= base + (rescue.inFlight ?? 0) &&
      record.savedBy !== undefined &&
      record.savedBy === rescue.writer);
  if (rescue.at <= record.updatedAt || !ownSavesOnly || !isDraftShape(rescue.scenario)) {
    clearRescue(record.id);
    return record;
  }
  const newer = { ...record, scenario: rescue.scenario, updatedAt: rescue.at };
  try {
    await writeDraft(record.id, stored, { scenario: rescue.scenario, updatedAt: rescue.at });
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
    return record;
  }
  clearRescue(record.id, rescue.at);
  return { ...newer, revision: stored + 1 };
}

/**
 * Compare-and-set: writes the change only if the stored draft is still at `revision`, and
 * returns the next revision. A draft deleted meanwhile stays deleted.
 */
async function writeDraft(
  id: string,
  revision: number,
  change: Partial<Omit<DraftRecord, 'id' | 'revision'>>,
): Promise<number> {
  const db = database();
  return db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(id);
    if (!stored) throw new StaleWriteError('draft', id);
    if (revisionOf(stored) !== revision) throw new StaleWriteError('draft', id);
    await db.drafts.update(id, { ...change, revision: revision + 1 });
    return revision + 1;
  });
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

/**
 * Saves the case as edited so far from the copy read at `revision`, returning the new revision.
 * Refused (StaleWriteError) when another tab saved or deleted the draft since: its change stays.
 */
export async function saveDraft(
  id: string,
  scenario: Scenario,
  revision: number,
  writer?: string,
): Promise<number> {
  const at = Date.now();
  const next = await writeDraft(id, revision, {
    scenario,
    updatedAt: at,
    ...(writer ? { savedBy: writer } : {}),
  });
  clearRescueOlderThan(id, at);
  return next;
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
 * asynchronous write may not finish. Writes happen one at a time, in order, each from the revision
 * the one before it left (starting at `revision`, the one the editor opened), so once another tab
 * has saved, every later save here is refused and reported until the draft is opened again.
 */
export function createAutosave(
  id: string,
  revision: number,
  delayMs = 300,
  listener?: AutosaveListener,
) {
  /** This editor's name on its saves and its rescued copy. */
  const writer = crypto.randomUUID();
  /** The revision the last save here left. */
  let current = revision;
  /** Saves queued and not yet settled: the revision the draft reaches if they all succeed. */
  let queued = 0;
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
      queued += 1;
      writing = writing
        .then(() => saveDraft(id, scenario, current, writer))
        .then(
          (next) => {
            current = next;
            if (unsaved === scenario) unsaved = null;
            if (!pending) listener?.saved();
          },
          (error: unknown) => listener?.failed(error),
        )
        .finally(() => (queued -= 1));
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
    /** The revision the saves made here have reached. */
    revision: () => current,
    rescue() {
      // The copy descends from this editor's saves still under way: it names the revision they
      // start from and how many there are, since the page may die before any of them lands.
      if (unsaved) writeRescue(id, unsaved, current, queued + (pending ? 1 : 0), writer);
      return flush();
    },
  };
}

/**
 * Publishes a checked draft into this browser's library. The case gets the next version number;
 * attempts already played keep the version they were played on (they store it), and the draft
 * remembers what it published. `revision` is the draft revision the editor holds (its saves
 * flushed): publishing from an older copy than another tab saved since is refused, since it would
 * write that copy over the other tab's draft. Publishing writes back the editor's own text, so
 * it leaves the revision as it is and the editor's next save follows on.
 */
export async function storePublication(
  id: string,
  scenario: Scenario,
  revision: number,
): Promise<{ version: number; scenario: Scenario }> {
  const db = database();
  const draft = await db.drafts.get(id);
  const existing = await db.scenarios.get(scenario.id);
  const version = Math.max(existing?.scenario.version ?? 0, draft?.publishedVersion ?? 0) + 1;
  const published: Scenario = { ...scenario, version };
  const hash = await contentHash(published);
  const now = Date.now();
  await db.transaction('rw', db.scenarios, db.caseVersions, db.drafts, async () => {
    const current = await db.scenarios.get(scenario.id);
    if ((current?.scenario.version ?? 0) !== (existing?.scenario.version ?? 0)) {
      throw new Error('the case was published from another tab meanwhile; publish again');
    }
    const stored = await db.drafts.get(id);
    if (stored && revisionOf(stored) !== revision) throw new StaleWriteError('draft', id);
    const row = { id: scenario.id, scenario: published, contentHash: hash, importedAt: now };
    await db.scenarios.put(row);
    // Every version published stays among caseVersions: calls played on it still replay.
    await db.caseVersions.put(row);
    await db.drafts.update(id, { scenario: published, publishedVersion: version, updatedAt: now });
  });
  return { version, scenario: published };
}

import type { DecidedTurn, OpenDecision } from '../engine/group-session';
import type { Scenario } from '../engine/scenario-schema';
import { database } from './database';
import type { GroupSessionRecord } from './records';

/** Raised when a decision is saved against a session that has moved on (another tab, a stale screen). */
export class GroupSessionConflict extends Error {
  constructor(readonly sessionId: string) {
    super(`group session ${sessionId} has changed or ended; reload it`);
    this.name = 'GroupSessionConflict';
  }
}

export interface NewGroupSession {
  scenario: Scenario;
  participants: readonly string[];
  mode: 'votes' | 'hot-seat';
}

/** Participant names as typed: trimmed, blank lines dropped, each name once. */
export function cleanParticipants(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n.length > 0))];
}

export async function startGroupSession(input: NewGroupSession): Promise<GroupSessionRecord> {
  const participants = cleanParticipants(input.participants);
  const record: GroupSessionRecord = {
    id: crypto.randomUUID(),
    scenarioId: input.scenario.id,
    scenarioVersion: input.scenario.version,
    scenarioTitle: input.scenario.title,
    participants,
    mode: input.mode === 'hot-seat' && participants.length > 0 ? 'hot-seat' : 'votes',
    turns: [],
    open: { votes: {}, hotSeat: [], previewed: [] },
    endingId: null,
    startedAt: Date.now(),
    finishedAt: null,
  };
  await database().groupSessions.add(record);
  return record;
}

export function getGroupSession(id: string): Promise<GroupSessionRecord | undefined> {
  return database().groupSessions.get(id);
}

/** Every session, newest first. */
export function listGroupSessions(): Promise<GroupSessionRecord[]> {
  return database().groupSessions.orderBy('startedAt').reverse().toArray();
}

/**
 * Saves the room's votes at the open decision point. `atTurn` is how many decisions the caller
 * has seen, so a stale screen cannot overwrite a later decision point.
 */
export async function saveOpenDecision(
  id: string,
  atTurn: number,
  open: OpenDecision,
): Promise<void> {
  const db = database();
  await db.transaction('rw', db.groupSessions, async () => {
    const session = await current(id, atTurn);
    await db.groupSessions.put({ ...session, open });
  });
}

/** The trainer follows a branch: the decision is appended and a fresh decision point opens. */
export async function saveDecision(
  id: string,
  decision: DecidedTurn,
  endingId: string | null,
): Promise<GroupSessionRecord> {
  const db = database();
  return db.transaction('rw', db.groupSessions, async () => {
    const session = await current(id, null);
    const updated: GroupSessionRecord = {
      ...session,
      turns: [...session.turns, { ...decision }],
      open: { votes: {}, hotSeat: [], previewed: [] },
      endingId,
      finishedAt: endingId ? Date.now() : null,
    };
    await db.groupSessions.put(updated);
    return updated;
  });
}

async function current(id: string, atTurn: number | null): Promise<GroupSessionRecord> {
  const session = await database().groupSessions.get(id);
  if (!session || session.endingId || (atTurn !== null && session.turns.length !== atTurn)) {
    throw new GroupSessionConflict(id);
  }
  return session;
}

import type { DecidedTurn, OpenDecision } from '../engine/group-session';
import type { Scenario } from '../engine/scenario-schema';
import { database } from './database';
import { StaleWriteError } from './errors';
import type { GroupSessionRecord } from './records';

/**
 * Raised when a change is saved against a session that has moved on (another tab, a stale
 * screen): nothing is written, and reading the session again gives the other tab's version.
 */
export class GroupSessionConflict extends StaleWriteError {
  constructor(readonly sessionId: string) {
    super('group-session', sessionId);
    this.name = 'GroupSessionConflict';
  }
}

const revisionOf = (session: GroupSessionRecord) => session.revision ?? 0;
const noAnswers = (): OpenDecision => ({ votes: {}, hotSeat: [], previewed: [] });

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
    revision: 0,
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
 * A change to the room's answers at the open decision point, made on the answers as stored (so
 * two tabs counting votes both count). It may refuse by throwing GroupSessionConflict, e.g. when
 * the stored answers are not the ones the screen showed.
 */
export type OpenDecisionChange = (open: OpenDecision, session: GroupSessionRecord) => OpenDecision;

/**
 * Changes the room's answers at the open decision point in one transaction and returns the
 * session as stored after it. `atTurn` is how many decisions the caller has seen, so a screen
 * that is behind cannot write into a later decision point.
 */
export async function changeOpenDecision(
  id: string,
  atTurn: number,
  change: OpenDecisionChange,
): Promise<GroupSessionRecord> {
  const db = database();
  return db.transaction('rw', db.groupSessions, async () => {
    const session = await current(id, atTurn, null);
    const updated: GroupSessionRecord = {
      ...session,
      open: change(session.open ?? noAnswers(), session),
      revision: revisionOf(session) + 1,
    };
    await db.groupSessions.put(updated);
    return updated;
  });
}

/**
 * The trainer follows a branch: the decision is appended and a fresh decision point opens.
 * `revision` is the session's revision the screen showed: the decision carries the votes the room
 * saw, so if another tab changed them since, it is refused rather than stored with stale counts.
 */
export async function saveDecision(
  id: string,
  revision: number,
  decision: DecidedTurn,
  endingId: string | null,
): Promise<GroupSessionRecord> {
  const db = database();
  return db.transaction('rw', db.groupSessions, async () => {
    const session = await current(id, null, revision);
    const updated: GroupSessionRecord = {
      ...session,
      turns: [...session.turns, { ...decision }],
      open: noAnswers(),
      endingId,
      finishedAt: endingId ? Date.now() : null,
      revision: revision + 1,
    };
    await db.groupSessions.put(updated);
    return updated;
  });
}

async function current(
  id: string,
  atTurn: number | null,
  revision: number | null,
): Promise<GroupSessionRecord> {
  const session = await database().groupSessions.get(id);
  if (
    !session ||
    session.endingId ||
    (atTurn !== null && session.turns.length !== atTurn) ||
    (revision !== null && revisionOf(session) !== revision)
  ) {
    throw new GroupSessionConflict(id);
  }
  return session;
}

import { beforeEach, describe, expect, it } from 'vitest';
import { addVotes, follow, openDecision } from '../../src/engine/group-session';
import {
  GroupSessionConflict,
  getGroupSession,
  listGroupSessions,
  saveDecision,
  saveOpenDecision,
  startGroupSession,
} from '../../src/storage/group-sessions';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

describe('group sessions', () => {
  beforeEach(freshDatabase);

  it('starts a session with cleaned participant names', async () => {
    const s = await startGroupSession({
      scenario,
      participants: [' 张三 ', '', '李四', '张三'],
      mode: 'hot-seat',
    });
    expect(s).toMatchObject({
      participants: ['张三', '李四'],
      mode: 'hot-seat',
      turns: [],
      endingId: null,
    });
    expect(await getGroupSession(s.id)).toEqual(s);
  });

  it('falls back to counted votes when the hot seat has nobody to call on', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'hot-seat' });
    expect(s.mode).toBe('votes');
  });

  it('saves every vote as it is entered', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    await saveOpenDecision(s.id, 0, addVotes(openDecision(), 'calm', 3));
    expect((await getGroupSession(s.id))?.open?.votes).toEqual({ calm: 3 });
  });

  it('appends each followed decision and finishes at an ending', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    const first = follow(scenario, [], addVotes(openDecision(), 'argue', 2), 'argue');
    const done = await saveDecision(s.id, first[0]!, 'end-escalated');
    expect(done.turns).toEqual(first);
    expect(done.open).toEqual(openDecision());
    expect(done.endingId).toBe('end-escalated');
    expect(done.finishedAt).not.toBeNull();
  });

  it('refuses votes from a screen that is behind, and any change to a finished session', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    const first = follow(scenario, [], openDecision(), 'calm');
    await saveDecision(s.id, first[0]!, null);
    await expect(saveOpenDecision(s.id, 0, openDecision())).rejects.toBeInstanceOf(
      GroupSessionConflict,
    );
    const second = follow(scenario, first, openDecision(), 'policy');
    await saveDecision(s.id, second[1]!, 'end-grudging');
    await expect(saveDecision(s.id, second[1]!, null)).rejects.toBeInstanceOf(GroupSessionConflict);
    expect((await getGroupSession(s.id))?.turns).toHaveLength(2);
  });

  it('lists sessions newest first', async () => {
    const a = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    await new Promise((r) => setTimeout(r, 2));
    const b = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    expect((await listGroupSessions()).map((s) => s.id)).toEqual([b.id, a.id]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { addVotes, follow, openDecision } from '../../src/engine/group-session';
import { StaleWriteError } from '../../src/storage/errors';
import {
  changeOpenDecision,
  GroupSessionConflict,
  getGroupSession,
  listGroupSessions,
  saveDecision,
  startGroupSession,
} from '../../src/storage/group-sessions';
import { database } from '../../src/storage/database';
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
    const after = await changeOpenDecision(s.id, 0, (open) => addVotes(open, 'calm', 3));
    expect(after.open?.votes).toEqual({ calm: 3 });
    expect(await getGroupSession(s.id)).toEqual(after);
  });

  it('appends each followed decision and finishes at an ending', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    const first = follow(scenario, [], addVotes(openDecision(), 'argue', 2), 'argue');
    const done = await saveDecision(s.id, 0, first[0]!, 'end-escalated');
    expect(done.turns).toEqual(first);
    expect(done.open).toEqual(openDecision());
    expect(done.endingId).toBe('end-escalated');
    expect(done.finishedAt).not.toBeNull();
  });

  it('refuses votes from a screen that is behind, and any change to a finished session', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    const first = follow(scenario, [], openDecision(), 'calm');
    const moved = await saveDecision(s.id, 0, first[0]!, null);
    await expect(changeOpenDecision(s.id, 0, (open) => open)).rejects.toBeInstanceOf(
      GroupSessionConflict,
    );
    const second = follow(scenario, first, openDecision(), 'policy');
    const ended = await saveDecision(s.id, moved.revision!, second[1]!, 'end-grudging');
    await expect(saveDecision(s.id, ended.revision!, second[1]!, null)).rejects.toBeInstanceOf(
      GroupSessionConflict,
    );
    expect((await getGroupSession(s.id))?.turns).toHaveLength(2);
  });

  it('two tabs counting votes at one decision point both count: each vote lands on the stored count', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    // Both tabs opened the session with no votes; neither sees the other's before voting.
    const votes = await Promise.all([
      changeOpenDecision(s.id, 0, (open) => addVotes(open, 'calm', 1)),
      changeOpenDecision(s.id, 0, (open) => addVotes(open, 'calm', 1)),
      changeOpenDecision(s.id, 0, (open) => addVotes(open, 'argue', 1)),
    ]);
    expect((await getGroupSession(s.id))?.open?.votes).toEqual({ calm: 2, argue: 1 });
    expect(votes.map((v) => v.revision).sort()).toEqual([1, 2, 3]);
  });

  it('a decision from a screen that has not seen the latest votes is refused, writing nothing', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    const shown = await changeOpenDecision(s.id, 0, (open) => addVotes(open, 'argue', 1));
    await changeOpenDecision(s.id, 0, (open) => addVotes(open, 'calm', 2));
    const decision = follow(scenario, [], shown.open!, 'argue')[0]!;
    const refused = saveDecision(s.id, shown.revision!, decision, null);
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refused).rejects.toMatchObject({ record: 'group-session' });
    const stored = await getGroupSession(s.id);
    expect(stored?.turns).toEqual([]);
    expect(stored?.open?.votes).toEqual({ argue: 1, calm: 2 });
  });

  it('a change that refuses inside the transaction writes nothing', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    await expect(
      changeOpenDecision(s.id, 0, () => {
        throw new GroupSessionConflict(s.id);
      }),
    ).rejects.toBeInstanceOf(GroupSessionConflict);
    expect(await getGroupSession(s.id)).toEqual(s);
  });

  it('a session stored before revisions existed reads as revision 0', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    const { revision: _dropped, ...old } = s;
    await database().groupSessions.put(old);
    const decision = follow(scenario, [], openDecision(), 'calm')[0]!;
    expect((await saveDecision(s.id, 0, decision, null)).revision).toBe(1);
  });

  it('lists sessions newest first', async () => {
    const a = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    await new Promise((r) => setTimeout(r, 2));
    const b = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    expect((await listGroupSessions()).map((s) => s.id)).toEqual([b.id, a.id]);
  });
});

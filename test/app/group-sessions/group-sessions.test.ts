import { beforeEach, describe, expect, it } from 'vitest';
import {
  answerInHotSeat,
  countVote,
  getGroupSession,
  GroupSessionConflict,
  startGroupSession,
  undoHotSeat,
} from '../../../src/app/group-sessions/group-sessions';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();

describe('counting a group session from two tabs', () => {
  beforeEach(freshDatabase);

  it('keeps every vote and take-back from both tabs', async () => {
    const s = await startGroupSession({ scenario, participants: [], mode: 'votes' });
    await countVote(s.id, 0, 'calm', 1);
    await countVote(s.id, 0, 'argue', 1);
    const last = await countVote(s.id, 0, 'calm', 1);
    await countVote(s.id, 0, 'argue', -1);
    expect(last.open?.votes).toEqual({ calm: 2, argue: 1 });
    expect((await getGroupSession(s.id))?.open?.votes).toEqual({ calm: 2, argue: 0 });
  });

  it('refuses a hot-seat answer for someone no longer in the seat, so no one answers twice', async () => {
    const s = await startGroupSession({ scenario, participants: ['甲', '乙'], mode: 'hot-seat' });
    await answerInHotSeat(s.id, 0, '甲', 'calm');
    await expect(answerInHotSeat(s.id, 0, '甲', 'argue')).rejects.toBeInstanceOf(
      GroupSessionConflict,
    );
    expect((await getGroupSession(s.id))?.open?.hotSeat).toEqual([
      { participant: '甲', choiceId: 'calm' },
    ]);
  });

  it('takes back only the hot-seat answer the screen showed last', async () => {
    const s = await startGroupSession({ scenario, participants: ['甲', '乙'], mode: 'hot-seat' });
    await answerInHotSeat(s.id, 0, '甲', 'calm');
    await answerInHotSeat(s.id, 0, '乙', 'argue');
    await expect(undoHotSeat(s.id, 0, 1)).rejects.toBeInstanceOf(GroupSessionConflict);
    expect((await undoHotSeat(s.id, 0, 2)).open?.hotSeat).toEqual([
      { participant: '甲', choiceId: 'calm' },
    ]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import type { AttemptRecord } from '../../../src/engine/records/attempt';
import { createProfile } from '../../../src/storage/profiles';
import { settleSwitch, undoChange } from '../../../src/ui/call/before-answer-change';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let ringing: AttemptRecord;
beforeAll(async () => {
  await freshDatabase();
  const profile = await createProfile('林小雨', '2048');
  ringing = await beginCall(profile.id, fakeScenario({ difficulty: 3 }));
});

describe('saving a switch before the call is answered', () => {
  it('hands back the call as stored when the write goes through', async () => {
    const saved = { ...ringing, timed: false };
    expect(await settleSwitch(() => Promise.resolve(saved))).toEqual({ ok: true, saved });
  });

  it('tells a full disk apart, however the browser and Dexie wrap it', async () => {
    for (const error of [quota(), { name: 'AbortError', inner: quota() }]) {
      expect(await settleSwitch(() => Promise.reject(error))).toEqual({
        ok: false,
        failure: 'quota',
      });
    }
  });

  it('counts any other refusal, and a call no longer stored, as not saved', async () => {
    expect(await settleSwitch(() => Promise.reject(new Error('UnknownError')))).toEqual({
      ok: false,
      failure: 'other',
    });
    expect(await settleSwitch(() => Promise.resolve(undefined))).toEqual({
      ok: false,
      failure: 'other',
    });
  });
});

describe('taking a failed switch back', () => {
  it('restores only the field the change touched', () => {
    expect(ringing.timed).toBe(true);
    // The timer was switched off (and failed) while the reply mode was switched to typing.
    const onScreen: AttemptRecord = { ...ringing, timed: false, replyMode: 'type' };
    const undone = undoChange(onScreen, { timed: false }, ringing);
    expect(undone).toEqual({ ...ringing, replyMode: 'type' });
  });

  it('removes a reply mode the call did not have, as a chosen-reply call is stored', () => {
    const onScreen: AttemptRecord = { ...ringing, replyMode: 'type' };
    const undone = undoChange(onScreen, { replyMode: 'type' }, ringing);
    expect('replyMode' in undone).toBe(false);
    expect(undone).toEqual(ringing);
  });

  it('puts typing back when switching to chosen replies failed', () => {
    const typed: AttemptRecord = { ...ringing, replyMode: 'type' };
    const onScreen: AttemptRecord = { ...ringing, replyMode: 'choose' };
    expect(undoChange(onScreen, { replyMode: 'choose' }, typed).replyMode).toBe('type');
  });
});

import { describe, expect, it } from 'vitest';
import { deliverOldest, outboxState, undeliverableFile } from '../../../src/app/lms/outbox';
import { database } from '../../../src/storage/database';
import { currentCmi5Launch, markCmi5Launch } from '../../../src/storage/lms-settings';
import { queueStatements } from '../../../src/storage/outbox';
import { freshDatabase } from '../../storage/setup-db';

/** Queues statements as a reply does: inside a transaction over the outbox. */
async function queue(...ids: string[]) {
  const db = database();
  await db.transaction('rw', db.outbox, () => queueStatements(ids.map((id) => ({ id }))));
}

/** Delivers everything the current receiver may send; the ids in the order they went out. */
async function sendAll(): Promise<string[]> {
  const sent: string[] = [];
  while ((await deliverOldest(async (id) => (sent.push(id), { ok: true }))) === 'delivered');
  return sent;
}

describe('statements of a cmi5 launch that has ended', () => {
  it('are never sent under another launch nor to the LRS, and stay for HR as undeliverable', async () => {
    const db = await freshDatabase();
    // Queued under a launch of an earlier page, which ended when that page went away.
    await db.outbox.add({
      id: 'old-1',
      statement: { id: 'old-1' },
      queuedAt: 1,
      tries: 0,
      lastError: null,
      launch: 'launch-gone',
    });
    await queue('lrs-1', 'lrs-2');
    expect(await outboxState()).toEqual({ waiting: 2, undeliverable: 1, lastError: null });
    expect(await sendAll()).toEqual(['lrs-1', 'lrs-2']);

    // Now an LMS launches this page: its own statements go through its session, and only those.
    await queue('lrs-3');
    markCmi5Launch();
    const launch = currentCmi5Launch();
    await queue('cmi5-1');
    expect(await db.outbox.get('cmi5-1')).toMatchObject({ launch });
    expect(await outboxState()).toEqual({ waiting: 1, undeliverable: 1, lastError: null });
    expect(await sendAll()).toEqual(['cmi5-1']);

    expect((await db.outbox.toArray()).map((r) => r.id).sort()).toEqual(['lrs-3', 'old-1']);
    const file = JSON.parse(await (await undeliverableFile()).text());
    expect(file).toEqual([{ launch: 'launch-gone', queuedAt: 1, statement: { id: 'old-1' } }]);
  });
});

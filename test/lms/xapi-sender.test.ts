import { beforeEach, describe, expect, it } from 'vitest';
import type { Deliver } from '../../src/app/lms/outbox';
import { lrsDelivery, statementsUrl } from '../../src/lms/lrs-delivery';
import { retryDelay, startStatementSender } from '../../src/lms/xapi-sender';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { EMPTY_LRS } from '../../src/app/lms/lrs-settings';
import { queueStatements } from '../../src/storage/outbox';
import { freshDatabase } from '../storage/setup-db';

function harness(deliver: Deliver) {
  let online = true;
  let onlineListener: (() => void) | null = null;
  const timers: Array<{ run: () => void; ms: number }> = [];
  const sender = startStatementSender({
    receiver: async () => deliver,
    online: () => online,
    onOnline: (l) => {
      onlineListener = l;
      return () => (onlineListener = null);
    },
    setTimer: (run, ms) => {
      timers.push({ run, ms });
      return () => undefined;
    },
  });
  return {
    sender,
    timers,
    goOffline: () => (online = false),
    goOnline: () => {
      online = true;
      onlineListener?.();
    },
  };
}

const queue = (db: ComplaintDeskDatabase, ids: string[]) =>
  db.transaction('rw', db.outbox, () => queueStatements(ids.map((id) => ({ id }))));

describe('statement sender', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('delivers oldest first and empties the outbox', async () => {
    const seen: string[] = [];
    await queue(db, ['a', 'b', 'c']);
    const { sender } = harness(async (id) => (seen.push(id), { ok: true }));
    await sender.flush();
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(await db.outbox.count()).toBe(0);
    sender.stop();
  });

  it('keeps a statement the LRS refused, stops there, and schedules a retry', async () => {
    const seen: string[] = [];
    await queue(db, ['a', 'b']);
    const { sender, timers } = harness(
      async (id) => (seen.push(id), { ok: false, error: 'HTTP 503' }),
    );
    await sender.flush();
    expect(seen).toEqual(['a']);
    const kept = await db.outbox.get('a');
    expect(kept?.tries).toBe(1);
    expect(kept?.lastError).toBe('HTTP 503');
    expect(timers.at(-1)?.ms).toBe(retryDelay(1));
    sender.stop();
  });

  it('sends nothing while offline and everything once back online', async () => {
    const seen: string[] = [];
    const h = harness(async (id) => (seen.push(id), { ok: true }));
    await h.sender.flush();
    h.goOffline();
    await queue(db, ['a', 'b']);
    await h.sender.flush();
    expect(seen).toEqual([]);
    h.goOnline();
    await h.sender.flush();
    expect(seen).toEqual(['a', 'b']);
    h.sender.stop();
  });

  it('backs off longer after each failure, up to a minute', () => {
    expect([1, 2, 3, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 60000]);
  });
});

describe('LRS delivery', () => {
  const settings = {
    ...EMPTY_LRS,
    endpoint: 'http://127.0.0.1:8081/xAPI',
    key: '培训',
    secret: 's',
  };
  const respond = (status: number) => async () =>
    new Response(status === 204 ? null : 'x', { status });

  it('PUTs to statements with the client id', () => {
    expect(statementsUrl('http://h/xAPI/', 'x-1')).toBe('http://h/xAPI/statements?statementId=x-1');
    expect(statementsUrl('http://h/xAPI', 'x-1')).toBe('http://h/xAPI/statements?statementId=x-1');
  });

  it('counts 2xx and 409 as delivered, anything else or a network error as not', async () => {
    expect(await lrsDelivery(settings, respond(204))('a', {})).toEqual({ ok: true });
    expect(await lrsDelivery(settings, respond(409))('a', {})).toEqual({ ok: true });
    expect((await lrsDelivery(settings, respond(400))('a', {})).ok).toBe(false);
    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await lrsDelivery(settings, offline)('a', {})).toEqual({
      ok: false,
      error: 'network: Failed to fetch',
    });
  });
});

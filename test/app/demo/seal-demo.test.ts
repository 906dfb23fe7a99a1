import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/content-hash';
import { nextLink, verifyChain, type ChainLink } from '../../../src/engine/ledger';
import { sealChain, sharedCanonical } from '../../../src/app/demo/seal-demo';

const title = { 'zh-CN': '空调遥控器', en: 'Air-conditioner remote' };
const score = { total: 71, dimensions: { empathy: 80, accuracy: 62 }, notes: ['b', 'a'] };
const calls = [1, 2, 3].map((n) => ({
  id: `demo-org:p0001:a000${n}`,
  profileId: 'demo-org:p0001',
  startedAt: 1_000 * n,
  scenarioTitle: title,
  score,
  choices: ['c1', 'c3'],
  cueSpot: null,
  skipped: undefined,
  zeta: n % 2 === 0,
}));

describe('sealing the demo organization in bulk', () => {
  it('writes the same canonical text as canonicalJson, shared parts included', () => {
    const canonical = sharedCanonical();
    for (const call of calls) expect(canonical(call)).toBe(canonicalJson(call));
  });

  it('makes exactly the links nextLink makes one at a time, and they verify', () => {
    const links = sealChain(
      'demo-org:p0001',
      [
        ...calls.map((record) => ({ kind: 'attempt' as const, record })),
        { kind: 'award' as const, record: { id: 'demo-org:p0001:award:gold', level: 'gold' } },
      ],
      5_000,
      sharedCanonical(),
      ['hr'],
    );
    let head: ChainLink | null = null;
    const oneByOne: ChainLink[] = [];
    for (const record of [...calls, { id: 'demo-org:p0001:award:gold', level: 'gold' }]) {
      head = nextLink(
        head,
        'demo-org:p0001',
        record.id.includes('award') ? 'award' : 'attempt',
        record,
        5_000,
        { roles: ['hr'] },
      );
      oneByOne.push(head);
    }
    expect(links).toEqual(oneByOne);
    expect(
      verifyChain(links, [
        { kind: 'attempt', records: calls },
        { kind: 'award', records: [{ id: 'demo-org:p0001:award:gold', level: 'gold' }] },
      ]),
    ).toEqual([]);
  });

  it('makes the links nextLink makes when no staff role is unlocked, too', () => {
    const links = sealChain(
      'demo-org:p0001',
      calls.map((record) => ({ kind: 'attempt' as const, record })),
      5_000,
      sharedCanonical(),
      [],
    );
    let head: ChainLink | null = null;
    for (const [i, record] of calls.entries()) {
      head = nextLink(head, 'demo-org:p0001', 'attempt', record, 5_000);
      expect(links[i]).toEqual(head);
    }
    expect(links[0]).not.toHaveProperty('roles');
  });
});

import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  linkHash,
  nextLink,
  recordHash,
  verifyChain,
  type ChainLink,
  type SealableRecord,
} from '../../src/engine/ledger';

const attempt = (id: string, total: number): SealableRecord => ({
  id,
  profileId: 'p1',
  scenarioId: 'case',
  scenarioVersion: 1,
  contentHash: 'c0ffee',
  status: 'finished',
  choices: ['calm', 'ask', 'fix'],
  score: { total },
  transcript: ['not sealed'],
});

function chain(records: SealableRecord[]): ChainLink[] {
  const links: ChainLink[] = [];
  for (const record of records)
    links.push(nextLink(links.at(-1) ?? null, 'p1', 'attempt', record, 1));
  return links;
}

const set = (records: SealableRecord[]) => [{ kind: 'attempt' as const, records }];

describe('the hash chain', () => {
  const records = [attempt('a', 80), attempt('b', 60), attempt('c', 90)];
  const links = chain(records);

  it('starts from the genesis hash and links each entry to the one before', () => {
    expect(links[0]!.prevHash).toBe(GENESIS_HASH);
    expect(links[0]!.seq).toBe(1);
    expect(links[1]!.prevHash).toBe(links[0]!.hash);
    expect(links[2]!.seq).toBe(3);
  });

  it('finds nothing wrong with untouched records', () => {
    expect(verifyChain(links, set(records))).toEqual([]);
  });

  it('flags exactly the attempt whose score was altered', () => {
    const altered = records.map((r) => (r.id === 'b' ? { ...r, score: { total: 100 } } : r));
    expect(verifyChain(links, set(altered))).toEqual([
      { problem: 'altered-record', kind: 'attempt', recordId: 'b', seq: 2 },
    ]);
  });

  it('seals the whole record: a retold transcript is flagged too', () => {
    const retold = records.map((r) => (r.id === 'c' ? { ...r, transcript: ['rebuilt'] } : r));
    expect(verifyChain(links, set(retold))).toEqual([
      { problem: 'altered-record', kind: 'attempt', recordId: 'c', seq: 3 },
    ]);
  });

  it('checks a link written before schema v6 against the seal-1 fields only', () => {
    const old = nextLink(null, 'p1', 'attempt', records[0]!, 1);
    const hashOfRecord = recordHash('attempt', records[0]!, 1);
    const body = { ...old, seal: 1 as const, recordHash: hashOfRecord };
    const link = { ...body, hash: linkHash(body) };
    const retold = { ...records[0]!, transcript: ['rebuilt'] };
    expect(verifyChain([link], set([retold]))).toEqual([]);
    expect(verifyChain([link], set([{ ...retold, score: { total: 1 } }]))).toHaveLength(1);
  });

  it('covers the provenance and roles in the link: changing either breaks it', () => {
    const provenance = {
      status: 'unverified' as const,
      source: null,
      reasons: ['unsigned' as const],
      review: null,
    };
    const link = nextLink(null, 'p1', 'attempt', records[0]!, 1, { provenance });
    expect(verifyChain([link], set([records[0]!]))).toEqual([]);
    const promoted = { ...link, provenance: { ...provenance, status: 'genuine' as const } };
    expect(verifyChain([promoted], set([records[0]!]))).toEqual([
      { problem: 'broken-link', seq: 1 },
    ]);
    expect(verifyChain([{ ...link, roles: ['trainer' as const] }], set([records[0]!]))).toEqual([
      { problem: 'broken-link', seq: 1 },
    ]);
  });

  it('flags a deleted attempt as missing', () => {
    expect(verifyChain(links, set(records.filter((r) => r.id !== 'a')))).toEqual([
      { problem: 'missing-record', kind: 'attempt', recordId: 'a', seq: 1 },
    ]);
  });

  it('flags reordered links as broken', () => {
    const swapped = [{ ...links[1]!, seq: 1 }, { ...links[0]!, seq: 2 }, links[2]!];
    const problems = verifyChain(swapped, set(records));
    expect(problems.filter((p) => p.problem === 'broken-link').length).toBeGreaterThan(0);
  });

  it('flags a removed link in the middle, and the record it sealed as unsealed', () => {
    const problems = verifyChain([links[0]!, links[2]!], set(records));
    expect(problems).toContainEqual({ problem: 'broken-link', seq: 3 });
    expect(problems).toContainEqual({ problem: 'unsealed-record', kind: 'attempt', recordId: 'b' });
  });

  it('flags a link whose record hash was rewritten to match an altered record', () => {
    const altered = { ...records[0]!, score: { total: 100 } };
    const forged = [
      { ...links[0]!, recordHash: recordHash('attempt', altered) },
      ...links.slice(1),
    ];
    expect(verifyChain(forged, set([altered, ...records.slice(1)]))).toContainEqual({
      problem: 'broken-link',
      seq: 1,
    });
  });

  it('checks a re-sealed record against its latest link only', () => {
    const rescored = { ...records[1]!, score: { total: 70 }, cueSpot: { entry: 2 } };
    const resealed = [...links, nextLink(links[2]!, 'p1', 'attempt', rescored, 2)];
    const now = [records[0]!, rescored, records[2]!];
    expect(verifyChain(resealed, set(now))).toEqual([]);
    // Putting the old score back is as much an alteration as any other.
    expect(verifyChain(resealed, set(records))).toEqual([
      { problem: 'altered-record', kind: 'attempt', recordId: 'b', seq: 4 },
    ]);
  });

  it('requires a seal on every finished or abandoned attempt, not on one still going', () => {
    const going = { ...attempt('d', 0), status: 'active' };
    const dropped = { ...attempt('e', 0), status: 'abandoned' };
    expect(verifyChain(links, set([...records, going, dropped]))).toEqual([
      { problem: 'unsealed-record', kind: 'attempt', recordId: 'e' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { verifyChains, bundleSignature } from './chain-verifier';
import { installationKey } from '../../src/app/records/installation-key';
import { nextLink, recordHash, linkHash } from '../../src/engine/ledger';
import { signBody } from '../../src/engine/signing';
import { useKeyDatabase } from '../../src/storage/installation-key';
import v5 from '../storage/fixtures/schema-v5.json';

// The independent verifier must agree with the app on chains and signatures the app writes, and
// must catch what the app catches: these tests hold the two to each other.
describe('the independent chain verifier', () => {
  const attempt = {
    id: 'a1',
    profileId: 'p1',
    status: 'finished',
    choices: ['x'],
    transcript: [{ text: '您好' }],
    team: undefined,
  };

  it('accepts seal-2 chains the app writes, with roles and provenance, and flags edits', () => {
    const first = nextLink(null, 'p1', 'attempt', attempt, 1, { roles: ['trainer'] });
    const second = nextLink(first, 'p1', 'attempt', { ...attempt, id: 'a2' }, 2, {
      provenance: {
        status: 'genuine',
        source: { fingerprint: 'f', label: '一' },
        reasons: [],
        review: null,
      },
    });
    const tables = { ledger: [first, second], attempts: [attempt, { ...attempt, id: 'a2' }] };
    expect(verifyChains(tables)).toEqual([]);
    expect(
      verifyChains({ ...tables, attempts: [{ ...attempt, transcript: [] }, tables.attempts[1]!] }),
    ).toEqual(['p1: attempt:a1 differs from its seal at link 1']);
    expect(verifyChains({ ...tables, attempts: [attempt] })).toEqual([
      'p1: attempt:a2 is sealed at link 2 but missing',
    ]);
    const promoted = { ...second, provenance: { ...second.provenance!, status: 'accepted' } };
    expect(verifyChains({ ...tables, ledger: [first, promoted] })).toEqual([
      'p1: link 2 was altered',
    ]);
    expect(verifyChains({ ledger: [second], attempts: [] })).toHaveLength(3);
  });

  it('accepts seal-1 links as the app wrote them before schema v6', () => {
    const hash = recordHash('attempt', attempt, 1);
    const body = {
      prevHash: '0'.repeat(64),
      kind: 'attempt' as const,
      recordId: 'a1',
      recordHash: hash,
      seal: 1 as const,
    };
    const link = { ...body, profileId: 'p1', seq: 1, at: 1, hash: linkHash(body) };
    expect(
      verifyChains({ ledger: [link], attempts: [{ ...attempt, transcript: ['any'] }] }),
    ).toEqual([]);
  });

  it('agrees with the app on the v5 fixture: only the edited call is wrong, and the unsealed ones', () => {
    const problems = verifyChains(v5.tables as never);
    expect(problems.some((p) => p.includes('f1440a93-37aa-4e38-8e3c-e27fe95e8213 differs'))).toBe(
      true,
    );
    expect(
      problems.filter((p) => p.includes('is not sealed')).map((p) => p.split(': ')[1]),
    ).toEqual(expect.arrayContaining(['attempt:merged-before-signing-call is not sealed']));
  });

  it('checks a bundle signature the app made, and refuses one over changed content', async () => {
    useKeyDatabase(`key-${crypto.randomUUID()}`);
    const key = await installationKey();
    const body = {
      format: 'x',
      source: { fingerprint: key.fingerprint, publicKey: key.publicKey },
      n: 1,
    };
    const signed = { ...body, signature: await signBody(key.privateKey, body) };
    expect(bundleSignature(signed)).toEqual({ holds: true, fingerprint: key.fingerprint });
    expect(bundleSignature({ ...signed, n: 2 }).holds).toBe(false);
    expect(bundleSignature({ ...body }).holds).toBe(false);
  });
});

import { isDemoId } from './demo-ids';
import {
  mustBeSealed,
  nextLink,
  verifyChain,
  type ChainLink,
  type SealedRecordSet,
} from './ledger';
import type { Provenance } from './records/ledger';

/** What a record on this machine before signing is labelled, until HR reviews it. */
export const BEFORE_SIGNING: Provenance = {
  status: 'before-signing',
  source: null,
  reasons: [],
  review: null,
};

/**
 * The links a profile's chain gains when the database upgrades to seal 2 (schema v6), appended
 * after its head so nothing already written changes:
 * - a record whose seal-1 link still verifies, in a chain with no broken link, is sealed again
 *   whole (transcript, turn grades and titles included), as this machine's own record;
 * - a record that was never sealed here (merged from a bundle before signing existed) is sealed
 *   with the label "merged before signing", and keeps counting until HR reviews it;
 * - a record that no longer matches its seal, or any record of a broken chain, is left as it is,
 *   so Verify keeps saying so.
 * Demo calls are left unsealed: they are rebuilt when first opened.
 */
export function upgradeLinks(
  profileId: string,
  links: readonly ChainLink[],
  recordSets: readonly SealedRecordSet[],
  at: number,
): ChainLink[] {
  const problems = verifyChain(links, recordSets);
  const chainBroken = problems.some((p) => p.problem === 'broken-link');
  const untrusted = new Set(
    problems.flatMap((p) => (p.problem === 'altered-record' ? [`${p.kind}:${p.recordId}`] : [])),
  );
  const sealed = new Set(links.map((l) => `${l.kind}:${l.recordId}`));
  const added: ChainLink[] = [];
  let head = [...links].sort((a, b) => a.seq - b.seq).at(-1) ?? null;
  for (const { kind, records } of recordSets) {
    for (const record of records) {
      const key = `${kind}:${record.id}`;
      if (!mustBeSealed(kind, record) || isDemoId(record.id)) continue;
      const wasSealed = sealed.has(key);
      if (wasSealed && (chainBroken || untrusted.has(key))) continue;
      const link = nextLink(
        head,
        profileId,
        kind,
        record,
        at,
        wasSealed ? {} : { provenance: BEFORE_SIGNING },
      );
      added.push(link);
      head = link;
    }
  }
  return added;
}

import type { ChainLink } from './ledger';
import type { Provenance } from './records/ledger';

/**
 * Whether a record sealed with this provenance counts toward scores, summaries and certificates:
 * this machine's own records (no provenance), genuine and accepted ones, and those merged before
 * signing until HR reviews them. Unverified and refused records count toward nothing.
 */
export function counts(provenance: Provenance | undefined): boolean {
  return (
    provenance === undefined ||
    provenance.status === 'genuine' ||
    provenance.status === 'accepted' ||
    provenance.status === 'before-signing'
  );
}

/** The latest link of each record in some links (a later link supersedes earlier ones). */
export function latestLinks(links: readonly ChainLink[]): Map<string, ChainLink> {
  const latest = new Map<string, ChainLink>();
  for (const link of [...links].sort((a, b) => a.seq - b.seq)) {
    latest.set(`${link.kind}:${link.recordId}`, link);
  }
  return latest;
}

/** The ids of records whose latest seal says they count toward nothing. */
export function uncountedIds(links: readonly ChainLink[]): Set<string> {
  const ids = new Set<string>();
  for (const link of latestLinks(links).values()) {
    if (!counts(link.provenance)) ids.add(link.recordId);
  }
  return ids;
}

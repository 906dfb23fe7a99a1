import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../engine/content-hash';
import {
  CURRENT_SEAL,
  GENESIS_HASH,
  linkHash,
  type ChainLink,
  type SealableRecord,
  type SealedKind,
} from '../../engine/ledger';
import { STAFF_ROLES, type StaffRole } from '../../engine/records/ledger';
import { isOperator, isUnlocked } from '../session/tab-session';

/**
 * canonicalJson of a demo record, built faster: the large parts of demo calls (the case title, the
 * ending's summary, the score, the replies) are shared by thousands of calls, so each one's
 * canonical text is made once and reused. The text is exactly canonicalJson's: keys sorted by code
 * unit, undefined fields left out, every value written as canonicalJson writes it.
 */
export function sharedCanonical(): (record: SealableRecord) => string {
  const texts = new WeakMap<object, string>();
  const valueText = (value: unknown): string => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    let text = texts.get(value);
    if (text === undefined) {
      text = canonicalJson(value);
      texts.set(value, text);
    }
    return text;
  };
  return (record) => {
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${valueText(record[k])}`).join(',')}}`;
  };
}

/** The staff roles unlocked in this tab, as every seal made here records them. */
export const sealingRoles = (): StaffRole[] =>
  STAFF_ROLES.filter((role) => isOperator() || isUnlocked(role));

export interface DemoSealInput {
  kind: SealedKind;
  record: SealableRecord;
}

/**
 * One person's whole chain, sealed in order from the genesis: the same links the ledger's
 * `nextLink` makes one at a time (seal 2 over the whole record, the roles unlocked), made in bulk
 * so 50,000 demo calls are sealed in about a second rather than hashed field by field.
 */
export function sealChain(
  profileId: string,
  records: readonly DemoSealInput[],
  at: number,
  canonical: (record: SealableRecord) => string,
  roles: readonly StaffRole[],
): ChainLink[] {
  const links: ChainLink[] = [];
  let prevHash = GENESIS_HASH;
  for (const { kind, record } of records) {
    const body = {
      kind,
      recordId: record.id,
      recordHash: bytesToHex(sha256(utf8ToBytes(canonical(record)))),
      prevHash,
      seal: CURRENT_SEAL as ChainLink['seal'],
      ...(roles.length > 0 ? { roles: [...roles].sort() } : {}),
    };
    const link: ChainLink = { profileId, seq: links.length + 1, ...body, hash: linkHash(body), at };
    links.push(link);
    prevHash = link.hash;
  }
  return links;
}

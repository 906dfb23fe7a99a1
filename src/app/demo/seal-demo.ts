import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../engine/content-hash';
import {
  CURRENT_SEAL,
  GENESIS_HASH,
  type ChainLink,
  type SealableRecord,
  type SealedKind,
} from '../../engine/ledger';
import { STAFF_ROLES, type StaffRole } from '../../engine/records/ledger';
import { isOperator, isUnlocked } from '../session/tab-session';

/**
 * canonicalJson of a demo record, built faster: the large parts of demo calls (the case title, the
 * ending's summary, the score, the replies) are shared by thousands of calls, so each one's
 * canonical text is made once and reused; and the calls all have the same fields, so their keys are
 * sorted once per set of fields. The text is exactly canonicalJson's: keys sorted by code unit,
 * undefined fields left out, every value written as canonicalJson writes it.
 */
export function sharedCanonical(): (record: SealableRecord) => string {
  const texts = new WeakMap<object, string>();
  // Per set of fields (in the record's own order): its keys sorted, each with its `"key":` text.
  const shapes = new Map<string, Array<[string, string]>>();
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
    const keys = Object.keys(record);
    const signature = keys.join('\u0000');
    let sorted = shapes.get(signature);
    if (sorted === undefined) {
      sorted = keys
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((k): [string, string] => [k, `${JSON.stringify(k)}:`]);
      shapes.set(signature, sorted);
    }
    let text = '';
    for (const [key, prefix] of sorted) {
      const value = record[key];
      if (value === undefined) continue;
      text += `${text === '' ? '{' : ','}${prefix}${valueText(value)}`;
    }
    return text === '' ? '{}' : `${text}}`;
  };
}

/** The staff roles unlocked in this tab, as every seal made here records them. */
export const sealingRoles = (): StaffRole[] =>
  STAFF_ROLES.filter((role) => isOperator() || isUnlocked(role));

export interface DemoSealInput {
  kind: SealedKind;
  record: SealableRecord;
}

/** Encodes into one reused buffer: 100,000 hashes would otherwise allocate two arrays each. */
function textHasher(): (text: string) => string {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(4096);
  return (text) => {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, buffer);
    return bytesToHex(sha256(buffer.subarray(0, written)));
  };
}

/**
 * One person's whole chain, sealed in order from the genesis: the same links the ledger's
 * `nextLink` makes one at a time (seal 2 over the whole record, the roles unlocked), made in bulk.
 * A link's own hash is `linkHash`'s: the canonical JSON of an array of strings, a number and the
 * sorted roles, which plain JSON.stringify writes identically (no object keys to sort, no
 * provenance on a demo link), so it is written directly rather than through the sorting replacer.
 */
export function sealChain(
  profileId: string,
  records: readonly DemoSealInput[],
  at: number,
  canonical: (record: SealableRecord) => string,
  roles: readonly StaffRole[],
): ChainLink[] {
  const hash = textHasher();
  const sortedRoles = [...roles].sort();
  const links: ChainLink[] = [];
  let prevHash = GENESIS_HASH;
  for (const { kind, record } of records) {
    const recordHash = hash(canonical(record));
    const linkText = JSON.stringify([
      prevHash,
      kind,
      record.id,
      recordHash,
      CURRENT_SEAL,
      sortedRoles,
      null,
    ]);
    const link: ChainLink = {
      profileId,
      seq: links.length + 1,
      kind,
      recordId: record.id,
      recordHash,
      prevHash,
      seal: CURRENT_SEAL,
      ...(sortedRoles.length > 0 ? { roles: sortedRoles } : {}),
      hash: hash(linkText),
      at,
    };
    links.push(link);
    prevHash = link.hash;
  }
  return links;
}

import {
  recordKey,
  recordsBundleSchema,
  repeatedRecords,
  type BundlePack,
  type MergePlan,
  type RecordsBundle,
  type Verdict,
} from '../../engine/records-bundle';
import { fingerprintOf, signatureHolds } from '../../engine/signing';
import { newerRecordsProblem } from '../../engine/records/newer-records';
import { parseChecked } from '../../engine/validation/parse-checked';
import { validateScenarioValue } from '../../engine/validation/validate-pack';
import type { Problem } from '../../engine/validation/problem';
import { listsResolver } from '../../engine/detect/lists-registry';
import type {
  CustomScenarioRecord,
  EnrolledMachineRecord,
  OrganisationListsRecord,
} from '../../storage/records';
import { weighClaims } from './bundle-verdicts';
import { caseFinder, hashedPacks, type HashedPack } from './replay-claims';

/** A bundle's bytes and what of this machine weighing it needs, read by the page beforehand. */
export interface BundleReadRequest {
  bytes: ArrayBuffer;
  enrolled: readonly EnrolledMachineRecord[];
  importedCases: readonly CustomScenarioRecord[];
  /** The organisation phrase lists kept here (before the bundle's own, which fill the gaps). */
  organisationLists: readonly OrganisationListsRecord[];
}

/**
 * How far a bundle's check has come, for the panel to show while it works: reading the file
 * (bytes, shapes), its signature, then record after record weighed (replayed, re-scored), then the
 * plan against this machine's records.
 */
export type BundleProgress =
  | { step: 'reading' | 'signature' | 'planning' }
  | { step: 'weighing'; done: number; total: number };

export type BundleRead =
  | {
      ok: true;
      bundle: RecordsBundle;
      source: MergePlan['source'];
      verdicts: Map<string, Verdict>;
      /** The packs the bundle's weighed calls were played on that this machine may keep. */
      playedPacks: BundlePack[];
    }
  | { ok: false; problems: Problem[] };

/** Who signed the bundle, as far as this machine can tell from the machines HR enrolled. */
async function sourceOf(
  bundle: RecordsBundle,
  raw: Record<string, unknown>,
  enrolled: readonly EnrolledMachineRecord[],
): Promise<MergePlan['source']> {
  const { source, signature } = bundle;
  if (!source || signature === undefined) return { state: 'unsigned', machine: null };
  const machine = { fingerprint: source.fingerprint, label: '' };
  const holds =
    (await fingerprintOf(source.publicKey)) === source.fingerprint &&
    (await signatureHolds(source.publicKey, raw, signature));
  if (!holds) return { state: 'bad-signature', machine };
  const known = enrolled.find((m) => m.fingerprint === source.fingerprint);
  if (!known) return { state: 'unknown-source', machine };
  const named = { ...machine, label: known.label };
  // Withdrawn is withdrawn whenever the bundle says it was made: nothing here can tell when it
  // really was signed, and a lost machine's key can still sign today.
  return known.withdrawal
    ? { state: 'withdrawn', machine: named, withdrawal: known.withdrawal }
    : { state: 'enrolled', machine: named };
}

/**
 * Everything about a bundle that costs time on a large or hostile file, and so runs in the check
 * worker: the bytes and every record's shape, no record twice, the signature, and every record
 * weighed as a claim (each call replayed on its own case version, each sitting re-scored).
 */
export async function readBundle(
  { bytes, enrolled, importedCases, organisationLists }: BundleReadRequest,
  report: (progress: BundleProgress) => void = () => {},
): Promise<BundleRead> {
  report({ step: 'reading' });
  const data = new Uint8Array(bytes);
  // Bytes through the imported-file front door: strict UTF-8, a byte-order mark dropped.
  const result = parseChecked(data, recordsBundleSchema, undefined, newerRecordsProblem);
  if (!result.ok) return result;
  const bundle = result.value;
  const repeated = repeatedRecords(bundle);
  if (repeated.length > 0) return { ok: false, problems: repeated };
  // The file parsed as checked JSON above; the signature covers it exactly as it was written.
  report({ step: 'signature' });
  const raw = JSON.parse(new TextDecoder().decode(data)) as Record<string, unknown>;
  const source = await sourceOf(bundle, raw, enrolled);
  // A typed turn re-derives with the lists it names: kept here, else carried by the bundle. A
  // version kept here with other words than the bundle's wins, so such a turn fails its replay.
  const lists = listsResolver([...organisationLists, ...bundle.organisationLists]);
  const packs = await hashedPacks(bundle.packs);
  const verdicts = await weighClaims(
    bundle,
    source.state,
    caseFinder(packs, importedCases),
    lists,
    (done, total) => report({ step: 'weighing', done, total }),
  );
  return { ok: true, bundle, source, verdicts, playedPacks: playedPacks(bundle, packs, verdicts) };
}

/**
 * The bundle's packs that its merged calls (genuine or unverified) were played on, each checked as a case kept from
 * a backup is: its content must hash to the version it claims and pass the library's graph checks
 * (caps, links, cycles, the number of paths), since HR's machine keeps it and draws its map.
 */
function playedPacks(
  bundle: RecordsBundle,
  packs: readonly HashedPack[],
  verdicts: ReadonlyMap<string, Verdict>,
): BundlePack[] {
  const played = new Set(
    bundle.attempts
      .filter((a) => {
        const status = verdicts.get(recordKey('attempts', a.id))?.status;
        return status === 'genuine' || status === 'unverified';
      })
      .map((a) => `${a.scenarioId}/${a.contentHash}`),
  );
  return packs
    .filter(
      ({ pack, hash }) =>
        hash === pack.contentHash &&
        played.has(`${pack.scenario.id}/${hash}`) &&
        validateScenarioValue(pack.scenario).length === 0,
    )
    .map(({ pack }) => pack);
}

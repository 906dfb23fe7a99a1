import { DEFAULT_PROGRAM, parseProgram } from '../../engine/certification/program';
import { listsResolver } from '../../engine/detect/lists-registry';
import { checkBackupContent } from '../../engine/validation/check-backup-content';
import { loadScenario } from '../../scenarios/load-scenario';
import { readBackup, type BackupCheck as StoredCheck } from '../../storage/backup';
import type {
  CustomScenarioRecord,
  OrganisationListsRecord,
  ProgramRecord,
} from '../../storage/records';
import { weighBackup, type RestoreTrust } from './restore-trust';

/** A checked backup, with what restoring it will not take at its word (see weighBackup). */
export type BackupCheck =
  | (Extract<StoredCheck, { ok: true }> & { trust: RestoreTrust })
  | Extract<StoredCheck, { ok: false }>;

/** The file, and what of this machine weighing it needs: the worker has no database. */
export interface BackupReadRequest {
  bytes: ArrayBuffer;
  importedCases: CustomScenarioRecord[];
  organisationLists: OrganisationListsRecord[];
  programs: ProgramRecord[];
}

/**
 * Everything about a backup that needs nothing from the database, and so runs in the check
 * worker: the bytes, every row's shape and chain, what holds across rows (one 工号 once, every
 * stored case playable within the caps), then every call replayed and every certificate checked
 * (weighBackup): on a large or hostile file this is what costs time, never the page's.
 */
export async function readBackupBytes(request: BackupReadRequest): Promise<BackupCheck> {
  const check = readBackup(new Uint8Array(request.bytes));
  if (!check.ok) return check;
  const problems = checkBackupContent(check.backup.tables);
  if (problems.length > 0) return { ok: false, problems };
  return { ...check, trust: await weighWith(check, request) };
}

async function weighWith(
  check: Extract<StoredCheck, { ok: true }>,
  { importedCases, organisationLists, programs }: BackupReadRequest,
): Promise<RestoreTrust> {
  const { tables } = check.backup;
  // Only the programs' core cases have a difficulty criterion: a released case's, else a kept one's.
  const core = new Set(
    [
      DEFAULT_PROGRAM,
      ...[...programs, ...tables.programs].map((p) => parseProgram(p.program)),
    ].flatMap((program) => program?.coreScenarioIds ?? []),
  );
  const kept = [...importedCases, ...tables.scenarios];
  const difficulty = new Map<string, number>();
  for (const id of core) {
    const found = (await loadScenario(id)) ?? kept.find((c) => c.id === id)?.scenario;
    if (found) difficulty.set(id, found.difficulty);
  }
  return weighBackup(check.backup, check.verification, {
    importedCases,
    lists: listsResolver([...organisationLists, ...tables.organisationLists]),
    scenarios: [...difficulty].map(([id, d]) => ({ id, difficulty: d })),
    programs,
  });
}

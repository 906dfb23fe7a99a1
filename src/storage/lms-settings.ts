import { database } from './database';
import type { SettingRecord } from './records';

/** Where statements go when the app is not launched by a cmi5 LMS. */
export interface LrsSettings {
  /** The LRS's xAPI base, e.g. https://lrs.example.com/xAPI/ (statements are PUT under it). */
  endpoint: string;
  /** Basic-auth key and secret the LRS issued for this app. */
  key: string;
  secret: string;
  /** The organisation's IRI: learners are accounts under it, activities and extensions too. */
  homePage: string;
}

export const LRS_SETTING_KEY = 'lrs';

/** A reserved (RFC 2606) IRI until HR enters the organisation's own. */
export const DEFAULT_HOME_PAGE = 'https://complaint-desk.invalid';

export const EMPTY_LRS: LrsSettings = {
  endpoint: '',
  key: '',
  secret: '',
  homePage: DEFAULT_HOME_PAGE,
};

export async function getLrsSettings(): Promise<LrsSettings> {
  const stored = await database().settings.get(LRS_SETTING_KEY);
  return { ...EMPTY_LRS, ...(stored?.value as Partial<LrsSettings> | undefined) };
}

export async function saveLrsSettings(settings: LrsSettings): Promise<void> {
  await database().settings.put({ key: LRS_SETTING_KEY, value: settings });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A setting as a backup may hold it: the LRS key and secret never leave this machine (with them
 * anyone could write statements into the organisation's record store), so HR enters them again
 * after restoring on another computer.
 */
export function withoutLrsCredentials(row: SettingRecord): SettingRecord {
  if (row.key !== LRS_SETTING_KEY || !isRecord(row.value)) return row;
  return { key: row.key, value: { ...row.value, key: '', secret: '' } };
}

/** A restored setting with this machine's LRS key and secret, which a restore never replaces. */
export function lrsCredentialsKept(
  row: SettingRecord,
  current: SettingRecord | undefined,
): SettingRecord {
  if (row.key !== LRS_SETTING_KEY || !isRecord(row.value)) return row;
  const kept = isRecord(current?.value) ? current.value : {};
  return {
    key: row.key,
    value: { ...row.value, key: kept.key ?? '', secret: kept.secret ?? '' },
  };
}

/**
 * This page's cmi5 launch, while an LMS launched it: one id per page load, since each cmi5 launch
 * is a session of its own that ends when the page goes away. Statements go through that session.
 */
let cmi5Launch: string | null = null;

export function markCmi5Launch(): void {
  cmi5Launch ??= crypto.randomUUID();
}

export const launchedByCmi5 = () => cmi5Launch !== null;

/** The cmi5 launch statements are queued under and sent through now, or null (the LRS). */
export const currentCmi5Launch = () => cmi5Launch;

/** Whether replies should queue statements at all: only when something will receive them. */
export const statementsWantedWith = (settings: LrsSettings): boolean =>
  cmi5Launch !== null || settings.endpoint.trim() !== '';

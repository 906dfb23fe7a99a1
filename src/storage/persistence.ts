export interface StorageStatus {
  /** The browser promised not to evict this site's data. */
  persisted: boolean;
  usage: number | null;
  quota: number | null;
  /** Usage above 80 % of the estimate. */
  nearlyFull: boolean;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = (await storage?.persisted?.()) ?? false;
  const estimate = await storage?.estimate?.();
  const usage = estimate?.usage ?? null;
  const quota = estimate?.quota ?? null;
  return {
    persisted,
    usage,
    quota,
    nearlyFull: usage !== null && quota !== null && quota > 0 && usage / quota >= 0.8,
  };
}

/** Asks the browser to keep this site's data through storage pressure; returns whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}

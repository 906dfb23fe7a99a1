/** How long to wait for the lock before concluding another tab holds it. */
const WAIT_MS = 1500;

/**
 * One open call per trainee across tabs: a Web Lock named after the profile is held while the call
 * screen is open. A short wait lets a tab that is just closing its call hand the lock over. Where
 * Web Locks are missing the call proceeds unguarded.
 */
export async function holdCallLock(
  profileId: string,
): Promise<{ granted: boolean; release: () => void }> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return { granted: true, release: () => undefined };
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const granted = await new Promise<boolean>((answer) => {
    locks
      .request(`complaint-desk:call:${profileId}`, { signal: AbortSignal.timeout(WAIT_MS) }, () => {
        answer(true);
        return held;
      })
      .catch(() => answer(false));
  });
  return { granted, release };
}

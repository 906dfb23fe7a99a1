/**
 * One open call per trainee across tabs: a Web Lock named after the profile is held while the call
 * screen is open. Where Web Locks are missing the call proceeds unguarded.
 */
export async function holdCallLock(profileId: string): Promise<{ granted: boolean; release: () => void }> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return { granted: true, release: () => undefined };
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const granted = await new Promise<boolean>((answer) => {
    void locks.request(`complaint-desk:call:${profileId}`, { ifAvailable: true }, (lock) => {
      answer(lock !== null);
      return lock ? held : undefined;
    });
  });
  return { granted, release };
}

/**
 * Runs work the first screen does not need once the browser has nothing more pressing to do, or
 * after two seconds at the latest. Returns a cancel function.
 */
export function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

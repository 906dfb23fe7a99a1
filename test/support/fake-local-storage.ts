import { vi } from 'vitest';

/**
 * A browser tab's localStorage, which Node does not have (the remembered profile, a draft's rescued
 * copy). Undo with `vi.unstubAllGlobals()`.
 */
export function fakeLocalStorage(): void {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
}

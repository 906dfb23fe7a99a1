/**
 * Remembers where each key of a list was first seen, for the checks that refuse a repeat and point
 * at the first one: given a key and its row's index, the index of an earlier row with that key, or
 * undefined the first time the key comes (that row is then remembered as the first).
 */
export function firstSeen(): (key: string, at: number) => number | undefined {
  const seen = new Map<string, number>();
  return (key, at) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, at);
    return first;
  };
}

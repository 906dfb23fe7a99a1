import { useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/** Runs an async load, again whenever `key` changes. */
export function useLoaded<T>(load: () => Promise<T>, key: string) {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    let live = true;
    latest.current().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return result;
}

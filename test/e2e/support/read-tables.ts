import type { Page } from '@playwright/test';

/** A stored row as IndexedDB holds it: whatever the app wrote, unchecked. */
export type Row = Record<string, unknown>;

/** Every object store of the app's database, by name, each with all its rows. */
export type Tables = Record<string, Row[]>;

/**
 * Reads every table of the app's database straight from IndexedDB in one read-only transaction,
 * without the app's code, so a bug in the storage layer cannot hide itself behind the same code
 * reading it back. Call it once the app has opened the database (opening a missing database here
 * would create an empty one).
 */
export function readTables(page: Page): Promise<Tables> {
  return page.evaluate(
    () =>
      new Promise<Tables>((resolve, reject) => {
        const open = indexedDB.open('complaint-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          const tx = db.transaction(stores, 'readonly');
          const out: Tables = {};
          for (const store of stores) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => (out[store] = all.result as Row[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** How many rows the tables hold, for the figures in the README. */
export const rowCount = (tables: Tables) =>
  Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);

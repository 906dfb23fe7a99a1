import { ComplaintDeskDatabase, useDatabase } from '../../src/storage/database';

/** A fresh, empty database for one test. */
export async function freshDatabase(): Promise<ComplaintDeskDatabase> {
  const db = new ComplaintDeskDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  useDatabase(db);
  return db;
}

import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import { answeredCall } from '../../../src/engine/conversation';
import { contentHash } from '../../../src/engine/content-hash';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { storeImportedCases } from '../../../src/storage/import-pack';
import { useKeyDatabase } from '../../../src/storage/installation-key';
import { freshDatabase } from '../../storage/setup-db';

/**
 * A new installation for the records tests: its own database and its own signing key. The case is
 * imported here, so a bundle carries it as a pack for the merge to replay.
 */
export async function installation(scenario: Scenario, keyName = `key-${crypto.randomUUID()}`) {
  useKeyDatabase(keyName);
  const db = await freshDatabase();
  await storeImportedCases(
    [{ id: scenario.id, scenario, contentHash: await contentHash(scenario), importedAt: 1 }],
    [],
    1,
  );
  return db;
}

/** One finished call of the fake case (its replies calm, ask, fix) for this person. */
export async function finishedCall(scenario: Scenario, profileId: string) {
  let attempt = await beginCall(profileId, scenario);
  let call = answeredCall(scenario);
  for (const id of ['calm', 'ask', 'fix']) {
    ({ attempt, call } = await recordReply(attempt, scenario, call, id));
  }
  return attempt;
}

import { describe, expect, it } from 'vitest';
import { newerRecordsProblem } from '../../../src/engine/records/newer-records';
import { RECORDS_SCHEMA_VERSION } from '../../../src/engine/records/schema-version';

describe('a file from a newer version of the app', () => {
  it('is named only when it declares newer records than this app knows', () => {
    expect(newerRecordsProblem({ schemaVersion: RECORDS_SCHEMA_VERSION })).toBeNull();
    expect(newerRecordsProblem({})).toBeNull();
    expect(newerRecordsProblem('text')).toBeNull();
    expect(newerRecordsProblem({ schemaVersion: '99' })).toBeNull();
    expect(newerRecordsProblem({ schemaVersion: RECORDS_SCHEMA_VERSION + 1 })).toMatchObject({
      path: '$.schemaVersion',
      message: expect.stringContaining(`records version ${RECORDS_SCHEMA_VERSION + 1}`),
    });
  });
});

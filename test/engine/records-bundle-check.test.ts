import { describe, expect, it } from 'vitest';
import { RECORDS_BUNDLE_FORMAT, recordsBundleSchema } from '../../src/engine/records-bundle';
import { RECORDS_SCHEMA_VERSION } from '../../src/engine/records/schema-version';
import { parseChecked } from '../../src/engine/validation/parse-checked';
import { exampleRows } from './records/example-rows';

/** A bundle with one good row in every table it carries. */
function goodBundle() {
  const rows = exampleRows();
  return {
    format: RECORDS_BUNDLE_FORMAT,
    formatVersion: 1,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    exportedAt: 1,
    profiles: [rows.profiles],
    attempts: [rows.attempts],
    awards: [rows.awards],
    observations: [rows.observations],
    overrides: [rows.overrides],
    quizAttempts: [rows.quizAttempts],
    ledger: [rows.ledger],
  };
}
type Bundle = ReturnType<typeof goodBundle>;

const check = (bundle: unknown) => parseChecked(JSON.stringify(bundle), recordsBundleSchema);

describe('checking a records bundle', () => {
  it('accepts a bundle whose every row has its table’s shape', () => {
    const result = check(goodBundle());
    expect(result.ok).toBe(true);
  });

  it.each<[string, (b: Bundle) => void]>([
    ['$.profiles[0].employeeId', (b) => (b.profiles[0]!.employeeId = '工号 1024')],
    ['$.attempts[0].score.total', (b) => (b.attempts[0]!.score!.total = 101)],
    ['$.attempts[0].turns[0].mood.anger', (b) => (b.attempts[0]!.turns[0]!.mood.anger = -1)],
    ['$.attempts[0].scoringModel', (b) => (b.attempts[0]!.scoringModel = 0)],
    [
      '$.awards[0].evidence.attemptIds',
      (b) => Object.assign(b.awards[0]!.evidence, { attemptIds: 'a1' }),
    ],
    [
      '$.observations[0].checklist[0].met',
      (b) => Object.assign(b.observations[0]!.checklist[0]!, { met: 'yes' }),
    ],
    ['$.overrides[0].reason', (b) => (b.overrides[0]!.reason = '')],
    ['$.quizAttempts[0].answers.i1', (b) => Object.assign(b.quizAttempts[0]!.answers, { i1: 'a' })],
    ['$.ledger[0].seq', (b) => (b.ledger[0]!.seq = 0)],
    ['$.ledger[0].kind', (b) => Object.assign(b.ledger[0]!, { kind: 'memo' })],
    ['$.schemaVersion', (b) => (b.schemaVersion = RECORDS_SCHEMA_VERSION + 1)],
  ])('refuses a malformed row, located at %s', (path, spoil) => {
    const bundle = goodBundle();
    spoil(bundle);
    const result = check(bundle);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual([path]);
  });

  it('refuses a field no stored row has', () => {
    const bundle = goodBundle();
    Object.assign(bundle.observations[0]!, { grade: 'A' });
    const result = check(bundle);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('$.observations[0]');
  });

  it('reads a format-1 bundle that declares no schema version as schema v4, migrating its calls', () => {
    const bundle: Record<string, unknown> = goodBundle();
    delete bundle.schemaVersion;
    const { scoringModel: _model, certification: _certification, ...v4 } = exampleRows().attempts;
    bundle.attempts = [v4];
    const result = check(bundle);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.attempts[0]).toEqual(exampleRows().attempts);
    expect(result.value.schemaVersion).toBe(RECORDS_SCHEMA_VERSION);
  });
});

import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../storage/setup-db';
import { exportAttemptsCsv, type AttemptLabels } from '../../../src/app/hr/exports';
import { loadDemoOrganization } from '../../../src/app/demo/demo-org';
import { toCsv } from '../../../src/engine/csv';
import { attemptRow } from '../../../src/engine/hr-csv';
import { attemptsByPerson } from '../../../src/storage/hr-exports';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';

const labels: AttemptLabels = {
  title: (t) => t['zh-CN'],
  status: (s) => `状态:${s}`,
  outcome: (o) => `结果:${o}`,
};
const header = ['工号', '姓名', '案例', 'a,b', '"quoted"'];

/** The calls CSV as the export made it before it streamed: every call read at once, one string. */
async function exportedAtOnce(db: ComplaintDeskDatabase): Promise<Uint8Array> {
  const profiles = new Map((await db.profiles.toArray()).map((p) => [p.id, p]));
  const overrides = new Map(
    (await db.overrides.toArray()).sort((a, b) => a.at - b.at).map((o) => [o.attemptId, o]),
  );
  const rows = (await db.attempts.orderBy('profileId').toArray()).map((a) =>
    attemptRow({
      employeeId: profiles.get(a.profileId)?.employeeId ?? '',
      name: profiles.get(a.profileId)?.name ?? '',
      scenarioTitle: labels.title(a.scenarioTitle),
      scenarioVersion: a.scenarioVersion,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      status: labels.status(a.status),
      outcome: a.outcome ? labels.outcome(a.outcome) : '',
      total: a.score?.total ?? null,
      scoringModel: a.scoringModel,
      dimensions: a.score?.dimensions ?? null,
      practice: a.practice ?? false,
      attemptId: a.id,
      override: overrides.get(a.id) ?? null,
    }),
  );
  return new TextEncoder().encode(toCsv(header, rows));
}

async function seeded() {
  const db = await freshDatabase();
  await loadDemoOrganization(() => {}, { people: 45, attempts: 450 });
  // Names a spreadsheet must not run or split, and a call regraded twice (the latest stands).
  const [first, second] = await db.profiles.limit(2).toArray();
  await db.profiles.update(first!.id, { name: '=HYPERLINK("x"),王' });
  await db.profiles.update(second!.id, { name: '李 "小" 明' });
  const call = (await db.attempts.where('profileId').equals(first!.id).first())!;
  const regrade = {
    attemptId: call.id,
    profileId: call.profileId,
    originalTotal: 50,
    by: '张老师',
  };
  await db.overrides.bulkPut([
    { ...regrade, id: 'o1', total: 60, reason: '先给的', at: 1_000 },
    { ...regrade, id: 'o2', total: 80, reason: '复核后, 改为 "80"', at: 2_000 },
  ]);
  return db;
}

describe('the calls CSV', () => {
  it('is written in parts whose bytes are exactly the CSV made at once', async () => {
    const db = await seeded();
    const blob = await exportAttemptsCsv(header, labels);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes).toEqual(await exportedAtOnce(db));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(450 + 2);
    expect(text).toContain(`'=HYPERLINK(""x""),王`);
    expect(text).toContain(',80,"复核后, 改为 ""80""",张老师,');
  });

  it('reads the calls a range of people at a time, in the order of the whole table', async () => {
    const db = await seeded();
    const chunks: string[][] = [];
    for await (const calls of attemptsByPerson(20)) chunks.push(calls.map((a) => a.id));
    // 45 people: 20, 20 and 5 of them, about ten calls each.
    expect(chunks).toHaveLength(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(450);
    expect(chunks.flat()).toEqual(
      (await db.attempts.orderBy('profileId').toArray()).map((a) => a.id),
    );
  });
});

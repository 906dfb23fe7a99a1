import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../storage/setup-db';
import { exportAttemptsCsv, type AttemptLabels } from '../../../src/app/hr/exports';
import { loadDemoOrganization } from '../../../src/app/demo/demo-org';
import { toCsv } from '../../../src/engine/csv';
import { attemptRow } from '../../../src/engine/hr-csv';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';

const labels: AttemptLabels = {
  title: (t) => t['zh-CN'],
  status: (s) => `状态:${s}`,
  outcome: (o) => `结果:${o}`,
};
const header = ['工号', '姓名', '案例', 'a,b', '"quoted"'];

/** The calls CSV made at once: every call read in id order, one string. */
async function exportedAtOnce(db: ComplaintDeskDatabase): Promise<Uint8Array> {
  const profiles = new Map((await db.profiles.toArray()).map((p) => [p.id, p]));
  const overrides = new Map(
    (await db.overrides.toArray()).sort((a, b) => a.at - b.at).map((o) => [o.attemptId, o]),
  );
  const rows = (await db.attempts.toArray()).map((a) =>
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

  it('makes the same bytes whatever the size of its parts: seven calls, 449, 450 or 451 at a time', async () => {
    const db = await seeded();
    const atOnce = await exportedAtOnce(db);
    for (const size of [7, 449, 450, 451]) {
      const blob = await exportAttemptsCsv(header, labels, size);
      expect(new Uint8Array(await blob.arrayBuffer())).toEqual(atOnce);
    }
  });

  it('asks the translator for each status and outcome once, however many calls carry it', async () => {
    const db = await seeded();
    const asked: string[] = [];
    const blob = await exportAttemptsCsv(header, {
      title: labels.title,
      status: (s) => (asked.push(`status:${s}`), labels.status(s)),
      outcome: (o) => (asked.push(`outcome:${o}`), labels.outcome(o)),
    });
    expect(asked).toEqual([...new Set(asked)]);
    const calls = await db.attempts.toArray();
    const distinct = new Set([
      ...calls.map((a) => `status:${a.status}`),
      ...calls.flatMap((a) => (a.outcome ? [`outcome:${a.outcome}`] : [])),
    ]);
    expect(new Set(asked)).toEqual(distinct);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(await exportedAtOnce(db));
  });

  it('writes a call whose person is gone with an empty 工号 and name, not a failed export', async () => {
    const db = await seeded();
    const orphan = (await db.attempts.orderBy('id').last())!;
    await db.profiles.delete(orphan.profileId);
    const text = await (await exportAttemptsCsv(header, labels)).text();
    const row = text.split('\r\n').find((line) => line.endsWith(`,${orphan.id}`));
    expect(row?.startsWith(',,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(450 + 2);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayChoices } from '../../src/engine/replay';
import { fakeScenario } from '../fakes';

function sim(...args: string[]) {
  const run = spawnSync('node', ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sim-agree-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const pack = write(
  'fake.pack.json',
  JSON.stringify({
    format: 'complaint-desk-pack',
    formatVersion: 1,
    scenarios: [fakeScenario()],
    media: {},
  }),
);

/** Bands around what the engine gives the recommended reply, so the figures hold for any model. */
const calmGrade = replayChoices(fakeScenario(), ['calm']).turns[0]!.grade.grade;
const scale = { in: [calmGrade, calmGrade], out: calmGrade > 50 ? [0, 10] : [90, 100] };

const gradeFile = {
  case: 'fake-call',
  caseVersion: 1,
  scale,
  replies: [{ node: 'opening', prefix: [], grades: { calm: { band: 'in' }, fix: { band: 'in' } } }],
  transcripts: [
    {
      id: 'T1',
      choices: ['calm', 'ask', 'fix'],
      band: 'in',
      score: 95,
      outcome: 'resolved-satisfied',
      dimensions: {},
    },
  ],
  pairs: [{ id: 'P1', prefix: [], better: 'calm', worse: 'argue' }],
};
const grades = write('fake-call.json', JSON.stringify(gradeFile));

/** Each test starts Node with tsx: seconds on a busy two-core machine. */
const CLI_TIMEOUT_MS = 30_000;

describe('sim agree', { timeout: CLI_TIMEOUT_MS }, () => {
  it('grades a pack case against the expert, with the counts also at the top level', () => {
    const { code, out } = sim('agree', grades, '--pack', pack, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as Record<string, unknown> & { figures: object };
    expect(report.figures).toMatchObject({ repliesInBand: 1, repliesTotal: 2, pairsAgreed: 1 });
    expect(report).toMatchObject(report.figures);
    expect(report.perCase).toEqual({ 'fake-call': report.figures });
    expect(report.unplayable).toEqual([
      {
        case: 'fake-call',
        kind: 'reply',
        id: 'opening/fix',
        atChoice: 'fix',
        reason: expect.stringContaining('reply "fix" is not available at node "opening"'),
      },
    ]);
    expect(report).toHaveProperty('disagreements');
    expect(report.outcomeInversions).toEqual([]);
    expect(report.versionWarnings).toEqual([]);
  });

  it('grades against the bundled library without --pack, and prints a summary', () => {
    const { code, out } = sim('agree', grades);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^fake-call: replies in band 0\/2 \(0 %\), within one band 0\/2/);
    expect(lines[1]).toMatch(/^overall: /);
    expect(lines[2]).toBe(
      'disagreements 0, unplayable 4, outcome inversions 0, version warnings 0',
    );
  });

  it('refuses bad input with located problems and exit code 2', () => {
    const broken = write('broken.json', '{\n  "case": "fake-call",\n}');
    const wrongBand = write(
      'wrong-band.json',
      JSON.stringify({ ...gradeFile, transcripts: [{ ...gradeFile.transcripts[0], band: 'Z' }] }),
    );
    const missing = join(dir, 'missing.json');
    const { code, out } = sim('agree', broken, wrongBand, missing, '--pack', broken);
    expect(code).toBe(2);
    expect(out.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${broken}: \\$: invalid JSON at 3:1`)),
      `${wrongBand}: $.transcripts[0].band: band "Z" is not in the scale`,
      `${missing}: $: cannot read (ENOENT)`,
      expect.stringMatching(new RegExp(`^${broken}: \\$: invalid JSON at 3:1`)),
    ]);
  });

  it('needs at least one grade file', () => {
    expect(sim('agree', '--json')).toMatchObject({ code: 2 });
  });
});

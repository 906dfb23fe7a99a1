import { describe, expect, it } from 'vitest';
import { readGradeFile } from '../../../src/engine/calibration/grade-file';

const gradeFile = () => ({
  case: 'fake-call',
  caseVersion: 1,
  scale: { A: [75, 100], B: [40, 74], C: [0, 39] },
  replies: [{ node: 'opening', prefix: [], grades: { calm: { band: 'A', why: 'mood first' } } }],
  transcripts: [
    {
      id: 'T1',
      choices: ['calm', 'ask', 'fix'],
      band: 'A',
      score: 95,
      outcome: 'resolved-satisfied',
      dimensions: { listen: 90, expectations: null },
      why: 'the model call',
    },
  ],
  pairs: [{ id: 'P1', prefix: [], better: 'calm', worse: 'argue', why: 'never argue' }],
});

const problemsOf = (value: unknown) => {
  const read = readGradeFile(JSON.stringify(value));
  return read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('reading an expert grade file', () => {
  it('reads a file in the corpus format', () => {
    const read = readGradeFile(JSON.stringify(gradeFile()));
    expect(read.ok).toBe(true);
    if (read.ok)
      expect(read.value.transcripts[0]!.dimensions).toEqual(gradeFile().transcripts[0]!.dimensions);
  });

  it('locates malformed JSON by line and column', () => {
    const read = readGradeFile('{\n  "case": "fake-call",\n  oops\n}');
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems[0]).toMatchObject({
        path: '$',
        message: expect.stringMatching(/^invalid JSON at 3:3/),
      });
  });

  it('locates a missing or mistyped field', () => {
    const file: Record<string, unknown> = gradeFile();
    delete file.caseVersion;
    (file.transcripts as Array<Record<string, unknown>>)[0]!.outcome = 'delighted';
    const problems = problemsOf(file);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^\$\.caseVersion: /);
    expect(problems[1]).toMatch(/^\$\.transcripts\[0\]\.outcome: /);
  });

  it('refuses a dimension the rubric does not have', () => {
    const file = gradeFile();
    (file.transcripts[0]!.dimensions as Record<string, unknown>).charm = 80;
    expect(problemsOf(file)).toEqual([expect.stringMatching(/^\$\.transcripts\[0\]\.dimensions/)]);
  });

  it('refuses a band that is not in the scale, where it is used', () => {
    const file = gradeFile();
    file.replies[0]!.grades.calm.band = 'Z';
    file.transcripts[0]!.band = 'AA';
    expect(problemsOf(file)).toEqual([
      '$.replies[0].grades.calm.band: band "Z" is not in the scale',
      '$.transcripts[0].band: band "AA" is not in the scale',
    ]);
  });

  it('refuses overlapping bands and bands that run high to low', () => {
    expect(
      problemsOf({ ...gradeFile(), scale: { A: [70, 100], B: [40, 70], C: [0, 39] } }),
    ).toEqual(['$.scale.A: overlaps band "B"']);
    expect(
      problemsOf({ ...gradeFile(), scale: { A: [100, 75], B: [40, 74], C: [0, 39] } }),
    ).toEqual(['$.scale.A: the lower bound comes first']);
  });

  it('refuses repeated ids and a pair of one reply with itself', () => {
    const file = gradeFile();
    file.transcripts.push({ ...file.transcripts[0]! });
    file.pairs.push({ ...file.pairs[0]!, worse: 'calm' });
    expect(problemsOf(file)).toEqual([
      '$.transcripts[1].id: id "T1" repeats',
      '$.pairs[1].id: id "P1" repeats',
      '$.pairs[1].worse: the same reply as `better`',
    ]);
  });
});

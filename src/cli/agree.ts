import { readFile } from 'node:fs/promises';
import { measureAgreement, type GradeFileInput } from '../engine/calibration/agreement';
import type { Figures } from '../engine/calibration/figures';
import { readGradeFile } from '../engine/calibration/grade-file';
import type { AgreementReport } from '../engine/calibration/report';
import type { Scenario } from '../engine/scenario-schema';
import { findBundledScenario } from '../scenarios/bundled';
import type { CommandResult } from './commands';
import { loadPackFile } from './load-input';

/** Bad input (an unreadable file, invalid JSON, a schema violation) exits 2, as a usage error does. */
const BAD_INPUT = 2;

/**
 * `sim agree`: how closely the engine's grades agree with experts' grade files, each played
 * against the bundled case it names, or against the cases of `--pack`.
 */
export async function agree(
  files: readonly string[],
  packFile: string | undefined,
  asJson: boolean,
): Promise<CommandResult> {
  if (files.length === 0) return { code: BAD_INPUT, out: ['agree needs at least one grade file'] };
  const problems: string[] = [];
  const inputs: GradeFileInput[] = [];
  for (const file of files) {
    const read = await readGrades(file);
    if (read.ok) inputs.push({ file, grades: read.value });
    else problems.push(...read.problems.map((p) => `${file}: ${p.path}: ${p.message}`));
  }
  let findCase: (id: string) => Scenario | undefined = findBundledScenario;
  if (packFile !== undefined) {
    // Calibration measures a case as written (an external case converted as-is, a test case), so
    // it needs a case that plays, not one that meets the library's teaching thresholds.
    const loaded = await loadPackFile(packFile);
    if (loaded.ok) findCase = (id) => loaded.pack.scenarios.find((s) => s.id === id);
    else problems.push(...loaded.problems.map((p) => `${packFile}: ${p.path}: ${p.message}`));
  }
  if (problems.length > 0) return { code: BAD_INPUT, out: problems };

  const report = measureAgreement(inputs, findCase);
  // The counts also sit at the top level, where the repository's stop hook reads them.
  if (asJson) return { code: 0, out: [JSON.stringify({ ...report.figures, ...report }, null, 2)] };
  return { code: 0, out: summary(report) };
}

async function readGrades(file: string) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false as const, problems: [{ path: '$', message: `cannot read (${reason})` }] };
  }
  return readGradeFile(text);
}

const share = (part: number, whole: number) =>
  `${part}/${whole}` + (whole ? ` (${Math.round((100 * part) / whole)} %)` : '');

const figuresLine = (name: string, f: Figures) =>
  [
    `${name}: replies in band ${share(f.repliesInBand, f.repliesTotal)}`,
    `within one band ${share(f.repliesWithinOneBand, f.repliesTotal)}`,
    `transcript pairs ordered ${share(f.transcriptPairsOrdered, f.transcriptPairsTotal)}`,
    `tau-b ${f.kendallTauB ?? '–'}`,
    `totals in band ${share(f.totalsInBand, f.transcriptsTotal)}`,
    `outcomes ${share(f.outcomesMatched, f.transcriptsTotal)}`,
    `pairs agreed ${share(f.pairsAgreed, f.pairsTotal)}`,
    `dimension error ${f.dimensionMeanAbsError ?? '–'}`,
    `coverage ${f.dimensionCoverage === null ? '–' : `${Math.round(100 * f.dimensionCoverage)} %`}`,
  ].join(', ');

function summary(report: AgreementReport): string[] {
  return [
    ...Object.entries(report.perCase).map(([id, f]) => figuresLine(id, f)),
    figuresLine('overall', report.figures),
    `disagreements ${report.disagreements.length}, unplayable ${report.unplayable.length}, outcome inversions ${report.outcomeInversions.length}, version warnings ${report.versionWarnings.length}`,
    ...report.versionWarnings,
  ];
}

import type { Scenario } from '../scenario-schema';
import { addTally, emptyTally, figuresOf, type Tally } from './figures';
import type { GradeFile } from './grade-file';
import { measureFile } from './measure-file';
import type { AgreementReport } from './report';

/** A grade file read and checked, with the name it was read from (for version warnings). */
export interface GradeFileInput {
  file: string;
  grades: GradeFile;
}

/**
 * How closely the engine agrees with the experts' grade files, each played against the case it
 * names as `findCase` gives it (the bundled library, or a pack's cases). Files on the same case add
 * up into that case's figures; the overall figures add up every file, except tau, which is the
 * mean of the files' taus.
 */
export function measureAgreement(
  inputs: readonly GradeFileInput[],
  findCase: (id: string) => Scenario | undefined,
): AgreementReport {
  const report: Omit<AgreementReport, 'figures' | 'perCase'> = {
    outcomeInversions: [],
    unplayable: [],
    disagreements: [],
    versionWarnings: [],
  };
  const perCase = new Map<string, Tally>();
  let overall = emptyTally();
  for (const { file, grades } of inputs) {
    const scenario = findCase(grades.case);
    if (scenario && scenario.version !== grades.caseVersion) {
      report.versionWarnings.push(
        `${file}: case "${grades.case}" was graded at version ${grades.caseVersion} and plays at version ${scenario.version}`,
      );
    }
    const measure = measureFile(grades, scenario);
    report.outcomeInversions.push(...measure.outcomeInversions);
    report.unplayable.push(...measure.unplayable);
    report.disagreements.push(...measure.disagreements);
    perCase.set(grades.case, addTally(perCase.get(grades.case) ?? emptyTally(), measure.tally));
    overall = addTally(overall, measure.tally);
  }
  return {
    figures: figuresOf(overall),
    // fromEntries defines own properties, so a case named "__proto__" stays a plain key.
    perCase: Object.fromEntries([...perCase].map(([id, tally]) => [id, figuresOf(tally)])),
    ...report,
  };
}

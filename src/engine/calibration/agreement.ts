import type { Scenario } from '../scenario-schema';
import { addTally, emptyTally, figuresOf, oneCase, type Tally } from './figures';
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
 * up into that case's figures, and the cases into the overall figures; tau, which only compares
 * calls graded by one expert, is the mean of the files' taus for a case and of the cases' overall.
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
  }
  const overall = [...perCase.values()].map(oneCase).reduce(addTally, emptyTally());
  return {
    figures: figuresOf(overall),
    // fromEntries defines own properties, so a case named "__proto__" stays a plain key.
    perCase: Object.fromEntries([...perCase].map(([id, tally]) => [id, figuresOf(tally)])),
    ...report,
  };
}

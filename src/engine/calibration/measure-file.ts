import type { Scenario } from '../scenario-schema';
import { emptyTally } from './figures';
import type { GradeFile } from './grade-file';
import { measurePairs } from './measure-pairs';
import { measureReplies } from './measure-replies';
import { measureTranscripts } from './measure-transcripts';
import type { FileMeasure, Measuring } from './measuring';

/** Plays every item of a grade file through its case and counts how often the engine agrees. */
export function measureFile(grades: GradeFile, scenario: Scenario | undefined): FileMeasure {
  const measure: FileMeasure = {
    tally: emptyTally(),
    unplayable: [],
    disagreements: [],
    outcomeInversions: [],
  };
  const measuring: Measuring = {
    grades,
    scenario,
    measure,
    missing: { ok: false, atChoice: null, reason: `unknown case "${grades.case}"` },
    miss: (kind, id, why) =>
      measure.unplayable.push({
        case: grades.case,
        kind,
        id,
        atChoice: why.atChoice,
        reason: why.reason,
      }),
  };
  measureReplies(measuring);
  measureTranscripts(measuring);
  measurePairs(measuring);
  return measure;
}

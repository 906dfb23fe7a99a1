import type { Scenario } from '../scenario-schema';
import type { Tally } from './figures';
import type { GradeFile } from './grade-file';
import type { Unplayable } from './play-items';
import type { Disagreement, OutcomeInversion, UnplayableItem } from './report';

/** One grade file measured against the case it names. */
export interface FileMeasure {
  tally: Tally;
  unplayable: UnplayableItem[];
  disagreements: Disagreement[];
  outcomeInversions: OutcomeInversion[];
}

/** What measuring one kind of item needs: the file, its case, and where the results go. */
export interface Measuring {
  grades: GradeFile;
  /** Undefined when the case is not in the library graded against: then nothing plays. */
  scenario: Scenario | undefined;
  measure: FileMeasure;
  /** Why an item of an unknown case cannot be played. */
  missing: Unplayable;
  miss(kind: UnplayableItem['kind'], id: string, why: Unplayable): void;
}

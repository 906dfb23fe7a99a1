import {
  descriptionOf,
  type DescribedProblem as Described,
} from '../../engine/validation/describe-problem';
import { DescribedProblem } from './described-problem';

/**
 * A refused case or pack: what happened, then each problem in a trainer's words (where, what, what
 * to do). `root` is what was checked, when the page has it; a problem described where the file
 * was read (the import worker) brings its own words.
 */
export function CaseProblemList({
  heading,
  problems,
  root,
}: {
  heading: string;
  problems: readonly Described[];
  root?: unknown;
}) {
  return (
    <div role="alert" className="form-error case-problems">
      <p>{heading}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <DescribedProblem described={descriptionOf(p, root)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

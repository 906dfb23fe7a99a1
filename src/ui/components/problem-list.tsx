import type { Problem } from '../../engine/validation/problem';
import './problem-list.css';
import { useProblemWording } from './problem-wording';

/** A refused file: what happened, then each problem at its JSON path and what to do about it. */
export function ProblemList({
  heading,
  problems,
}: {
  heading: string;
  problems: readonly Problem[];
}) {
  const wording = useProblemWording();
  return (
    <div role="alert" className="form-error">
      <p>{heading}</p>
      <ul>
        {problems.map((p, i) => {
          const { words, lang, todo } = wording(p);
          return (
            <li key={i}>
              <code>{p.path}</code> <span lang={lang}>{words}</span>
              {todo && (
                <>
                  {' '}
                  <span className="problem-todo" lang={lang}>
                    {todo}
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

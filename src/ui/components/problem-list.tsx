import type { Problem } from '../../engine/validation/problem';

/** A refused file: what happened, then each problem at its JSON path. */
export function ProblemList({
  heading,
  problems,
}: {
  heading: string;
  problems: readonly Problem[];
}) {
  return (
    <div role="alert" className="form-error">
      <p>{heading}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

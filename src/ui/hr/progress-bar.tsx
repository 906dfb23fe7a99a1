import './progress-bar.css';

/**
 * A bar as wide as its panel, named for what it measures and read out as its value in words
 * ("1,200 / 5,050 条"), not as a bare percentage. Without `done` it shows work under way whose
 * share cannot be told.
 */
export function ProgressBar({
  label,
  done,
  total,
  valueText,
}: {
  label: string;
  done?: number;
  total: number;
  valueText?: string;
}) {
  return (
    <progress
      className="progress-bar"
      aria-label={label}
      aria-valuetext={valueText}
      max={Math.max(1, total)}
      value={done}
    />
  );
}

import { useTranslation } from 'react-i18next';
import type { RosterPerson } from '../../engine/roster';
import { DIMENSIONS } from '../../engine/scoring/dimensions';
import { useLocalized } from '../i18n/use-localized';

/** Light for weak, dark for strong, on one hue so it reads in greyscale too; text flips to stay legible. */
function cellStyle(value: number): React.CSSProperties {
  const lightness = 95 - (value / 100) * 62;
  return {
    background: `hsl(205 70% ${lightness}%)`,
    color: lightness < 55 ? '#fff' : 'var(--ink)',
  };
}

/** People × the seven dimensions: the mean score in each cell, as a number and a shade. */
export function DimensionHeatMap({ people }: { people: readonly RosterPerson[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="table-scroll" role="region" aria-labelledby="heat-title" tabIndex={0}>
      <table className="heat-map">
        <thead>
          <tr>
            <th scope="col">{t('hr.columns.name')}</th>
            {DIMENSIONS.map((d) => (
              <th scope="col" key={d.id}>
                {pick(d.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.profileId}>
              <th scope="row">
                {p.name} <span className="muted small">{p.employeeId}</span>
              </th>
              {DIMENSIONS.map((d) => {
                const value = p.summary?.dimensionMeans[d.id];
                return value === undefined ? (
                  <td key={d.id} className="heat-cell">
                    —
                  </td>
                ) : (
                  <td key={d.id} className="heat-cell" style={cellStyle(value)}>
                    {Math.round(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

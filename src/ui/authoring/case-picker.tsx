import type { CaseSummary } from '../../scenarios/case-summary';
import { CATALOG } from '../../scenarios/catalog.generated';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { importedSummaries } from '../scenario-source';

/** Every case there is to start from: the bundled ones, then those published here. */
export function useAllCases(): CaseSummary[] {
  const imported = useLoaded(importedSummaries, 'imported');
  return [...CATALOG, ...(imported.state === 'ready' ? imported.value : [])];
}

interface CasePickerProps {
  /** The select's id, which its label points at. */
  id: string;
  label: string;
  cases: readonly CaseSummary[];
  /** The chosen case's id; '' while none is. */
  value: string;
  onChange: (id: string) => void;
}

/** A labelled choice of one case, each shown by its title and id. */
export function CasePicker({ id, label, cases, value, onChange }: CasePickerProps) {
  const { pick } = useLocalized();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {pick(c.title)} ({c.id})
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  factsOf,
  lineConditionOf,
  setLineCondition,
  type LineCondition,
} from '../../engine/authoring/fact-operations';
import type { CustomerLine, Scenario } from '../../engine/scenario-schema';
import { useFactLabel } from './fact-label';
import { FieldProblems, useFieldProblems } from './field-problems';
import type { Edit } from './use-draft-editor';

/** One choice of the select: `always`, `when:<fact>` or `unless:<fact>`. */
const encode = (c: LineCondition) => (c.kind === 'always' ? 'always' : `${c.kind}:${c.fact}`);

function decode(value: string): LineCondition | null {
  if (value === 'always') return { kind: 'always' };
  const [kind, fact] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  return kind === 'when' || kind === 'unless' ? { kind, fact } : null;
}

/** When the customer says a line: always, only once a fact is set, or only while it is not. */
export function LineConditionField({
  draft,
  nodeId,
  line,
  index,
  base,
  edit,
}: {
  draft: Scenario;
  nodeId: string;
  line: CustomerLine;
  index: number;
  /** The line's JSON path, e.g. `$.nodes[2].lines[1]`. */
  base: string;
  edit: Edit;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = useFactLabel(draft);
  const current = lineConditionOf(line);
  // The line's own problems (never said on any path) and its condition's (a fact no reply sets).
  const problems = [
    ...useFieldProblems(base, true),
    ...useFieldProblems(`${base}.when`),
    ...useFieldProblems(`${base}.unless`),
  ];
  const options = [
    { value: 'always', label: t('author.facts.always') },
    ...factsOf(draft).flatMap((f) => [
      { value: `when:${f.id}`, label: t('author.facts.when', { fact: label(f.id, true) }) },
      { value: `unless:${f.id}`, label: t('author.facts.unless', { fact: label(f.id, true) }) },
    ]),
  ];
  // Without facts every line is always said: nothing to choose yet.
  if (options.length === 1 && current?.kind === 'always' && problems.length === 0) return null;
  const both =
    current === null
      ? t('author.facts.both', {
          when: label(line.when!.fact, true),
          unless: label(line.unless!.fact, true),
        })
      : null;
  return (
    <div className="field line-condition">
      <label htmlFor={id}>{t('author.facts.lineWhen')}</label>
      <select
        id={id}
        data-field={`${base}.${line.unless && !line.when ? 'unless' : 'when'}`}
        value={current ? encode(current) : 'both'}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length > 0 ? `${id}-p` : undefined}
        onChange={(e) => {
          const condition = decode(e.target.value);
          if (condition) edit((d) => setLineCondition(d, nodeId, index, condition));
        }}
      >
        {both && <option value="both">{both}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-p`} problems={problems} />
    </div>
  );
}

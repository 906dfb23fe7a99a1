import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../engine/validation/describe-problem';
import type { Problem } from '../../engine/validation/problem';
import { useLocalized } from '../i18n/use-localized';

/** The draft's current problems, so a field can say what is wrong with it where it stands. */
export const DraftProblems = createContext<readonly Problem[]>([]);

/** A problem is the field's when it is located at the field or, unless `exact`, inside it. */
const belongs = (path: string, field: string, exact: boolean) =>
  path === field || (!exact && path.startsWith(field) && /^[.[]/.test(path.slice(field.length)));

export function useFieldProblems(field: string, exact = false): Problem[] {
  return useContext(DraftProblems).filter((p) => belongs(p.path, field, exact));
}

/**
 * The problems of one field, in a trainer's words and the interface language, under the field:
 * what is wrong and what to do (the field itself is where). `id` lets the field point at them
 * (aria-describedby), so a screen reader reads them with it.
 */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((p, i) => {
        const { what, todo } = describeProblem(p);
        return (
          <li key={`${p.path}-${i}`}>
            {pick(what)}
            {todo && ` ${t('caseProblems.todo')}${pick(todo)}`}
          </li>
        );
      })}
    </ul>
  );
}

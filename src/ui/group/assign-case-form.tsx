import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../scenarios/case-summary';
import { assignCase, CohortRuleError } from '../../app/cohorts/cohorts';
import { useLocalized } from '../i18n/use-localized';
import { defaultDueDate, dueAtFromDateInput } from './due-date';

interface Props {
  cohortId: string;
  cases: CaseSummary[];
  onAssigned: () => void;
}

/** Picks a case and a due date for the whole cohort. */
export function AssignCaseForm({ cohortId, cases, onAssigned }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [scenarioId, setScenarioId] = useState('');
  const [due, setDue] = useState(defaultDueDate);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!scenarioId) {
      setError('choose-case');
      return;
    }
    try {
      await assignCase(cohortId, scenarioId, dueAtFromDateInput(due));
      setError(null);
      setScenarioId('');
      onAssigned();
    } catch (e) {
      setError(e instanceof CohortRuleError ? e.code : 'unknown');
    }
  };
  return (
    <form
      className="panel"
      aria-labelledby="assign-title"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="assign-title">{t('myGroup.cohort.assignTitle')}</h2>
      <label className="field">
        <span>{t('myGroup.cohort.case')}</span>
        <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} required>
          <option value="">{t('myGroup.cohort.chooseCase')}</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.title)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('myGroup.cohort.due')}</span>
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} required />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error === 'choose-case'
            ? t('myGroup.cohort.chooseCase')
            : t(`myGroup.errors.${error as CohortRuleError['code'] | 'unknown'}`)}
        </p>
      )}
      <p className="hint">{t('myGroup.cohort.assignHint')}</p>
      <button type="submit" className="primary">
        {t('myGroup.cohort.assign')}
      </button>
    </form>
  );
}

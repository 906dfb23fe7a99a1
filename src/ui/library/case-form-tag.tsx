import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../scenarios/case-summary';
import { caseForm } from './case-form';

type Formed = Pick<CaseSummary, 'kind' | 'contacts'>;

/** The form's label as text (a select's option can hold no tag), or '' for a single contact. */
export function useCaseFormLabel() {
  const { t } = useTranslation();
  return (scenario: Formed): string => {
    const form = caseForm(scenario);
    return form === 'written-reply'
      ? t('stagesElsewhere.library.kinds.written-reply')
      : form === 'multi-contact'
        ? t('stagesElsewhere.library.contactsTag', { count: scenario.contacts })
        : '';
  };
}

/** 写回信 / 多次接触 · 3 次 beside a case's name; nothing for a case handled in one contact. */
export function CaseFormTag({ scenario }: { scenario: Formed }) {
  const label = useCaseFormLabel()(scenario);
  return label ? <span className={`tag tag-form tag-${caseForm(scenario)}`}>{label}</span> : null;
}

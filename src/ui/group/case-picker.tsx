import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../scenarios/case-summary';
import { useLocalized } from '../i18n/use-localized';
import { useCaseFormLabel } from '../library/case-form-tag';

/** A labelled select over every case on this computer, bundled and imported. */
export function CasePicker({
  id,
  cases,
  value,
  onChange,
}: {
  id: string;
  cases: readonly CaseSummary[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const formLabel = useCaseFormLabel();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required>
      <option value="">{t('group.chooseCase')}</option>
      {cases.map((c) => (
        <option key={c.id} value={c.id}>
          {pick(c.title)} · {t(`industry.${c.industry}`)} · {t(`channel.${c.channel}`)}
          {formLabel(c) && ` · ${formLabel(c)}`}
        </option>
      ))}
    </select>
  );
}

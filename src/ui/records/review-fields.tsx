import { useTranslation } from 'react-i18next';

/** Who decides and why: every HR decision on a record's provenance records both. */
export function ReviewFields({
  id,
  by,
  why,
  onBy,
  onWhy,
}: {
  id: string;
  by: string;
  why: string;
  onBy: (value: string) => void;
  onWhy: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="review-fields">
      <label className="field" htmlFor={`${id}-by`}>
        <span>{t('provenance.reviewBy')}</span>
        <input
          id={`${id}-by`}
          value={by}
          maxLength={40}
          autoComplete="name"
          onChange={(e) => onBy(e.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${id}-why`}>
        <span>{t('provenance.reviewWhy')}</span>
        <input
          id={`${id}-why`}
          value={why}
          maxLength={500}
          onChange={(e) => onWhy(e.target.value)}
        />
      </label>
    </div>
  );
}

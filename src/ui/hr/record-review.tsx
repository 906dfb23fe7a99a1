import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  recordsToReview,
  reviewProblem,
  reviewRecord,
  type RecordToReview,
} from '../../app/records/review';
import type { Review } from '../../engine/records/ledger';
import { certifiableCases } from '../certification/case-list';
import { useLocalized } from '../i18n/use-localized';
import { useReasonText } from '../records/reason-list';
import { ReviewFields } from '../records/review-fields';

const SHOWN = 20;

/** Records waiting for HR: accept or refuse each, saying who and why. */
export function RecordReview({ refresh, onReviewed }: { refresh: number; onReviewed: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const reasonText = useReasonText();
  const [records, setRecords] = useState<RecordToReview[] | null>(null);
  const [by, setBy] = useState('');
  const [why, setWhy] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    void recordsToReview().then(setRecords);
  }, [refresh]);

  const decide = async (record: RecordToReview, decision: Review['decision']) => {
    if (reviewProblem(by, why)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const provenance = await reviewRecord(record, decision, by, why, await certifiableCases());
    setNote(t('provenance.reviewed', { status: t(`provenance.statuses.${provenance.status}`) }));
    setRecords(await recordsToReview());
    onReviewed();
  };

  return (
    <section className="panel record-review" aria-labelledby="review-title">
      <h2 id="review-title">{t('provenance.reviewTitle')}</h2>
      <p className="muted">{t('provenance.reviewHint')}</p>
      {records && records.length === 0 && <p>{t('provenance.noReview')}</p>}
      {records && records.length > 0 && (
        <>
          <ReviewFields id="record-review" by={by} why={why} onBy={setBy} onWhy={setWhy} />
          {missing && <p className="field-error">{t('provenance.reviewNeeds')}</p>}
          <ul className="review-list">
            {records.slice(0, SHOWN).map((r) => (
              <li
                key={`${r.kind}:${r.recordId}`}
                data-record={r.recordId}
                data-status={r.provenance.status}
              >
                <p>
                  {t('provenance.reviewLine', {
                    name: r.name,
                    employeeId: r.employeeId,
                    kind: t(`security.verify.kinds.${r.kind}`),
                    record: r.title ? `“${pick(r.title)}”` : r.recordId.slice(0, 8),
                    status: t(`provenance.statuses.${r.provenance.status}`),
                  })}
                </p>
                {r.provenance.reasons.length > 0 && (
                  <p className="muted">{reasonText(r.provenance.reasons, r.withdrawal)}</p>
                )}
                <div className="button-row">
                  <button type="button" onClick={() => void decide(r, 'accepted')}>
                    {t('provenance.accept')}
                  </button>
                  <button type="button" onClick={() => void decide(r, 'refused')}>
                    {t('provenance.refuse')}
                  </button>
                </div>
              </li>
            ))}
            {records.length > SHOWN && (
              <li>{t('hr.moreListed', { count: records.length - SHOWN })}</li>
            )}
          </ul>
          {note && <p role="status">{note}</p>}
        </>
      )}
    </section>
  );
}

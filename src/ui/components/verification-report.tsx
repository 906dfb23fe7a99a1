import { useTranslation } from 'react-i18next';
import type { ChainProblem } from '../../engine/ledger';
import type { ProfileVerification } from '../../app/records/verify';
import { useLocalized } from '../i18n/use-localized';

/** Names a flagged record the way a person finds it: a call by its case and time, else its id. */
function useProblemText(): (verification: ProfileVerification, problem: ChainProblem) => string {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  return (verification, problem) => {
    const kind = 'kind' in problem ? t(`security.verify.kinds.${problem.kind}`) : '';
    const recordId = 'recordId' in problem ? problem.recordId : '';
    const call = verification.flaggedCalls[recordId];
    const id = call
      ? `“${pick(call.title)}” (${new Date(call.startedAt).toLocaleString(locale)})`
      : recordId.slice(0, 8);
    const seq = 'seq' in problem ? problem.seq : '';
    return t(`security.verify.problems.${problem.problem}`, { kind, id, seq });
  };
}

/** Per profile: how many records the chain seals, and either "intact" or each located problem. */
export function VerificationReport({ results }: { results: readonly ProfileVerification[] }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  if (results.length === 0) return <p>{t('security.verify.noProfiles')}</p>;
  return (
    <ul className="verification-list">
      {results.map((r) => (
        <li
          key={r.profileId}
          className={r.problems.length ? 'verification broken' : 'verification intact'}
        >
          <p className="verification-who">
            <strong>{r.name || t('security.verify.unknownProfile')}</strong>
            {r.employeeId && <span className="muted"> {r.employeeId}</span>}
          </p>
          {r.problems.length === 0 ? (
            <p>
              {r.sealed > 0
                ? t('security.verify.intact', { count: r.sealed })
                : t('security.verify.nothingSealed')}
            </p>
          ) : (
            <>
              <p>{t('security.verify.broken', { count: r.sealed })}</p>
              <ul className="verification-problems">
                {r.problems.map((p, i) => (
                  <li key={i} data-record={'recordId' in p ? p.recordId : undefined}>
                    {problemText(r, p)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

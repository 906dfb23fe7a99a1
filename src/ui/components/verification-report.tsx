import { useTranslation } from 'react-i18next';
import type { ChainProblem } from '../../engine/ledger';
import type { ProfileVerification } from '../../storage/ledger';

function problemText(t: ReturnType<typeof useTranslation>['t'], problem: ChainProblem): string {
  const kind = 'kind' in problem ? t(`security.verify.kinds.${problem.kind}`) : '';
  const id = 'recordId' in problem ? problem.recordId.slice(0, 8) : '';
  const seq = 'seq' in problem ? problem.seq : '';
  return t(`security.verify.problems.${problem.problem}`, { kind, id, seq });
}

/** Per profile: how many records the chain seals, and either "intact" or each located problem. */
export function VerificationReport({ results }: { results: readonly ProfileVerification[] }) {
  const { t } = useTranslation();
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
            <p>{t('security.verify.intact', { count: r.sealed })}</p>
          ) : (
            <>
              <p>{t('security.verify.broken', { count: r.sealed })}</p>
              <ul className="verification-problems">
                {r.problems.map((p, i) => (
                  <li key={i} data-record={'recordId' in p ? p.recordId : undefined}>
                    {problemText(t, p)}
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

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../records/records.css';
import './merge-panel.css';
import {
  addedCount,
  type ListedRecord,
  type MergePlan,
  type PersonMatch,
} from '../../engine/records-bundle';
import type { Problem } from '../../engine/validation/problem';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';
import {
  applyMergePlan,
  checkRecordsBundle,
  type BundleProgress,
  type MergeOutcome,
  type MergeProgress,
} from '../../app/records/records-bundle';
import { StorageFailureNotice } from '../components/storage-failure';
import { reviewProblem } from '../../app/records/review';
import { certifiableCases } from '../certification/case-list';
import { ProblemList } from '../components/problem-list';
import { FileField } from '../components/file-field';
import type { MachineWithdrawal } from '../../engine/records/machine';
import { useLocalized } from '../i18n/use-localized';
import { useReasonText } from '../records/reason-list';
import { ReviewFields } from '../records/review-fields';
import { CheckProgress } from './check-progress';
import { EnrolledMachines } from './enrolled-machines';
import { MergeSummary } from './merge-summary';
import { RecordReview } from './record-review';
import { WriteProgress } from './write-progress';

type MergeState =
  | { kind: 'idle' }
  | { kind: 'checking'; progress: BundleProgress }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'planned'; plan: MergePlan }
  | { kind: 'applying'; plan: MergePlan; progress: MergeProgress }
  | { kind: 'failed'; plan: MergePlan; failure: StorageFailure }
  | { kind: 'applied'; plan: MergePlan; outcome: MergeOutcome };

const SHOWN = 10;

/**
 * Who the bundle's records are filed under: a person new here is written with the bundle's name;
 * a 工号 already here keeps its name, and a bundle that calls it something else says so, since
 * its records would be filed under that person.
 */
function PlannedPeople({ people }: { people: readonly PersonMatch[] }) {
  const { t } = useTranslation();
  return (
    <ul className="planned-people">
      {people.slice(0, SHOWN).map((p) => {
        const renamed = p.localName !== null && p.localName !== p.name;
        return (
          <li
            key={p.employeeId}
            data-employee-id={p.employeeId}
            className={renamed ? 'plan-warning' : undefined}
          >
            {p.localName === null
              ? t('hr.plannedNew', { name: p.name, employeeId: p.employeeId })
              : renamed
                ? t('hr.plannedRenamed', {
                    name: p.localName,
                    employeeId: p.employeeId,
                    bundleName: p.name,
                  })
                : t('hr.plannedKnown', { name: p.localName, employeeId: p.employeeId })}
          </li>
        );
      })}
      {people.length > SHOWN && <li>{t('hr.moreListed', { count: people.length - SHOWN })}</li>}
    </ul>
  );
}

function Listed({
  records,
  withdrawal,
}: {
  records: readonly ListedRecord[];
  /** The signing machine's withdrawal, when HR had withdrawn it: said beside its reason. */
  withdrawal?: MachineWithdrawal | undefined;
}) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  if (records.length === 0) return null;
  return (
    <ul className="listed-records">
      {records.slice(0, SHOWN).map((r) => {
        const record = t('hr.listedRecord', {
          table: t(`hr.tables.${r.table}`),
          id: r.id,
          employeeId: r.employeeId,
        });
        return (
          <li key={`${r.table}:${r.id}`} data-record={r.id}>
            {r.reasons?.length
              ? t('provenance.listedWithReasons', {
                  record,
                  reasons: reasonText(r.reasons, withdrawal),
                })
              : record}
          </li>
        );
      })}
      {records.length > SHOWN && <li>{t('hr.moreListed', { count: records.length - SHOWN })}</li>}
    </ul>
  );
}

function SourceLine({ plan }: { plan: MergePlan }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const { state, machine, withdrawal } = plan.source;
  const named = { label: machine?.label ?? '', fingerprint: machine?.fingerprint ?? '' };
  return (
    <p className={state === 'enrolled' ? 'plan-source' : 'plan-source plan-warning'}>
      {state === 'withdrawn'
        ? t('machineWithdraw.source', {
            ...named,
            by: withdrawal?.by ?? '',
            at: withdrawal ? new Date(withdrawal.at).toLocaleDateString(locale) : '',
            why: withdrawal?.why ?? '',
          })
        : t(`provenance.source.${state}`, named)}
    </p>
  );
}

/**
 * Choose a bundle, read the plan — who signed it, what is genuine, unverified or refused and
 * why, duplicates, conflicts, certificates left to be re-derived — optionally accept the
 * unverified records (who and why), then apply it. Below: the machines HR trusts, and the
 * records waiting for HR's review.
 */
export function MergePanel({ onMerged }: { onMerged: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<MergeState>({ kind: 'idle' });
  const [accepting, setAccepting] = useState(false);
  const [by, setBy] = useState('');
  const [why, setWhy] = useState('');
  const [reviews, setReviews] = useState(0);

  // The file chosen last: a check still running for an earlier one no longer speaks.
  const latest = useRef(0);
  const choose = async (file: File) => {
    const mine = (latest.current += 1);
    setState({ kind: 'checking', progress: { step: 'reading' } });
    setAccepting(false);
    const check = await checkRecordsBundle(file, (progress) => {
      if (mine === latest.current) setState({ kind: 'checking', progress });
    });
    if (mine !== latest.current) return;
    setState(
      check.ok
        ? { kind: 'planned', plan: check.plan }
        : { kind: 'refused', problems: check.problems },
    );
  };
  const incomplete = accepting && reviewProblem(by, why) !== null;
  const apply = async (plan: MergePlan) => {
    if (incomplete) return;
    setState({
      kind: 'applying',
      plan,
      progress: { step: 'writing', done: 0, total: addedCount(plan) },
    });
    let outcome: MergeOutcome;
    try {
      outcome = await applyMergePlan(
        plan,
        await certifiableCases(),
        accepting ? { by, why } : undefined,
        Date.now(),
        (progress) => setState({ kind: 'applying', plan, progress }),
      );
    } catch (error) {
      // One transaction: a merge the browser refused wrote nothing, so the plan can be applied again.
      setState({ kind: 'failed', plan, failure: classifyStorageFailure(error) });
      return;
    }
    setState({ kind: 'applied', plan, outcome });
    setReviews((n) => n + 1);
    onMerged();
  };
  const plan = 'plan' in state ? state.plan : null;

  return (
    <>
      <section className="panel" aria-labelledby="merge-title">
        <h2 id="merge-title">{t('hr.merge')}</h2>
        <p className="muted">{t('hr.mergeHint')}</p>
        <FileField
          label={t('hr.chooseBundle')}
          accept="application/json,.json"
          // Another file's check must not overtake a merge still writing or re-checking certificates.
          disabled={state.kind === 'applying'}
          onFile={(file) => void choose(file)}
        />
        {state.kind === 'checking' && <CheckProgress progress={state.progress} />}
        {state.kind === 'refused' && (
          <ProblemList heading={t('hr.rejected')} problems={state.problems} />
        )}
        {plan && (
          <section className="merge-plan" aria-labelledby="plan-title">
            <h3 id="plan-title">{t('hr.plan')}</h3>
            <SourceLine plan={plan} />
            <ul className="plan-counts">
              <li>
                {t('hr.planPeople', {
                  count: plan.people.length,
                  added: plan.newProfiles.length,
                })}
                <PlannedPeople people={plan.people} />
              </li>
              <li>{t('hr.planAdded', { count: addedCount(plan) })}</li>
              <li className="plan-genuine">
                {t('provenance.planGenuine', { count: plan.genuine.length })}
              </li>
              <li
                className={
                  plan.unverified.length ? 'plan-unverified plan-warning' : 'plan-unverified'
                }
              >
                {t('provenance.planUnverified', { count: plan.unverified.length })}
                <Listed records={plan.unverified} withdrawal={plan.source.withdrawal} />
              </li>
              <li className={plan.refused.length ? 'plan-refused plan-danger' : 'plan-refused'}>
                {t('provenance.planRefused', { count: plan.refused.length })}
                <Listed records={plan.refused} withdrawal={plan.source.withdrawal} />
              </li>
              <li>{t('hr.planDuplicates', { count: plan.duplicates.length })}</li>
              <li className={plan.conflicts.length ? 'plan-warning' : undefined}>
                {t('hr.planConflicts', { count: plan.conflicts.length })}
                <Listed records={plan.conflicts} />
              </li>
              {plan.certificates.length > 0 && (
                <li className="plan-certificates">
                  {t('provenance.planCertificates', { count: plan.certificates.length })}
                </li>
              )}
              {plan.orphans.length > 0 && (
                <li className="plan-warning">
                  {t('hr.planOrphans', { count: plan.orphans.length })}
                  <Listed records={plan.orphans} />
                </li>
              )}
            </ul>
            {state.kind === 'applied' ? (
              <MergeSummary outcome={state.outcome} />
            ) : addedCount(plan) === 0 ? (
              <p role="status">{t('hr.nothingToApply')}</p>
            ) : (
              <>
                {plan.unverified.length > 0 && (
                  <div className="accept-unverified">
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={accepting}
                        onChange={(e) => setAccepting(e.target.checked)}
                      />
                      <span>{t('provenance.acceptAll', { count: plan.unverified.length })}</span>
                    </label>
                    {accepting && (
                      <ReviewFields
                        id="merge-accept"
                        by={by}
                        why={why}
                        onBy={setBy}
                        onWhy={setWhy}
                      />
                    )}
                    {incomplete && <p className="field-error">{t('provenance.reviewNeeds')}</p>}
                  </div>
                )}
                {state.kind === 'failed' && (
                  <StorageFailureNotice failure={state.failure} action="merge" />
                )}
                <button
                  type="button"
                  className="primary"
                  disabled={state.kind === 'applying' || incomplete}
                  onClick={() => void apply(plan)}
                >
                  {state.kind === 'applying' ? t('hr.applying') : t('hr.apply')}
                </button>
                {state.kind === 'applying' && <WriteProgress progress={state.progress} />}
              </>
            )}
          </section>
        )}
      </section>
      <EnrolledMachines />
      <RecordReview refresh={reviews} onReviewed={onMerged} />
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addedCount, type ListedRecord, type MergePlan } from '../../engine/records-bundle';
import type { Problem } from '../../engine/validation/problem';
import { applyMergePlan, checkRecordsBundle } from '../../app/records/records-bundle';
import { ProblemList } from '../components/problem-list';

type MergeState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'planned'; plan: MergePlan }
  | { kind: 'applying'; plan: MergePlan }
  | { kind: 'applied'; plan: MergePlan; written: number };

const SHOWN = 10;

function Listed({ records }: { records: readonly ListedRecord[] }) {
  const { t } = useTranslation();
  if (records.length === 0) return null;
  return (
    <ul className="listed-records">
      {records.slice(0, SHOWN).map((r) => (
        <li key={`${r.table}:${r.id}`}>
          {t('hr.listedRecord', {
            table: t(`hr.tables.${r.table}`),
            id: r.id,
            employeeId: r.employeeId,
          })}
        </li>
      ))}
      {records.length > SHOWN && <li>{t('hr.moreListed', { count: records.length - SHOWN })}</li>}
    </ul>
  );
}

/** Choose a bundle, read the plan (added, duplicates, conflicts, flagged), then apply it. */
export function MergePanel({ onMerged }: { onMerged: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<MergeState>({ kind: 'idle' });

  const choose = async (file: File) => {
    setState({ kind: 'checking' });
    const check = await checkRecordsBundle(file);
    setState(
      check.ok
        ? { kind: 'planned', plan: check.plan }
        : { kind: 'refused', problems: check.problems },
    );
  };
  const apply = async (plan: MergePlan) => {
    setState({ kind: 'applying', plan });
    const written = await applyMergePlan(plan);
    setState({ kind: 'applied', plan, written });
    onMerged();
  };
  const plan = 'plan' in state ? state.plan : null;

  return (
    <section className="panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('hr.merge')}</h2>
      <p className="muted">{t('hr.mergeHint')}</p>
      <label className="field">
        <span>{t('hr.chooseBundle')}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void choose(file);
            // Choosing the same file again (e.g. to re-check after merging) must read it again.
            e.target.value = '';
          }}
        />
      </label>
      {state.kind === 'checking' && <p role="status">{t('hr.checking')}</p>}
      {state.kind === 'refused' && (
        <ProblemList heading={t('hr.rejected')} problems={state.problems} />
      )}
      {plan && (
        <section className="merge-plan" aria-labelledby="plan-title">
          <h3 id="plan-title">{t('hr.plan')}</h3>
          <ul className="plan-counts">
            <li>
              {t('hr.planPeople', {
                count: plan.people.length,
                added: plan.newProfiles.length,
              })}
            </li>
            <li>{t('hr.planAdded', { count: addedCount(plan) })}</li>
            <li>{t('hr.planDuplicates', { count: plan.duplicates.length })}</li>
            <li className={plan.conflicts.length ? 'plan-warning' : undefined}>
              {t('hr.planConflicts', { count: plan.conflicts.length })}
              <Listed records={plan.conflicts} />
            </li>
            <li className={plan.flagged.length ? 'plan-danger' : undefined}>
              {t('hr.planFlagged', { count: plan.flagged.length })}
              <Listed records={plan.flagged} />
            </li>
            {plan.orphans.length > 0 && (
              <li className="plan-warning">
                {t('hr.planOrphans', { count: plan.orphans.length })}
                <Listed records={plan.orphans} />
              </li>
            )}
          </ul>
          {state.kind === 'applied' ? (
            <p role="status">{t('hr.applied', { count: state.written })}</p>
          ) : addedCount(plan) === 0 ? (
            <p role="status">{t('hr.nothingToApply')}</p>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={state.kind === 'applying'}
              onClick={() => void apply(plan)}
            >
              {state.kind === 'applying' ? t('hr.applying') : t('hr.apply')}
            </button>
          )}
        </section>
      )}
    </section>
  );
}

import { DEFAULT_PROGRAM } from '../../engine/certification/program';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../engine/csv';
import { rosterRow } from '../../engine/hr-csv';
import { DIMENSIONS } from '../../engine/scoring/dimensions';
import { csvBlob, exportAttemptsCsv } from '../../app/hr/exports';
import type { RosterEntry } from '../../app/hr/roster';
import { exportRecordsBundle } from '../../app/records/records-bundle';
import { download } from '../download';
import { useLocalized } from '../i18n/use-localized';

const today = () => new Date().toISOString().slice(0, 10);

/** Roster and calls as CSV for Excel, and this machine's records as a bundle for merging. */
export function ExportsPanel({ people }: { people: readonly RosterEntry[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [busy, setBusy] = useState(false);
  const dimensions = DIMENSIONS.map((d) => pick(d.name));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const rosterCsv = () =>
    run(async () => {
      const header = [
        t('hr.columns.name'),
        t('hr.columns.employeeId'),
        t('hr.columns.site'),
        t('hr.columns.team'),
        t('hr.columns.certification'),
        t('hr.columns.level'),
        t('hr.columns.expires'),
        t('hr.columns.attempts'),
        t('hr.columns.lastActivity'),
        t('hr.columns.best'),
        t('hr.columns.mean'),
        t('hr.columns.overridden'),
        ...dimensions,
      ];
      // A level in the reader's language, as the roster's badge names it; an unknown one by its id.
      const levelName = (id: string) => {
        const name = DEFAULT_PROGRAM.levels.find((l) => l.id === id)?.name;
        return name ? pick(name) : id;
      };
      const rows = people.map((p) => rosterRow(p, (s) => t(`hr.statuses.${s}`), levelName));
      download(`roster-${today()}.csv`, csvBlob(toCsv(header, rows)));
    });
  const attemptsCsv = () =>
    run(async () => {
      const c = (key: string) => t(`hr.csvAttempts.${key}`);
      const header = [
        c('employeeId'),
        c('name'),
        c('case'),
        c('version'),
        c('started'),
        c('finished'),
        c('status'),
        c('outcome'),
        c('total'),
        c('scoringModel'),
        c('earlierModel'),
        c('trainerTotal'),
        c('overrideReason'),
        c('overrideBy'),
        ...dimensions,
        c('practice'),
        c('attemptId'),
      ];
      const blob = await exportAttemptsCsv(header, {
        title: pick,
        status: (s) => t(`history.statuses.${s}`),
        outcome: (o) => t(`outcome.${o}`),
      });
      download(`calls-${today()}.csv`, blob);
    });
  const bundle = () =>
    run(async () => download(`records-${today()}.json`, await exportRecordsBundle()));

  return (
    <section className="panel" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('hr.exports')}</h2>
      <p className="muted">{t('hr.exportsHint')}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void rosterCsv()}>
          {t('hr.rosterCsv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void attemptsCsv()}>
          {t('hr.attemptsCsv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void bundle()}>
          {t('hr.bundle')}
        </button>
      </div>
      {busy && <p role="status">{t('hr.exporting')}</p>}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useEffect, useRef, useState } from 'react';
import { attemptsPage } from '../../app/history/calls';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { OverrideRecord } from '../../engine/records/override';
import { CallTotal } from '../components/call-total';
import { EarlierModelTag } from '../components/earlier-model-tag';
import { CallTags, type CaseShape } from '../history/call-tags';
import { caseShapes } from '../history/case-shapes';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { ObservedRolePlays } from '../roleplay/observed-role-plays';

/** Calls shown at first and added by each "show earlier": a long history is read a page at a time. */
const HISTORY_PAGE = 50;

export function HistoryScreen({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const result = useLoaded(async () => {
    const [page, shapes] = await Promise.all([
      attemptsPage(profileId, 0, HISTORY_PAGE),
      caseShapes(),
    ]);
    return { first: page.attempts, overrides: page.overrides, total: page.total, shapes };
  }, profileId);
  if (result.state !== 'ready') return null;
  const { first, overrides, total, shapes } = result.value;
  return (
    <section className="screen" aria-labelledby="history-title">
      <h1 id="history-title">{t('history.title')}</h1>
      {first.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <HistoryList
          key={profileId}
          profileId={profileId}
          first={first}
          overrides={overrides}
          total={total}
          shapes={shapes}
        />
      )}
      <ObservedRolePlays profileId={profileId} />
    </section>
  );
}

interface HistoryListProps {
  profileId: string;
  first: AttemptRecord[];
  /** Trainers' regrades of the calls shown. */
  overrides: OverrideRecord[];
  total: number;
  shapes: Map<string, CaseShape>;
}

/**
 * The calls newest first, a page at a time: "show earlier" reads the next page and moves focus
 * to its first call, so a keyboard user goes on where the list grew.
 */
function HistoryList({ profileId, first, overrides, total, shapes }: HistoryListProps) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [attempts, setAttempts] = useState(first);
  const [regrades, setRegrades] = useState(overrides);
  const [more, setMore] = useState(first.length < total);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const firstOfPage = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!firstOfPage.current) return;
    list.current
      ?.querySelector<HTMLAnchorElement>(`[data-attempt="${firstOfPage.current}"]`)
      ?.focus();
    firstOfPage.current = null;
  }, [attempts]);
  const showEarlier = async () => {
    setLoading(true);
    setFailed(false);
    try {
      const read = await attemptsPage(profileId, attempts.length, HISTORY_PAGE);
      const page = read.attempts;
      // A call started in another tab meanwhile moves the pages on by one: none is shown twice.
      const shown = new Set(attempts.map((a) => a.id));
      const fresh = page.filter((a) => !shown.has(a.id));
      firstOfPage.current = fresh[0]?.id ?? null;
      setAttempts([...attempts, ...fresh]);
      const known = new Set(regrades.map((o) => o.id));
      setRegrades([...regrades, ...read.overrides.filter((o) => !known.has(o.id))]);
      setMore(page.length === HISTORY_PAGE && attempts.length + fresh.length < total);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };
  const left = Math.max(0, total - attempts.length);
  return (
    <>
      <ul className="history-list" ref={list}>
        {attempts.map((a) => (
          <li key={a.id} className="history-row">
            <Link
              href={
                a.status === 'active'
                  ? `/call/${a.id}`
                  : a.status === 'finished'
                    ? `/debrief/${a.id}`
                    : `/call/${a.id}`
              }
              className="history-link"
              data-attempt={a.id}
            >
              <span className="history-title">
                {pick(a.scenarioTitle)}{' '}
                <span className="muted small">
                  {t('history.version', { version: a.scenarioVersion })}
                </span>{' '}
                <EarlierModelTag call={a} />{' '}
                <CallTags replyMode={a.replyMode} shape={shapes.get(a.scenarioId)} />
              </span>
              <span className="muted">{new Date(a.startedAt).toLocaleString(locale)}</span>
              <span className={`status status-${a.status}`}>
                {t(`history.statuses.${a.status}`)}
                {a.practice && <span className="tag tag-practice">{t('history.practice')}</span>}
              </span>
              <CallTotal call={a} overrides={regrades} />
              {a.outcome && (
                <span className={`outcome outcome-${a.outcome}`}>{t(`outcome.${a.outcome}`)}</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      {more && left > 0 && (
        <div className="history-more">
          <p className="muted">{t('history.shown', { shown: attempts.length, total })}</p>
          <button type="button" disabled={loading} onClick={() => void showEarlier()}>
            {t('history.showEarlier', { count: Math.min(left, HISTORY_PAGE) })}
          </button>
          {failed && (
            <p role="alert" className="form-error">
              {t('history.earlierFailed')}
            </p>
          )}
        </div>
      )}
    </>
  );
}

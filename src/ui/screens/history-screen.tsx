import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useEffect, useRef, useState } from 'react';
import { attemptsPage } from '../../app/history/calls';
import type { AttemptRecord } from '../../engine/records/attempt';
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
    const [{ attempts: first, total }, shapes] = await Promise.all([
      attemptsPage(profileId, 0, HISTORY_PAGE),
      caseShapes(),
    ]);
    return { first, total, shapes };
  }, profileId);
  if (result.state !== 'ready') return null;
  const { first, total, shapes } = result.value;
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
  total: number;
  shapes: Map<string, CaseShape>;
}

/**
 * The calls newest first, a page at a time: "show earlier" reads the next page and moves focus
 * to its first call, so a keyboard user goes on where the list grew.
 */
function HistoryList({ profileId, first, total, shapes }: HistoryListProps) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [attempts, setAttempts] = useState(first);
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
      const page = (await attemptsPage(profileId, attempts.length, HISTORY_PAGE)).attempts;
      // A call started in another tab meanwhile moves the pages on by one: none is shown twice.
      const shown = new Set(attempts.map((a) => a.id));
      const fresh = page.filter((a) => !shown.has(a.id));
      firstOfPage.current = fresh[0]?.id ?? null;
      setAttempts([...attempts, ...fresh]);
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
              <span className="history-score">{a.score ? `${a.score.total}` : '—'}</span>
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

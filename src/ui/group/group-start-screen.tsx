import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { CATALOG } from '../../scenarios/catalog.generated';
import { listGroupSessions, startGroupSession } from '../../app/group-sessions/group-sessions';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { findScenario, importedSummaries } from '../scenario-source';
import { CasePicker } from './case-picker';
import './group.css';

type Mode = 'votes' | 'hot-seat';

/** The trainer picks a case and, optionally, who is in the room; past sessions are listed below. */
export function GroupStartScreen() {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [, navigate] = useLocation();
  const [caseId, setCaseId] = useState('');
  const [names, setNames] = useState('');
  const [mode, setMode] = useState<Mode>('votes');
  const [busy, setBusy] = useState(false);
  const loaded = useLoaded(
    async () => ({ imported: await importedSummaries(), sessions: await listGroupSessions() }),
    'group-start',
  );
  if (loaded.state !== 'ready') return null;
  const { imported, sessions } = loaded.value;
  const participants = names.split('\n').filter((n) => n.trim().length > 0);

  const start = async () => {
    const scenario = await findScenario(caseId);
    if (!scenario) return;
    setBusy(true);
    const session = await startGroupSession({ scenario, participants, mode });
    navigate(`/group/${session.id}`);
  };

  return (
    <section className="screen group-start" aria-labelledby="group-title">
      <h1 id="group-title">{t('group.title')}</h1>
      <p className="lead">{t('group.intro')}</p>
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <div className="field">
          <label htmlFor="group-case">{t('group.case')}</label>
          <CasePicker
            id="group-case"
            cases={[...CATALOG, ...imported]}
            value={caseId}
            onChange={setCaseId}
          />
        </div>
        <div className="field">
          <label htmlFor="group-participants">{t('group.participants')}</label>
          <textarea
            id="group-participants"
            rows={4}
            value={names}
            onChange={(e) => setNames(e.target.value)}
            aria-describedby="group-participants-hint"
          />
          <span id="group-participants-hint" className="hint">
            {t('group.participantsHint')}
          </span>
        </div>
        <fieldset className="field">
          <legend>{t('group.mode')}</legend>
          {(['votes', 'hot-seat'] as const).map((m) => (
            <label key={m} className="radio">
              <input
                type="radio"
                name="group-mode"
                value={m}
                checked={mode === m}
                disabled={m === 'hot-seat' && participants.length === 0}
                onChange={() => setMode(m)}
              />
              {t(`group.modes.${m}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={!caseId || busy}>
          {t('group.start')}
        </button>
      </form>

      <section className="panel" aria-labelledby="group-past-title">
        <h2 id="group-past-title">{t('group.past')}</h2>
        {sessions.length === 0 ? (
          <p className="muted">{t('group.none')}</p>
        ) : (
          <ul className="history-list">
            {sessions.map((s) => (
              <li key={s.id} className="history-row">
                <Link href={`/group/${s.id}`} className="history-link group-session-link">
                  <span className="history-title">
                    {s.scenarioTitle ? pick(s.scenarioTitle) : s.scenarioId}
                  </span>
                  <span className="muted">{new Date(s.startedAt).toLocaleString(locale)}</span>
                  <span className={`status status-${s.endingId ? 'finished' : 'active'}`}>
                    {s.endingId ? t('group.finished') : t('group.inProgress')}
                  </span>
                  <span className="muted">{t('group.decisions', { count: s.turns.length })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

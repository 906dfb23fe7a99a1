import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendWaitingStatements } from '../../lms/start-lms';
import { scormConnection } from '../../lms/scorm-runtime';
import {
  getLrsSettings,
  launchedByCmi5,
  saveLrsSettings,
  type LrsSettings,
} from '../../app/lms/lrs-settings';
import { outboxState, undeliverableFile } from '../../app/lms/outbox';
import { download } from '../download';
import { useLoaded } from '../hooks/use-loaded';

const OUTBOX_REFRESH_MS = 2000;

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** HR connects the app to a learning record store, watches the outbox, and finds the SCORM package. */
export function LmsScreen() {
  const { t } = useTranslation();
  const saved = useLoaded(getLrsSettings, 'lrs');
  return (
    <section className="screen lms-screen" aria-labelledby="lms-title">
      <h1 id="lms-title">{t('lms.title')}</h1>
      <p className="lead">{t('lms.intro')}</p>
      <ConnectionStatus />
      {saved.state === 'ready' && <LrsForm initial={saved.value} />}
      <OutboxPanel />
      <section className="panel" aria-labelledby="scorm-title">
        <h2 id="scorm-title">{t('lms.scormTitle')}</h2>
        <p>{t('lms.scormHint')}</p>
        <p>
          <code>npm run build:scorm</code>
        </p>
        <ul>
          <li>
            <code>dist-scorm/complaint-desk-scorm12.zip</code> — SCORM 1.2
          </li>
          <li>
            <code>dist-scorm/complaint-desk-scorm2004.zip</code> — SCORM 2004 4th ed.
          </li>
        </ul>
      </section>
    </section>
  );
}

function ConnectionStatus() {
  const { t } = useTranslation();
  const scorm = scormConnection();
  return (
    <p className="muted" role="status">
      {launchedByCmi5()
        ? t('lms.launchedCmi5')
        : scorm
          ? t('lms.launchedScorm', { version: scorm })
          : t('lms.standalone')}
    </p>
  );
}

function LrsForm({ initial }: { initial: LrsSettings }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [message, setMessage] = useState<'saved' | 'invalid' | null>(null);
  const field = (name: keyof LrsSettings) => ({
    value: form[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setForm({ ...form, [name]: e.target.value });
      setMessage(null);
    },
  });
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const endpointOk = form.endpoint.trim() === '' || isHttpUrl(form.endpoint.trim());
    if (!endpointOk || !isHttpUrl(form.homePage.trim())) {
      setMessage('invalid');
      return;
    }
    await saveLrsSettings({
      endpoint: form.endpoint.trim(),
      key: form.key,
      secret: form.secret,
      homePage: form.homePage.trim(),
    });
    setMessage('saved');
    void sendWaitingStatements();
  };
  return (
    <form className="panel" aria-labelledby="lrs-title" onSubmit={(e) => void save(e)}>
      <h2 id="lrs-title">{t('lms.lrsTitle')}</h2>
      <p>{t('lms.lrsHint')}</p>
      <p className="muted">{t('lms.credentialsNotInBackups')}</p>
      <label className="field">
        <span>{t('lms.endpoint')}</span>
        <input
          type="url"
          inputMode="url"
          placeholder="https://lrs.example.com/xAPI/"
          {...field('endpoint')}
        />
      </label>
      <label className="field">
        <span>{t('lms.key')}</span>
        <input autoComplete="off" {...field('key')} />
      </label>
      <label className="field">
        <span>{t('lms.secret')}</span>
        <input type="password" autoComplete="new-password" {...field('secret')} />
      </label>
      <label className="field">
        <span>{t('lms.homePage')}</span>
        <input type="url" inputMode="url" {...field('homePage')} />
        <small className="muted">{t('lms.homePageHint')}</small>
      </label>
      <button type="submit" className="primary">
        {t('lms.save')}
      </button>
      {message === 'saved' && <p role="status">{t('lms.saved')}</p>}
      {message === 'invalid' && (
        <p role="alert" className="form-error">
          {t('lms.invalid')}
        </p>
      )}
    </form>
  );
}

function OutboxPanel() {
  const { t } = useTranslation();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), OUTBOX_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);
  const state = useLoaded(outboxState, String(tick));
  return (
    <section className="panel" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('lms.outboxTitle')}</h2>
      <p>{t('lms.outboxHint')}</p>
      {state.state === 'ready' && (
        <>
          <p data-testid="outbox-waiting">
            {state.value.waiting === 0
              ? t('lms.outboxEmpty')
              : t('lms.outboxWaiting', { count: state.value.waiting })}
          </p>
          {state.value.lastError && (
            <p className="form-error">{t('lms.lastError', { error: state.value.lastError })}</p>
          )}
          {state.value.undeliverable > 0 && (
            <div className="cap-note" data-testid="outbox-undeliverable">
              <p>{t('lms.undeliverable', { count: state.value.undeliverable })}</p>
              <button
                type="button"
                onClick={() =>
                  void undeliverableFile().then((file) =>
                    download('complaint-desk-undeliverable-statements.json', file),
                  )
                }
              >
                {t('lms.downloadUndeliverable')}
              </button>
            </div>
          )}
        </>
      )}
      <button
        type="button"
        onClick={() => void sendWaitingStatements().then(() => setTick((n) => n + 1))}
      >
        {t('lms.sendNow')}
      </button>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// The demo brings every bundled case with it: loaded on demand so the roster renders first.
const demoStorage = () => import('../../app/demo/demo-org');

type DemoState =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/** Loads or removes the made-up organization HR can evaluate the dashboard with. */
export function DemoPanel({ hasDemo, onChanged }: { hasDemo: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<DemoState>({ kind: 'idle' });
  const busy = state.kind === 'loading';

  const load = async () => {
    setState({ kind: 'loading', done: 0, total: 1 });
    try {
      const { loadDemoOrganization } = await demoStorage();
      await loadDemoOrganization((done, total) => setState({ kind: 'loading', done, total }));
      setState({ kind: 'done', message: t('hr.demoLoaded') });
    } catch (error) {
      setState({
        kind: 'failed',
        message:
          error instanceof (await demoStorage()).DemoClashError
            ? t('hr.demoClash', { ids: error.employeeIds.slice(0, 5).join(', ') })
            : t('hr.demoFailed', { message: error instanceof Error ? error.message : '' }),
      });
    }
    onChanged();
  };
  const remove = async () => {
    await (await demoStorage()).removeDemoOrganization();
    setState({ kind: 'done', message: t('hr.demoRemoved') });
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('hr.demo')}</h2>
      <p className="muted">{t('hr.demoHint')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void load()}>
          {t('hr.loadDemo')}
        </button>
        {hasDemo && (
          <button type="button" disabled={busy} onClick={() => void remove()}>
            {t('hr.removeDemo')}
          </button>
        )}
      </div>
      {state.kind === 'loading' && (
        <div className="demo-progress">
          <progress value={state.done} max={state.total} aria-labelledby="demo-progress-text" />
          <span id="demo-progress-text" role="status">
            {t('hr.demoProgress', { done: state.done, total: state.total })}
          </span>
        </div>
      )}
      {state.kind === 'done' && <p role="status">{state.message}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
    </section>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoProgress, DemoSize } from '../../app/demo/demo-org';

// The demo brings every bundled case with it: loaded on demand so the roster renders first.
const demoStorage = () => import('../../app/demo/demo-org');

type DemoState =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: DemoProgress | null }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/** Loads or removes the made-up organization HR can evaluate the dashboard with. */
export function DemoPanel({ hasDemo, onChanged }: { hasDemo: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<DemoState>({ kind: 'idle' });
  const stopping = useRef<AbortController | null>(null);
  const busy = state.kind === 'loading';
  const count = (n: number) => n.toLocaleString(i18n.language);

  const load = async (size: DemoSize) => {
    const controller = new AbortController();
    stopping.current = controller;
    setState({ kind: 'loading', progress: null });
    const demo = await demoStorage();
    try {
      await demo.loadDemoOrganization(
        (progress) => setState({ kind: 'loading', progress }),
        demo.DEMO_SIZES[size],
        controller.signal,
      );
      setState({ kind: 'done', message: t('hr.demoLoaded') });
    } catch (error) {
      if (error instanceof demo.DemoCancelledError) {
        setState({ kind: 'done', message: t('hr.demoStopped') });
      } else {
        setState({
          kind: 'failed',
          message:
            error instanceof demo.DemoClashError
              ? t('hr.demoClash', { ids: error.employeeIds.slice(0, 5).join(', ') })
              : t('hr.demoFailed', { message: error instanceof Error ? error.message : '' }),
        });
      }
    }
    stopping.current = null;
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
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void load('company')}
        >
          {t('hr.loadDemo')}
        </button>
        <button type="button" disabled={busy} onClick={() => void load('team')}>
          {t('hr.loadSmallDemo')}
        </button>
        {busy && (
          <button type="button" onClick={() => stopping.current?.abort()}>
            {t('hr.stopDemo')}
          </button>
        )}
        {hasDemo && !busy && (
          <button type="button" onClick={() => void remove()}>
            {t('hr.removeDemo')}
          </button>
        )}
      </div>
      {state.kind === 'loading' && (
        <div className="demo-progress">
          <progress
            // Indeterminate while the cases are being played through, before the first write.
            value={state.progress?.calls}
            max={state.progress?.totalCalls ?? 1}
            aria-labelledby="demo-progress-text"
          />
          <span id="demo-progress-text" role="status">
            {state.progress &&
              t('hr.demoProgress', {
                people: count(state.progress.people),
                totalPeople: count(state.progress.totalPeople),
                calls: count(state.progress.calls),
                totalCalls: count(state.progress.totalCalls),
              })}
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

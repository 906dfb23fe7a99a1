/**
 * Where loading the demo organization spends CPU: loads it once with the HR screen's button and
 * prints each thread's CPU time (Chromium's trace `tdur`, so time the thread was descheduled on a
 * busy machine is not counted, unlike wall time or a sampling profile) and the task sources that
 * took most, e.g. the page's timers (making and sealing chunks), its IndexedDB callbacks (the puts'
 * structured clones) and the browser's IndexedDB and LevelDB threads (writing rows and indexes).
 *
 *   node --import tsx scripts/profile-demo-load.ts   (PROFILE_PORT, PROFILE_OUT; PROFILE_NO_BUILD=1
 *   reuses a build made before)
 */
import './quiet-vite.mjs';
import { spawnSync } from 'node:child_process';
import { preview } from 'vite';
import { E2E_SETUP_CODE } from '../test/e2e/support/setup-code';
import { freshContext, openHr } from './bench-hr';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: Record<string, string | undefined> & { name?: string };
}

const port = Number(process.env.PROFILE_PORT ?? 4179);
const out = process.env.PROFILE_OUT ?? 'dist-profile-demo';

if (!process.env.PROFILE_NO_BUILD) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
    stdio: 'ignore',
    env: { ...process.env, COMPLAINT_DESK_SETUP_CODE: E2E_SETUP_CODE },
  });
  if (build.status !== 0) throw new Error('vite build failed');
}

/** CPU milliseconds of the top-level tasks, summed by `key`. */
function cpuBy(events: TraceEvent[], key: (e: TraceEvent) => string): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.name.includes('RunTask') || e.tdur === undefined) continue;
    sums.set(key(e), (sums.get(key(e)) ?? 0) + e.tdur / 1000);
  }
  return [...sums]
    .map(([k, ms]): [string, number] => [k, Math.round(ms)])
    .sort((a, b) => b[1] - a[1]);
}

const server = await preview({
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: { outDir: out },
  logLevel: 'silent',
});
const { context } = await freshContext();
try {
  const page = await openHr(context, `http://127.0.0.1:${port}/`);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  const start = Date.now();
  await page.getByRole('button', { name: '载入演示机构' }).click();
  await page.getByText('演示机构已载入。').waitFor({ timeout: 600_000 });
  const wallMs = Date.now() - start;
  await cdp.send('Tracing.end');
  await complete;

  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M' || !e.args?.name) continue;
    if (e.name === 'process_name') names.set(`${e.pid}`, e.args.name);
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const thread = (e: TraceEvent) => `${names.get(`${e.pid}`)}/${names.get(`${e.pid}:${e.tid}`)}`;
  const source = (e: TraceEvent) =>
    `${thread(e)} ${e.args?.src_file ?? '?'}:${e.args?.src_func ?? '?'}`;
  const result = {
    wallMs,
    threadCpuMs: cpuBy(events, (e) => `${thread(e)}#${e.tid}`).slice(0, 10),
    taskSourceCpuMs: cpuBy(events, source).slice(0, 10),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await context.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

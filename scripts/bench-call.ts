/**
 * The trainee's call figures of `npm run bench` (`--only call` runs just these): a deep link to a
 * saved call opened warm (HTTP cache and service worker as a returning trainee has them) and cold
 * (neither), replies timed from click to the customer's next line, the reply's save, layout shift,
 * and the heap over repeated calls. Each step that fails gives its figures a reason instead of a
 * sample, and the steps after it still run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright';
import { analysePaths } from '../src/engine/analyse-paths';
import type { Scenario } from '../src/engine/scenario-schema';
import { STEP_COMMITTED_MARK } from '../src/storage/attempts';
import { findBundledScenario } from '../src/scenarios/bundled';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

/** One run's outcome per figure: a sample, or why there is none. */
export type RunResult = Record<string, number | { reason: string }>;

export const AC = findBundledScenario('air-conditioner-remote')!;
const SPARE_PART = findBundledScenario('wrong-spare-part')!;
/** The recommended path's reply ids: the bench picks replies by id, whatever order they show in. */
export const expertReplies = (scenario: Scenario) => analysePaths(scenario).recommended.choices;
/** How long one wait may take before its step is given up (the machine may be busy). */
const STEP_TIMEOUT = 60_000;

/** Page-side probes, installed before any app code runs. */
const PROBES = (committedMark: string) => {
  const w = window as unknown as Record<string, unknown>;
  w.__cls = 0;
  w.__clicks = [] as number[];
  w.__paints = [] as number[];
  w.__commits = [] as number[];
  // Observed as they are made: the app keeps only its latest commit mark on the timeline.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === committedMark) (w.__commits as number[]).push(e.startTime);
  }).observe({ type: 'mark' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<
      PerformanceEntry & { value: number; hadRecentInput: boolean }
    >) {
      if (!e.hadRecentInput) w.__cls = (w.__cls as number) + e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // A click's start on the page's clock (its event's timeStamp, which Event Timing calls its
  // startTime). Not from Event Timing itself: it reports only events lasting 16 ms or more, so
  // every click answered within a frame went uncounted and the figures kept only the slow ones.
  window.addEventListener('click', (e) => (w.__clicks as number[]).push(e.timeStamp), true);
  let customerLines = 0;
  new MutationObserver(() => {
    if (w.__firstReply === undefined && document.querySelector('.reply'))
      w.__firstReply = performance.now();
    const count = document.querySelectorAll('.bubble-customer').length;
    if (count > customerLines) {
      customerLines = count;
      requestAnimationFrame(() => (w.__paints as number[]).push(performance.now()));
    }
  }).observe(document, { childList: true, subtree: true });
};

/**
 * A fresh browser profile (with `extraArgs` for Chromium). Cold: the service worker is blocked, so nothing is served from its
 * precache (pages opened on it also get the HTTP cache switched off).
 */
export async function freshContext(
  cold: boolean,
  extraArgs: readonly string[] = [],
): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: (await findChromium()) ?? undefined,
    args: [
      ...CHROMIUM_ARGS,
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      ...extraArgs,
    ],
    viewport: { width: 1280, height: 800 },
    serviceWorkers: cold ? 'block' : 'allow',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  await context.addInitScript(PROBES, STEP_COMMITTED_MARK);
  return { context, dir };
}

export async function closeContext({ context, dir }: { context: BrowserContext; dir: string }) {
  await context.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}

export async function playReplies(page: Page, replies: readonly string[]) {
  for (const id of replies) {
    const button = page.locator(`button.reply[data-choice="${id}"]`);
    await button.click();
    await button.waitFor({ state: 'detached' });
  }
}

async function startCall(
  base: string,
  page: Page,
  scenario: Scenario,
  replies: number,
): Promise<string> {
  await page.goto(`${base}#/library`);
  await page
    .getByRole('article', { name: scenario.title['zh-CN'] })
    .getByRole('button', { name: '接这通电话' })
    .click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await playReplies(page, expertReplies(scenario).slice(0, replies));
  return page.url();
}

/** First visit: a trainee with two calls open, the air-conditioner one answered with one reply. */
export async function returningTrainee(base: string, page: Page) {
  await page.goto(base);
  await page.getByLabel('姓名', { exact: true }).fill('基准');
  await page.getByLabel('工号', { exact: true }).fill('BENCH');
  await page.getByRole('button', { name: '创建并进入' }).click();
  await page.getByRole('heading', { name: '案例库' }).waitFor();
  const ac = await startCall(base, page, AC, 1);
  const sparePart = await startCall(base, page, SPARE_PART, 0);
  return { ac, sparePart };
}

/** Waits (a while at most) for the service worker to control the origin: a warm start has it. */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready,
      new Promise((resolve) => setTimeout(resolve, 15_000)),
    ]),
  );
}

/**
 * Opens a deep link to a call on a CPU `rate` times slower, until the first reply shows; returns
 * the time on the page's clock and the built files (paths under the build folder) of every
 * script fetched by then.
 */
export async function openOnCall(
  context: BrowserContext,
  url: string,
  rate: number,
  cold: boolean,
) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (cold) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  }
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __firstReply?: number }).__firstReply !== undefined,
  );
  const fetched = [...scripts].map((path) => path.replace(/^\//, ''));
  const ms = await page.evaluate(
    () => (window as unknown as { __firstReply: number }).__firstReply,
  );
  return { page, ms, scripts: fetched };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)
  ]!;

/** Clicks, painted customer lines, committed steps and layout shifts recorded inside the page. */
export async function pageTimings(page: Page) {
  const inPage = await page.evaluate(() => {
    const w = window as unknown as {
      __clicks: number[];
      __paints: number[];
      __commits: number[];
      __cls: number;
    };
    return { clicks: w.__clicks, paints: w.__paints, commits: w.__commits, cls: w.__cls };
  });
  const after = (t: number, list: number[]) => list.find((x) => x > t);
  const since = (list: number[]) =>
    inPage.clicks.flatMap((c) => (after(c, list) ? [after(c, list)! - c] : []));
  const paintAfterCommit = inPage.clicks.flatMap((c) => {
    const commit = after(c, inPage.commits);
    const paint = after(c, inPage.paints);
    return commit !== undefined && paint !== undefined ? [paint - commit] : [];
  });
  const nonEmpty = (values: number[], what: string) => {
    if (!values.length) throw new Error(`no ${what} was recorded`);
    return values;
  };
  return {
    latencies: () => nonEmpty(since(inPage.paints), 'customer line after a click'),
    saves: () => nonEmpty(since(inPage.commits), 'committed step after a click'),
    paintAfterCommit: () => nonEmpty(paintAfterCommit, 'line painted after a commit'),
    cls: inPage.cls,
  };
}

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * Runs one step into `result`: its figures, or for each name it was to give, the reason it failed.
 * A step whose setup failed is given that reason without running.
 */
export async function step(
  result: RunResult,
  names: string[],
  run: () => Promise<Record<string, number>>,
  log: (message: string) => void,
) {
  try {
    Object.assign(result, await run());
  } catch (error) {
    const reason = reasonOf(error);
    log(`${names.join(', ')}: ${reason}`);
    for (const name of names) result[name] = { reason };
  }
}

export interface CallBenchOptions {
  base: string;
  log: (message: string) => void;
  /**
   * Given the built files of the scripts fetched before the first reply (cold), returns their
   * gzip bytes, and keeps them for the bundle-composition report.
   */
  onFirstLoad: (files: string[]) => number;
}

const WARM = [
  'firstChoiceMs1x',
  'firstChoiceMs4x',
  'choiceLatencyMedianMs1x',
  'stepSaveP95Ms',
  'paintAfterCommitMs',
  'choiceLatencyP95Ms4x',
  'cls',
];
const COLD = ['firstChoiceColdMs1x', 'firstChoiceColdMs4x', 'initialJsGzipBytes'];

/** One run of the warm and cold first loads and of the replies. */
export async function callRun({ base, log, onFirstLoad }: CallBenchOptions): Promise<RunResult> {
  const result: RunResult = {};
  let warm: Awaited<ReturnType<typeof freshContext>> | undefined;
  try {
    let urls: Awaited<ReturnType<typeof returningTrainee>> | undefined;
    await step(
      result,
      WARM,
      async () => {
        warm = await freshContext(false);
        const setup = await warm.context.newPage();
        urls = await returningTrainee(base, setup);
        await serviceWorkerReady(setup);
        await setup.close();
        return {};
      },
      log,
    );
    if (warm && urls) {
      const { context } = warm;
      const { ac, sparePart } = urls;
      await step(
        result,
        ['firstChoiceMs1x'],
        async () => {
          const opened = await openOnCall(context, ac, 1, false);
          await opened.page.close();
          return { firstChoiceMs1x: opened.ms };
        },
        log,
      );
      await step(
        result,
        ['firstChoiceMs4x'],
        async () => {
          const opened = await openOnCall(context, ac, 4, false);
          await opened.page.close();
          return { firstChoiceMs4x: opened.ms };
        },
        log,
      );
      let fullCls = 0;
      // Step saves, latency and layout shift over a whole call at full speed…
      await step(
        result,
        ['choiceLatencyMedianMs1x', 'stepSaveP95Ms', 'paintAfterCommitMs'],
        async () => {
          const full = await openOnCall(context, ac, 1, false);
          await playReplies(full.page, expertReplies(AC).slice(1));
          const timed = await pageTimings(full.page);
          await full.page.close();
          fullCls = timed.cls;
          return {
            choiceLatencyMedianMs1x: median(timed.latencies()),
            stepSaveP95Ms: p95(timed.saves()),
            paintAfterCommitMs: median(timed.paintAfterCommit()),
          };
        },
        log,
      );
      // …and on a four-times slower CPU.
      await step(
        result,
        ['choiceLatencyP95Ms4x', 'cls'],
        async () => {
          const slow = await openOnCall(context, sparePart, 4, false);
          await playReplies(slow.page, expertReplies(SPARE_PART));
          const timed = await pageTimings(slow.page);
          await slow.page.close();
          return {
            choiceLatencyP95Ms4x: p95(timed.latencies()),
            cls: Math.max(fullCls, timed.cls),
          };
        },
        log,
      );
    }
  } finally {
    if (warm) await closeContext(warm);
  }
  await coldRun(result, { base, log, onFirstLoad });
  return result;
}

/** No HTTP cache and no service worker: every script comes over the network. */
async function coldRun(result: RunResult, { base, log, onFirstLoad }: CallBenchOptions) {
  let cold: Awaited<ReturnType<typeof freshContext>> | undefined;
  try {
    let ac: string | undefined;
    await step(
      result,
      COLD,
      async () => {
        cold = await freshContext(true);
        const setup = await cold.context.newPage();
        ac = (await returningTrainee(base, setup)).ac;
        await setup.close();
        return {};
      },
      log,
    );
    if (!cold || !ac) return;
    const { context } = cold;
    const url = ac;
    await step(
      result,
      ['firstChoiceColdMs1x', 'initialJsGzipBytes'],
      async () => {
        const opened = await openOnCall(context, url, 1, true);
        await opened.page.close();
        return {
          firstChoiceColdMs1x: opened.ms,
          initialJsGzipBytes: onFirstLoad(opened.scripts),
        };
      },
      log,
    );
    await step(
      result,
      ['firstChoiceColdMs4x'],
      async () => {
        const opened = await openOnCall(context, url, 4, true);
        await opened.page.close();
        return { firstChoiceColdMs4x: opened.ms };
      },
      log,
    );
  } finally {
    if (cold) await closeContext(cold);
  }
}

/**
 * Bytes of V8's compiled code (machine code, bytecode and their metadata: the heap snapshot's
 * `code` nodes) in the page's heap, to tell the app's own growth from the engine's tiering up of
 * functions that keep running, which is no leak and not under the app's control.
 */
async function compiledCodeBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const type = fields.indexOf('type');
  const selfSize = fields.indexOf('self_size');
  const code = types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + type] === code) bytes += snapshot.nodes[i + selfSize]!;
  return bytes;
}

/**
 * Used heap after garbage collection after call `calls` against after call 2 (the first call
 * loads the debrief's code once). A call ends on its debrief, complete once its lazy path map
 * has drawn a node (present in the page; whether the map is scrolled into view does not matter).
 * Beside it, the same growth without V8's compiled code, which is most of it (see compiledCodeBytes).
 */
export async function heapRun({ base, log }: CallBenchOptions, calls: number): Promise<RunResult> {
  const result: RunResult = {};
  await step(
    result,
    ['heapGrowthPct', 'heapGrowthWithoutCompiledCodePct'],
    async () => {
      const browser = await freshContext(false);
      try {
        const { context } = browser;
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const { ac } = await returningTrainee(base, page);
        await page.goto(ac);
        const replies = expertReplies(AC);
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        };
        let baseline = 0;
        let baselineCode = 0;
        for (let call = 1; call <= calls; call += 1) {
          if (call > 1) {
            await page.getByRole('button', { name: '再练一次' }).click();
            await page.getByRole('button', { name: '接听', exact: true }).click();
            await playReplies(page, replies);
          } else {
            await playReplies(page, replies.slice(1));
          }
          await page.getByRole('button', { name: '查看复盘' }).click();
          await page.getByRole('heading', { name: '逐句点评' }).waitFor();
          await page
            .locator('.react-flow__node')
            .first()
            .waitFor({ state: 'attached' })
            .catch(() => {
              throw new Error(`the debrief's path map drew no node (call ${call})`);
            });
          if (call === 2) {
            baseline = await heap();
            baselineCode = await compiledCodeBytes(cdp);
          }
          if (process.env.BENCH_HEAP_CALLS) log(`heap after call ${call}: ${await heap()}`);
        }
        const last = await heap();
        const lastCode = await compiledCodeBytes(cdp);
        const withoutCode = [baseline - baselineCode, last - lastCode] as const;
        return {
          heapGrowthPct: ((last - baseline) / baseline) * 100,
          heapGrowthWithoutCompiledCodePct:
            ((withoutCode[1] - withoutCode[0]) / withoutCode[0]) * 100,
        };
      } finally {
        await closeContext(browser);
      }
    },
    log,
  );
  return result;
}

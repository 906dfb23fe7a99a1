/**
 * `npm run bench [-- --json] [-- --runs N]`: measures the production build in Chromium and the
 * engine in Node. Every figure is the median of N runs (default 5) with min and max; a figure no
 * run could measure is null with the reason, and a step that fails never stops the others.
 * Figures are printed, never asserted; `bundle` reports what the call screen's first load fetches.
 */
import './quiet-vite.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext } from 'playwright';
import { preview } from 'vite';
import { analysePaths } from '../src/engine/analyse-paths';
import { detectSamples } from './bench-detect';
import { loadPackFile } from '../src/cli/load-input';
import { FORMAT_VERSION } from '../src/engine/vocabulary';
import { PACK_CAPS } from '../src/engine/validation/limits';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../src/scenarios/bundled';
import { E2E_SETUP_CODE } from '../test/e2e/support/setup-code';
import { fanOut, longChain, packOf } from '../test/hostile-packs';
import {
  benchBuild,
  composition,
  staticClosure,
  type ChunkGraph,
  type Composition,
} from './bench-bundle';
import { callRun, heapRun, type RunResult } from './bench-call';
import { inputDeferralRun } from './bench-input-deferral';
import { hrFigures } from './bench-hr';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

// Several checkouts on one machine can bench side by side on their own ports.
const PORT = Number(process.env.BENCH_PORT ?? 4176);
const BASE = `http://127.0.0.1:${PORT}/`;
// …and build into their own folders (BENCH_OUT).
const OUT = process.env.BENCH_OUT ?? 'dist-bench';
const args = process.argv.slice(2);
const asJson = args.includes('--json');
/**
 * `--only hr` measures just the company-size figures (scripts/bench-hr.ts; a few minutes alone);
 * `--only call` just the trainee's call figures, for a quick check while working on the call screen;
 * `--only replies` those without the ten-call heap run (first load, first choice, reply latency,
 * step save, layout shift, and what the browser adds to a reply: scripts/bench-input-deferral.ts), to
 * compare two builds' replies in one sitting; `--only engine` the path
 * analysis of every bundled case, without a browser; `--only hostile` how fast a 12,000-node chain
 * and a million-path pack are refused, by `sim validate` and by the packs screen, and the longest
 * main-thread task while the screen refuses them.
 */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const onlyHr = only === 'hr';
const onlyReplies = only === 'replies';
const onlyEngine = only === 'engine';
const onlyHostile = only === 'hostile';
const onlyCall = only === 'call' || onlyReplies;
const runs = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 5);
const log = (message: string) => {
  if (!asJson) process.stderr.write(`${message}\n`);
};

type Figure = { median: number; min: number; max: number } | { median: null; reason: string };

function figure(samples: number[], digits = 1): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(digits));
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}
/** A fresh browser profile for the hostile-file run. */
async function freshContext(): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: (await findChromium()) ?? undefined,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return { context, dir };
}

/**
 * Path analysis of every bundled case, `runs` times each: every call steps the compiled machine.
 * Beside the wall clock, the process's CPU time for each analysis: on a machine shared with other
 * jobs the wall clock also counts the wait for a core, the CPU time only the analysis's own work.
 */
function engineFigures() {
  const perCase: Record<string, Figure> = {};
  const cpuPerCase: Record<string, Figure> = {};
  let slowest = { id: '', median: -1 };
  for (const s of BUNDLED_SCENARIOS) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      analysePaths(s);
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    perCase[s.id] = figure(times);
    cpuPerCase[s.id] = figure(cpuTimes);
    const { median } = perCase[s.id]!;
    if (median !== null && median > slowest.median) slowest = { id: s.id, median };
  }
  return {
    perCase,
    cpuPerCase,
    slowest: `${slowest.id} (${analysePaths(findBundledScenario(slowest.id)!).pathCount} paths)`,
  };
}

async function validateFigures() {
  const dir = mkdtempSync(join(tmpdir(), 'desk-validate-'));
  // As many copies of the library as one pack may hold (a pack of more is refused by its count).
  const copies = Math.max(1, Math.floor(PACK_CAPS.scenarios / BUNDLED_SCENARIOS.length));
  const scenarios = Array.from({ length: copies }, (_, k) =>
    BUNDLED_SCENARIOS.map((s) => ({ ...s, id: `${s.id}-${k}`.slice(0, 64) })),
  ).flat();
  // The pack's format version must be at least its newest case's (the bundled cases use the current one).
  const valid = JSON.stringify({
    format: 'complaint-desk-pack',
    formatVersion: FORMAT_VERSION,
    scenarios,
    media: {},
  });
  const hostile: Record<string, string> = {
    malformed: valid.slice(0, -2),
    deep: `{"format":"complaint-desk-pack","formatVersion":${FORMAT_VERSION},"media":{},"scenarios":${'['.repeat(20000)}${']'.repeat(20000)}}`,
    pollution: valid.replace('"media":{}', '"media":{},"__proto__":{"polluted":true}'),
    wrongTypes: valid.replaceAll('"difficulty":', '"difficulty":"x","_d":'),
  };
  const files = {
    valid: join(dir, 'valid.json'),
    ...Object.fromEntries(Object.keys(hostile).map((k) => [k, join(dir, `${k}.json`)])),
  };
  writeFileSync(files.valid, valid);
  for (const [k, text] of Object.entries(hostile)) writeFileSync(join(dir, `${k}.json`), text);
  const msPerMB = async (file: string, bytes: number) => {
    const start = performance.now();
    const result = await loadPackFile(file);
    const ms = ((performance.now() - start) / bytes) * 1048576;
    return { ms, ok: result.ok, why: result.ok ? '' : (result.problems[0]?.message ?? '') };
  };
  const validTimes: number[] = [];
  const hostileTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const v = await msPerMB(files.valid, Buffer.byteLength(valid));
    if (!v.ok) throw new Error(`the large valid pack did not validate: ${v.why}`);
    validTimes.push(v.ms);
    for (const [k, text] of Object.entries(hostile)) {
      const h = await msPerMB(join(dir, `${k}.json`), Buffer.byteLength(text));
      if (h.ok) throw new Error(`hostile input ${k} was accepted`);
      hostileTimes.push(h.ms);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { validTimes, hostileTimes, validMB: Buffer.byteLength(valid) / 1048576 };
}

/**
 * Page-side: when a file is chosen, when the refusal shows, and every long task in between (the
 * browser reports only tasks of 50 ms or more, so a longest task of 0 means none reached 50 ms).
 */
const REFUSAL_PROBES = () => {
  const w = window as unknown as {
    __tasks: PerformanceEntry[];
    __picked: number;
    __refused: number;
  };
  w.__tasks = [];
  new PerformanceObserver((list) => w.__tasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  document.addEventListener('change', () => (w.__picked = performance.now()), true);
  new MutationObserver(() => {
    if (w.__picked && !w.__refused && document.querySelector('.form-error[role=alert]'))
      w.__refused = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

const HOSTILE_PACKS = {
  chain12000: () => packOf(longChain(12_000)),
  millionPaths: () => packOf(fanOut(20)),
};

/**
 * Each hostile pack refused `runs` times by the CLI's loader, then by the packs screen of the
 * built app (chosen in the file input, timed in the page until the refusal shows), with the
 * longest long task the page saw meanwhile.
 */
async function hostileRun() {
  const dir = mkdtempSync(join(tmpdir(), 'desk-hostile-'));
  const files = Object.fromEntries(
    Object.entries(HOSTILE_PACKS).map(([name, make]) => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, make());
      return [name, file];
    }),
  );
  const cli: Record<string, number[]> = {};
  const app: Record<string, number[]> = {};
  const longest: Record<string, number[]> = {};
  for (const [name, file] of Object.entries(files)) {
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const result = await loadPackFile(file);
      (cli[name] ??= []).push(performance.now() - start);
      if (result.ok) throw new Error(`the CLI accepted ${name}`);
    }
  }
  const { context, dir: profile } = await freshContext();
  try {
    await context.addInitScript(REFUSAL_PROBES);
    const page = await context.newPage();
    await page.goto(BASE);
    await page.getByLabel('姓名', { exact: true }).fill('基准');
    await page.getByLabel('工号', { exact: true }).fill('BENCH');
    await page.getByRole('button', { name: '创建并进入' }).click();
    await page.goto(`${BASE}#/trainer`);
    const gate = page.locator('.role-gate');
    await gate.getByLabel('安装码').fill(E2E_SETUP_CODE);
    await gate.getByLabel(/^新密码/).fill('246813');
    await gate.getByLabel('再输一次新密码').fill('246813');
    await gate.getByRole('button', { name: '设置密码', exact: true }).click();
    await gate.getByRole('button', { name: '我已妥善保存' }).click();
    await page.locator('.trainer-hub').getByRole('link', { name: '案例包', exact: true }).click();
    for (const [name, file] of Object.entries(files)) {
      for (let i = 0; i < runs; i += 1) {
        await page.evaluate(() => {
          const w = window as unknown as {
            __tasks: unknown[];
            __picked: number;
            __refused: number;
          };
          w.__tasks = [];
          w.__picked = 0;
          w.__refused = 0;
        });
        await page.getByLabel('选择案例包文件').setInputFiles(file);
        await page.waitForFunction(
          () => (window as unknown as { __refused: number }).__refused > 0,
          null,
          {
            timeout: 60_000,
          },
        );
        // Let any task still running when the refusal painted finish and be reported.
        await page.waitForTimeout(300);
        const timed = await page.evaluate(() => {
          const w = window as unknown as {
            __tasks: PerformanceEntry[];
            __picked: number;
            __refused: number;
          };
          const during = w.__tasks.filter((t) => t.startTime + t.duration >= w.__picked);
          return {
            ms: w.__refused - w.__picked,
            longest: Math.max(0, ...during.map((t) => t.duration)),
          };
        });
        (app[name] ??= []).push(timed.ms);
        (longest[name] ??= []).push(timed.longest);
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  const per = (samples: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, figure(v)]));
  return {
    hostileRefuseMs: { cli: per(cli), app: per(app) },
    hostileLongestTaskMs: per(longest),
    targets: { hostileRefuseMs: '≤ 2000', hostileLongestTaskMs: '≤ 200' },
  };
}

async function benchHostile() {
  log('building the production app…');
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', 'dist-bench-hostile', '--emptyOutDir'],
    {
      stdio: asJson ? 'ignore' : 'inherit',
      env: { ...process.env, COMPLAINT_DESK_SETUP_CODE: E2E_SETUP_CODE },
    },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  const server = await preview({
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    build: { outDir: 'dist-bench-hostile' },
    logLevel: 'silent',
  });
  try {
    process.stdout.write(`${JSON.stringify(await hostileRun(), null, 2)}\n`);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** What a step that did not run or failed gives for each of its figures. */
const missing = (reason: string): Figure => ({ median: null, reason });
const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** Runs a part of the bench; if it fails, its figures are the reason. */
async function part<T>(what: string, run: () => T | Promise<T>): Promise<T | Figure> {
  try {
    return await run();
  } catch (error) {
    log(`${what}: ${reasonOf(error)}`);
    return missing(reasonOf(error));
  }
}

/**
 * Each call figure over the runs: the median of the runs that measured it; null with a reason if
 * none did; `missedRuns` says how many runs failed it and why, if some did.
 */
function callFigures(results: RunResult[]): Record<string, Figure & { missedRuns?: string }> {
  const names = [...new Set(results.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    names.map((name) => {
      const values = results.flatMap((r) => (typeof r[name] === 'number' ? [r[name]] : []));
      const reasons = results.flatMap((r) => {
        const value = r[name];
        return value !== undefined && typeof value === 'object' ? [value.reason] : [];
      });
      if (!values.length) return [name, missing(reasons[0] ?? 'not measured')];
      const digits = name === 'cls' ? 4 : name === 'initialJsGzipBytes' ? 0 : 1;
      const measured = figure(values, digits);
      return [
        name,
        reasons.length
          ? { ...measured, missedRuns: `${reasons.length} of ${results.length}: ${reasons[0]}` }
          : measured,
      ];
    }),
  );
}

const CALL_FIGURES = [
  'initialJsGzipBytes',
  'firstChoiceMs1x',
  'firstChoiceMs4x',
  'firstChoiceColdMs1x',
  'firstChoiceColdMs4x',
  'choiceLatencyMedianMs1x',
  'choiceLatencyP95Ms4x',
  'paintAfterCommitMs',
  'stepSaveP95Ms',
  'cls',
  'heapGrowthPct',
  'heapGrowthWithoutCompiledCodePct',
  'bareSaveMedianMs1x',
  'bareSaveP95Ms1x',
  'bareLineMedianMs1x',
  'bareLineP95Ms4x',
  'stepSaveP95MsNoInputDeferral',
  'choiceLatencyMedianMs1xNoInputDeferral',
];

/** Builds, serves and measures the app in Chromium: the call figures and the company-size ones. */
async function browserFigures() {
  log('building the production app…');
  // HR's figures sit behind the HR PIN, which is set with the installation's setup code.
  process.env.COMPLAINT_DESK_SETUP_CODE = E2E_SETUP_CODE;
  let graph: ChunkGraph;
  let server: Awaited<ReturnType<typeof preview>>;
  try {
    graph = await benchBuild(OUT, asJson);
    server = await preview({
      preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
      build: { outDir: OUT },
      logLevel: 'silent',
    });
  } catch (error) {
    const reason = `the app could not be built and served: ${reasonOf(error)}`;
    log(reason);
    const none = Object.fromEntries(CALL_FIGURES.map((name) => [name, missing(reason)]));
    const bundle = { firstLoad: missing(reason), entryWithStaticImportsGzipBytes: missing(reason) };
    return { call: none, bundle, hr: { companySize: missing(reason) } };
  }
  let firstLoad: string[] | undefined;
  const options = {
    base: BASE,
    log,
    onFirstLoad: (files: string[]) => {
      firstLoad = files;
      return composition(graph, OUT, files).gzipBytes;
    },
  };
  const results: RunResult[] = [];
  let hr: Awaited<ReturnType<typeof hrFigures>> | Record<string, Figure> = {};
  try {
    for (let i = 1; i <= (onlyHr ? 0 : runs); i += 1) {
      log(`browser run ${i}/${runs}…`);
      const heapCalls = Math.max(3, Number(process.env.BENCH_HEAP_CALLS ?? 10));
      results.push({
        ...(await callRun(options)),
        ...(await inputDeferralRun(options)),
        ...(onlyReplies ? {} : await heapRun(options, heapCalls)),
      });
    }
    if (!onlyCall) {
      log('company size: demo organization, calls CSV, records bundle, dashboard, profile search…');
      const measured = await part('company size', () =>
        hrFigures({ base: BASE, runs, log, figure }),
      );
      hr = 'median' in measured ? { companySize: measured } : measured;
    }
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const closure = staticClosure(graph, OUT);
  const bundle: {
    firstLoad: Composition | Figure;
    entryWithStaticImportsGzipBytes: number | Figure;
  } = {
    /** Every script a deep link to a call fetched before its first reply showed (cold, 1×). */
    firstLoad: firstLoad
      ? composition(graph, OUT, firstLoad)
      : missing('no cold first load was measured'),
    /** The entry and its static imports alone, what index.html preloads. */
    entryWithStaticImportsGzipBytes: composition(graph, OUT, closure).gzipBytes,
  };
  const call = callFigures(results);
  for (const name of CALL_FIGURES) {
    if (!(name in call) && !onlyHr && !(onlyReplies && name.startsWith('heapGrowth')))
      call[name] = missing('no run reached it');
  }
  return { call, bundle, hr };
}

async function main() {
  if (onlyHostile) return benchHostile();
  if (onlyEngine) {
    const paths = engineFigures();
    const validation = await part('validation', validateFigures);
    const figures = {
      pathAnalysisMs: paths.perCase,
      pathAnalysisCpuMs: paths.cpuPerCase,
      pathAnalysisSlowest: paths.slowest,
      ...('median' in validation
        ? { validateMsPerMB: validation }
        : {
            validateMsPerMB: figure(validation.validTimes),
            validateValidPackMB: Number(validation.validMB.toFixed(2)),
            validateHostileMsPerMB: figure(validation.hostileTimes, 2),
          }),
      detectMs120: figure(detectSamples(runs), 3),
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  const browser = await browserFigures();
  if (onlyCall) {
    process.stdout.write(
      `${JSON.stringify({ ...browser.call, bundle: browser.bundle }, null, 2)}\n`,
    );
    return;
  }
  if (onlyHr) {
    process.stdout.write(`${JSON.stringify(browser.hr, null, 2)}\n`);
    return;
  }
  log('engine figures…');
  const paths = await part('path analysis', engineFigures);
  const validation = await part('validation', validateFigures);
  const detectMs120 = await part('detection', () => figure(detectSamples(runs), 3));

  const os = await import('node:os');
  const result = {
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}`,
    runs,
    ...browser.call,
    ...browser.hr,
    ...('median' in paths
      ? { pathAnalysisMs: paths }
      : {
          pathAnalysisMs: paths.perCase,
          pathAnalysisCpuMs: paths.cpuPerCase,
          pathAnalysisSlowest: paths.slowest,
        }),
    ...('median' in validation
      ? { validateMsPerMB: validation, validateHostileMsPerMB: validation }
      : {
          validateMsPerMB: figure(validation.validTimes),
          validateValidPackMB: Number(validation.validMB.toFixed(2)),
          validateHostileMsPerMB: figure(validation.hostileTimes, 2),
        }),
    detectMs120,
    bundle: browser.bundle,
  };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const targets: Record<string, string> = {
    initialJsGzipBytes: '≤ 153600',
    firstChoiceMs1x: '≤ 300',
    firstChoiceMs4x: '≤ 800',
    firstChoiceColdMs1x: '≤ 600',
    firstChoiceColdMs4x: '≤ 1500',
    choiceLatencyMedianMs1x: '≤ 16',
    choiceLatencyP95Ms4x: '≤ 50',
    paintAfterCommitMs: '≤ 16',
    stepSaveP95Ms: '≤ 8',
    cls: '≤ 0.02',
    heapGrowthPct: '< 5',
    dashboardFirstRenderMs: '≤ 1000',
    dashboardFilterMs: '≤ 100',
    demoOrgLoadMs: '≤ 5000',
    csvExport50kMs: '≤ 2000',
    profileSearchMs: '≤ 50',
    pathAnalysisMs: '≤ 1000',
    detectMs120: '≤ 5',
  };
  console.log(`\n${result.machine}, ${runs} runs\n`);
  console.log(
    'figure'.padEnd(26) +
      'median'.padStart(10) +
      'min'.padStart(10) +
      'max'.padStart(10) +
      '   target',
  );
  const isFigure = (value: unknown): value is Figure =>
    !!value && typeof value === 'object' && 'median' in value;
  const rows = Object.entries(result).flatMap(([key, value]) =>
    key.startsWith('pathAnalysis') && typeof value === 'object' && !isFigure(value)
      ? Object.entries(value as Record<string, Figure>).map(
          ([id, f]) => [`${key} ${id}`, f] as const,
        )
      : [[key, value] as const],
  );
  for (const [key, value] of rows) {
    if (!isFigure(value)) continue;
    const cells =
      value.median === null
        ? [`— (${value.reason})`]
        : [value.median, value.min, value.max].map((n) => String(n).padStart(10));
    const target = targets[key.split(' ')[0]!];
    console.log(key.padEnd(26) + cells.join('') + (target ? `   ${target}` : ''));
  }
  const { firstLoad } = browser.bundle;
  if ('median' in firstLoad) return;
  console.log(`\nfirst load: ${firstLoad.files} scripts, ${firstLoad.gzipBytes} bytes gzipped`);
  for (const c of firstLoad.topChunks)
    console.log(`  ${String(c.gzipBytes).padStart(8)}  ${c.file} (${c.mostly})`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/**
 * The company-size figures of `npm run bench` (`--only hr` runs just these): the demo organization
 * loaded with the HR screen's own button (and its rows written again by plain IndexedDB, what the
 * browser alone takes for them), the calls CSV of its 50,000 calls, a records bundle
 * merged into an empty machine, then the organization grown to 2,000 people and 200,000 calls for
 * the dashboard's first render and filter and the profile screen's search. Each step that fails
 * leaves its figures null with the reason and the others still run.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext, type Page } from 'playwright';
import { MERGE_MARKS } from '../src/storage/records-bundle';
import { writeBenchRecordsBundle } from './bench-records-bundle';
import { E2E_SETUP_CODE } from '../test/e2e/support/setup-code';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export type Figure =
  { median: number; min: number; max: number } | { median: null; reason: string };

export interface HrBenchOptions {
  base: string;
  runs: number;
  log: (message: string) => void;
  figure: (samples: number[], digits?: number) => Figure;
}

/** The organization the dashboard and the profile search are measured at. */
export const COMPANY_SIZE = { people: 2_000, attempts: 200_000 };

/** Page-side probes for the dashboard: when the HR gate opened and the first roster rows painted. */
const ROSTER_PROBES = () => {
  const w = window as unknown as Record<string, unknown>;
  new MutationObserver(() => {
    if (document.querySelector('.role-gate')) w.__gateSeen = true;
    else if (w.__gateSeen && w.__unlockedAt === undefined) w.__unlockedAt = performance.now();
    if (w.__rosterMark === undefined && document.querySelector('.roster-row')) {
      w.__rosterMark = true;
      requestAnimationFrame(() => (w.__firstRoster = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true });
};

export async function freshContext(): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-hr-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: (await findChromium()) ?? undefined,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await context.addInitScript(ROSTER_PROBES);
  return { context, dir };
}

const BENCH_PIN = '246813';

/** Sets the HR PIN with the bench build's setup code on a fresh machine, or types it. */
async function passHrGate(page: Page) {
  const gate = page.locator('.role-gate');
  const setPin = gate.getByRole('button', { name: '设置密码', exact: true });
  const unlock = gate.getByRole('button', { name: '解锁', exact: true });
  await setPin.or(unlock).waitFor();
  if (await setPin.isVisible()) {
    await gate.getByLabel('安装码').fill(E2E_SETUP_CODE);
    await gate.getByLabel('新密码（6–12 位数字）').fill(BENCH_PIN);
    await gate.getByLabel('再输一次新密码').fill(BENCH_PIN);
    await setPin.click();
    await gate.getByRole('button', { name: '我已妥善保存' }).click();
  } else {
    await gate.getByLabel('人事密码', { exact: true }).fill(BENCH_PIN);
    await unlock.click();
  }
  await gate.waitFor({ state: 'detached' });
}

export async function openHr(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}#/hr`);
  await passHrGate(page);
  return page;
}

/**
 * Types into a search field inside the page and times it until the list under it has changed and
 * been painted. No named helpers in here: the bundler would wrap them in a function the page lacks.
 */
function searchInPage({
  field,
  list,
  value,
}: {
  field: string;
  list: string;
  value: string;
}): Promise<number> {
  const input = document.querySelector<HTMLInputElement>(field)!;
  const target = document.querySelector(list)!;
  const changed = new Promise<void>((resolve) =>
    new MutationObserver((_, observer) => {
      observer.disconnect();
      resolve();
    }).observe(target, { childList: true, subtree: true, characterData: true }),
  );
  const start = performance.now();
  // React listens for the input event; setting the value through the prototype lets it see the change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return changed
    .then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    .then(() => performance.now() - start);
}

/**
 * Grows the loaded demo organization `copies` times over, inside the page with plain IndexedDB:
 * every demo person, call and summary row is copied under a new demo id and 工号. The copies are
 * bench data only (unsealed); what the dashboard and profile search read is the same shape.
 */
export function growDemoInPage(copies: number): Promise<{ people: number; attempts: number }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('complaint-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const read = db.transaction(['profiles', 'attempts', 'profileSummaries'], 'readonly');
      const range = IDBKeyRange.bound('demo-org:', 'demo-org:\uffff');
      const profiles = read.objectStore('profiles').getAll(range);
      const attempts = read.objectStore('attempts').getAll(range);
      const summaries = read.objectStore('profileSummaries').getAll(range);
      read.onerror = () => reject(read.error);
      read.oncomplete = () => {
        const people = profiles.result as Array<Record<string, unknown> & { id: string }>;
        const calls = attempts.result as Array<Record<string, unknown> & { id: string }>;
        const rows = summaries.result as Array<Record<string, unknown> & { profileId: string }>;
        let pending = copies;
        for (let k = 1; k <= copies; k += 1) {
          const prefix = `demo-org:x${k}-`;
          const write = db.transaction(['profiles', 'attempts', 'profileSummaries'], 'readwrite');
          for (const p of people) {
            write.objectStore('profiles').put({
              ...p,
              id: p.id.replace('demo-org:', prefix),
              employeeId: `X${k}${String(p.employeeId)}`,
            });
          }
          for (const a of calls) {
            write.objectStore('attempts').put({
              ...a,
              id: a.id.replace('demo-org:', prefix),
              profileId: String(a.profileId).replace('demo-org:', prefix),
            });
          }
          for (const s of rows) {
            write
              .objectStore('profileSummaries')
              .put({ ...s, profileId: s.profileId.replace('demo-org:', prefix) });
          }
          write.onerror = () => reject(write.error);
          write.oncomplete = () => {
            pending -= 1;
            if (pending === 0) {
              db.close();
              resolve({
                people: people.length * (copies + 1),
                attempts: calls.length * (copies + 1),
              });
            }
          };
        }
      };
    };
  });
}

const FILTER_VALUES = ['王', 'DM01', '李', 'X2DM02', '张', 'DM03', '陈', 'X3DM04', '刘', 'DM00'];
const PROFILE_QUERIES = [
  '王',
  'DM012',
  '李',
  'X1DM0',
  '张伟',
  'DM04',
  '陈',
  'X3DM0123',
  '刘',
  'DM0',
];

/** Runs one step, turning its failure into a reason for every figure it was to give. */
async function step<T extends Record<string, Figure>>(
  names: readonly (keyof T & string)[],
  log: (message: string) => void,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    log(`${names.join(', ')}: ${reason}`);
    return Object.fromEntries(names.map((n) => [n, { median: null, reason }])) as T;
  }
}

/**
 * One chunk of the loaded demo organization as stored: 2,500 calls and the 2,500 links sealing them.
 * A string, like DEMO_ROWS_FLOOR, so the bundler adds no helper the page lacks.
 */
const DEMO_CHUNK_ROWS = `(async () => {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const app = await request(indexedDB.open('complaint-desk'));
  const read = app.transaction(['attempts', 'ledger'], 'readonly');
  const calls = await request(read.objectStore('attempts').getAll(null, 2500));
  const people = new Set(calls.map((c) => c.profileId));
  const links = (await request(read.objectStore('ledger').getAll()))
    .filter((l) => people.has(l.profileId) && l.kind === 'attempt');
  app.close();
  if (calls.length < 2500 || links.length < 2500) throw new Error('the demo organization is not loaded');
  return { calls, links };
})()`;

/**
 * What Chromium's IndexedDB alone takes for the demo organization's rows, to read `demoOrgLoadMs`
 * by: the chunk on the page (window.__demoChunk) copied twenty times — 50,000 calls and their
 * 50,000 seals — into a database with the app's stores, keys and indexes for them, one relaxed
 * transaction per copy as the demo load writes, and nothing else: no app code, no rows made or
 * sealed, no progress drawn. Run in a browser profile of its own, so no other database's
 * background work (the app's, compacting what its load wrote) shares the machine.
 */
const DEMO_ROWS_FLOOR = `(async () => {
  const COPIES = 20;
  const { calls, links } = window.__demoChunk;
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const open = indexedDB.open('bench-demo-rows-floor', 1);
  open.onupgradeneeded = () => {
    const attempts = open.result.createObjectStore('attempts', { keyPath: 'id' });
    attempts.createIndex('[profileId+status]', ['profileId', 'status']);
    attempts.createIndex('[profileId+startedAt]', ['profileId', 'startedAt']);
    attempts.createIndex('scenarioId', 'scenarioId');
    const ledger = open.result.createObjectStore('ledger', { keyPath: ['profileId', 'seq'] });
    ledger.createIndex('recordId', 'recordId');
  };
  const db = await request(open);
  const start = performance.now();
  for (let copy = 0; copy < COPIES; copy += 1) {
    const tx = db.transaction(['attempts', 'ledger'], 'readwrite', { durability: 'relaxed' });
    const attempts = tx.objectStore('attempts');
    const ledger = tx.objectStore('ledger');
    for (const c of calls)
      attempts.put({ ...c, id: c.id + '~' + copy, profileId: c.profileId + '~' + copy });
    for (const l of links)
      ledger.put({ ...l, profileId: l.profileId + '~' + copy, recordId: l.recordId + '~' + copy });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
  }
  const ms = performance.now() - start;
  db.close();
  return ms;
})()`;

export async function hrFigures({ base, runs, log, figure }: HrBenchOptions) {
  const { context, dir } = await freshContext();
  const merge = await freshContext();
  try {
    const demo = await step(['demoOrgLoadMs'], log, async () => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const page = await openHr(context, base);
        // Each load is timed into a machine without the demo: removing it first is not timed.
        if (i > 0) {
          await page.getByRole('button', { name: '删除演示机构' }).click();
          await page.getByText('演示机构已删除。').waitFor({ timeout: 600_000 });
        }
        const start = performance.now();
        await page.getByRole('button', { name: '载入演示机构' }).click();
        await page.getByText('演示机构已载入。').waitFor({ timeout: 600_000 });
        samples.push(performance.now() - start);
        log(`demo organization loaded in ${Math.round(samples.at(-1)!)} ms`);
        await page.close();
        // A load far over its target is measured once: five of them would take minutes.
        if (samples[0]! > 20_000) break;
      }
      return { demoOrgLoadMs: figure(samples) };
    });

    const floor = await step(['demoRowsFloorMs'], log, async () => {
      const source = await context.newPage();
      await source.goto(base);
      const chunk: unknown = await source.evaluate(DEMO_CHUNK_ROWS);
      await source.close();
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const bare = await freshContext();
        try {
          const page = await bare.context.newPage();
          // A plain file of the app's origin: IndexedDB there, and no app starting beside the writes.
          await page.goto(`${base}favicon.svg`);
          await page.evaluate((rows) => {
            (window as unknown as { __demoChunk: unknown }).__demoChunk = rows;
          }, chunk);
          samples.push(await page.evaluate<number>(DEMO_ROWS_FLOOR));
          log(`the demo's rows alone, plain IndexedDB: ${Math.round(samples.at(-1)!)} ms`);
        } finally {
          await bare.context.close();
          rmSync(bare.dir, { recursive: true, force: true });
        }
      }
      return { demoRowsFloorMs: figure(samples) };
    });

    const csv = await step(['csvExport50kMs'], log, async () => {
      const samples: number[] = [];
      const page = await openHr(context, base);
      for (let i = 0; i < runs; i += 1) {
        const downloading = page.waitForEvent('download', { timeout: 600_000 });
        const start = performance.now();
        await page.getByRole('button', { name: '导出全部通话 CSV' }).click();
        const file = join(dir, `calls-${i}.csv`);
        await (await downloading).saveAs(file);
        samples.push(performance.now() - start);
        if (i === 0) {
          const lines = readFileSync(file, 'utf8').split('\r\n').length - 2;
          log(`calls CSV: ${lines} rows in ${Math.round(samples[0]!)} ms`);
          if (lines < 50_000) throw new Error(`the calls CSV has ${lines} rows, not 50,000`);
        }
        // The export button is busy until the download is handed over.
        await page
          .getByRole('button', { name: '导出全部通话 CSV' })
          .and(page.locator(':enabled'))
          .waitFor();
        if (samples[0]! > 20_000) break;
      }
      await page.close();
      return { csvExport50kMs: figure(samples) };
    });

    const bundleMerge = await step(['importRowsPerSec'], log, async () => {
      // The demo never travels in a bundle: a room's real calls, made here, do.
      const file = join(dir, 'bundle.json');
      const rows = await writeBenchRecordsBundle(file);
      log(`bundle: ${rows} rows, ${(statSync(file).size / 1048576).toFixed(1)} MB`);
      const rowsPerSec: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        // Each merge lands on an empty machine, so every run adds every row.
        const page = await openHr(merge.context, base);
        await page.evaluate(() => performance.clearMarks());
        await page.getByLabel('选择记录包文件').setInputFiles(file);
        // The check ends in a plan or a refusal; a refusal is this step's reason, not a long wait.
        const apply = page.getByRole('button', { name: '确认合并' });
        const refusal = page.getByRole('alert').filter({ hasText: '这个记录包不能合并' });
        await apply.or(refusal).waitFor({ timeout: 600_000 });
        if (await refusal.isVisible()) throw new Error((await refusal.innerText()).trim());
        await apply.click();
        await page.getByText(/已合并 \d+ 条记录/).waitFor({ timeout: 600_000 });
        const ms = await page.evaluate((marks) => {
          const [checkStart, checkEnd, applyStart, applyEnd] = [
            marks.checkStart,
            marks.checkEnd,
            marks.applyStart,
            marks.applyEnd,
          ].map((name) => performance.getEntriesByName(name).at(-1)!.startTime);
          return checkEnd! - checkStart! + applyEnd! - applyStart!;
        }, MERGE_MARKS);
        rowsPerSec.push((rows / ms) * 1000);
        await page.evaluate(
          () =>
            new Promise<void>((resolve) => {
              const request = indexedDB.deleteDatabase('complaint-desk');
              request.onsuccess = request.onerror = request.onblocked = () => resolve();
            }),
        );
        await page.close();
      }
      return { importRowsPerSec: figure(rowsPerSec, 0) };
    });

    const grown = await step(
      ['dashboardFirstRenderMs', 'dashboardFilterMs', 'profileSearchMs'],
      log,
      async () => {
        const page = await context.newPage();
        await page.goto(`${base}#/hr`);
        const start = performance.now();
        const size = await page.evaluate(growDemoInPage, 3);
        await page.close();
        log(
          `grown to ${size.people} people and ${size.attempts} calls in ${Math.round(performance.now() - start)} ms`,
        );
        if (size.people < COMPANY_SIZE.people || size.attempts < COMPANY_SIZE.attempts)
          throw new Error(
            `the organization reached only ${size.people} people and ${size.attempts} calls`,
          );
        const dashboard = await step(
          ['dashboardFirstRenderMs', 'dashboardFilterMs'],
          log,
          async () => {
            const firstRender: number[] = [];
            const filter: number[] = [];
            for (let i = 0; i < runs; i += 1) {
              const hr = await openHr(context, base);
              await hr.waitForFunction(
                () => (window as unknown as { __firstRoster?: number }).__firstRoster !== undefined,
                undefined,
                { timeout: 120_000 },
              );
              firstRender.push(
                await hr.evaluate(() => {
                  const w = window as unknown as { __firstRoster: number; __unlockedAt?: number };
                  return w.__firstRoster - (w.__unlockedAt ?? 0);
                }),
              );
              filter.push(
                await hr.evaluate(searchInPage, {
                  field: '.roster-filters input[type=search]',
                  list: '.roster-table tbody',
                  value: FILTER_VALUES[i % FILTER_VALUES.length]!,
                }),
              );
              await hr.close();
            }
            return {
              dashboardFirstRenderMs: figure(firstRender),
              dashboardFilterMs: figure(filter),
            };
          },
        );
        const profiles = await step(['profileSearchMs'], log, async () => {
          const samples: number[] = [];
          for (let i = 0; i < runs; i += 1) {
            const screen = await context.newPage();
            await screen.goto(base);
            await screen.locator('.profile-search input[type=search]').waitFor({ timeout: 30_000 });
            await screen.locator('.profile-list li').first().waitFor({ timeout: 30_000 });
            samples.push(
              await screen.evaluate(searchInPage, {
                field: '.profile-search input[type=search]',
                list: '.profile-list',
                value: PROFILE_QUERIES[i % PROFILE_QUERIES.length]!,
              }),
            );
            await screen.close();
          }
          return { profileSearchMs: figure(samples) };
        });
        return { ...dashboard, ...profiles };
      },
    );

    return { ...demo, ...floor, ...csv, ...grown, ...bundleMerge };
  } finally {
    await context.close();
    await merge.context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(merge.dir, { recursive: true, force: true });
  }
}

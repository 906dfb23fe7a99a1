import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

/** SIGKILL to the browser's processes, or the browser closed the ordinary way. */
export type Fault = 'kill' | 'close';

/** Chromium on a profile directory on disk, as a trainee's browser keeps its records. */
export async function launchOn(dir: string, baseURL: string | undefined): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: (await findChromium()) ?? undefined,
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  // A step that cannot happen fails this run with its stage instead of waiting out the whole test.
  context.setDefaultTimeout(20_000);
  await context.addInitScript(CUT_HOOK);
  return context;
}

export const firstPage = async (context: BrowserContext): Promise<Page> =>
  context.pages()[0] ?? (await context.newPage());

/** The browser's main process: the one started with this profile directory and no --type. */
function browserPid(dir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${dir}`) && !args.some((a) => a.startsWith('--type='))) {
      return Number(entry);
    }
  }
  throw new Error(`no browser process for ${dir}`);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pulls the plug: SIGKILL to the browser's whole process group, or a browser close. */
export async function strike(context: BrowserContext, dir: string, fault: Fault): Promise<void> {
  if (fault === 'close') {
    await context.close();
    return;
  }
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const pid = browserPid(dir);
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
  await Promise.race([
    closed,
    pause(15_000).then(() => {
      throw new Error(`the browser ${pid} was killed but its connection did not close`);
    }),
  ]);
}

const CUT_PATH = '__fault-now';

/**
 * Runs in every page before the app: once armed, counts the write requests (add, put, delete,
 * clear) of the app's database made in transactions that cover one store, and at the chosen one
 * stops the page in a synchronous request that the test answers by striking the browser. The
 * page is frozen inside the transaction, so the fault lands between two of its requests, before
 * it can commit. It only watches: every request goes on unchanged.
 */
const CUT_HOOK = `(() => {
  for (const method of ['add', 'put', 'delete', 'clear']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const arm = window.__faultCut;
      const tx = this.transaction;
      if (arm && tx.db.name === 'complaint-desk' && tx.objectStoreNames.contains(arm.store)) {
        arm.seen += 1;
        if (arm.seen === arm.at) {
          const request = new XMLHttpRequest();
          request.open('POST', '/${CUT_PATH}', false);
          try { request.send(this.name + ' ' + method); } catch (error) {}
        }
      }
      return original.apply(this, args);
    };
  }
})();`;

/** Where a cut landed: which store's request it froze before, and the how-manyth it was. */
export interface Cut {
  request: number;
  before: string;
}

/**
 * Arms the cut in `page`: the `at`-th write request in a transaction covering `store` freezes
 * the page and `fault` strikes the browser. Resolves with where it landed once the browser is down.
 */
export async function armCut(
  context: BrowserContext,
  page: Page,
  dir: string,
  fault: Fault,
  store: string,
  at: number,
): Promise<{ landed: Promise<Cut>; fired: () => boolean }> {
  let fired = false;
  const landed = new Promise<Cut>((resolve, reject) => {
    void context.route(`**/${CUT_PATH}`, (route) => {
      fired = true;
      const before = route.request().postData() ?? '';
      strike(context, dir, fault).then(() => resolve({ request: at, before }), reject);
    });
  });
  await page.evaluate(
    ([s, n]) => {
      (window as unknown as { __faultCut: unknown }).__faultCut = { store: s, at: n, seen: 0 };
    },
    [store, at] as const,
  );
  return { landed, fired: () => fired };
}

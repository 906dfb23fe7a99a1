/**
 * What the browser itself adds to a reply, measured beside the call figures so they can be read:
 *
 * - **The bare page**: a page on the app's origin with one button whose click commits one
 *   IndexedDB transaction (a get and a put, as small as a save gets) and then shows a line, timed
 *   by the same probes as a reply (click → committed, click → line painted). No app code runs.
 *   It is the least any page that saves before it shows can do in this browser on this machine.
 * - **The app without the browser's input deferral**: the same replies as `stepSaveP95Ms` and
 *   `choiceLatencyMedianMs1x`, in a Chromium started with `DeferRendererTasksAfterInput` off.
 *
 * Why: after a click (any discrete input) Chromium holds the page's other tasks — IndexedDB
 * results, a worker's messages, timers — until it has produced the click's frame, to paint the
 * click's own feedback sooner. A transaction's results, and so its commit, therefore reach the
 * page only after that frame, and a line shown after the commit is painted a frame later still.
 * These figures are for reading the issue's; they replace none of them.
 */
import type { Page } from 'playwright';
import { STEP_COMMITTED_MARK } from '../src/storage/attempts';
import {
  AC,
  closeContext,
  expertReplies,
  freshContext,
  median,
  openOnCall,
  p95,
  pageTimings,
  playReplies,
  returningTrainee,
  step,
  type CallBenchOptions,
  type RunResult,
} from './bench-call';

const BARE_PATH = 'bench-bare-save.html';
const BARE_CLICKS = 20;
/** The Chromium feature that holds a page's tasks after input until the next frame. */
export const NO_INPUT_DEFERRAL = '--disable-features=DeferRendererTasksAfterInput';

/**
 * The bare page: its line carries the call screen's class and its commit the reply's mark, so the
 * call's own probes time it exactly as they time a reply.
 */
const barePage = (committedMark: string) => `<!doctype html>
<html lang="zh-CN"><meta charset="utf-8"><title>bare save</title>
<button id="reply" style="min-width:200px;min-height:44px">回复</button>
<ol id="lines"></ol>
<script>
  const open = indexedDB.open('bench-bare-save', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('steps');
  open.onsuccess = () => {
    const db = open.result;
    let n = 0;
    document.getElementById('reply').onclick = () => {
      const tx = db.transaction('steps', 'readwrite');
      const steps = tx.objectStore('steps');
      steps.get(n);
      steps.put({ n, at: Date.now() }, n);
      tx.oncomplete = () => {
        performance.mark(${JSON.stringify(committedMark)});
        n += 1;
        const line = document.createElement('li');
        line.className = 'bubble-customer';
        line.textContent = '客户的第 ' + n + ' 句';
        document.getElementById('lines').append(line);
      };
    };
    document.body.dataset.ready = 'yes';
  };
</script>
</html>`;

async function clickBare(page: Page, clicks: number) {
  await page.locator('body[data-ready="yes"]').waitFor();
  const lines = page.locator('#lines li');
  for (let i = 1; i <= clicks; i += 1) {
    await page.locator('#reply').click();
    await lines.nth(i - 1).waitFor();
  }
}

/** One run of the bare page (1× and 4×) and of the app's replies without input deferral. */
export async function inputDeferralRun({ base, log }: CallBenchOptions): Promise<RunResult> {
  const result: RunResult = {};
  await step(
    result,
    ['bareSaveMedianMs1x', 'bareSaveP95Ms1x', 'bareLineMedianMs1x', 'bareLineP95Ms4x'],
    async () => {
      // The service worker is blocked so the made-up path is not answered with the app's page.
      const browser = await freshContext(true);
      try {
        const { context } = browser;
        await context.route(`${base}${BARE_PATH}`, (route) =>
          route.fulfill({ contentType: 'text/html', body: barePage(STEP_COMMITTED_MARK) }),
        );
        const timed = async (rate: number) => {
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await page.goto(`${base}${BARE_PATH}`);
          await clickBare(page, BARE_CLICKS);
          const timings = await pageTimings(page);
          await page.close();
          return timings;
        };
        const fast = await timed(1);
        const slow = await timed(4);
        return {
          bareSaveMedianMs1x: median(fast.saves()),
          bareSaveP95Ms1x: p95(fast.saves()),
          bareLineMedianMs1x: median(fast.latencies()),
          bareLineP95Ms4x: p95(slow.latencies()),
        };
      } finally {
        await closeContext(browser);
      }
    },
    log,
  );
  await step(
    result,
    ['stepSaveP95MsNoInputDeferral', 'choiceLatencyMedianMs1xNoInputDeferral'],
    async () => {
      const browser = await freshContext(false, [NO_INPUT_DEFERRAL]);
      try {
        const setup = await browser.context.newPage();
        const { ac } = await returningTrainee(base, setup);
        await setup.close();
        const call = await openOnCall(browser.context, ac, 1, false);
        await playReplies(call.page, expertReplies(AC).slice(1));
        const timings = await pageTimings(call.page);
        await call.page.close();
        return {
          stepSaveP95MsNoInputDeferral: p95(timings.saves()),
          choiceLatencyMedianMs1xNoInputDeferral: median(timings.latencies()),
        };
      } finally {
        await closeContext(browser);
      }
    },
    log,
  );
  return result;
}

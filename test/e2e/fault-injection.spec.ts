import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { seededRandom } from '../../src/engine/seeded-random';
import {
  checkRecords,
  readRawRecords,
  recordCount,
  type RawRecords,
} from './support/records-check';
import { AC, AC_PATHS, createTrainee, reply, replyText, takeCall } from './support/steps';

/**
 * A trainee practises in a real Chromium profile on disk, and the browser dies under them: killed
 * outright or closed, at a random moment, often while a reply is being written. Every time, the
 * next start finds whole records and lets the trainee carry on.
 */
const RUNS = Number(process.env.FAULT_RUNS ?? 5);
const FIRST_SEED = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000_000);
const REPLIES = AC_PATHS.recommended.choices;

/** A seeded generator, so a failing run can be repeated from its seed. */
function generator(seed: number) {
  // Spread neighbouring seeds apart, so consecutive runs do not start alike.
  return seededRandom(Math.imul(seed, 0x9e3779b1));
}

type Fault = 'kill' | 'close';
type Moment = 'answering' | 'reply-in-flight' | 'between-replies';

interface RunResult {
  seed: number;
  fault: Fault;
  moment: Moment;
  recordsChecked: number;
  /** Whether the reply being written when the browser died was kept whole (else rolled back). */
  inFlightKept: boolean | null;
  recovery: 'continued' | 'abandoned' | 'started';
}

async function launch(dir: string, baseURL: string | undefined): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: (await findChromium()) ?? undefined,
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 800 },
  });
  // A step that cannot happen fails this run with its stage instead of waiting out the whole test.
  context.setDefaultTimeout(20_000);
  return context;
}

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

/** Pulls the plug: SIGKILL to the browser's whole process group, or an abrupt context close. */
async function strike(context: BrowserContext, dir: string, fault: Fault) {
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

/** The trainee's own attempts, newest last. */
const attemptsOf = (records: RawRecords, name: string) => {
  const profile = records.profiles.find((p) => p.name === name);
  return records.attempts.filter((a) => a.profileId === profile?.id);
};

async function expectWhole(page: Page): Promise<RawRecords> {
  const records = await readRawRecords(page);
  expect(checkRecords(records)).toEqual([]);
  return records;
}

async function oneRun(seed: number, baseURL: string | undefined): Promise<RunResult> {
  const random = generator(seed);
  const pick = <T>(options: readonly T[]) => options[Math.floor(random() * options.length)]!;
  const fault = pick<Fault>(['kill', 'kill', 'close']);
  const moment = pick<Moment>([
    'answering',
    'reply-in-flight',
    'reply-in-flight',
    'between-replies',
  ]);
  const name = `断电${seed}`;
  const dir = mkdtempSync(join(tmpdir(), 'desk-fault-'));
  const contexts: BrowserContext[] = [];
  try {
    const first = await launch(dir, baseURL);
    contexts.push(first);
    const page = first.pages()[0] ?? (await first.newPage());
    await createTrainee(page, name, `F${seed}`);
    if (random() < 0.4) {
      // A finished call already on record, which the fault must not disturb.
      await takeCall(page, AC);
      await reply(page, AC, REPLIES);
      await page.goto('./#/library');
    }

    // Replies seen committed before the fault: these must all be there afterwards.
    let committed = 0;
    let inFlight = 0;
    if (moment === 'answering') {
      await page
        .getByRole('article', { name: AC.title['zh-CN'] })
        .getByRole('button', { name: '接这通电话' })
        .click();
      await pause(random() * 150);
    } else {
      await takeCall(page, AC);
      committed = Math.floor(random() * (REPLIES.length - 1));
      await reply(page, AC, REPLIES.slice(0, committed));
      if (moment === 'reply-in-flight') {
        await page.getByRole('button', { name: replyText(AC, REPLIES[committed]!) }).click();
        inFlight = 1;
        await pause(random() < 0.5 ? 0 : random() * 20);
      } else {
        await pause(random() * 400);
      }
    }
    await strike(first, dir, fault);

    const second = await launch(dir, baseURL);
    contexts.push(second);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('./');
    await expect(again.getByRole('heading', { name: '我是谁？' })).toBeVisible();
    const after = await expectWhole(again);
    const interrupted = attemptsOf(after, name).find((a) => a.status === 'active');
    let inFlightKept: boolean | null = null;
    if (moment !== 'answering') {
      const kept = interrupted?.choices.length ?? -1;
      expect(kept, 'replies recorded before the fault are all still there').toBeGreaterThanOrEqual(
        committed,
      );
      expect(kept).toBeLessThanOrEqual(committed + inFlight);
      if (inFlight) inFlightKept = kept > committed;
    }

    // The trainee picks up where the browser died: carries on, or gives the call up.
    await again.goto('./');
    await again.getByRole('button', { name: new RegExp(name) }).click();
    const card = again.getByRole('article', { name: AC.title['zh-CN'] });
    let recovery: RunResult['recovery'];
    if (interrupted && random() < 0.5) {
      recovery = 'continued';
      await card.getByRole('button', { name: '继续这个案例' }).click();
      // A reply rolled back by the fault can leave a call answered but with no reply yet.
      if (!interrupted.answeredAt) {
        await again.getByRole('button', { name: '接听', exact: true }).click();
      }
      await reply(again, AC, REPLIES.slice(interrupted.choices.length));
      await expect(again.getByRole('button', { name: '查看复盘' })).toBeVisible();
    } else {
      recovery = interrupted ? 'abandoned' : 'started';
      await card
        .getByRole('button', { name: interrupted ? '放弃并重新开始' : '接这通电话' })
        .click();
      await expect(again.getByRole('button', { name: '接听', exact: true })).toBeVisible();
    }
    const final = await expectWhole(again);
    if (interrupted) {
      const now = final.attempts.find((a) => a.id === interrupted.id)!;
      expect(now.status).toBe(recovery === 'continued' ? 'finished' : 'abandoned');
    }
    await second.close();
    return {
      seed,
      fault,
      moment,
      recordsChecked: recordCount(after) + recordCount(final),
      inFlightKept,
      recovery,
    };
  } finally {
    // A failed run leaves its browser open; it must not keep writing into the removed profile.
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

test(`${RUNS} seeded runs of the browser dying mid-practice leave whole records`, async ({
  baseURL,
}) => {
  test.setTimeout(RUNS * 60_000);
  const results: RunResult[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const seed = FIRST_SEED + run;
    await test.step(`run ${run + 1}/${RUNS}, seed ${seed}`, async () => {
      console.log(
        `fault run ${run + 1}/${RUNS}: seed ${seed} (repeat with FAULT_SEED=${seed} FAULT_RUNS=1)`,
      );
      results.push(await oneRun(seed, baseURL));
    });
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/fault-figures.json',
    JSON.stringify(
      {
        runs: results.length,
        survived: results.length,
        kills: results.filter((r) => r.fault === 'kill').length,
        closes: results.filter((r) => r.fault === 'close').length,
        duringWrite: results.filter((r) => r.moment !== 'between-replies').length,
        inFlightKept: results.filter((r) => r.inFlightKept === true).length,
        inFlightRolledBack: results.filter((r) => r.inFlightKept === false).length,
        recordsChecked: results.reduce((sum, r) => sum + r.recordsChecked, 0),
        recordsLost: 0,
        firstSeed: FIRST_SEED,
        results,
      },
      null,
      2,
    ),
  );
});

import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Scenario } from '../../src/engine/scenario-schema';
import { packText } from '../../src/storage/custom-scenarios';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { AC, createTrainee, openTrainerTool } from './support/steps';

test.use({
  launchOptions: {
    executablePath: (await findChromium()) ?? undefined,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  },
  permissions: ['microphone'],
});

/** Remembers what audio the page starts playing (the CSP lets media load only from blob: URLs). */
const WATCH_PLAYBACK = () => {
  const played: string[] = [];
  (window as unknown as { __played: string[] }).__played = played;
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    played.push(this.src.slice(0, 24));
    return play.call(this);
  };
};

const OURS: Scenario = {
  ...AC,
  id: 'our-remote-case',
  title: { 'zh-CN': '本中心：遥控器案例', en: 'Our centre: the remote case' },
};
const FIRST_LINE = AC.nodes.find((n) => n.id === AC.start)!.lines[0]!.text['zh-CN'];

async function importPackFile(page: Page, file: string) {
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
}

/** A trainer imports our case as a pack (written to `packFile`) and opens its record screen. */
async function recordOurCase(page: Page, packFile: string, name: string, employeeId: string) {
  writeFileSync(packFile, packText([OURS]));
  await createTrainee(page, name, employeeId);
  await importPackFile(page, packFile);
  await page
    .locator('.pack-list li', { hasText: OURS.title['zh-CN'] })
    .getByRole('link', { name: '录音' })
    .click();
}

async function answerOurCase(page: Page) {
  await page.locator('.app-nav a[href="#/library"]').click();
  await page
    .getByRole('article', { name: OURS.title['zh-CN'] })
    .getByRole('button', { name: '接这通电话' })
    .click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await expect(page.locator('.bubble-customer').first()).toContainText(FIRST_LINE);
}

test('a trainer records a customer line; calls play it, and it survives export and re-import', async ({
  page,
  browser,
}, testInfo) => {
  await page.addInitScript(WATCH_PLAYBACK);
  await recordOurCase(page, testInfo.outputPath('ours.pack.json'), '录音', 'REC1');
  const line = page.locator('.record-line', { hasText: FIRST_LINE });
  await line.getByRole('button', { name: '录音' }).click();
  await page.waitForTimeout(1200);
  await line.getByRole('button', { name: '停止录音' }).click();
  await expect(line.locator('audio')).toBeVisible();

  await answerOurCase(page);
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __played: string[] }).__played.some((s) => s.startsWith('blob:')),
      ),
    )
    .toBe(true);

  await openTrainerTool(page, '案例包');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `导出“${OURS.title['zh-CN']}”` }).click();
  const exported = testInfo.outputPath('exported.pack.json');
  await (await downloading).saveAs(exported);
  const media = JSON.parse(readFileSync(exported, 'utf8')).media as Record<string, string>;
  expect(Object.keys(media)).toEqual([`our-remote-case/${AC.start}/0`]);

  const elsewhere = await browser.newContext({ permissions: ['microphone'] });
  const fresh = await elsewhere.newPage();
  await fresh.addInitScript(WATCH_PLAYBACK);
  await createTrainee(fresh, '另一台', 'REC2');
  await importPackFile(fresh, exported);
  await answerOurCase(fresh);
  await expect
    .poll(() =>
      fresh.evaluate(() =>
        (window as unknown as { __played: string[] }).__played.some((s) => s.startsWith('blob:')),
      ),
    )
    .toBe(true);
  await elsewhere.close();
});

/** One second of a 440 Hz tone as a WAV `data:` URL, as a pack carries a recording. */
function toneDataUrl(): string {
  const rate = 8000;
  const samples = rate;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i += 1)
    wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 12000), 44 + i * 2);
  return `data:audio/wav;base64,${wav.toString('base64')}`;
}

/**
 * Listens to the recording the page plays: its element's clock, and the loudest sample a Web Audio
 * analyser reads from it.
 */
const LISTEN = () => {
  const w = window as unknown as { __heard: { time: number; peak: number } };
  w.__heard = { time: 0, peak: 0 };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (this.dataset.recording) {
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      context.createMediaElementSource(this).connect(analyser);
      analyser.connect(context.destination);
      const samples = new Float32Array(analyser.fftSize);
      const sample = () => {
        analyser.getFloatTimeDomainData(samples);
        for (const s of samples) w.__heard.peak = Math.max(w.__heard.peak, Math.abs(s));
        w.__heard.time = Math.max(w.__heard.time, this.currentTime);
        if (!this.ended) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }
    return play.call(this);
  };
};

test('a recording carried in a pack really plays under the CSP: its clock advances and it is not silent', async ({
  page,
}, testInfo) => {
  await page.addInitScript(LISTEN);
  const packFile = testInfo.outputPath('tone.pack.json');
  writeFileSync(packFile, packText([OURS], { [`our-remote-case/${AC.start}/0`]: toneDataUrl() }));
  await createTrainee(page, '听录音', 'REC3');
  await importPackFile(page, packFile);
  await answerOurCase(page);
  const heard = () =>
    page.evaluate(() => (window as unknown as { __heard: { time: number; peak: number } }).__heard);
  await expect.poll(async () => (await heard()).time).toBeGreaterThanOrEqual(0.2);
  await expect.poll(async () => (await heard()).peak).toBeGreaterThan(0.05);
});

/** Once `__recordingsFull` is set, every write of a recording fails as a full disk does. */
const RECORDINGS_FULL = () => {
  const w = window as unknown as { __recordingsFull?: boolean };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (w.__recordingsFull && this.name === 'recordings') {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
};

const recordingsFull = (page: Page, full: boolean) =>
  page.evaluate(
    (on) => ((window as unknown as { __recordingsFull: boolean }).__recordingsFull = on),
    full,
  );

test('a take the full disk refuses is kept on the page with the reason, and saved by Try again once there is room', async ({
  page,
}, testInfo) => {
  await page.addInitScript(RECORDINGS_FULL);
  await recordOurCase(page, testInfo.outputPath('ours.pack.json'), '满盘录音', 'REC4');
  const line = page.locator('.record-line', { hasText: FIRST_LINE });

  await recordingsFull(page, true);
  await line.getByRole('button', { name: '录音' }).click();
  await page.waitForTimeout(800);
  await line.getByRole('button', { name: '停止录音' }).click();
  const alert = line.getByRole('alert');
  await expect(alert).toContainText('存储空间已满，刚录的这一句没有保存');
  await expect(alert).not.toContainText('QuotaExceeded');
  await expect(line.locator('audio')).toHaveCount(0);
  // No dead end: every line can be recorded again.
  await expect(page.getByRole('button', { name: '停止录音' })).toHaveCount(0);
  await expect(line.getByRole('button', { name: '录音' })).toBeEnabled();

  await recordingsFull(page, false);
  await alert.getByRole('button', { name: '重试' }).focus();
  await page.keyboard.press('Enter');
  await expect(line.locator('audio')).toBeVisible();
  await expect(alert).toHaveCount(0);
});

import { expect, test } from '@playwright/test';
import { AC, AC_PATHS, createTrainee, reply, takeCall } from './support/steps';

/** Headless Chromium has no voices: give it one and record what would be spoken. */
const STUB_SPEECH = () => {
  const spoken: Array<{ text: string; rate: number; pitch: number }> = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  const voice = {
    lang: 'zh-CN',
    name: 'stub',
    default: true,
    localService: true,
    voiceURI: 'stub',
  };
  // Real utterances only accept real voices, so the stub brings its own utterance too.
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: class {
      rate = 1;
      pitch = 1;
      volume = 1;
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {}
    },
  });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => [voice, { ...voice, lang: 'en-US', name: 'stub-en' }],
      speak: (u: SpeechSynthesisUtterance) =>
        spoken.push({ text: u.text, rate: u.rate, pitch: u.pitch }),
      cancel: () => undefined,
    },
  });
};

test('the customer speaks in a voice that follows their mood', async ({ page }) => {
  await page.addInitScript(STUB_SPEECH);
  await createTrainee(page, '听声', 'VOICE');
  await takeCall(page, AC);
  const spoken = () =>
    page.evaluate(
      () => (window as unknown as { __spoken: Array<{ text: string; rate: number }> }).__spoken,
    );
  await expect.poll(async () => (await spoken()).length).toBeGreaterThan(0);
  const opening = (await spoken())[0]!;
  expect(opening.text).toContain(AC.nodes.find((n) => n.id === AC.start)!.lines[0]!.text['zh-CN']);
  expect(opening.rate).toBeGreaterThan(1);
  await reply(page, AC, AC_PATHS.recommended.choices);
  const last = (await spoken()).at(-1)!;
  expect(last.rate).toBeLessThan(opening.rate);
});

test('muting silences the voice and is remembered after a reload', async ({ page }) => {
  await page.addInitScript(STUB_SPEECH);
  await createTrainee(page, '静音', 'MUTE');
  await page.getByRole('button', { name: '静音' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: '取消静音' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 2));
  expect(
    await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length),
  ).toBe(0);
});

import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_LISTS } from '../../src/engine/detect/default-lists';
import type { Locale } from '../../src/engine/vocabulary';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { answerLabel, takeLabel } from './support/channel-words';
import { AC, createTrainee, replyText, snap } from './support/steps';

const MESSAGES = { 'zh-CN': zhCN, en } as const;
const words = (locale: Locale) => MESSAGES[locale].typedReply;

/**
 * What a trainee says at each decision point of the air-conditioner call, in her own words, and
 * the scripted reply she means by it (asked only when her words are near to more than one).
 */
const OWN_WORDS: Record<Locale, ReadonlyArray<{ say: string; meant: string }>> = {
  'zh-CN': [
    {
      say: '周先生您好，我是投诉专席的小林。新买的空调就出毛病，换谁都会生气，真是对不起。您说说遥控器是怎么个不灵法？',
      meant: 'greet-and-apologize',
    },
    {
      say: '我确认一下：买了不到一个月，电池也换了，还是得按好几下才有反应，对吧？您同事们是怎么说的？',
      meant: 'paraphrase-and-ask',
    },
    {
      say: '被身边人这么说，心里肯定不舒服。您最担心的，是不是这台空调到底选得对不对？',
      meant: 'probe-real-worry',
    },
    {
      say: '遥控器的事我来负责办好。先说您最关心的：这台是一级能效的变频机，制冷快，睡眠档很安静。',
      meant: 'professional-intro',
    },
    {
      say: '同价位几家各有长处，制冷速度差不多，我们这款更省电、更安静，参数官网都能查到。',
      meant: 'honest-comparison',
    },
    {
      say: '要么今天给您寄一个原装新遥控器，周四前送到；要么周六派师傅上门检查。您选哪个？',
      meant: 'bounded-fix',
    },
    {
      say: '好的，今天就寄出，周四下午前送到。周五上午我再给您回个电话，看看好不好用。',
      meant: 'confirm-and-callback',
    },
    {
      say: '挂电话前想问一句：聊完以后，您对这台空调放心些了吗？还有哪里不放心尽管说。',
      meant: 'real-check',
    },
  ],
  en: [
    {
      say: "Hello Mr. Zhou, this is Lin from the complaint desk. I'm so sorry, a brand-new unit acting up would frustrate anyone. What exactly is the remote doing?",
      meant: 'greet-and-apologize',
    },
    {
      say: "So if I understand you correctly, it's under a month old and still needs several presses even with new batteries. What have people at your office told you?",
      meant: 'paraphrase-and-ask',
    },
    {
      say: 'I understand how unsettling that must feel. What matters most to you here, whether this model was a good choice?',
      meant: 'probe-real-worry',
    },
    {
      say: "I'll take care of the remote myself. First, what matters most to you: it's a top-efficiency inverter, cools within minutes and is very quiet in sleep mode.",
      meant: 'professional-intro',
    },
    {
      say: 'The brands at this price each have strengths. Cooling is about the same; ours uses less power and runs quieter, and the specs are online to compare.',
      meant: 'honest-comparison',
    },
    {
      say: 'I can post you a new original remote today, there by Thursday, or send a technician on Saturday. Which would you prefer?',
      meant: 'bounded-fix',
    },
    {
      say: "Done: it goes out today and arrives by Thursday afternoon. I'll call you on Friday morning to check it works.",
      meant: 'confirm-and-callback',
    },
    {
      say: 'Before we finish, how do you feel about the air-con now? Are you happy with how we have left things?',
      meant: 'real-check',
    },
  ],
};

/** From the case library, by keyboard: take the call, turn on "say it yourself", answer. */
async function takeCallSayingItMyself(page: Page, locale: Locale) {
  await page
    .getByRole('article', { name: AC.title[locale] })
    .getByRole('button', { name: takeLabel(AC.channel, locale) })
    .focus();
  await page.keyboard.press('Enter');
  const answer = page.getByRole('button', { name: answerLabel(AC.channel, locale), exact: true });
  await expect(answer).toBeFocused();
  // The switch sits just before the answer button.
  await page.keyboard.press('Shift+Tab');
  const sayIt = page.getByRole('checkbox', { name: words(locale).call.mode });
  await expect(sayIt).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sayIt).toBeChecked();
  // Typing takes longer than a click: the timed call gives each typed reply longer, and says why.
  await expect(page.locator('.typed-allowance')).toHaveText(
    MESSAGES[locale].typedAndStagedReports.call.typedAllowance
      .replace('{{seconds}}', '90')
      .replace('{{extra}}', '45'),
  );
  // The switch's whole label is its target: a fingertip high on a phone.
  expect((await page.locator('.reply-mode-toggle').boundingBox())!.height).toBeGreaterThanOrEqual(
    44,
  );
  await snap(page, `typed-ringing-${locale}-${page.viewportSize()!.width}`);
  await page.keyboard.press('Tab');
  await expect(answer).toBeFocused();
  await page.keyboard.press('Enter');
}

/**
 * Says one reply: types it into the box (focused when the turn comes) and sends it with
 * Ctrl+Enter; where the words are near to more than one scripted reply, picks the one meant with
 * its number key.
 */
async function say(page: Page, locale: Locale, turn: { say: string; meant: string }) {
  const box = page.getByRole('textbox', { name: words(locale).call.boxLabel });
  await expect(box).toBeFocused();
  await page.keyboard.insertText(turn.say);
  await send(page, locale, turn);
}

/** Every button on show in `scope` is at least a fingertip (44 × 44 px). */
async function expectFingerSized(page: Page, scope: string) {
  for (const control of await page.locator(`${scope} button`).all()) {
    const box = (await control.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
}

/** Ctrl+Enter, and the number key of the reply meant if she is asked which one. */
async function send(page: Page, locale: Locale, turn: { say: string; meant: string }) {
  await page.keyboard.press('Control+Enter');
  const said = page.locator('.bubble-trainee', { hasText: turn.say });
  const which = page.getByRole('heading', { name: words(locale).call.whichTitle });
  await expect(said.or(which)).toBeVisible();
  if (await which.isVisible()) {
    // Her own words stand beside the replies she may have meant.
    await expect(page.locator('.which-own blockquote')).toHaveText(turn.say);
    const shown = await page
      .locator('.which-list .reply')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice')));
    const position = shown.indexOf(turn.meant);
    expect(position).toBeGreaterThanOrEqual(0);
    await expect(page.locator('.which-list .reply').nth(position)).toContainText(
      replyText(AC, turn.meant, locale),
    );
    await expectFingerSized(page, '.which-meant');
    await snap(page, `typed-which-${locale}-${page.viewportSize()!.width}`);
    await page.keyboard.press(String(position + 1));
  }
  await expect(said).toBeVisible();
}

/** The debrief marks words of every typed turn, each mark carrying its sign and its rule. */
async function expectMarkedFeedback(page: Page, locale: Locale) {
  const turns = page.locator('.turn');
  await expect(turns).toHaveCount(OWN_WORDS[locale].length);
  await expect(page.locator('.typed-turn')).toHaveCount(OWN_WORDS[locale].length);
  const marks = page.locator('mark.typed-mark');
  expect(await marks.count()).toBeGreaterThan(0);
  const earned = page.locator('mark.typed-earned').first();
  await expect(earned).toContainText('＋');
  await expect(earned.locator('.visually-hidden')).not.toBeEmpty();
  await expect(page.locator('.typed-note .rule-link').first()).toBeVisible();
  await expect(page.locator('.typed-matched').first()).toContainText(
    words(locale).debrief.matched.replace(/[:：]$/, ''),
  );
  // Which phrase lists heard the words: here the bundled ones, as the call had no others.
  await expect(page.locator('.typed-lists').first()).toHaveText(
    words(locale).debrief.listsVersion.replace('{{version}}', DEFAULT_LISTS.version),
  );
}

test('a trainee says every reply of a call in her own words, in Chinese, by keyboard only, and the debrief marks the words that counted', async ({
  page,
}) => {
  await createTrainee(page, '林自述', 'TYPE-ZH');
  await takeCallSayingItMyself(page, 'zh-CN');
  await expect(page.locator('.reply-list .reply')).toHaveCount(0);
  await expect(page.locator('.tag-typed')).toHaveText(words('zh-CN').call.modeTag);
  await expect(page.locator('.reply-timer')).toContainText(
    zhCN.typedAndStagedReports.call.timerTyped.replace('{{seconds}}', '90'),
  );

  const [first, ...rest] = OWN_WORDS['zh-CN'];
  // While she types, the moves the grader hears are named, apart from the ones to avoid.
  const box = page.getByRole('textbox', { name: words('zh-CN').call.boxLabel });
  await expect(box).toBeFocused();
  await page.keyboard.insertText(first!.say);
  await expect(page.locator('.heard-good').first()).toBeVisible();
  await expect(page.getByText(`${[...first!.say].length} / `)).toBeVisible();
  await snap(page, 'typed-reply-zh-1280');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.typed-reply [role=alert]')).toHaveText(words('zh-CN').call.empty);
  await say(page, 'zh-CN', first!);
  for (const turn of rest) await say(page, 'zh-CN', turn);

  await expect(page.getByRole('button', { name: zhCN.call.openDebrief })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: zhCN.debrief.turns })).toBeVisible();
  await expectMarkedFeedback(page, 'zh-CN');
  await snap(page, 'typed-debrief-zh-1280');
  // The history flags the call as said in her own words.
  await page.locator('.app-nav a[href="#/history"]').click();
  const row = page.locator('.history-row').filter({ hasText: AC.title['zh-CN'] });
  await expect(row.locator('.tag-typed')).toHaveText(words('zh-CN').call.modeTag);
  await snap(page, 'typed-history-zh-1280');
});

test('a trainee says a whole call in her own words in English on a phone-sized screen, by keyboard only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createTrainee(page, 'Lin', 'TYPE-EN');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await takeCallSayingItMyself(page, 'en');
  await expect(page.getByRole('textbox', { name: en.typedReply.call.boxLabel })).toBeFocused();
  await snap(page, 'typed-reply-en-390');
  // Every control of the reply box is a finger's width on a phone.
  await expectFingerSized(page, '.typed-reply');
  for (const turn of OWN_WORDS.en) await say(page, 'en', turn);

  await expect(page.getByRole('button', { name: en.call.openDebrief })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: en.debrief.turns })).toBeVisible();
  await expectMarkedFeedback(page, 'en');
  // The marked words and their notes wrap within the phone's width.
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await snap(page, 'typed-debrief-en-390');
});

/** A recogniser that hears one sentence, on the device; `onDevice` false: only a server could. */
function stubSpeech(page: Page, transcript: string, onDevice: boolean) {
  return page.addInitScript(
    ({ transcript, onDevice }) => {
      class FakeRecognition {
        lang = '';
        processLocally = false;
        interimResults = false;
        continuous = false;
        onresult: ((event: unknown) => void) | null = null;
        onerror: (() => void) | null = null;
        onend: (() => void) | null = null;
        static available() {
          (window as unknown as { speechAsked: boolean }).speechAsked = true;
          return Promise.resolve(onDevice ? 'available' : 'unavailable');
        }
        start() {
          (window as unknown as { speechLocal: boolean }).speechLocal = this.processLocally;
          setTimeout(() => this.onresult?.({ results: [[{ transcript }]] }), 0);
        }
        stop() {
          setTimeout(() => this.onend?.(), 0);
        }
        abort() {}
      }
      Object.assign(window, { SpeechRecognition: FakeRecognition });
      Reflect.deleteProperty(window, 'webkitSpeechRecognition');
    },
    { transcript, onDevice },
  );
}

test('where the browser recognises speech on the device, a trainee dictates a reply and edits it before sending', async ({
  page,
}) => {
  const heard = '周先生您好，真对不起，遥控器是怎么不灵的';
  await stubSpeech(page, heard, true);
  await createTrainee(page, '口述', 'TYPE-MIC');
  await takeCallSayingItMyself(page, 'zh-CN');
  const mic = page.getByRole('button', { name: words('zh-CN').call.dictate });
  await expect(mic).toBeVisible();
  await expect(page.getByText(words('zh-CN').call.dictationLocal)).toBeVisible();
  await mic.focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('textbox', { name: words('zh-CN').call.boxLabel });
  await expect(box).toHaveValue(heard);
  expect(
    await page.evaluate(() => (window as unknown as { speechLocal: boolean }).speechLocal),
  ).toBe(true);
  await page.getByRole('button', { name: words('zh-CN').call.dictateStop }).click();
  await box.focus();
  await page.keyboard.press('End');
  await page.keyboard.insertText('？');
  await expect(box).toHaveValue(`${heard}？`);
  await snap(page, 'typed-dictation-zh-1280');
  const edited = { say: `${heard}？`, meant: 'greet-and-apologize' };
  await page.keyboard.press('Control+Enter');
  const which = page.getByRole('heading', { name: words('zh-CN').call.whichTitle });
  const said = page.locator('.bubble-trainee', { hasText: edited.say });
  await expect(said.or(which)).toBeVisible();
  if (await which.isVisible()) {
    // Asked which reply she meant, she goes back to her words with Esc: they are all still there.
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(edited.say);
    await send(page, 'zh-CN', edited);
  }
  await expect(said).toBeVisible();
});

test('with no on-device speech recognition there is no microphone', async ({ page }) => {
  await stubSpeech(page, 'unused', false);
  await createTrainee(page, '无麦', 'TYPE-NOMIC');
  await takeCallSayingItMyself(page, 'zh-CN');
  await expect(page.getByRole('textbox', { name: words('zh-CN').call.boxLabel })).toBeVisible();
  // The browser was asked, said only a server could, and so no microphone is offered.
  await page.waitForFunction(() => (window as unknown as { speechAsked?: boolean }).speechAsked);
  await expect(page.getByRole('button', { name: words('zh-CN').call.dictate })).toHaveCount(0);

  // Without the speech API at all, none either.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'SpeechRecognition');
    Reflect.deleteProperty(window, 'webkitSpeechRecognition');
  });
  await page.reload();
  await expect(page.getByRole('textbox', { name: words('zh-CN').call.boxLabel })).toBeVisible();
  expect(await page.evaluate(() => 'SpeechRecognition' in window)).toBe(false);
  await expect(page.getByRole('button', { name: words('zh-CN').call.dictate })).toHaveCount(0);
});

test('a reply sent before the phrase lists are read still goes, once they are', async ({
  page,
  context,
}) => {
  await createTrainee(page, '快手', 'TYPE-FAST');
  // Another tab of the app holds the phrase lists' store in a write (a trainer loading lists
  // there): reading the lists in use waits until it ends, as on a slow machine.
  const other = await context.newPage();
  await other.goto('./#/library');
  await other.evaluate(
    () =>
      new Promise<void>((held) => {
        const open = indexedDB.open('complaint-desk');
        open.onsuccess = () => {
          const store = open.result
            .transaction('organisationLists', 'readwrite')
            .objectStore('organisationLists');
          const w = window as unknown as { releaseLists?: boolean };
          // Requests one after another keep the write open until the test lets it end.
          const keepOpen = () => {
            if (!w.releaseLists) store.count().onsuccess = keepOpen;
          };
          keepOpen();
          held();
        };
      }),
  );
  await page.bringToFront();
  await takeCallSayingItMyself(page, 'zh-CN');
  const [first] = OWN_WORDS['zh-CN'];
  const box = page.getByRole('textbox', { name: words('zh-CN').call.boxLabel });
  await expect(box).toBeFocused();
  await page.keyboard.insertText(first!.say);
  await page.keyboard.press('Control+Enter');
  // Not graded yet — the lists are still being read — and the words stay where she sent them.
  const said = page.locator('.bubble-trainee', { hasText: first!.say });
  await expect(box).toHaveValue(first!.say);
  await expect(said).toHaveCount(0);
  await other.evaluate(() => {
    (window as unknown as { releaseLists: boolean }).releaseLists = true;
  });
  // The press was kept: the reply goes as soon as the lists are read, with nothing pressed again.
  const which = page.getByRole('heading', { name: words('zh-CN').call.whichTitle });
  await expect(said.or(which)).toBeVisible();
  if (await which.isVisible()) await page.keyboard.press('1');
  await expect(said).toBeVisible();
});

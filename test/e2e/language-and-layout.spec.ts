import { expect, test } from '@playwright/test';
import { foreignText, noHorizontalOverflow, switchTo } from './support/language-check';
import { AC, AC_PATHS, createTrainee, reply, snap, takeCall } from './support/steps';

// At 1280×800 the same walk runs with the axe scans, in accessibility.spec.ts.
for (const size of [{ name: '390', width: 390, height: 844 }]) {
  test(`every screen reads fully in Chinese and in English at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await createTrainee(page, 'Ming', `L${size.name}`);

    // A phone's header is two rows (the brand and the language, then the links scrolling
    // sideways), so a call's replies are not pushed below the fold.
    const headerFits = async (screen: string) => {
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height, `${screen} header height`).toBeLessThanOrEqual(100);
      // Nor does anything hidden stretch the page below its content (the transcript's live region).
      const emptyTail = await page.evaluate(() => {
        const main = document.querySelector('.app-main')!.getBoundingClientRect();
        const content = Math.max(main.bottom + window.scrollY, window.innerHeight);
        return document.documentElement.scrollHeight - content;
      });
      expect(emptyTail, `${screen} empty space below the page`).toBeLessThanOrEqual(40);
      // Every control a finger can hit is 44 px tall, bar links inside a sentence.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('a, button, select, summary')]
          .filter((el) => !el.closest('p, .visually-hidden, .react-flow'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          // Not the skip link, which waits left of the page until it has focus.
          .filter(({ box }) => box.right > 0)
          .filter(({ box }) => box.width > 0 && box.height > 0 && box.height < 44)
          .map(
            ({ el, box }) => `${el.textContent!.trim().slice(0, 20)} ${Math.round(box.height)}px`,
          ),
      );
      expect(small, `${screen} controls under 44 px`).toEqual([]);
    };
    const checkBoth = async (screen: string, ready: () => Promise<void>) => {
      await ready();
      expect(await foreignText(page, 'zh-CN'), `${screen} in zh-CN`).toEqual([]);
      await noHorizontalOverflow(page);
      await headerFits(screen);
      await snap(page, `${screen}-zh-${size.name}`);
      await switchTo(page, 'en');
      await ready();
      expect(await foreignText(page, 'en'), `${screen} in en`).toEqual([]);
      await noHorizontalOverflow(page);
      await headerFits(screen);
      await snap(page, `${screen}-en-${size.name}`);
      await switchTo(page, 'zh-CN');
    };

    await checkBoth('library', () => expect(page.locator('.case-card').first()).toBeVisible());
    await page.getByRole('article').first().getByRole('button').first().click();
    await checkBoth('ringing', () => expect(page.locator('.ringing')).toBeVisible());
    await page.locator('.answer').click();
    await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 2));
    await checkBoth('call', () => expect(page.locator('.reply').first()).toBeVisible());
    await reply(page, AC, AC_PATHS.recommended.choices.slice(2));
    await checkBoth('ended', () => expect(page.locator('.ended')).toBeVisible());
    await page.locator('.ended button').click();
    await checkBoth('debrief', () => expect(page.locator('.turn').first()).toBeVisible());
    await page.locator('.app-nav a[href="#/history"]').click();
    await checkBoth('history', () => expect(page.locator('.history-row').first()).toBeVisible());
    await page.locator('.app-nav a[href="#/data"]').click();
    await checkBoth('data', () =>
      expect(page.getByRole('button', { name: /下载备份|Download backup/ })).toBeVisible(),
    );
    await page.locator('.app-nav a[href="#/handbook"]').click();
    await checkBoth('handbook', () => expect(page.locator('.handbook-card').first()).toBeVisible());
    // The last links of the scrolling row are reached like the first.
    await page.locator('.app-nav a[href="#/"]').click();
    await checkBoth('profiles', () =>
      expect(page.locator('.profile-button').first()).toBeVisible(),
    );
  });
}

test('the chosen language is remembered on the next visit', async ({ page }) => {
  await createTrainee(page, 'Lang', 'LANG1');
  await switchTo(page, 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an English call shows the customer and replies in English', async ({ page }) => {
  await createTrainee(page, 'Eng', 'ENG1');
  await switchTo(page, 'en');
  await takeCall(page, AC, 'en');
  await expect(page.locator('.bubble-customer').first()).toContainText(
    AC.nodes.find((n) => n.id === AC.start)!.lines[0]!.text.en,
  );
  await reply(page, AC, AC_PATHS.recommended.choices, 'en');
  await expect(page.getByText('Resolved, customer satisfied').first()).toBeVisible();
});

import { expect, type Page } from '@playwright/test';

const HAN = /\p{Script=Han}/u;

/** Visible text that is in the wrong language for the locale, minus what is allowed to be. */
export async function foreignText(page: Page, locale: 'zh-CN' | 'en'): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (locale === 'en') {
    return lines.filter((l) => HAN.test(l.replace('中文', '').replace(/演示学员/, '')));
  }
  // Names that are the same in both languages: standards, commands and files (the installer's,
  // a phrase-list file's type), and keys as printed on the keyboard.
  const allowed =
    /\b(English|Demo|DEMO-001|Ming|LRS|LMS|xAPI|SCORM|cmi5|npm start|validate|COMPLAINT_DESK_SETUP_CODE|Home|End|Enter|Ctrl|Shift|Tab|Esc)\b|\.setup-code|\.json\b|sim detect --lists/g;
  // A case's id (lower-case words joined by hyphens, as packs and exports name it) is a name too.
  const caseId = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g;
  // A machine's key fingerprint is hex digits in either language, not words.
  const fingerprint = /^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/;
  return lines.filter(
    (l) => !fingerprint.test(l) && /[A-Za-z]{3,}/.test(l.replace(allowed, '').replace(caseId, '')),
  );
}

export async function switchTo(page: Page, locale: 'zh-CN' | 'en') {
  await page.getByRole('button', { name: locale === 'en' ? /English/ : /中文/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

export async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

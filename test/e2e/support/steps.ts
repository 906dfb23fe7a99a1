import { expect, type Page } from '@playwright/test';
import { analysePaths } from '../../../src/engine/analyse-paths';
import { indexScenario } from '../../../src/engine/scenario-index';
import type { Scenario } from '../../../src/engine/scenario-schema';
import type { Locale } from '../../../src/engine/vocabulary';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { answerLabel, takeLabel } from './channel-words';
import { E2E_SETUP_CODE } from './setup-code';

export const AC = bundledScenario('air-conditioner-remote');
export const AC_PATHS = analysePaths(AC);

export function replyText(scenario: Scenario, choiceId: string, locale: Locale = 'zh-CN'): string {
  const found = indexScenario(scenario).choice(choiceId);
  if (!found) throw new Error(`no reply ${choiceId}`);
  return found.choice.text[locale];
}

/** A new trainee creates their profile from the first screen. */
export async function createTrainee(page: Page, name: string, employeeId: string) {
  await page.goto('./');
  // Exact labels: the finder above the form is labelled 按姓名或工号查找.
  await page.getByLabel('姓名', { exact: true }).fill(name);
  await page.getByLabel('工号', { exact: true }).fill(employeeId);
  await page.getByRole('button', { name: '创建并进入' }).click();
  await expect(page.getByRole('heading', { name: '案例库' })).toBeVisible();
}

/** From the case library: take the case, and answer when it rings (in the case's channel's words). */
export async function takeCall(page: Page, scenario: Scenario, locale: Locale = 'zh-CN') {
  const card = page.getByRole('article', { name: scenario.title[locale] });
  await card.getByRole('button', { name: takeLabel(scenario.channel, locale) }).click();
  await page
    .getByRole('button', { name: answerLabel(scenario.channel, locale), exact: true })
    .click();
}

/** Clicks replies in order, waiting for each to be recorded before the next. */
export async function reply(
  page: Page,
  scenario: Scenario,
  choiceIds: readonly string[],
  locale: Locale = 'zh-CN',
) {
  for (const id of choiceIds) {
    const button = page.getByRole('button', { name: replyText(scenario, id, locale) });
    await button.click();
    await expect(button).toHaveCount(0);
  }
}

/**
 * Clicks a whole call's replies, then waits for the call to be over and on record (its way to the
 * debrief shows): what a trainee sees before handing the call on. A reply's button goes at the
 * click; the last reply's save, seal included, can still be under way then.
 */
export async function finishCall(
  page: Page,
  scenario: Scenario,
  choiceIds: readonly string[],
  locale: Locale = 'zh-CN',
) {
  await reply(page, scenario, choiceIds, locale);
  const openDebrief = locale === 'zh-CN' ? '查看复盘' : 'See the debrief';
  await expect(page.getByRole('button', { name: openDebrief })).toBeVisible();
}

export async function transcriptTexts(page: Page): Promise<string[]> {
  return page.locator('.transcript-list .words').allInnerTexts();
}

/** Saves a screenshot for a person to look at (not compared by the test). */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Staff PINs have at least 6 digits. */
export const TEST_PIN = '246813';

/**
 * Passes the trainer or HR PIN gate now on screen: sets the PIN if this is its first use (with the
 * build's setup code, then acknowledging the recovery code), otherwise types it. Returns the
 * recovery code when one was shown.
 */
export async function passRoleGate(
  page: Page,
  role: 'trainer' | 'hr',
  pin = TEST_PIN,
): Promise<string | null> {
  const name = role === 'trainer' ? '培训师' : '人事';
  const gate = page.locator('.role-gate');
  const setPin = gate.getByRole('button', { name: '设置密码', exact: true });
  const unlock = gate.getByRole('button', { name: '解锁', exact: true });
  await expect(setPin.or(unlock)).toBeVisible();
  let code: string | null = null;
  if (await setPin.isVisible()) {
    await gate.getByLabel('安装码').fill(E2E_SETUP_CODE);
    await gate.getByLabel('新密码（6–12 位数字）').fill(pin);
    await gate.getByLabel('再输一次新密码').fill(pin);
    await setPin.click();
    code = await gate.locator('.recovery-code').innerText();
    await gate.getByRole('button', { name: '我已妥善保存' }).click();
  } else {
    await gate.getByLabel(`${name}密码`, { exact: true }).fill(pin);
    await unlock.click();
  }
  await expect(gate).toHaveCount(0);
  return code;
}

/** From the header: the trainer desk (passing its PIN gate if this tab is locked), then one tool. */
export async function openTrainerTool(page: Page, tool: string) {
  await page.locator('.app-nav a[href="#/trainer"]').click();
  const gate = page.locator('.role-gate');
  const desk = page.locator('.trainer-hub');
  await expect(gate.or(desk)).toBeVisible();
  if (await gate.isVisible()) await passRoleGate(page, 'trainer');
  await desk.getByRole('link', { name: tool, exact: true }).click();
}

/** After a page load: passes the trainer or HR gate if this route shows one (a reload locks). */
export async function passRoleGateIfShown(page: Page, role: 'trainer' | 'hr') {
  const gate = page.locator('.role-gate');
  await expect(page.locator('.role-gate, main h1').first()).toBeVisible();
  if (await gate.isVisible()) await passRoleGate(page, role);
}

import { expect, type Page } from '@playwright/test';
import { zhCN } from '../../../src/ui/i18n/zh-CN';

const A = zhCN.author;

/**
 * What an imported draft in the import stories still lacks, filled in on the node open in the
 * editor: its second reply's English and a behaviour tag. Then the checks clear and the draft is
 * published as version 1.
 */
export async function completeSecondReplyAndPublish(page: Page, english: string) {
  const second = page
    .locator('.node-editor')
    .getByRole('region', { name: A.reply.heading.replace('{{n}}', '2') });
  await second
    .getByRole('group', { name: A.reply.text, exact: true })
    .getByLabel('English', { exact: true })
    .fill(english);
  await second.getByLabel(A.reply.addBehaviour).selectOption('deflect');
  await expect(page.locator('.panel.problems')).not.toContainText('还没有英文译文');
  await expect(page.getByRole('button', { name: A.publish })).toBeEnabled();
  await page.getByRole('button', { name: A.publish }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 1' })).toBeVisible();
}

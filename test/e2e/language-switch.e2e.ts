import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserTest, launchApp, openTab, startDemoWorkspace } from './browser';

const LANGUAGE_KEY = 'awb.language';

/** The Language select, found by its options so that it is found in any language. */
function languageSelect(page: Page) {
  return page.locator('select:has(option[value="zh-TW"])');
}

async function tabLabels(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('navigation', { name: /.+/ })
    .filter({ has: page.locator('a[href="/training"]') })
    .getByRole('link')
    .allInnerTexts();
  return labels.map((label) => label.trim());
}

async function expectLanguage(page: Page, lang: string, training: string, pay: string) {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await expect.poll(() => tabLabels(page)).toEqual(expect.arrayContaining([training, pay]));
}

describe('language', () => {
  browserTest('a language chosen in Me survives a reload (html lang and tab labels)', async () => {
    const app = await launchApp({ locale: 'en-US' });
    const { page } = app;
    await startDemoWorkspace(app);
    await openTab(page, 'Me');

    const select = page.getByRole('combobox', { name: 'Language', exact: true });
    await select.waitFor();
    const values = await select
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect([...values].sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    await expectLanguage(page, 'en', 'Training', 'Pay');

    await select.selectOption('zh-CN');
    await expectLanguage(page, 'zh-CN', '培训', '工资');
    await expect(page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).resolves.toBe(
      'zh-CN',
    );
    await page.reload();
    await expectLanguage(page, 'zh-CN', '培训', '工资');

    await languageSelect(page).selectOption('zh-TW');
    await expectLanguage(page, 'zh-TW', '培訓', '薪資');
    await page.reload();
    await expectLanguage(page, 'zh-TW', '培訓', '薪資');

    await languageSelect(page).selectOption('en');
    await expectLanguage(page, 'en', 'Training', 'Pay');
    await page.reload();
    await expectLanguage(page, 'en', 'Training', 'Pay');
    await expect(page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).resolves.toBe(
      'en',
    );
  });
});

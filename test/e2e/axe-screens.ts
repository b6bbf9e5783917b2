/**
 * The shared shape of the per-feature accessibility tests: every language, an axe `check` that
 * first confirms the theme, the language and the 360 px viewport, and one assertion over all
 * screens so a failure lists every problem at once.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { findAxeViolations, type AppLanguage } from './browser';

export const AXE_LANGUAGES: { language: AppLanguage; locale: string }[] = [
  { language: 'en', locale: 'en-US' },
  { language: 'zh-CN', locale: 'zh-CN' },
  { language: 'zh-TW', locale: 'zh-TW' },
];

/** Collects axe violations per screen label on `page`. */
export function axeChecker(page: Page, language: AppLanguage, colorScheme: 'light' | 'dark') {
  const violations: Record<string, string[]> = {};
  const check = async (label: string) => {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe(colorScheme);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
    await expect.poll(() => page.evaluate(() => innerWidth), { timeout: 1_000 }).toBe(360);
    violations[label] = await findAxeViolations(page);
  };
  return { violations, check };
}

/** One assertion over all screens, checked offline. */
export async function expectAllClean(page: Page, violations: Record<string, string[]>) {
  await expect(
    page.evaluate(() => navigator.onLine),
    'all of it offline',
  ).resolves.toBe(false);
  expect(violations).toEqual(
    Object.fromEntries(Object.keys(violations).map((screen) => [screen, []])),
  );
}
